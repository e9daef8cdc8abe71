import type { Block, DocumentModel } from './document-model.ts';
import type { ServiceGuide } from './service-guide.ts';
import type { FormatText } from './text-elements.ts';
import { type WorkRule, workRuleSections } from './work-rule.ts';

/** A line of boxes to tick (`□ 同意公开本承诺书    □ 不同意公开`) is a checkbox block, each box an item. */
const CHECKBOX_LINE = /^\s*□/;

const block = (line: string): Block =>
  CHECKBOX_LINE.test(line)
    ? {
        kind: 'checkbox',
        items: line
          .split('□')
          .map((label) => label.trim())
          .filter(Boolean)
          .map((label) => ({ label })),
      }
    : { kind: 'paragraph', text: line };

const paragraphs = (text: string): Block[] =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map(block);

/**
 * A format text as a printable document (DOC-2, DOC-6): its sections in order, the signature lines
 * of a commitment as blanks to sign on (or filled from the case). `{{placeholders}}` stay in the lines
 * (printed as blanks) so that a case's data can fill them later; the date line becomes the document's
 * date, which the renderer prints once.
 */
export function textDocument(text: FormatText, meta: { subtitle: string; footer: string }): DocumentModel {
  const signature = text.sections.find((s) => s.element === 'signature');
  const lines = (signature?.body ?? '')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const [label, value] = line.split(/[：:]/, 2);
      const filled = value?.trim();
      return filled ? { label: label!, value: filled } : { label: label! };
    });
  const date = lines.find((l) => l.label.trim().endsWith('日期') && l.value);
  return {
    title: text.title,
    subtitle: meta.subtitle,
    blocks: text.sections
      .filter((s) => s !== signature)
      .flatMap((s) => [
        ...(s.heading ? [{ kind: 'heading' as const, text: s.heading }] : []),
        ...paragraphs(s.body),
      ]),
    ...(signature
      ? {
          signature: {
            lines: lines.filter((l) => l !== date),
            ...(date ? { date: date.value! } : {}),
          },
        }
      : {}),
    footer: meta.footer,
  };
}

/** DOC-1: the work rule as a document, section by section. */
export function workRuleDocument(rule: WorkRule, footer: string): DocumentModel {
  const numbers = ['一', '二', '三', '四', '五', '六', '七'];
  return {
    title: rule.title,
    blocks: (Object.keys(workRuleSections) as (keyof typeof workRuleSections)[]).flatMap((key, i) => [
      { kind: 'heading' as const, text: `${numbers[i]}、${workRuleSections[key].zh}` },
      ...paragraphs(rule[key]),
    ]),
    footer,
  };
}

/** DOC-4: a service guide as a document. */
export function guideDocument(
  guide: ServiceGuide,
  meta: { subtitle: string; footer: string },
): DocumentModel {
  return {
    title: guide.title,
    subtitle: meta.subtitle,
    blocks: [
      { kind: 'heading', text: '一、选择告知承诺的条件' },
      ...paragraphs(guide.conditions),
      { kind: 'heading', text: '二、告知承诺办理流程' },
      { kind: 'list', ordered: true, items: guide.withCommitment },
      { kind: 'heading', text: '三、一般程序办理流程（不选择告知承诺）' },
      { kind: 'list', ordered: true, items: guide.withoutCommitment },
      { kind: 'heading', text: '四、中途撤回承诺' },
      ...paragraphs(guide.withdrawal),
    ],
    footer: meta.footer,
  };
}
