import { Tooltip, Typography } from 'antd';
import { formatDate } from '../lib/dates.ts';
import { useT } from '../lib/i18n.ts';

interface Warning {
  message: string;
  messageEn: string;
}

/**
 * ⚠ 暂定 beside a due date counted across a year whose official holiday schedule is not published
 * yet (SPEC §10 Clocks); the reason shows on hover and is read by screen readers.
 */
export function ProvisionalMark({ warnings }: { warnings: readonly Warning[] | undefined }) {
  const { t, language } = useT();
  if (!warnings?.length) return null;
  const reason = warnings.map((w) => (language === 'zh' ? w.message : w.messageEn)).join(' ');
  return (
    <Tooltip title={reason}>
      <span data-testid="due-provisional">
        {' '}
        <Typography.Text type="warning" strong>
          ⚠ {t('due.provisional')}
        </Typography.Text>
        <span className="cn-visually-hidden">：{reason}</span>
      </span>
    </Tooltip>
  );
}

/** A due date, marked when it is provisional. */
export function DueDate({ date, warnings }: { date: string | null; warnings: readonly Warning[] }) {
  const { language } = useT();
  if (!date) return null;
  return (
    <>
      {formatDate(date, language)}
      <ProvisionalMark warnings={warnings} />
    </>
  );
}
