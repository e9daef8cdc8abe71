import { Alert, Card, Skeleton, Typography } from 'antd';
import { useIntegrityFile } from '../../api/integrity.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { IntegrityFileView } from './IntegrityFileView.tsx';
import { useCreditTexts } from './texts.ts';
import '../cases/cases.css';

/** CRED-1: the applicant's own integrity file. */
export function IntegrityPage() {
  const { rt, language } = useCreditTexts();
  const file = useIntegrityFile();
  return (
    <Card className="cn-case-page" title={<PageTitle>{rt('integrity.title')}</PageTitle>}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {rt('integrity.intro')}
      </Typography.Paragraph>
      {file.error ? (
        <Alert type="error" showIcon title={applyServerError(null, file.error, language)} />
      ) : null}
      {!file.data && !file.error && <Skeleton active />}
      {file.data && <IntegrityFileView file={file.data} own />}
    </Card>
  );
}
