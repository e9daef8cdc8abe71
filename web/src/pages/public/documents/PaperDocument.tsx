import type { Block, DocumentModel } from '@common/document-model.ts';
import type { ReactNode } from 'react';
import { usePreferences } from '../../../lib/preferences.tsx';
import { placeholderLabel, segments } from './placeholders.ts';
import './documents.css';

export type { DocumentModel };

/**
 * A document model (DOC-2, DOC-4, DOC-1) as the printed sheet looks: A4-like page, centred bold title,
 * indented justified paragraphs, the signature and date lines at the right, the footer below. The same
 * model the server lays out as PDF, so the page and the download agree.
 *
 * `placeholders`: "blank" prints case data as lines to write on (the public blank form); "chip" marks
 * each `{{placeholder}}` as a highlighted chip (the staff editor's preview).
 */
export function PaperDocument({
  model,
  placeholders = 'blank',
  titleLevel = 1,
  preview = false,
  testId,
}: {
  model: DocumentModel;
  placeholders?: 'blank' | 'chip';
  titleLevel?: 1 | 2 | 3;
  preview?: boolean;
  testId?: string;
}) {
  const { language } = usePreferences();
  const inline = (text: string): ReactNode[] =>
    segments(text).map((s) =>
      s.kind === 'text' ? (
        s.text
      ) : placeholders === 'chip' ? (
        <mark key={s.at} className="cn-chip" title={`{{${s.key}}}`}>
          {placeholderLabel(s.key, language)}
        </mark>
      ) : (
        <span key={s.at} className="cn-paper-blank">
          <span className="cn-visually-hidden">
            {language === 'zh'
              ? `（填写：${placeholderLabel(s.key, 'zh')}）`
              : `(to fill in: ${placeholderLabel(s.key, 'en')})`}
          </span>
        </span>
      ),
    );
  const Title = `h${titleLevel}` as 'h1';
  const Heading = `h${titleLevel + 1}` as 'h2';
  const block = (b: Block, i: number): ReactNode => {
    switch (b.kind) {
      case 'heading':
        return (
          <Heading key={i} className="cn-paper-heading">
            {inline(b.text)}
          </Heading>
        );
      case 'paragraph':
        return (
          <p key={i} className="cn-paper-p">
            {inline(b.text)}
          </p>
        );
      case 'list': {
        const List = b.ordered ? 'ol' : 'ul';
        return (
          <List key={i} className="cn-paper-list">
            {b.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the steps of a printed list have no other identity
              <li key={j}>{inline(item)}</li>
            ))}
          </List>
        );
      }
      case 'checkbox':
        return (
          <p key={i} className="cn-paper-p">
            {b.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: printed boxes in order
              <span key={j} className="cn-paper-checkbox">
                <span aria-hidden="true">{item.checked ? '■' : '□'}</span>
                <span className="cn-visually-hidden">{item.checked ? '已勾选：' : '未勾选：'}</span>{' '}
                {inline(item.label)}
              </span>
            ))}
          </p>
        );
      case 'fields':
        return (
          <table key={i} className="cn-paper-fields">
            <tbody>
              {b.rows.map((row, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: printed rows in order
                <tr key={j}>
                  <th scope="row">{inline(row.label)}：</th>
                  <td>{row.value ? inline(row.value) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
    }
  };
  return (
    <article
      className={`cn-paper${preview ? ' is-preview' : ''}`}
      lang="zh-CN"
      data-testid={testId}
      aria-label={model.title}
    >
      <Title className="cn-paper-title">{inline(model.title)}</Title>
      {model.subtitle && <p className="cn-paper-subtitle">{inline(model.subtitle)}</p>}
      {model.documentNo && <p className="cn-paper-subtitle">{inline(model.documentNo)}</p>}
      <div className="cn-paper-body">{model.blocks.map(block)}</div>
      {model.signature && (
        <div className="cn-paper-signature">
          <div>
            {model.signature.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: printed lines in order
              <p key={i}>
                {inline(line.label)}：
                {line.value ? inline(line.value) : <span className="cn-paper-blank cn-paper-blank-long" />}
              </p>
            ))}
            <p>
              日期：
              {model.signature.date ? (
                inline(model.signature.date)
              ) : (
                <>
                  <span className="cn-paper-blank cn-paper-blank-year" />年
                  <span className="cn-paper-blank cn-paper-blank-short" />月
                  <span className="cn-paper-blank cn-paper-blank-short" />日
                </>
              )}
            </p>
          </div>
        </div>
      )}
      {model.footer && <footer className="cn-paper-footer">{inline(model.footer)}</footer>}
    </article>
  );
}
