import { maskIdentifier } from '@common/identifiers/index.ts';
import { Card, Col, Descriptions, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { EligibilityAlert } from '../cases/EligibilityAlert.tsx';
import { casePages, formatTime, signatureMethodLabels } from '../cases/model.ts';
import { CommitmentStateTag } from '../cases/StateTags.tsx';
import { type CreditTextKey, useCreditTexts } from './texts.ts';
import type { IntegrityFile } from './types.ts';

type CommitmentRow = IntegrityFile['commitments'][number];
type CreditRecord = IntegrityFile['records'][number];

const summaryKeys: { key: keyof IntegrityFile['summary']; label: CreditTextKey; tone?: string }[] = [
  { key: 'commitments', label: 'sum.commitments' },
  { key: 'pending', label: 'sum.pending' },
  { key: 'inVerification', label: 'sum.inVerification', tone: 'gold' },
  { key: 'kept', label: 'sum.kept', tone: 'green' },
  { key: 'false', label: 'sum.false', tone: 'red' },
  { key: 'withdrawn', label: 'sum.withdrawn' },
];

/**
 * CRED-1: an integrity file: who, the counts by how commitments stand, eligibility for commitment with
 * its reasons and repair path (CASE-2, CRED-4), every commitment, and the dishonesty records.
 * `linkCases` when the viewer may open the cases (the applicant's own file).
 */
export function IntegrityFileView({ file, linkCases }: { file: IntegrityFile; linkCases: boolean }) {
  const { rt, language } = useCreditTexts();
  const day = (iso: string) => formatTime(iso, language).slice(0, 10);
  return (
    <div className="cn-credit-file" data-testid="integrity-file">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'name', label: rt('integrity.party'), children: file.party.name },
          {
            key: 'kind',
            label: rt('integrity.identifier'),
            children: `${maskIdentifier(file.party.identifier)}（${rt(`integrity.kind.${file.party.kind}`)}）`,
          },
        ]}
      />
      <Row gutter={[12, 12]} className="cn-credit-summary" data-testid="integrity-summary">
        {summaryKeys.map((s) => (
          <Col key={s.key} xs={12} sm={8} lg={4}>
            <Card size="small" className={`cn-credit-stat${s.tone ? ` is-${s.tone}` : ''}`}>
              <Statistic title={rt(s.label)} value={file.summary[s.key]} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Title level={2} className="cn-case-h2 cn-credit-h2">
        {rt('elig.title')}
      </Typography.Title>
      <EligibilityAlert
        eligibility={file.eligibility}
        testId="integrity-eligibility"
        title={rt(file.eligibility.eligible ? 'elig.ok' : 'elig.barred')}
      />
      <Typography.Title level={2} className="cn-case-h2 cn-credit-h2">
        {rt('commitments.title')}
      </Typography.Title>
      <Table<CommitmentRow>
        rowKey="id"
        size="small"
        dataSource={file.commitments}
        data-testid="integrity-commitments"
        scroll={{ x: 1320 }}
        pagination={file.commitments.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: rt('commitments.empty') }}
        columns={[
          {
            title: rt('col.signedAt'),
            key: 'signedAt',
            width: 150,
            render: (_, c) => formatTime(c.signedAt, language),
          },
          {
            title: rt('col.caseNo'),
            key: 'caseNo',
            width: 160,
            render: (_, c) =>
              linkCases ? (
                <Link className="cn-case-nowrap" to={casePages.case(c.caseId)}>
                  {c.caseNo}
                </Link>
              ) : (
                c.caseNo
              ),
          },
          { title: rt('col.matter'), dataIndex: 'matterName', key: 'matter', width: 200 },
          { title: rt('col.proof'), dataIndex: 'proofName', key: 'proof', width: 150 },
          {
            title: rt('col.method'),
            key: 'method',
            width: 130,
            render: (_, c) => signatureMethodLabels[c.signatureMethod]?.[language] ?? c.signatureMethod,
          },
          {
            title: rt('col.state'),
            key: 'state',
            width: 140,
            render: (_, c) => <CommitmentStateTag state={c.state} />,
          },
          {
            title: rt('col.note'),
            key: 'note',
            width: 260,
            render: (_, c) => (
              <span className="cn-case-muted">
                {c.stateNote ?? '—'}
                {c.stateNote && ` · ${day(c.stateChangedAt)}`}
              </span>
            ),
          },
          {
            title: rt('col.decisionNo'),
            key: 'decisionNo',
            width: 170,
            render: (_, c) => c.decisionNo ?? '—',
          },
        ]}
      />
      <Typography.Title level={2} className="cn-case-h2 cn-credit-h2">
        {rt('records.title')}
      </Typography.Title>
      <Table<CreditRecord>
        rowKey="id"
        size="small"
        dataSource={file.records}
        data-testid="integrity-records"
        scroll={{ x: 1240 }}
        pagination={false}
        locale={{ emptyText: rt('records.empty') }}
        columns={[
          { title: rt('col.recordedAt'), key: 'at', width: 110, render: (_, r) => day(r.recordedAt) },
          {
            title: rt('col.kind'),
            key: 'kind',
            width: 110,
            render: (_, r) => (
              <Tag color={r.kind === 'false-commitment' ? 'red' : 'volcano'}>{rt(`kind.${r.kind}`)}</Tag>
            ),
          },
          {
            title: rt('col.severity'),
            key: 'severity',
            width: 80,
            render: (_, r) => (
              <Tag color={r.severity === 'serious' ? 'red' : 'default'}>{rt(`severity.${r.severity}`)}</Tag>
            ),
          },
          { title: rt('col.description'), dataIndex: 'description', key: 'description', width: 260 },
          { title: rt('col.authority'), dataIndex: 'authority', key: 'authority', width: 160 },
          { title: rt('col.basis'), dataIndex: 'basis', key: 'basis', width: 180 },
          {
            title: rt('col.repair'),
            key: 'repair',
            width: 140,
            render: (_, r) =>
              r.repairedAt ? (
                <Tag color="green">{rt('repair.done', { date: day(r.repairedAt) })}</Tag>
              ) : (
                <Tag color="orange">{rt('repair.open')}</Tag>
              ),
          },
          {
            title: rt('col.bars'),
            key: 'bars',
            width: 110,
            render: (_, r) => (r.barsCommitment ? <Tag color="red">{rt('bars.yes')}</Tag> : rt('bars.no')),
          },
        ]}
      />
    </div>
  );
}
