import { PRIVACY_NOTICE_VERSION } from '@common/privacy-notice.ts';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { register } from '../api/accounts.ts';
import type { Answer, Body } from '../api/answers.ts';
import { fetchServedDistricts } from '../api/organisation.ts';
import { useAuth } from '../lib/auth.tsx';
import { applyServerError } from '../lib/form-errors.ts';
import { useT } from '../lib/i18n.ts';
import { ClaimFields } from './identity/ClaimFields.tsx';
import { ConsentField } from './register/ConsentField.tsx';
import { PhoneCodeField } from './register/PhoneCodeField.tsx';

type District = Answer<'/api/public/districts'>[number];

export function RegisterPage() {
  const { t, language } = useT();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [districts, setDistricts] = useState<District[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    fetchServedDistricts().then(setDistricts, () => setDistricts([]));
  }, []);
  const required = { required: true, message: t('common.required') };
  const submit = async ({ confirm: _confirm, ...values }: Record<string, string | boolean>) => {
    setBusy(true);
    setError(null);
    try {
      const filled = Object.fromEntries(
        Object.entries(values).filter(([, v]) => v !== undefined && v !== ''),
      );
      // The version of the notice this page showed is the one agreed to.
      const body = { ...filled, privacyNoticeVersion: PRIVACY_NOTICE_VERSION } as Body<'/api/auth/register'>;
      await register(body);
      await refresh();
      // A new account proves whom it is before it reaches any applications (SPEC §10).
      void navigate('/workbench/identity');
    } catch (e) {
      setError(applyServerError(form, e, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="cn-content" style={{ maxWidth: 640 }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: '1.6em', marginTop: 0 }}>
          {t('register.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('register.afterwards')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ kind: 'person' }}
          name="register"
        >
          <ClaimFields form={form} phone={false} />
          <Form.Item label={t('register.district')} name="districtCode" rules={[required]}>
            <Select
              options={districts.map((d) => ({ value: d.code, label: `${d.cityName} ${d.name}` }))}
              aria-label={t('register.district')}
            />
          </Form.Item>
          <PhoneCodeField form={form} />
          <Form.Item
            label={t('register.username')}
            name="username"
            extra={t('register.usernameHelp')}
            rules={[required, { pattern: /^[A-Za-z0-9_.@-]{3,40}$/, message: t('register.usernameHelp') }]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            label={t('register.password')}
            name="password"
            extra={t('register.passwordHelp')}
            rules={[
              required,
              { pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,64}$/, message: t('register.passwordHelp') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('register.confirm')}
            name="confirm"
            dependencies={['password']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: async (_, value) => {
                  if (value && value !== getFieldValue('password')) throw new Error(t('register.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <ConsentField form={form} />
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('register.submit')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/login">{t('register.haveAccount')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
