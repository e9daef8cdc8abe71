import { Alert, Button, Card, Col, Descriptions, List, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useCase } from '../../api/cases.ts';
import { ApiError } from '../../api/errors.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { KeySupervisionFlag } from '../supervision/KeySupervisionFlag.tsx';
import { CaseVerification, CaseVerificationNone } from '../verification/CaseVerification.tsx';
import { ApplicantIdentity } from './ApplicantIdentity.tsx';
import { CaseActions } from './CaseActions.tsx';
import { CaseHistory } from './CaseHistory.tsx';
import { CaseProofs } from './CaseProofs.tsx';
import { EligibilityAlert } from './EligibilityAlert.tsx';
import { LetterCheck } from './LetterCheck.tsx';
import { casePages } from './model.ts';
import { CaseStateTag, DueDate } from './StateTags.tsx';
import { useCaseTexts } from './texts.ts';
import { useCaseChange } from './useCaseChange.ts';
import './cases.css';

const letterColours = { notice: 'blue', commitment: 'red', decision: 'green' } as const;

/**
 * CASE-7: one case as the applicant or the handling officer sees it: state, clocks and decision,
 * eligibility as recorded (CASE-2), proofs and commitments (CASE-5), the filled letters (CASE-3),
 * the verification plan (VER-1), the history, and the actions the server allows the viewer.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { ct, language } = useCaseTexts();
  const { me } = useAuth();
  const loaded = useCase(id);
  const c = loaded.data?.id === id ? loaded.data : null;
  const change = useCaseChange(c, loaded.reload);
  const officer = me!.role === 'case-officer';
  const backTo = me!.role === 'applicant' ? casePages.mine : officer ? casePages.queue : casePages.tasks;
  if (loaded.error && !c) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <Card className="cn-case-page">
        <Alert
          type={missing ? 'info' : 'error'}
          showIcon
          title={missing ? ct('case.notFound') : applyServerError(null, loaded.error, language)}
          action={<Link to={backTo}>{ct('common.back')}</Link>}
        />
      </Card>
    );
  }
  if (!c) return <Skeleton active />;
  const applicantSide = me!.role === 'applicant' || (officer && c.channel === 'counter');
  const committed = c.proofs.filter((p) => p.choice === 'commit').length;
  const noteTone =
    c.state === 'needs-correction'
      ? 'warning'
      : c.state === 'refused' || c.state === 'terminated'
        ? 'error'
        : 'info';
  return (
    <div className="cn-case-page cn-case-detail" data-testid="case-page">
      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={1} className="cn-case-h1">
            <span>{c.matterName}</span>
            <CaseStateTag state={c.state} label={c.stateLabel} />
            <KeySupervisionFlag caseId={c.id} enabled={me!.permissions.includes('supervision.read')} />
          </Typography.Title>
        }
        extra={<Link to={backTo}>{ct('common.back')}</Link>}
      >
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, xl: 3 }}
          className="cn-case-facts"
          items={[
            { key: 'no', label: ct('case.caseNo'), children: <span data-testid="case-no">{c.caseNo}</span> },
            { key: 'agency', label: ct('case.agency'), children: c.agencyName },
            {
              key: 'applicant',
              label: ct('case.applicant'),
              children: <ApplicantIdentity caseId={c.id} applicant={c.applicant} />,
            },
            ...(c.applicant.agentName
              ? [{ key: 'agent', label: ct('case.agent'), children: c.applicant.agentName }]
              : []),
            { key: 'channel', label: ct('case.channel'), children: ct(`channel.${c.channel}`) },
            {
              key: 'list',
              label: ct('case.list'),
              children: c.listVersionNo ? ct('case.listVersion', { n: c.listVersionNo }) : ct('case.noList'),
            },
            {
              key: 'submitted',
              label: ct('case.submittedAt'),
              children: formatDateTime(c.submittedAt, language),
            },
            {
              key: 'acceptDue',
              label: ct('case.acceptDue'),
              children:
                c.state === 'submitted' ? (
                  <DueDate date={c.acceptDueDate} warnings={c.dueWarnings} />
                ) : (
                  formatDate(c.acceptDueDate, language)
                ),
            },
            {
              key: 'accepted',
              label: ct('case.acceptedAt'),
              children: formatDateTime(c.acceptedAt, language),
            },
            {
              key: 'decisionDue',
              label: ct('case.decisionDue'),
              children:
                c.state === 'accepted' ? (
                  <DueDate date={c.decisionDueDate} warnings={c.dueWarnings} />
                ) : (
                  formatDate(c.decisionDueDate, language)
                ),
            },
            { key: 'decided', label: ct('case.decidedOn'), children: formatDate(c.decidedOn, language) },
            {
              key: 'decisionNo',
              label: ct('case.decisionNo'),
              children: (
                <Space wrap size="small">
                  <span data-testid="decision-no">{c.decisionNo ?? '—'}</span>
                  {c.decisionDocument && (
                    <Button
                      size="small"
                      type="primary"
                      ghost
                      href={c.decisionDocument.pdfUrl}
                      target="_blank"
                      rel="noopener"
                      data-testid="decision-pdf"
                      aria-label={ct('case.decisionPdfOf', { title: c.decisionDocument.title })}
                    >
                      {ct('case.decisionPdf')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
        {c.likelyDuplicates.length > 0 && (
          <Alert
            type="warning"
            showIcon
            className="cn-case-inline-alert"
            data-testid="likely-duplicates"
            title={ct('repeat.caseTitle')}
            description={c.likelyDuplicates.map((d, i) => (
              <span key={d.id}>
                {i > 0 && '、'}
                <Link to={casePages.case(d.id)}>{d.caseNo}</Link>
              </span>
            ))}
          />
        )}
        {c.officerNote && (
          <Alert
            type={noteTone}
            showIcon
            className="cn-case-inline-alert"
            title={ct('case.officerNote')}
            description={c.officerNote}
            data-testid="officer-note"
          />
        )}
        <CaseActions caseData={c} change={change} />
      </Card>

      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={2} className="cn-case-h2">
            {ct('case.proofs')}
            <Tag>{ct('case.committedCount', { n: committed })}</Tag>
          </Typography.Title>
        }
      >
        <CaseProofs caseData={c} applicantSide={applicantSide} change={change} />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            className="cn-case-section"
            title={
              <Typography.Title level={2} className="cn-case-h2">
                {ct('case.eligibility')}
              </Typography.Title>
            }
          >
            {!c.eligibility && !c.decisionEligibility && '—'}
            <Space orientation="vertical" style={{ width: '100%' }}>
              {c.eligibility && (
                <EligibilityAlert
                  eligibility={c.eligibility}
                  testId="case-eligibility"
                  title={ct('case.eligibilityTitle', {
                    when: ct('case.eligibility.submit'),
                    verdict: ct(c.eligibility.eligible ? 'case.eligible' : 'case.notEligible'),
                    at: formatDateTime(c.eligibility.evaluatedAt, language),
                  })}
                />
              )}
              {c.decisionEligibility && (
                <EligibilityAlert
                  eligibility={c.decisionEligibility}
                  showRule={false}
                  title={ct('case.eligibilityTitle', {
                    when: ct('case.eligibility.decision'),
                    verdict: ct(c.decisionEligibility.eligible ? 'case.eligible' : 'case.notEligible'),
                    at: formatDateTime(c.decisionEligibility.evaluatedAt, language),
                  })}
                />
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            className="cn-case-section"
            title={
              <Typography.Title level={2} className="cn-case-h2">
                {ct('case.letters')}
              </Typography.Title>
            }
          >
            <List
              size="small"
              data-testid="case-letters"
              dataSource={c.documents}
              locale={{ emptyText: ct('case.lettersNone') }}
              renderItem={(d) => (
                <List.Item
                  actions={[
                    <Button
                      key="pdf"
                      size="small"
                      href={d.pdfUrl}
                      target="_blank"
                      rel="noopener"
                      aria-label={ct('case.pdfOf', { title: d.title })}
                    >
                      {ct('case.pdf')}
                    </Button>,
                    <LetterCheck key="check" caseId={c.id} documentId={d.id} title={d.title} />,
                  ]}
                >
                  <span className="cn-case-letter-row">
                    <Tag color={letterColours[d.kind]}>{ct(`letter.${d.kind}`)}</Tag>
                    <span lang="zh-CN">{d.title}</span>
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>

      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={2} className="cn-case-h2">
            {ct('case.tasks')}
          </Typography.Title>
        }
      >
        {c.verificationTasks.length === 0 ? (
          <CaseVerificationNone />
        ) : (
          <CaseVerification
            tasks={c.verificationTasks}
            districtCode={c.districtCode}
            reload={loaded.reload}
          />
        )}
      </Card>

      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={2} className="cn-case-h2">
            {ct('case.history')}
          </Typography.Title>
        }
      >
        <CaseHistory history={c.history} wording={c.decisionWording} />
      </Card>
    </div>
  );
}
