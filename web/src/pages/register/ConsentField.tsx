import { Button, Checkbox, Form, type FormInstance, Modal } from 'antd';
import { useState } from 'react';
import { PrivacyNotice } from './PrivacyNotice.tsx';
import { useRegisterTexts } from './texts.ts';

/**
 * 《个人信息保护法》第十四条: consent given freely and knowingly — the notice readable in full, the box
 * left unticked until the applicant ticks it (or agrees at the end of the notice).
 */
export function ConsentField({ form }: { form: FormInstance }) {
  const { rt } = useRegisterTexts();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Form.Item
        name="privacyConsent"
        valuePropName="checked"
        extra={rt('privacy.summary')}
        rules={[
          {
            validator: async (_, value) => {
              if (value !== true) throw new Error(rt('privacy.consentRequired'));
            },
          },
        ]}
        style={{ marginBottom: 8 }}
      >
        <Checkbox>{rt('privacy.consent')}</Checkbox>
      </Form.Item>
      <Button type="link" onClick={() => setOpen(true)} style={{ padding: 0, marginBottom: 16 }}>
        {rt('privacy.read')}
      </Button>
      <Modal
        open={open}
        title={rt('privacy.title')}
        width={760}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="close" onClick={() => setOpen(false)}>
            {rt('privacy.close')}
          </Button>,
          <Button
            key="agree"
            type="primary"
            onClick={() => {
              form.setFields([{ name: 'privacyConsent', value: true, errors: [] }]);
              setOpen(false);
            }}
          >
            {rt('privacy.agree')}
          </Button>,
        ]}
      >
        <PrivacyNotice headingLevel={3} />
      </Modal>
    </>
  );
}
