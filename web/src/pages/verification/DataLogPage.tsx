import { Alert, Card, Typography } from 'antd';
import { useMyDataAccessLog } from '../../api/verification.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { DataLogTable } from './DataLogTable.tsx';
import { useVerificationTexts } from './texts.ts';
import '../cases/cases.css';
import './verification.css';

/** VER-8 (谁查询了我的数据): every query of the sharing platform about the signed-in party. */
export function DataLogPage() {
  const { vt, language } = useVerificationTexts();
  const log = useMyDataAccessLog();
  return (
    <Card className="cn-case-page" title={<PageTitle>{vt('log.mineTitle')}</PageTitle>}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {vt('log.mineIntro')}
      </Typography.Paragraph>
      {log.error ? <Alert type="error" showIcon title={applyServerError(null, log.error, language)} /> : null}
      <DataLogTable entries={log.data ?? []} loading={log.loading} testId="data-log" />
    </Card>
  );
}
