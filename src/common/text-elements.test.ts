// DOC-2: the required elements of a written notice (告知书) and a written commitment (承诺书), and the
// five consequences of a false commitment a notice must state.
import { describe, expect, it } from 'vitest';
import {
  commitmentElements,
  consequenceTerms,
  type FormatText,
  missingElements,
  noticeElements,
  type TextSection,
} from './text-elements.ts';

/** One wording per consequence, none containing another's words. */
const consequenceParts = {
  termination: '在作出行政决定前终止办理',
  revocation: '已作出行政决定的依法撤销',
  penalty: '依法给予行政处罚',
  credit: '将不实承诺记入信用记录',
  referral: '涉嫌犯罪的依法移送司法机关',
} as const;
const consequencesOf = (parts: readonly string[]) => `经核查发现承诺不实的，${parts.join('；')}。`;

const noticeBodies: Record<keyof typeof noticeElements, string> = {
  matter: '以书面承诺代替提交“婚姻状况证明”，办理“最低生活保障审批”。',
  legalBasis: '《社会救助暂行办法》。',
  conditions: '申请人婚姻状况与民政部门登记信息一致。',
  verification: '由崂山区民政局自作出行政决定之日起 5 个工作日内进行线上核查。',
  consequences: consequencesOf(Object.values(consequenceParts)),
  disclosure: '本事项的承诺书不向社会公开。',
  withdrawal: '行政机关作出行政决定前，您可以撤回承诺，改为提交证明。',
};
const commitmentBodies: Record<keyof typeof commitmentElements, string> = {
  committer: '承诺人：{{applicantName}}',
  conditionsMet: '本人已经符合告知的条件，所填写的信息真实、准确、完整。',
  understood: '本人已经知晓告知的全部内容，愿意接受核查，愿意承担不实承诺的法律后果。',
  disclosureConsent: '本事项承诺书不公开。',
  signature: '承诺人（签字）：{{signature}}\n承诺日期：{{commitmentDate}}',
};

const textOf = (bodies: Record<string, string>, extra: TextSection[] = []): FormatText => ({
  title: '格式文本',
  sections: [
    { element: null, heading: '', body: '{{applicantName}}：' },
    ...Object.entries(bodies).map(([element, body]) => ({ element, heading: element, body }) as TextSection),
    ...extra,
  ],
});
const notice = (over: Partial<typeof noticeBodies> = {}) => textOf({ ...noticeBodies, ...over });
const without = (bodies: Record<string, string>, element: string) =>
  textOf(Object.fromEntries(Object.entries(bodies).filter(([e]) => e !== element)));
const ids = (missing: { element: string }[]) => missing.map((m) => m.element);

describe('DOC-2 missingElements of a written notice (告知书)', () => {
  it('finds nothing missing in a notice stating every element and every consequence', () => {
    expect(missingElements('notice', notice())).toEqual([]);
  });

  it('requires the seven elements of DOC-2', () => {
    expect(Object.keys(noticeElements)).toEqual([
      'matter',
      'legalBasis',
      'conditions',
      'verification',
      'consequences',
      'disclosure',
      'withdrawal',
    ]);
  });

  for (const [element, label] of Object.entries(noticeElements)) {
    it(`names “${label.zh}” (${element}) when its section is absent or empty`, () => {
      const expected = [{ element, zh: label.zh, en: label.en }];
      expect(missingElements('notice', without(noticeBodies, element))).toEqual(expected);
      expect(missingElements('notice', notice({ [element]: '' }))).toEqual(expected);
      // white space only, the ideographic space (全角空格) included
      expect(missingElements('notice', notice({ [element]: ' \n\u3000' }))).toEqual(expected);
    });
  }

  it('does not count a section without an element (the salutation, the closing) as any element', () => {
    const loose = textOf({}, [
      { element: null, heading: '五、承诺不实的法律后果', body: noticeBodies.consequences },
    ]);
    expect(ids(missingElements('notice', loose))).toEqual(Object.keys(noticeElements));
  });

  it('names every element of a notice that has no sections', () => {
    const missing = missingElements('notice', { title: '证明事项告知书', sections: [] });
    expect(missing.map((m) => m.zh)).toEqual(Object.values(noticeElements).map((e) => e.zh));
  });
});

describe('DOC-2 missingElements: the five consequences of a false commitment', () => {
  it('are termination, revocation, penalty, credit record and criminal referral', () => {
    expect(Object.keys(consequenceTerms)).toEqual([
      'termination',
      'revocation',
      'penalty',
      'credit',
      'referral',
    ]);
  });

  for (const [id, term] of Object.entries(consequenceTerms)) {
    it(`names consequences.${id} (${term.zh}) when the consequences do not state it`, () => {
      const others = Object.entries(consequenceParts)
        .filter(([other]) => other !== id)
        .map(([, part]) => part);
      const missing = missingElements('notice', notice({ consequences: consequencesOf(others) }));
      expect(missing).toEqual([
        {
          element: `consequences.${id}`,
          zh: `承诺不实的法律后果未写明“${term.zh}”`,
          en: `The consequences do not state ${id}`,
        },
      ]);
    });

    it(`recognises each usual wording of ${id}: ${term.words.join('、')}`, () => {
      const others = Object.entries(consequenceParts)
        .filter(([other]) => other !== id)
        .map(([, part]) => part);
      for (const word of term.words)
        expect(
          missingElements('notice', notice({ consequences: consequencesOf([...others, word]) })),
          word,
        ).toEqual([]);
    });
  }

  it('names all five when the consequences state none of them', () => {
    const missing = missingElements('notice', notice({ consequences: '承诺不实的，依法承担相应责任。' }));
    expect(ids(missing)).toEqual([
      'consequences.termination',
      'consequences.revocation',
      'consequences.penalty',
      'consequences.credit',
      'consequences.referral',
    ]);
  });

  it('reads the consequences only in their own section: words elsewhere do not count', () => {
    const text = notice({
      consequences: consequencesOf(Object.values(consequenceParts).slice(0, 4)),
      legalBasis: '《刑法》：涉嫌犯罪的移送司法机关。',
    });
    expect(ids(missingElements('notice', text))).toEqual(['consequences.referral']);
  });

  it('reads consequences spread over several sections together', () => {
    const parts = Object.values(consequenceParts);
    const text = textOf({ ...noticeBodies, consequences: consequencesOf(parts.slice(0, 2)) }, [
      { element: 'consequences', heading: '', body: consequencesOf(parts.slice(2)) },
    ]);
    expect(missingElements('notice', text)).toEqual([]);
  });

  it('names only the absent section, not each consequence, when there is no consequences section', () => {
    expect(ids(missingElements('notice', without(noticeBodies, 'consequences')))).toEqual(['consequences']);
  });
});

describe('DOC-2 missingElements of a written commitment (承诺书)', () => {
  it('finds nothing missing in a commitment stating every element', () => {
    expect(missingElements('commitment', textOf(commitmentBodies))).toEqual([]);
  });

  it('requires who commits, conditions met and information true, notice understood, consent, signature', () => {
    expect(Object.keys(commitmentElements)).toEqual([
      'committer',
      'conditionsMet',
      'understood',
      'disclosureConsent',
      'signature',
    ]);
  });

  for (const [element, label] of Object.entries(commitmentElements)) {
    it(`names “${label.zh}” (${element}) when its section is absent or empty`, () => {
      const expected = [{ element, zh: label.zh, en: label.en }];
      expect(missingElements('commitment', without(commitmentBodies, element))).toEqual(expected);
      expect(missingElements('commitment', textOf({ ...commitmentBodies, [element]: '   ' }))).toEqual(
        expected,
      );
    });
  }

  it('does not ask a commitment for the notice’s elements, nor a notice for the commitment’s', () => {
    expect(ids(missingElements('commitment', notice()))).toEqual(Object.keys(commitmentElements));
    expect(ids(missingElements('notice', textOf(commitmentBodies)))).toEqual(Object.keys(noticeElements));
  });
});
