import { maskIdentifier } from '@common/identifiers/index.ts';
import { Button, Card, Col, Descriptions, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { EligibilityAlert } from '../cases/EligibilityAlert.tsx';
import { casePages, signatureMethodLabels } from '../cases/model.ts';
import { CommitmentStateTag } from '../cases/StateTags.tsx';
import { GradeCard } from './GradeCard.tsx';
import { MyApplications } from './MyApplications.tsx';
import { RecordStatus } from './RecordStatus.tsx';
import { type CreditRequest, RequestModal } from './RequestModal.tsx';
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

/** CRED-4 / CRED-5: what the applicant may do about a record — apply for repair (once the waiting
 * period has passed, else the day it opens), object. */
function RecordActions({ record, ask }: { record: CreditRecord; ask(request: CreditRequest): void }) {
  const { rt, language } = useCreditTexts();
  const subject = record.description;
  const repairOpen = record.inEffect && !record.repairedAt && !record.correctedAt;
  const waiting = repairOpen && !record.mayApplyForRepair && new Date(record.repairableFrom) > new Date();
  return (
    <div className="cn-credit-actions">
      {repairOpen && (
        <Button
          size="small"
          disabled={!record.mayApplyForRepair}
          onClick={() => ask({ kind: 'repair', recordId: record.id, subject })}
        >
          {rt('action.repair')}
        </Button>
      )}
      {waiting && (
        <span className="cn-case-muted" data-testid="repair-from">
          {rt('action.repairFrom', { date: formatDate(record.repairableFrom, language) })}
        </span>
      )}
      {record.mayObject && (
        <Button size="small" onClick={() => ask({ kind: 'objection', recordId: record.id, subject })}>
          {rt('action.object')}
        </Button>
      )}
    </div>
  );
}

/**
 * CRED-1: an integrity file: who, the grade (CRED-3), the counts by how commitments stand, eligibility
 * for commitment with its reasons and repair path (CASE-2, CRED-4), every commitment, and the
 * dishonesty records. `own` when it is the applicant's own file: the cases link, and the applicant may
 * apply for repair and object (CRED-4/5) and sees those applications.
 */
export function IntegrityFileView({ file, own }: { file: IntegrityFile; own: boolean }) {
  const { rt, language } = useCreditTexts();
  const [request, setRequest] = useState<CreditRequest | null>(null);
  return (
    <div className="cn-credit-file" data-testid="integrity-file">
      <GradeCard grade={file.grade} />
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
            render: (_, c) => formatDateTime(c.signedAt, language),
          },
          {
            title: rt('col.caseNo'),
            key: 'caseNo',
            width: 160,
            render: (_, c) =>
              own ? (
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
                {c.stateNote && ` · ${formatDate(c.stateChangedAt, language)}`}
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
        scroll={{ x: own ? 1450 : 1310 }}
        pagination={false}
        locale={{ emptyText: rt('records.empty') }}
        columns={[
          {
            title: rt('col.recordedAt'),
            key: 'at',
            width: 110,
            render: (_, r) => formatDate(r.recordedAt, language),
          },
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
            width: 150,
            render: (_, r) => (
              <Tag
                color={r.category.grade === 'D' ? 'red' : r.category.grade === 'C' ? 'volcano' : 'default'}
              >
                {language === 'en' ? r.category.nameEn : r.category.name}
              </Tag>
            ),
          },
          { title: rt('col.description'), dataIndex: 'description', key: 'description', width: 260 },
          { title: rt('col.authority'), dataIndex: 'authority', key: 'authority', width: 160 },
          { title: rt('col.basis'), dataIndex: 'basis', key: 'basis', width: 180 },
          {
            title: rt('col.status'),
            key: 'status',
            width: 120,
            render: (_, r) => (
              <>
                <RecordStatus record={r} />
                {r.correctionNote && (
                  <div className="cn-case-muted">{rt('record.correction', { note: r.correctionNote })}</div>
                )}
              </>
            ),
          },
          {
            title: rt('col.bars'),
            key: 'bars',
            width: 110,
            render: (_, r) => (r.barsCommitment ? <Tag color="red">{rt('bars.yes')}</Tag> : rt('bars.no')),
          },
          ...(own
            ? [
                {
                  title: rt('col.actions'),
                  key: 'actions',
                  width: 150,
                  fixed: 'right' as const,
                  render: (_: unknown, r: CreditRecord) => <RecordActions record={r} ask={setRequest} />,
                },
              ]
            : []),
        ]}
      />
      {own && <MyApplications file={file} />}
      {own && (
        <RequestModal
          request={request}
          districtCode={file.records[0]?.districtCode ?? ''}
          onClose={() => setRequest(null)}
        />
      )}
    </div>
  );
}
