import { Alert, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Answer } from '../../api/answers.ts';
import { submitCorrection } from '../../api/verification.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate, formatDateTime, shanghaiToday } from '../../lib/dates.ts';
import { TaskObjection } from '../credit/TaskObjection.tsx';
import { VerificationTag } from '../lists/VerificationTag.tsx';
import { verificationPages } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { useVerificationChange } from './useVerificationChange.ts';
import {
  HandlingActionStateTag,
  HandlingStageTag,
  OutcomeTag,
  TaskDue,
  TaskStateTag,
  useHandlingActionLabel,
} from './VerificationTags.tsx';
import './verification.css';

type CaseTask = Answer<'/api/cases/{id}'>['verificationTasks'][number];
type Regularisation = NonNullable<CaseTask['regularisation']>;

/** The regularisation's id, once the case answer carries it (the correction is sent to it). */
const regularisationId = (r: Regularisation): string | null =>
  'id' in r && typeof r.id === 'string' ? r.id : null;

/** VER-7: the applicant answers a correction request within its working days. */
function CorrectionForm({ id, reload }: { id: string; reload: () => Promise<void> }) {
  const { vt } = useVerificationTexts();
  const change = useVerificationChange(reload);
  const [form] = Form.useForm<{ correction: string }>();
  const send = async () => {
    const { correction } = await form.validateFields();
    const ok = await change.send(
      () => submitCorrection(id, { correction: correction.trim() }),
      form,
      vt('correction.done'),
    );
    if (ok) await reload();
  };
  return (
    <Form
      form={form}
      layout="vertical"
      name="correction"
      className="cn-ver-correction"
      data-testid="correction-form"
    >
      <Form.Item
        name="correction"
        label={vt('correction.label')}
        extra={vt('correction.help')}
        rules={[{ required: true, whitespace: true, message: vt('correction.needed') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
      </Form.Item>
      <Button type="primary" loading={change.busy} onClick={() => void send().catch(() => undefined)}>
        {vt('correction.submit')}
      </Button>
    </Form>
  );
}

/**
 * VER-9: on the case page, each commitment's verification — method, checking agency, due date, state
 * and result (with its reason) — with the correction asked of a good-faith error (VER-7; the applicant
 * answers it here) and the handling of a false commitment (SUP-3: stage, actions and their numbers).
 * The applicant and staff see the same, with the objection to each finding (CRED-5; the applicant may
 * object here); staff may open the task and the handling record.
 */
export function CaseVerification({
  tasks,
  districtCode,
  reload,
}: {
  tasks: CaseTask[];
  districtCode: string;
  reload: () => Promise<void>;
}) {
  const { vt, language } = useVerificationTexts();
  const { me } = useAuth();
  const actionLabel = useHandlingActionLabel();
  const applicant = me!.role === 'applicant';
  const today = shanghaiToday();
  return (
    <List<CaseTask>
      className="cn-ver-case-tasks"
      data-testid="case-tasks"
      dataSource={tasks}
      renderItem={(t) => {
        const overdue = t.state !== 'done' && t.dueDate !== null && t.dueDate < today;
        const r = t.regularisation;
        const rid = r ? regularisationId(r) : null;
        return (
          <List.Item key={t.id} className="cn-ver-case-task" data-testid="case-task">
            <Card
              size="small"
              className="cn-ver-case-card"
              title={
                <Space wrap size={6}>
                  <strong>{t.proofName}</strong>
                  <TaskStateTag state={t.state} />
                  <OutcomeTag outcome={t.outcome} />
                </Space>
              }
              extra={applicant ? null : <Link to={verificationPages.task(t.id)}>{vt('case.openTask')}</Link>}
            >
              <dl className="cn-case-terms">
                <dt>{vt('col.verification')}</dt>
                <dd>
                  <VerificationTag value={t.verification} />
                  {t.kind === 'supervision' && (
                    <span className="cn-case-muted">{vt('case.supervision')}</span>
                  )}
                </dd>
                <dt>{vt('task.method')}</dt>
                <dd>{t.method}</dd>
                <dt>{vt('case.checkingAgency')}</dt>
                <dd>{t.checkingAgency}</dd>
                {t.assistingAgency && (
                  <>
                    <dt>{vt('col.assisting')}</dt>
                    <dd>{t.assistingAgency}</dd>
                  </>
                )}
                <dt>{vt('col.due')}</dt>
                <dd>
                  <TaskDue date={t.dueDate} overdue={overdue} />
                </dd>
                {t.outcome && (
                  <>
                    <dt>{vt('col.outcome')}</dt>
                    <dd data-testid="case-task-result">
                      {vt(`outcome.${t.outcome}`)}
                      {t.outcomeReason ? `：${t.outcomeReason}` : ''}
                      {t.finishedAt && (
                        <span className="cn-case-muted"> （{formatDateTime(t.finishedAt, language)}）</span>
                      )}
                      <TaskObjection task={t} districtCode={districtCode} applicant={applicant} />
                    </dd>
                  </>
                )}
              </dl>
              {r && (
                <Alert
                  type={r.state === 'open' ? 'warning' : 'info'}
                  showIcon
                  className="cn-case-inline-alert"
                  data-testid="case-regularisation"
                  title={
                    <Space wrap size={6}>
                      <span>
                        {vt(r.state === 'open' ? 'case.regularisation' : 'case.regularisationDone')}
                      </span>
                      <Tag color={r.state === 'open' ? 'orange' : 'default'}>
                        {vt(`regularisation.state.${r.state}`)}
                      </Tag>
                    </Space>
                  }
                  description={
                    <>
                      <p className="cn-ver-para">{r.request}</p>
                      {r.state === 'open' && (
                        <p className="cn-ver-para cn-case-muted">
                          {vt('case.regularisationDue', { date: formatDate(r.dueDate, language) })}
                          {applicant ? ` ${vt('case.regularisationCredit')}` : ''}
                        </p>
                      )}
                      {applicant && r.state === 'open' && rid && <CorrectionForm id={rid} reload={reload} />}
                    </>
                  }
                />
              )}
              {t.handling && (
                <Alert
                  type="error"
                  showIcon
                  className="cn-case-inline-alert"
                  data-testid="case-handling"
                  title={
                    <Space wrap size={6}>
                      <span>{vt('case.handling')}</span>
                      <HandlingStageTag stage={t.handling.stage} />
                      {!applicant && (
                        <Link to={verificationPages.handling(t.handling.id)}>{vt('task.handlingLink')}</Link>
                      )}
                    </Space>
                  }
                  description={
                    <>
                      <p className="cn-ver-para">{t.handling.finding}</p>
                      {t.handling.actions.length === 0 ? (
                        <p className="cn-ver-para cn-case-muted">{vt('handling.noActions')}</p>
                      ) : (
                        <ul className="cn-ver-plain-list">
                          {t.handling.actions.map((a) => (
                            <li key={`${a.kind}-${a.documentNo}`}>
                              <strong>{actionLabel(a.kind)}</strong> · {a.documentNo} ·{' '}
                              {formatDate(a.decidedOn, language)}
                              {a.deadline ? ` · ${vt('handling.col.deadline')} ${a.deadline}` : ''}{' '}
                              <HandlingActionStateTag kind={a.kind} state={a.state} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </>
                  }
                />
              )}
            </Card>
          </List.Item>
        );
      }}
    />
  );
}

export function CaseVerificationNone() {
  const { vt } = useVerificationTexts();
  return (
    <Typography.Paragraph type="secondary" className="cn-case-note">
      {vt('case.none')}
    </Typography.Paragraph>
  );
}
