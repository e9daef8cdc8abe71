import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { type CaseTextKey, useCaseTexts } from '../texts.ts';

/**
 * The frame of the notices and the signing step: with nothing committed there is nothing to read or
 * sign; at the counter the previews are filled with the account's applicant until submission.
 */
export function LettersFrame({
  committed,
  counter,
  intro,
  children,
}: {
  committed: number;
  counter: boolean;
  intro: CaseTextKey;
  children: ReactNode;
}) {
  const { ct } = useCaseTexts();
  if (committed === 0) return <Alert type="info" showIcon title={ct('notices.none')} />;
  return (
    <>
      <Typography.Paragraph>{ct(intro)}</Typography.Paragraph>
      {counter && (
        <Alert type="info" showIcon className="cn-case-inline-alert" title={ct('notices.counterPreview')} />
      )}
      {children}
    </>
  );
}
