import type { ReactNode } from 'react';

/**
 * Issue 17: what only a checker needs (a hash, a key, raw data) folded away under a plain summary,
 * closed until asked for; the sentence above the value says what it is for in everyday words.
 */
export function TechnicalDetails({
  summary,
  explanation,
  children,
  testId,
}: {
  summary: string;
  explanation: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <details className="cn-tech-details" data-testid={testId}>
      <summary>{summary}</summary>
      <p className="cn-tech-details-why">{explanation}</p>
      {children}
    </details>
  );
}
