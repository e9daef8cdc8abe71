import { Form, Input } from 'antd';
import { FormModal } from '../supervision/FormModal.tsx';
import { useSupervisionChange } from '../supervision/useSupervisionChange.ts';
import { useOfficeTexts } from './office-texts.ts';

/** A decision the office explains in words: a repair granted or refused (CRED-4), an objection answered (CRED-5). */
export interface Decision {
  title: string;
  label: string;
  help: string;
  /** The text on the save button (同意 / 不同意 / 维持 / 更正). */
  ok: string;
  danger?: boolean;
  send(text: string): Promise<unknown>;
  done: string;
}

/** The dialog of a decision: its reasons are required; a refused decision says why where it belongs. */
export function DecideModal({ decision, onClose }: { decision: Decision | null; onClose(): void }) {
  const { ot } = useOfficeTexts();
  const [form] = Form.useForm<{ text: string }>();
  const change = useSupervisionChange();
  const save = async () => {
    if (!decision) return;
    const { text } = await form.validateFields();
    if (await change.send(() => decision.send(text.trim()), form, decision.done)) onClose();
  };
  return (
    <FormModal
      open={decision !== null}
      title={decision?.title}
      okText={decision?.ok}
      okButtonProps={{ loading: change.busy, danger: decision?.danger }}
      cancelText={ot('common.cancel')}
      busy={change.busy}
      onSave={save}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" name="credit-decision" preserve={false}>
        <Form.Item
          name="text"
          label={decision?.label}
          extra={decision?.help}
          rules={[{ required: true, whitespace: true, message: ot('recordForm.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
