/** `{{key}}` in a format text: case data filled in when a case uses the text (DOC-6). */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** What each placeholder of the default texts stands for, in both languages. */
export const placeholderLabels: Record<string, { zh: string; en: string }> = {
  applicantName: { zh: '申请人姓名（名称）', en: 'Applicant name' },
  applicantId: { zh: '证件号码（统一社会信用代码）', en: 'ID number / credit code' },
  applicantPhone: { zh: '联系电话', en: 'Phone' },
  noticeDate: { zh: '告知日期', en: 'Date of notice' },
  commitmentDate: { zh: '承诺日期', en: 'Date of commitment' },
  signature: { zh: '签字（盖章）', en: 'Signature (seal)' },
  disclosureChoice: { zh: '是否同意公开', en: 'Disclosure choice' },
  caseNo: { zh: '办件编号', en: 'Case number' },
  itemName: { zh: '证明名称', en: 'Proof name' },
  matterName: { zh: '办理事项', en: 'Matter' },
  agencyName: { zh: '实施单位', en: 'Handling agency' },
};

export const placeholderLabel = (key: string, language: 'zh' | 'en') =>
  placeholderLabels[key]?.[language] ?? key;

/** A run of a text; `at` is where it starts, which names it among its siblings. */
export type Segment =
  | { kind: 'text'; text: string; at: number }
  | { kind: 'placeholder'; key: string; at: number };

/** A text cut into plain runs and placeholders, in order. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index), at: last });
    out.push({ kind: 'placeholder', key: match[1]!, at: match.index });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last), at: last });
  return out;
}

/** The distinct placeholders of a text, in the order they first appear. */
export const placeholdersOf = (text: string): string[] => [
  ...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!)),
];
