import { App, Button, Card, Form, Input, Typography } from 'antd';
import { changePassword } from '../../api/accounts.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';

export function AccountPage() {
  const { t, language } = useT();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const required = { required: true, message: t('common.required') };
  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: '1.3em', margin: 0 }}>
          {t('account.title')}
        </Typography.Title>
      }
      style={{ maxWidth: 560 }}
    >
      <Form
        form={form}
        layout="vertical"
        name="password"
        onFinish={async ({ currentPassword, newPassword }) => {
          try {
            await changePassword({ currentPassword, newPassword });
            form.resetFields();
            await refresh();
            void message.success(t('account.done'));
          } catch (error) {
            void message.error(applyServerError(form, error, language));
          }
        }}
      >
        <Form.Item label={t('account.current')} name="currentPassword" rules={[required]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('account.new')}
          name="newPassword"
          extra={t('register.passwordHelp')}
          rules={[required]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('account.confirm')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: async (_, value) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('register.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('account.submit')}
        </Button>
      </Form>
    </Card>
  );
}
