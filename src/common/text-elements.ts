/**
 * DOC-2: what a written notice (告知书) and a written commitment (承诺书) must state. A text is a list
 * of sections, each carrying one element; a text missing any required element is not published.
 */
export const noticeElements = {
  matter: { zh: '证明事项及所替代的证明', en: 'The matter and the proof replaced' },
  legalBasis: { zh: '设定依据', en: 'Legal basis' },
  conditions: { zh: '应当具备的条件', en: 'Conditions to meet' },
  verification: { zh: '核查的方式、时间和主体', en: 'How, when and by whom it is verified' },
  consequences: { zh: '承诺不实的法律后果', en: 'Consequences of a false commitment' },
  disclosure: { zh: '承诺书是否公开', en: 'Whether the commitment is made public' },
  withdrawal: { zh: '撤回承诺的方式', en: 'How to withdraw' },
} as const;

export const commitmentElements = {
  committer: { zh: '承诺人', en: 'Who commits' },
  conditionsMet: { zh: '符合条件、信息真实', en: 'Conditions met, information true' },
  understood: {
    zh: '知晓告知内容、接受核查和后果',
    en: 'Notice understood; verification and consequences accepted',
  },
  disclosureConsent: { zh: '同意或不同意公开', en: 'Consent or refusal of public disclosure' },
  signature: { zh: '签字和日期', en: 'Signature and date' },
} as const;

export type TextKind = 'notice' | 'commitment';
export type NoticeElement = keyof typeof noticeElements;
export type CommitmentElement = keyof typeof commitmentElements;
export type TextElement = NoticeElement | CommitmentElement;

export const elementsOf = (kind: TextKind): Record<string, { zh: string; en: string }> =>
  kind === 'notice' ? noticeElements : commitmentElements;

/**
 * DOC-2 names five consequences of a false commitment; the consequences section must state each.
 * Each is recognised by any of its usual wordings.
 */
export const consequenceTerms = {
  termination: { zh: '终止办理', words: ['终止办理', '终止审批', '不予办理'] },
  revocation: { zh: '撤销决定', words: ['撤销'] },
  penalty: { zh: '行政处罚', words: ['处罚', '罚款'] },
  credit: { zh: '信用记录', words: ['信用'] },
  referral: { zh: '移送司法机关', words: ['移送', '刑事责任'] },
} as const;

/** A format text: a title and its sections; `{{placeholders}}` are filled from a case (DOC-6). */
export interface FormatText {
  title: string;
  sections: TextSection[];
}

export interface TextSection {
  element: TextElement | null;
  heading: string;
  body: string;
}

export interface MissingElement {
  element: string;
  zh: string;
  en: string;
}

/** Every required element the text lacks (absent or empty), and each consequence not stated. */
export function missingElements(kind: TextKind, text: FormatText): MissingElement[] {
  // An element may span several sections: their bodies are read together.
  const present = new Map<string, string>();
  for (const s of text.sections)
    if (s.element && s.body.trim())
      present.set(s.element, [present.get(s.element), s.body].filter(Boolean).join('\n'));
  const missing: MissingElement[] = Object.entries(elementsOf(kind))
    .filter(([id]) => !present.has(id))
    .map(([id, label]) => ({ element: id, ...label }));
  const consequences = present.get('consequences');
  if (kind === 'notice' && consequences !== undefined)
    for (const [id, term] of Object.entries(consequenceTerms))
      if (!term.words.some((w) => consequences.includes(w)))
        missing.push({
          element: `consequences.${id}`,
          zh: `承诺不实的法律后果未写明“${term.zh}”`,
          en: `The consequences do not state ${id}`,
        });
  return missing;
}
