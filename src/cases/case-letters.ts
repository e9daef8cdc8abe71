import { quotedFacts } from '../common/committed-facts.ts';
import { formatDate } from '../common/dates.ts';
import { tickDisclosureChoice } from '../common/document-model.ts';
import type { CommittedFacts, MatterFacts } from '../common/shared-records.ts';
import type { CaseText } from '../documents/index.ts';
import { type DocumentModel, fillModelPlaceholders } from '../documents/index.ts';
import type { ListItem } from '../lists/index.ts';
import { type SignatureMethod, signingPayload, textHash } from './commitment-signature.ts';
import type { DisclosureChoice } from './proof-plan.ts';

export interface Committer {
  kind: 'person' | 'organisation';
  identifier: string;
  name: string;
  phone: string | null;
}

const signatureWords: Record<SignatureMethod, string> = {
  platform: '电子签名，平台SM2签章',
  'applicant-sm2': '电子签名，申请人SM2数字证书',
  paper: '纸质签字，窗口扫描存档',
};

/** The identifier a party has: a person's citizen number, an organisation's unified credit code. */
const identifierLabel = { person: '公民身份号码', organisation: '统一社会信用代码' } as const;

/** Texts written before the label followed the party name both identifiers in one label. */
const BOTH_LABELS = '证件号码（统一社会信用代码）';

const relabelIdentifier = (model: DocumentModel, kind: Committer['kind']): DocumentModel => ({
  ...model,
  blocks: model.blocks.map((b) =>
    b.kind === 'paragraph' ? { ...b, text: b.text.replace(BOTH_LABELS, identifierLabel[kind]) } : b,
  ),
});

/**
 * VER-2: the facts committed to, quoted in the commitment as a table after its first paragraph, so
 * the signed text says exactly what will be checked.
 */
function quoteFacts(model: DocumentModel, facts: { label: string; value: string }[]): DocumentModel {
  if (facts.length === 0) return model;
  const at = Math.max(0, model.blocks.findIndex((b) => b.kind === 'paragraph') + 1);
  const quoted: DocumentModel['blocks'] = [
    { kind: 'paragraph', text: '本人承诺以下事实真实、准确：' },
    { kind: 'fields', rows: facts },
  ];
  return { ...model, blocks: [...model.blocks.slice(0, at), ...quoted, ...model.blocks.slice(at)] };
}

export interface FilledLetters {
  notice: DocumentModel;
  commitment: DocumentModel;
  textSm3: string;
  payload: string;
}

/**
 * CASE-3: the item's notice and commitment filled with the case (committer, date, disclosure choice,
 * signature), the SM3 of the filled commitment, and the payload a signature binds.
 */
export function fillLetters(options: {
  item: ListItem;
  texts: { notice: CaseText; commitment: CaseText };
  committer: Committer;
  disclosure: DisclosureChoice | null;
  /** VER-2: the facts committed to, quoted in the commitment (none: the text as it stands). */
  facts?: { declared: MatterFacts | null; committed: CommittedFacts | null };
  method: SignatureMethod;
  signedAt: Date;
}): FilledLetters {
  const { committer, signedAt } = options;
  const date = formatDate(signedAt);
  const values = {
    applicantName: committer.name,
    applicantIdLabel: identifierLabel[committer.kind],
    applicantId: committer.identifier,
    applicantPhone: committer.phone ?? '',
    disclosureChoice:
      options.disclosure === 'consent'
        ? '■ 本人同意公开本承诺书'
        : options.disclosure === 'refuse'
          ? '■ 本人不同意公开'
          : '',
    signature: `${committer.name}（${signatureWords[options.method]}）`,
    commitmentDate: date,
    noticeDate: date,
  };
  const commitment = quoteFacts(
    tickDisclosureChoice(
      fillModelPlaceholders(relabelIdentifier(options.texts.commitment.model, committer.kind), values),
      options.disclosure,
    ),
    quotedFacts(options.facts?.declared, options.facts?.committed),
  );
  const textSm3 = textHash(commitment);
  return {
    notice: fillModelPlaceholders(relabelIdentifier(options.texts.notice.model, committer.kind), values),
    commitment,
    textSm3,
    payload: signingPayload({
      partyIdentifier: committer.identifier,
      partyName: committer.name,
      itemKey: options.item.key,
      textSm3,
      signedAt,
    }),
  };
}
