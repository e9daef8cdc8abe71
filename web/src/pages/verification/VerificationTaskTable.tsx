import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { Answer } from '../../api/answers.ts';
import { casePages } from '../cases/model.ts';
import { DueDate } from '../cases/StateTags.tsx';
import type { CaseTask } from '../cases/types.ts';
import { VerificationTag } from '../lists/VerificationTag.tsx';
import { useVerificationTexts } from './texts.ts';

/** A task of one's agency, with the case it belongs to. */
type VerificationTaskRow = Answer<'/api/verification/tasks'>[number];

/**
 * VER-1: verification tasks with proof, kind (verification, or supervision for exempt items), method,
 * assisting agency and due date. With `withCase` each row names and links its case.
 */
export function VerificationTaskTable({
  tasks,
  withCase = false,
  loading = false,
  testId,
}: {
  tasks: (CaseTask | VerificationTaskRow)[];
  withCase?: boolean;
  loading?: boolean;
  testId?: string;
}) {
  const { vt } = useVerificationTexts();
  return (
    <Table<CaseTask | VerificationTaskRow>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={tasks}
      data-testid={testId}
      pagination={tasks.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: withCase ? 1480 : 1000 }}
      locale={{ emptyText: vt('tasks.empty') }}
      columns={[
        ...(withCase
          ? [
              {
                title: vt('col.caseNo'),
                key: 'caseNo',
                width: 170,
                render: (_: unknown, t: CaseTask | VerificationTaskRow) =>
                  'caseId' in t ? (
                    <Link className="cn-case-nowrap" to={casePages.case(t.caseId)}>
                      {t.caseNo}
                    </Link>
                  ) : null,
              },
              {
                title: vt('col.matter'),
                key: 'matter',
                width: 190,
                render: (_: unknown, t: CaseTask | VerificationTaskRow) =>
                  'matterName' in t ? t.matterName : '',
              },
            ]
          : []),
        { title: vt('col.proof'), dataIndex: 'proofName', key: 'proof', width: 160 },
        {
          title: vt('col.kind'),
          key: 'kind',
          width: 96,
          render: (_, t) => (
            <Tag color={t.kind === 'verification' ? 'blue' : 'default'}>{vt(`kind.${t.kind}`)}</Tag>
          ),
        },
        {
          title: vt('col.verification'),
          key: 'verification',
          width: 120,
          render: (_, t) => <VerificationTag value={t.verification} />,
        },
        { title: vt('col.method'), dataIndex: 'method', key: 'method', width: 280 },
        {
          title: vt('col.assisting'),
          key: 'assisting',
          width: 170,
          render: (_, t) => t.assistingAgency ?? '—',
        },
        ...(withCase
          ? [
              {
                title: vt('col.decidedOn'),
                key: 'decidedOn',
                width: 110,
                render: (_: unknown, t: CaseTask | VerificationTaskRow) =>
                  'decidedOn' in t ? (t.decidedOn ?? '—') : '—',
              },
            ]
          : []),
        {
          title: vt('col.due'),
          key: 'due',
          width: 180,
          render: (_, t) =>
            t.dueDate ? (
              <DueDate date={t.dueDate} warnings={'dueWarnings' in t ? t.dueWarnings : undefined} />
            ) : (
              vt('due.none')
            ),
        },
        {
          title: vt('col.state'),
          key: 'state',
          width: 90,
          render: (_, t) => <Tag color="gold">{t.state === 'planned' ? vt('state.planned') : t.state}</Tag>,
        },
      ]}
    />
  );
}
