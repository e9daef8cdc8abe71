import { type RecordType, recordTypes } from '@common/shared-records.ts';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../lib/dates.ts';
import type { DataAccessEntry } from './model.ts';
import { useVerificationTexts } from './texts.ts';

const answeredColours: Record<DataAccessEntry['answered'], string> = {
  found: 'green',
  'not-found': 'default',
  failed: 'orange',
};

const isRecordType = (value: string): value is RecordType => value in recordTypes;

/** VER-8: queries of the data-sharing platform — when, by whom, for which case, what data, why, answered how. */
export function DataLogTable({
  entries,
  loading,
  testId,
  extra = [],
}: {
  entries: DataAccessEntry[];
  loading: boolean;
  testId: string;
  extra?: ColumnsType<DataAccessEntry>;
}) {
  const { vt, language } = useVerificationTexts();
  return (
    <Table<DataAccessEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      data-testid={testId}
      pagination={entries.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 1081 + extra.length * 130 }}
      locale={{ emptyText: vt('log.empty') }}
      columns={[
        {
          title: vt('log.col.at'),
          key: 'at',
          width: 140,
          render: (_, e) => (
            <time className="cn-case-event-time" dateTime={e.at}>
              {formatDateTime(e.at, language)}
            </time>
          ),
        },
        { title: vt('log.col.agency'), dataIndex: 'agencyName', key: 'agency', width: 180 },
        { title: vt('log.col.user'), dataIndex: 'userName', key: 'user', width: 150 },
        { title: vt('log.col.case'), key: 'case', width: 165, render: (_, e) => e.caseNo ?? '—' },
        {
          title: vt('log.col.recordType'),
          key: 'type',
          width: 110,
          render: (_, e) =>
            isRecordType(e.recordType) ? recordTypes[e.recordType][language] : e.recordTypeLabel,
        },
        { title: vt('log.col.purpose'), dataIndex: 'purpose', key: 'purpose', width: 240 },
        {
          title: vt('log.col.answered'),
          key: 'answered',
          width: 96,
          render: (_, e) => <Tag color={answeredColours[e.answered]}>{vt(`log.answered.${e.answered}`)}</Tag>,
        },
        ...extra,
      ]}
    />
  );
}
