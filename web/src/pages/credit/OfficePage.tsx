import { Alert, Card, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Read } from '../../api/answers.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { useOfficeTexts } from './office-texts.ts';
import '../cases/cases.css';

/** The frame of each credit office page: title, what it is for, and its read's loading and error. */
export function OfficePage<T>({
  title,
  intro,
  read,
  extra,
  dialogs,
  testId,
  children,
}: {
  title: string;
  intro: string;
  read: Read<T>;
  extra?: ReactNode;
  /** The page's dialogs, rendered whether or not the read has come. */
  dialogs?: ReactNode;
  testId: string;
  children(data: T): ReactNode;
}) {
  const { language } = useOfficeTexts();
  return (
    <Card className="cn-case-page" title={<PageTitle>{title}</PageTitle>} extra={extra} data-testid={testId}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {intro}
      </Typography.Paragraph>
      {read.error ? (
        <Alert type="error" showIcon title={applyServerError(null, read.error, language)} />
      ) : null}
      {read.data === null && !read.error && <Skeleton active />}
      {read.data !== null && children(read.data)}
      {dialogs}
    </Card>
  );
}
