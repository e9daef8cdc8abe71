import { App, Button, Form, type FormInstance, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { sendRegistrationCode } from '../../api/accounts.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useRegisterTexts } from './texts.ts';

/**
 * the mobile number and the code sent to it (send code → enter code), before the account is
 * opened. The button waits as long as the server says before another code may be sent.
 */
export function PhoneCodeField({ form }: { form: FormInstance }) {
  const { rt, language } = useRegisterTexts();
  const { message } = App.useApp();
  const [wait, setWait] = useState(0);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  const send = async () => {
    try {
      await form.validateFields(['phone', 'districtCode']);
    } catch {
      void message.warning(rt('code.needPhone'));
      return;
    }
    setSending(true);
    try {
      const sent = await sendRegistrationCode({
        phone: form.getFieldValue('phone'),
        districtCode: form.getFieldValue('districtCode'),
      });
      setWait(sent.retryAfterSeconds);
      void message.success(language === 'zh' ? sent.message : sent.message_en);
    } catch (error) {
      void message.error(applyServerError(form, error, language));
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <Form.Item
        label={rt('phone.label')}
        name="phone"
        extra={rt('phone.help')}
        rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: rt('phone.invalid') }]}
      >
        <Input autoComplete="tel" inputMode="tel" maxLength={11} />
      </Form.Item>
      <Form.Item label={rt('code.label')} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="smsCode"
            noStyle
            rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: rt('code.invalid') }]}
          >
            <Input
              aria-label={rt('code.label')}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={6}
            />
          </Form.Item>
          <Button onClick={send} loading={sending} disabled={wait > 0}>
            {wait > 0 ? rt('code.resend', { seconds: wait }) : rt('code.send')}
          </Button>
        </Space.Compact>
      </Form.Item>
    </>
  );
}
