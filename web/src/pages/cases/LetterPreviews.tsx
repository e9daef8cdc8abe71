import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PaperDocument } from '../public/documents/PaperDocument.tsx';
import { useCaseTexts } from './texts.ts';
import type { DocumentModel } from './types.ts';

/** CASE-3: the filled notices or commitments of an application, each as an A4-like sheet. */
export function LetterPreviews({
  letters,
  testId,
}: {
  letters: { proof: string; model: DocumentModel; note?: ReactNode }[];
  testId: string;
}) {
  const { ct } = useCaseTexts();
  return (
    <div className="cn-case-letters" data-testid={testId}>
      {letters.map((letter, i) => (
        <section key={letter.proof} className="cn-case-letter" aria-label={letter.proof}>
          <Typography.Title level={3} className="cn-case-letter-title">
            <Tag color="red">{i + 1}</Tag>
            {ct('notices.of', { proof: letter.proof, n: i + 1, total: letters.length })}
          </Typography.Title>
          {letter.note && <div className="cn-case-letter-note">{letter.note}</div>}
          <div className="cn-paper-desk">
            <PaperDocument model={letter.model} preview titleLevel={3} />
          </div>
        </section>
      ))}
    </div>
  );
}
