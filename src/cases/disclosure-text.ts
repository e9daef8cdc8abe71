import { maskIdentifier, maskPersonName } from '../common/identifiers/index.ts';
import type { Block, DocumentModel } from '../documents/index.ts';

const maskPhone = (phone: string) =>
  phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';

/** how a committer is named in public: organisations in full, persons masked (张*). */
export const publicCommitterName = (party: { kind: 'person' | 'organisation'; name: string }) =>
  party.kind === 'organisation' ? party.name : maskPersonName(party.name);

const blockLines = (b: Block): string[] => {
  if (b.kind === 'heading' || b.kind === 'paragraph') return [b.text];
  if (b.kind === 'list') return b.items;
  if (b.kind === 'checkbox') return b.items.map((i) => `${i.checked ? '☑' : '□'} ${i.label}`);
  return b.rows.map((r) => `${r.label}：${r.value ?? ''}`);
};

/**
 * CASE-4: a signed commitment as public text: every line of the letter, with the committer's
 * identifier, phone and (for persons) name masked wherever they appear.
 */
export function disclosureText(
  model: DocumentModel,
  committer: { kind: 'person' | 'organisation'; name: string; identifier: string; phone: string | null },
): string {
  const lines = [
    model.title,
    ...model.blocks.flatMap(blockLines),
    ...(model.signature?.lines ?? []).map((l) => `${l.label}：${l.value ?? ''}`),
    ...(model.signature?.date ? [model.signature.date] : []),
  ];
  let text = lines.join('\n');
  const replace = (value: string | null, masked: string) => {
    if (value) text = text.split(value).join(masked);
  };
  replace(committer.identifier, maskIdentifier(committer.identifier));
  replace(committer.phone, committer.phone ? maskPhone(committer.phone) : '');
  if (committer.kind === 'person') replace(committer.name, maskPersonName(committer.name));
  return text;
}
