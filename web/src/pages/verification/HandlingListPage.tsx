import { Alert, Card, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useHandlings } from '../../api/verification.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { casePages } from '../cases/model.ts';
import { type Handling, verificationPages } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { HandlingStageTag, useHandlingActionLabel } from './VerificationTags.tsx';
import '../cases/cases.css';
import './verification.css';

/** SUP-3: the handling records of false commitments within reach, open ones first. */
export function HandlingListPage() {
  const { vt, language } = useVerificationTexts();
  const navigate = useNavigate();
  const handlings = useHandlings();
  const actionLabel = useHandlingActionLabel();
  const all = handlings.data ?? [];
  return (
    <Card className="cn-case-page" title={<PageTitle>{vt('handling.title')}</PageTitle>}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {vt('handling.intro')}
      </Typography.Paragraph>
      {handlings.error ? (
        <Alert type="error" showIcon title={applyServerError(null, handlings.error, language)} />
      ) : null}
      <Table<Handling>
        rowKey="id"
        size="small"
        loading={handlings.loading}
        dataSource={all}
        data-testid="handlings"
        pagination={all.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 1170 }}
        locale={{ emptyText: vt('handling.empty') }}
        onRow={(h) => ({
          onClick: (e) => {
            if ((e.target as HTMLElement).closest('a')) return;
            void navigate(verificationPages.handling(h.id));
          },
          className: 'cn-case-row-link',
        })}
        columns={[
          {
            title: vt('col.caseNo'),
            key: 'case',
            width: 170,
            render: (_, h) => (
              <Link className="cn-case-nowrap" to={casePages.case(h.caseId)}>
                {h.caseNo}
              </Link>
            ),
          },
          { title: vt('col.matter'), dataIndex: 'matterName', key: 'matter', width: 160 },
          {
            title: vt('col.proof'),
            key: 'proof',
            width: 130,
            render: (_, h) => <Link to={verificationPages.handling(h.id)}>{h.proofName}</Link>,
          },
          { title: vt('col.party'), dataIndex: 'partyName', key: 'party', width: 130 },
          {
            title: vt('handling.stage'),
            key: 'stage',
            width: 140,
            render: (_, h) => <HandlingStageTag stage={h.stage} />,
          },
          {
            title: vt('handling.foundAt'),
            key: 'found',
            width: 140,
            render: (_, h) => formatDateTime(h.foundAt, language),
          },
          {
            title: vt('handling.actions'),
            key: 'actions',
            width: 230,
            render: (_, h) =>
              h.actions.length === 0
                ? vt('handling.noActions')
                : h.actions.map((a) => (
                    <div key={a.id}>
                      {actionLabel(a.kind)}
                      <span className="cn-case-muted"> · {a.documentNo}</span>
                    </div>
                  )),
          },
          {
            title: vt('col.state'),
            key: 'state',
            width: 90,
            fixed: 'right',
            render: (_, h) => (
              <Tag color={h.state === 'open' ? 'gold' : 'default'}>{vt(`handling.state.${h.state}`)}</Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
