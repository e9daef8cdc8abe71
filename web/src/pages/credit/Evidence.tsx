import { Space } from 'antd';
import { creditEvidenceUrl } from '../../api/credit.ts';
import { shanghaiToday, useDates } from '../../lib/dates.ts';
import { useOfficeTexts } from './office-texts.ts';

/** CRED-4/5: the evidence files of an application, each a download named with its SM3. */
export function Evidence({ files }: { files: { id: string; contentType: string; sm3: string }[] }) {
  const { ot } = useOfficeTexts();
  if (files.length === 0) return <span className="cn-case-muted">{ot('common.none')}</span>;
  return (
    <Space direction="vertical" size={0}>
      {files.map((f, i) => (
        <a key={f.id} href={creditEvidenceUrl(f.id)} download title={`SM3 ${f.sm3}`}>
          {ot('common.evidenceFile', { n: i + 1 })}
        </a>
      ))}
    </Space>
  );
}

/** The due day, red once passed while the application still waits. */
export function DueOn({ date, open }: { date: string; open: boolean }) {
  const { ot } = useOfficeTexts();
  const dates = useDates();
  const overdue = open && date < shanghaiToday();
  return overdue ? (
    <span className="cn-credit-overdue" data-testid="due-overdue">
      {dates.date(date)} · {ot('common.overdue')}
    </span>
  ) : (
    <span>{dates.date(date)}</span>
  );
}
