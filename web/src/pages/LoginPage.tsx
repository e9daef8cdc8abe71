import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../lib/auth.tsx';
import { applyServerError } from '../lib/form-errors.ts';
import { useT } from '../lib/i18n.ts';

export function LoginPage() {
  const { t, language } = useT();
  const { me, logIn } = useAuth();
  const [params] = useSearchParams();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Signed in (just now, or before): the form goes in the same render as the header changes, and the
  // workbench opens.
  if (me) {
    const next = params.get('next');
    const target = me.mustChangePassword
      ? '/workbench/account'
      : next?.startsWith('/workbench')
        ? next
        : '/workbench';
    return <Navigate to={target} replace />;
  }
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await logIn(values.username, values.password);
    } catch (e) {
      setError(applyServerError(null, e, language));
      setBusy(false);
    }
  };
  return (
    <div className="cn-content" style={{ maxWidth: 480 }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: '1.6em', marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="login">
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} size="large">
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/register">{t('login.noAccount')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
