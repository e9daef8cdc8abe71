import { Table, Tag } from 'antd';
import type { Answer } from '../../api/answers.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { useT } from '../../lib/i18n.ts';

const statusColor = { open: 'blue', 'due-soon': 'orange', 'due-today': 'volcano', overdue: 'red' } as const;

type Deadline = Answer<'/api/deadlines'>[number];

export function DeadlineTable({ deadlines, compact = false }: { deadlines: Deadline[]; compact?: boolean }) {
  const { t, language } = useT();
  return (
    <Table<Deadline>
      rowKey="id"
      size={compact ? 'small' : 'middle'}
      pagination={compact ? false : { pageSize: 20 }}
      dataSource={deadlines}
      locale={{ emptyText: t('wb.noDeadlines') }}
      columns={[
        { title: t('deadlines.item'), render: (_, d) => (language === 'zh' ? d.title : d.titleEn) },
        {
          title: t('deadlines.due'),
          dataIndex: 'dueDate',
          width: 130,
          render: (date: string, d) => <DueDate date={date} warnings={d.warnings} />,
        },
        ...(compact ? [] : [{ title: t('deadlines.left'), dataIndex: 'workingDaysLeft', width: 130 }]),
        {
          title: t('deadlines.status'),
          dataIndex: 'status',
          width: 110,
          render: (status: Deadline['status']) => (
            <Tag color={statusColor[status]}>{t(`deadlines.status.${status}`)}</Tag>
          ),
        },
      ]}
    />
  );
}
