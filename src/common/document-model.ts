/** DOC-6: what a printable document is made of, and filling its {{placeholders}} (pure; the web shows the same model). */
export interface DocumentModel {
  /** e.g. 证明事项告知书 / 证明事项告知承诺书 / 通用性工作规程 / 办事指南 */
  title: string;
  /** e.g. the matter name, or the issuing agency */
  subtitle?: string;
  /** optional 文号 line */
  documentNo?: string;
  blocks: Block[];
  /** signature and date lines; a missing value prints as a blank line to sign on */
  signature?: { lines: { label: string; value?: string }[]; date?: string };
  /** small text at the foot of every page, e.g. version / SM3 / publisher */
  footer?: string;
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'checkbox'; items: { label: string; checked?: boolean }[] }
  | { kind: 'fields'; rows: { label: string; value?: string }[] };

export type PlaceholderValues = Readonly<Record<string, string | number | null | undefined>>;

/** A `{{key}}` placeholder of a text. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** Replaces each `{{key}}` that has a value; unfilled ones stay and print as blanks to write on. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}

/** fillPlaceholders applied to every text of a model (pure: returns a new model). */
export function fillModelPlaceholders(model: DocumentModel, values: PlaceholderValues): DocumentModel {
  const fill = (text: string) => fillPlaceholders(text, values);
  const fillOptional = (text: string | undefined) => (text === undefined ? undefined : fill(text));
  const row = (r: { label: string; value?: string }) =>
    r.value === undefined ? { label: fill(r.label) } : { label: fill(r.label), value: fill(r.value) };
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return { ...b, text: fill(b.text) };
      case 'list':
        return { ...b, items: b.items.map(fill) };
      case 'checkbox':
        return { ...b, items: b.items.map((i) => ({ ...i, label: fill(i.label) })) };
      case 'fields':
        return { ...b, rows: b.rows.map(row) };
    }
  };
  const filled: DocumentModel = { ...model, title: fill(model.title), blocks: model.blocks.map(block) };
  if (model.subtitle !== undefined) filled.subtitle = fill(model.subtitle);
  if (model.documentNo !== undefined) filled.documentNo = fill(model.documentNo);
  if (model.footer !== undefined) filled.footer = fill(model.footer);
  if (model.signature) {
    const signature: NonNullable<DocumentModel['signature']> = { lines: model.signature.lines.map(row) };
    const date = fillOptional(model.signature.date);
    if (date !== undefined) signature.date = date;
    filled.signature = signature;
  }
  return filled;
}

/** CASE-4: the box of the applicant's choice is ticked (同意公开 or 不同意公开), the other left empty. */
export function tickDisclosureChoice(
  model: DocumentModel,
  choice: 'consent' | 'refuse' | null,
): DocumentModel {
  const ticked = choice === 'consent' ? '同意公开' : choice === 'refuse' ? '不同意公开' : null;
  return {
    ...model,
    blocks: model.blocks.map((b) =>
      b.kind === 'checkbox'
        ? {
            ...b,
            items: b.items.map((i) => ({ ...i, checked: ticked !== null && i.label.startsWith(ticked) })),
          }
        : b,
    ),
  };
}
