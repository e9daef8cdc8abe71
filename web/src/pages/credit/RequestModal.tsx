import { App, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { applyForRepair, fileObjection } from '../../api/credit.ts';
import { formatDate } from '../../lib/dates.ts';
import { FileUpload } from '../cases/FileUpload.tsx';
import type { UploadedFile } from '../cases/types.ts';
import { FormModal } from '../supervision/FormModal.tsx';
import { useSupervisionChange } from '../supervision/useSupervisionChange.ts';
import { useCreditTexts } from './texts.ts';

/** What the applicant asks about: repair of a record, or an objection to a record or a finding. */
export type CreditRequest =
  | { kind: 'repair'; recordId: string; subject: string }
  | { kind: 'objection'; recordId?: string; taskId?: string; subject: string };

/**
 * CRED-4 / CRED-5: the applicant's repair application (整改情况) or objection (异议理由), with one
 * evidence file uploaded like a proof and passed by its id. A refused send (e.g. the waiting period,
 * naming the date) lands on the field the server names.
 */
export function RequestModal({
  request,
  districtCode,
  onClose,
}: {
  request: CreditRequest | null;
  districtCode: string;
  onClose(): void;
}) {
  const { rt, language } = useCreditTexts();
  const [form] = Form.useForm<{ text: string }>();
  const { message } = App.useApp();
  const [evidence, setEvidence] = useState<UploadedFile | null>(null);
  const change = useSupervisionChange();
  const repair = request?.kind === 'repair';
  const save = async () => {
    if (!request) return;
    const { text } = await form.validateFields();
    const files = evidence ? [evidence.id] : [];
    const answer = await change.send(
      () =>
        request.kind === 'repair'
          ? applyForRepair({ recordId: request.recordId, rectification: text.trim(), evidence: files })
          : fileObjection({
              ...(request.recordId ? { recordId: request.recordId } : { taskId: request.taskId }),
              reasons: text.trim(),
              evidence: files,
            }),
      form,
      null,
    );
    if (!answer) return;
    void message.success(
      rt(repair ? 'repairForm.done' : 'objectionForm.done', { date: formatDate(answer.dueOn, language) }),
    );
    setEvidence(null);
    onClose();
  };
  return (
    <FormModal
      open={request !== null}
      title={rt(repair ? 'repairForm.title' : 'objectionForm.title')}
      okText={rt(repair ? 'repairForm.submit' : 'objectionForm.submit')}
      cancelText={rt('common.cancel')}
      busy={change.busy}
      onSave={save}
      onCancel={() => {
        setEvidence(null);
        onClose();
      }}
    >
      <Form form={form} layout="vertical" name="credit-request" preserve={false}>
        <Typography.Paragraph className="cn-case-muted">{request?.subject}</Typography.Paragraph>
        <Form.Item
          name="text"
          label={rt(repair ? 'repairForm.rectification' : 'objectionForm.reasons')}
          extra={rt(repair ? 'repairForm.rectificationHelp' : 'objectionForm.reasonsHelp')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: rt(repair ? 'repairForm.required' : 'objectionForm.required'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label={rt('repairForm.evidence')} extra={rt('common.evidenceOptional')}>
          <FileUpload
            districtCode={districtCode}
            value={evidence}
            onChange={setEvidence}
            label={rt('repairForm.evidence')}
            testId="credit-evidence"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
