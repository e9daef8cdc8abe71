import { Space, Tag } from 'antd';
import { useCreditTexts } from './texts.ts';

interface RecordFacts {
  correctedAt: string | null;
  repairedAt: string | null;
  disputed: boolean;
  /** Absent where the list does not say (the office's records): then counted until repaired or corrected. */
  inEffect?: boolean;
}

/** CRED-2..5: how a record stands — 有效 / 已修复 / 已更正 / 已届满, and 异议中 while an objection is open. */
export function RecordStatus({ record }: { record: RecordFacts }) {
  const { rt } = useCreditTexts();
  const main = record.correctedAt
    ? { key: 'status.corrected' as const, color: 'default' }
    : record.repairedAt
      ? { key: 'status.repaired' as const, color: 'green' }
      : record.inEffect === false
        ? { key: 'status.expired' as const, color: 'default' }
        : { key: 'status.in-effect' as const, color: 'red' };
  return (
    <Space size={4} wrap>
      <Tag color={main.color}>{rt(main.key)}</Tag>
      {record.disputed && (
        <Tag color="gold" data-testid="record-disputed">
          {rt('status.disputed')}
        </Tag>
      )}
    </Space>
  );
}
