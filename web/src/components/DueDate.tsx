import { Tooltip, Typography } from 'antd';
import { useT } from '../lib/i18n.ts';

interface Warning {
  message: string;
  messageEn: string;
}

/**
 * A due date, marked ⚠ 暂定 with the reason when it was counted across a year whose official holiday
 * schedule is not published yet (SPEC §10 Clocks); the reason shows on hover and is read by screen readers.
 */
export function DueDate({ date, warnings }: { date: string | null; warnings: readonly Warning[] }) {
  const { t, language } = useT();
  if (!date) return null;
  if (warnings.length === 0) return <>{date}</>;
  const reason = warnings.map((w) => (language === 'zh' ? w.message : w.messageEn)).join(' ');
  return (
    <Tooltip title={reason}>
      <span data-testid="due-provisional">
        {date}{' '}
        <Typography.Text type="warning" strong>
          ⚠ {t('due.provisional')}
        </Typography.Text>
        <span className="cn-visually-hidden">：{reason}</span>
      </span>
    </Tooltip>
  );
}
