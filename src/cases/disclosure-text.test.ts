// CASE-4 and Q-2: a disclosed commitment as public text: identifiers, phones and persons' names masked,
// organisations named in full.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../documents/pdf/render-document.ts';
import { disclosureText, publicCommitterName } from './disclosure-text.ts';

const letter = (name: string, identifier: string, phone: string): DocumentModel => ({
  title: '证明事项告知承诺书',
  subtitle: '食品经营许可',
  blocks: [
    { kind: 'heading', text: '承诺人信息' },
    {
      kind: 'fields',
      rows: [
        { label: '承诺人', value: name },
        { label: '证件号码', value: identifier },
        { label: '联系电话', value: phone },
      ],
    },
    { kind: 'paragraph', text: `本人（单位）${name}（证件号码${identifier}）郑重承诺：所填信息真实。` },
    { kind: 'list', items: [`联系人电话 ${phone}`, '逾期未核查的按规定处理'] },
    { kind: 'checkbox', items: [{ label: '本人同意公开本承诺书', checked: true }, { label: '不同意公开' }] },
  ],
  signature: { lines: [{ label: '承诺人（签字）', value: `${name}（电子签名）` }], date: '2026年9月24日' },
});

describe('CASE-4 disclosure text', () => {
  const person = {
    kind: 'person' as const,
    name: '张立新',
    identifier: '370212197803122135',
    phone: '13905321234',
  };

  it('CASE-4: masks a person’s ID number, phone and name wherever they appear (张*)', () => {
    const text = disclosureText(letter(person.name, person.identifier, person.phone), person);
    expect(text).not.toContain('张立新');
    expect(text).not.toContain('370212197803122135');
    expect(text).not.toContain('13905321234');
    expect(text).toContain('张**');
    expect(text).toContain('370212********2135');
    expect(text).toContain('139****1234');
    expect(text).toContain('承诺人：张**');
    expect(text).toContain('☑ 本人同意公开本承诺书');
    expect(text).toContain('□ 不同意公开');
    expect(text).toContain('2026年9月24日');
  });

  it('CASE-4: keeps an organisation’s name and (public) credit code, masks its phone', () => {
    const company = {
      kind: 'organisation' as const,
      name: '青岛崂信海洋科技有限公司',
      identifier: '91370212MA3C4K7H2P',
      phone: '0532-88886666',
    };
    const text = disclosureText(letter(company.name, company.identifier, company.phone), company);
    expect(text).toContain('青岛崂信海洋科技有限公司');
    expect(text).toContain('91370212MA3C4K7H2P');
    expect(text).not.toContain('0532-88886666');
    expect(text).toContain('053****6666');
  });

  it('CASE-4: a committer without a phone still has name and ID masked', () => {
    const text = disclosureText(letter(person.name, person.identifier, ''), { ...person, phone: null });
    expect(text).not.toContain('张立新');
    expect(text).not.toContain('197803122135');
  });

  it('CASE-4: names persons masked (张*) and organisations in full on the public site', () => {
    expect(publicCommitterName({ kind: 'person', name: '张立新' })).toBe('张**');
    expect(publicCommitterName({ kind: 'person', name: '张伟' })).toBe('张*');
    expect(publicCommitterName({ kind: 'organisation', name: '青岛崂信海洋科技有限公司' })).toBe(
      '青岛崂信海洋科技有限公司',
    );
  });
});
