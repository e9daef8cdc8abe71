import { Alert, App, Button, Form, Input, InputNumber, Modal, Radio, Select, Skeleton, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  recordVerificationResult,
  requestAssistance,
  requestRegularisation,
  runOnlineCheck,
  startVerification,
  useAssistingAgencies,
} from '../../api/verification.ts';
import { comparisonOf, type Outcome, type TaskDetail, verificationPages } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { useVerificationChange } from './useVerificationChange.ts';

type FollowUp = 'assistance' | 'on-site' | 'none';
type Dialog = 'result' | 'regularise' | 'assistance' | null;

interface ResultValues {
  outcome: Outcome;
  reason: string;
  followUp?: FollowUp;
}

/**
 * VER-1..7 on a task's page: the steps the server allows now — run the online check, start, record
 * the result (不实 asks for confirmation: it writes the integrity file and opens a handling record),
 * ask for a correction of a good-faith error, ask another agency, or schedule a visit.
 */
export function TaskActions({ task, reload }: { task: TaskDetail; reload: () => Promise<void> }) {
  const { vt } = useVerificationTexts();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const change = useVerificationChange(reload);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [resultForm] = Form.useForm<ResultValues>();
  const [regulariseForm] = Form.useForm<{ request: string; workingDays: number }>();
  const [assistForm] = Form.useForm<{ agencyId: string; question: string }>();
  const outcome = Form.useWatch('outcome', resultForm);
  const has = (action: string) => task.allowedActions.includes(action);
  const agencies = useAssistingAgencies({ enabled: dialog === 'assistance' });

  const agencyOptions = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const a of agencies.data ?? [])
      groups.set(a.districtName, [...(groups.get(a.districtName) ?? []), { value: a.id, label: a.name }]);
    return [...groups].map(([district, options]) => ({ label: district, title: district, options }));
  }, [agencies.data]);
  const defaultAgency = (agencies.data ?? []).find((a) => a.name === task.assistingAgency)?.id;

  const goodFaith = task.evidence
    .map(comparisonOf)
    .filter((c) => c !== null)
    .at(-1);
  const draftRequest = goodFaith?.goodFaithPossible
    ? goodFaith.discrepancies
        .map((d) =>
          vt('regularise.draftLine', { label: d.label, committed: d.committed, recorded: d.recorded }),
        )
        .join(vt('regularise.draftJoin'))
    : '';

  const close = () => setDialog(null);
  const act = (run: () => Promise<unknown>, done: string) =>
    change.send(run, null, done).then(async (ok) => {
      if (ok) await reload();
    });

  const sendResult = async () => {
    const values = await resultForm.validateFields();
    const body = {
      outcome: values.outcome,
      reason: values.reason.trim(),
      ...(values.outcome === 'unverifiable' ? { followUp: values.followUp } : {}),
      revision: task.revision,
    };
    const send = async () => {
      const ok = await change.send(
        () => recordVerificationResult(task.id, body),
        resultForm,
        vt('result.done', { outcome: vt(`outcome.${values.outcome}`) }),
      );
      if (ok) {
        close();
        await reload();
      }
    };
    if (values.outcome !== 'false') return send();
    // 不实 has consequences beyond the task: the verifier confirms them first.
    modal.confirm({
      title: vt('result.falseConfirmTitle'),
      content: vt('result.falseConfirm'),
      okText: vt('result.falseConfirmOk'),
      okButtonProps: { danger: true },
      cancelText: vt('common.cancel'),
      onOk: send,
    });
  };

  const sendRegularisation = async () => {
    const values = await regulariseForm.validateFields();
    const ok = await change.send(
      () =>
        requestRegularisation(task.id, { request: values.request.trim(), workingDays: values.workingDays }),
      regulariseForm,
      vt('regularise.done'),
    );
    if (ok) {
      close();
      await reload();
    }
  };

  const sendAssistance = async () => {
    const values = await assistForm.validateFields();
    const ok = await change.send(
      () => requestAssistance(task.id, { agencyId: values.agencyId, question: values.question.trim() }),
      assistForm,
      vt('assistRequest.done'),
    );
    if (ok) {
      close();
      await reload();
    }
  };

  const any = [
    'run-online',
    'start',
    'record-result',
    'regularise',
    'request-assistance',
    'schedule-visit',
  ].some(has);
  if (!any) return null;
  return (
    <div className="cn-case-actions" data-testid="task-actions">
      <Space wrap>
        {has('run-online') && (
          <Button
            type="primary"
            loading={change.busy}
            onClick={() => void act(() => runOnlineCheck(task.id), vt('action.runDone'))}
          >
            {vt('action.run')}
          </Button>
        )}
        {has('start') && (
          <Button
            loading={change.busy}
            onClick={() => void act(() => startVerification(task.id), vt('action.startDone'))}
          >
            {vt('action.start')}
          </Button>
        )}
        {has('record-result') && (
          <Button type={has('run-online') ? 'default' : 'primary'} onClick={() => setDialog('result')}>
            {vt('action.result')}
          </Button>
        )}
        {has('regularise') && (
          <Button onClick={() => setDialog('regularise')}>{vt('action.regularise')}</Button>
        )}
        {has('request-assistance') && (
          <Button onClick={() => setDialog('assistance')}>{vt('action.assistance')}</Button>
        )}
        {has('schedule-visit') && task.verification === 'on-site' && !task.visit && (
          <Button onClick={() => void navigate(verificationPages.visitFor(task.id))}>
            {vt('action.visit')}
          </Button>
        )}
      </Space>

      <Modal
        open={dialog === 'result'}
        title={vt('action.result')}
        okText={vt('result.ok')}
        okButtonProps={{ loading: change.busy, danger: outcome === 'false' }}
        onOk={() => void sendResult().catch(() => undefined)}
        onCancel={close}
        destroyOnHidden
      >
        <Form form={resultForm} layout="vertical" name="task-result" preserve={false}>
          <Form.Item
            name="outcome"
            label={vt('result.outcome')}
            rules={[{ required: true, message: vt('result.outcomeNeeded') }]}
          >
            <Radio.Group className="cn-case-radios">
              <Radio value="true">{vt('outcome.true')}</Radio>
              <Radio value="false">{vt('outcome.false')}</Radio>
              <Radio value="unverifiable">{vt('outcome.unverifiable')}</Radio>
            </Radio.Group>
          </Form.Item>
          {outcome === 'false' && (
            <Alert type="error" showIcon className="cn-case-inline-alert" title={vt('result.falseWarning')} />
          )}
          {outcome === 'unverifiable' && (
            <Form.Item
              name="followUp"
              label={vt('result.followUp')}
              rules={[{ required: true, message: vt('result.followUpNeeded') }]}
            >
              <Select<FollowUp>
                placeholder={vt('result.followUpNeeded')}
                options={(['assistance', 'on-site', 'none'] as const).map((f) => ({
                  value: f,
                  label: vt(`followUp.${f}`),
                }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            label={vt('result.reason')}
            rules={[{ required: true, whitespace: true, message: vt('result.reasonNeeded') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={dialog === 'regularise'}
        title={vt('action.regularise')}
        okText={vt('regularise.ok')}
        okButtonProps={{ loading: change.busy }}
        onOk={() => void sendRegularisation().catch(() => undefined)}
        onCancel={close}
        destroyOnHidden
      >
        <Form
          form={regulariseForm}
          layout="vertical"
          name="task-regularise"
          preserve={false}
          initialValues={{ workingDays: 5, request: draftRequest }}
        >
          <p>{vt('regularise.intro')}</p>
          <Form.Item
            name="request"
            label={vt('regularise.request')}
            rules={[{ required: true, whitespace: true, message: vt('regularise.requestNeeded') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item name="workingDays" label={vt('regularise.days')} rules={[{ required: true }]}>
            <InputNumber min={1} max={60} precision={0} suffix={vt('regularise.daysUnit')} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={dialog === 'assistance'}
        title={vt('action.assistance')}
        okText={vt('assistRequest.ok')}
        okButtonProps={{ loading: change.busy }}
        onOk={() => void sendAssistance().catch(() => undefined)}
        onCancel={close}
        destroyOnHidden
      >
        <p>{vt('assistRequest.intro')}</p>
        {!agencies.data && <Skeleton active paragraph={{ rows: 3 }} />}
        {agencies.data && (
          <Form
            form={assistForm}
            layout="vertical"
            name="task-assistance"
            preserve={false}
            initialValues={{ agencyId: defaultAgency }}
          >
            <Form.Item
              name="agencyId"
              label={vt('assistRequest.agency')}
              rules={[{ required: true, message: vt('assistRequest.agencyNeeded') }]}
            >
              <Select<string>
                showSearch={{ optionFilterProp: 'label' }}
                options={agencyOptions}
                placeholder={vt('assistRequest.agencyPlaceholder')}
              />
            </Form.Item>
            <Form.Item
              name="question"
              label={vt('assistRequest.question')}
              rules={[{ required: true, whitespace: true, message: vt('assistRequest.questionNeeded') }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 3 }}
                maxLength={1000}
                showCount
                placeholder={vt('assistRequest.questionPlaceholder')}
              />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </div>
  );
}
