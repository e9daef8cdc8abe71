import { actionLabels } from '@common/case-states.ts';
import { Alert, Button, DatePicker, Form, Input, Modal, Popconfirm, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { actOnCase, decideCase } from '../../api/cases.ts';
import { shanghaiToday } from '../../lib/dates.ts';
import { useCaseTexts } from './texts.ts';
import type { CaseAction, CaseDetail } from './types.ts';
import type { useCaseChange } from './useCaseChange.ts';

type NoteAction = 'withdraw' | 'request-correction' | 'terminate';
type Outcome = 'approve' | 'refuse';

/**
 * CASE-6/7: the steps the actor may take on the case, as the server lists them in `actions`:
 * the applicant withdraws or resubmits; the officer accepts, asks for correction, approves or refuses
 * (date and document number) or terminates.
 */
export function CaseActions({
  caseData,
  change,
}: {
  caseData: CaseDetail;
  change: ReturnType<typeof useCaseChange>;
}) {
  const { ct, language } = useCaseTexts();
  const [noteAction, setNoteAction] = useState<NoteAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [noteForm] = Form.useForm<{ note: string }>();
  const [decisionForm] = Form.useForm<{ decidedOn: Dayjs; documentNo: string; reason?: string }>();
  const [decisionNote, setDecisionNote] = useState<string | null>(null);
  const actions = caseData.allowedActions;
  // CASE-6: the decision in the words of the matter's kind (准予给付, 不予确认 …), as the server names it.
  const wording = caseData.decisionWording;
  const label = (a: CaseAction) =>
    a === 'approve' || a === 'refuse' ? wording[a][language] : actionLabels[a][language];
  const named = { approve: wording.approve[language], refuse: wording.refuse[language] };
  const has = (a: CaseAction) => actions.includes(a);
  if (actions.filter((a) => a !== 'submit').length === 0 && !decisionNote) return null;

  const simple = (action: 'accept' | 'resubmit') =>
    change.send((at) => actOnCase(at, { action }), null, ct('action.done', { action: label(action) }));

  const sendNote = async () => {
    const { note } = await noteForm.validateFields();
    const ok = await change.send(
      (at) => actOnCase(at, { action: noteAction!, note }),
      noteForm,
      ct('action.done', { action: label(noteAction!) }),
    );
    if (ok) setNoteAction(null);
  };

  const sendDecision = async () => {
    const values = await decisionForm.validateFields();
    const answer = await change.send(
      (at) =>
        decideCase(at, {
          outcome: outcome!,
          decidedOn: values.decidedOn.format('YYYY-MM-DD'),
          documentNo: values.documentNo.trim(),
          ...(outcome === 'refuse' ? { reason: values.reason } : {}),
        }),
      decisionForm,
      ct('action.done', { action: label(outcome!) }),
    );
    if (!answer) return;
    setOutcome(null);
    setDecisionNote(
      answer.eligibilityFailed
        ? ct('decision.eligibilityFailed')
        : outcome === 'approve'
          ? ct('decision.tasks', { n: answer.verificationTasks.length })
          : null,
    );
  };

  const today = shanghaiToday();
  return (
    <div className="cn-case-actions" data-testid="case-actions">
      <Space wrap>
        {has('accept') && (
          <Popconfirm title={ct('action.accept.confirm')} onConfirm={() => simple('accept')}>
            <Button type="primary" loading={change.busy}>
              {label('accept')}
            </Button>
          </Popconfirm>
        )}
        {has('approve') && (
          <Button type="primary" onClick={() => setOutcome('approve')}>
            {label('approve')}
          </Button>
        )}
        {has('refuse') && (
          <Button danger onClick={() => setOutcome('refuse')}>
            {label('refuse')}
          </Button>
        )}
        {has('request-correction') && (
          <Button onClick={() => setNoteAction('request-correction')}>{label('request-correction')}</Button>
        )}
        {has('resubmit') && (
          <Popconfirm title={ct('action.resubmit.confirm')} onConfirm={() => simple('resubmit')}>
            <Button type="primary" loading={change.busy}>
              {label('resubmit')}
            </Button>
          </Popconfirm>
        )}
        {has('terminate') && (
          <Button danger onClick={() => setNoteAction('terminate')}>
            {label('terminate')}
          </Button>
        )}
        {has('withdraw') && <Button onClick={() => setNoteAction('withdraw')}>{label('withdraw')}</Button>}
      </Space>
      {decisionNote && (
        <Alert
          type={caseData.state === 'needs-correction' ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => setDecisionNote(null) }}
          className="cn-case-inline-alert"
          title={decisionNote}
        />
      )}
      <Modal
        open={noteAction !== null}
        title={noteAction ? label(noteAction) : ''}
        okText={noteAction ? label(noteAction) : ''}
        okButtonProps={{ danger: noteAction !== 'request-correction', loading: change.busy }}
        onOk={() => void sendNote().catch(() => undefined)}
        onCancel={() => setNoteAction(null)}
        destroyOnHidden
      >
        {noteAction && (
          <Form form={noteForm} layout="vertical" name="case-note" preserve={false}>
            <p>{ct(`action.${noteAction}.intro`)}</p>
            <Form.Item
              name="note"
              label={ct(`action.${noteAction}.note`)}
              rules={[{ required: true, whitespace: true, message: ct(`action.${noteAction}.note`) }]}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
            </Form.Item>
          </Form>
        )}
      </Modal>
      <Modal
        open={outcome !== null}
        title={outcome ? label(outcome) : ''}
        okText={outcome ? label(outcome) : ''}
        okButtonProps={{ danger: outcome === 'refuse', loading: change.busy }}
        onOk={() => void sendDecision().catch(() => undefined)}
        onCancel={() => setOutcome(null)}
        destroyOnHidden
      >
        {outcome && (
          <Form
            form={decisionForm}
            layout="vertical"
            name="case-decision"
            preserve={false}
            initialValues={{ decidedOn: dayjs(today) }}
          >
            <p>{ct(outcome === 'approve' ? 'decision.approveIntro' : 'decision.refuseIntro', named)}</p>
            <Form.Item
              name="decidedOn"
              label={ct('decision.decidedOn')}
              rules={[{ required: true, message: ct('decision.decidedOn') }]}
            >
              <DatePicker
                allowClear={false}
                disabledDate={(d) => d.format('YYYY-MM-DD') > today}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item
              name="documentNo"
              label={ct('decision.documentNo')}
              rules={[{ required: true, whitespace: true, message: ct('decision.documentNo') }]}
            >
              <Input maxLength={60} placeholder={ct('decision.documentNoPlaceholder')} />
            </Form.Item>
            {outcome === 'refuse' && (
              <Form.Item
                name="reason"
                label={ct('decision.reason', named)}
                rules={[{ required: true, whitespace: true, message: ct('decision.reason', named) }]}
              >
                <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
              </Form.Item>
            )}
          </Form>
        )}
      </Modal>
    </div>
  );
}
