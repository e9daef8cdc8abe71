import { App, Button, Collapse, Form } from 'antd';
import { fileClaim } from '../../api/accounts.ts';
import type { Body } from '../../api/answers.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { ClaimFields } from './ClaimFields.tsx';
import { useIdentityTexts } from './texts.ts';

/** Gives the identity again (a typo, or an organisation that refused): the open claim is replaced. */
export function RefileClaimForm({ open, onFiled }: { open: boolean; onFiled: () => void }) {
  const { it, language } = useIdentityTexts();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = async (values: Record<string, string | undefined>) => {
    try {
      const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
      await fileClaim(body as Body<'/api/auth/party-claim'>);
      form.resetFields();
      onFiled();
    } catch (error) {
      void message.error(applyServerError(form, error, language));
    }
  };
  return (
    <Collapse
      style={{ marginTop: 24 }}
      defaultActiveKey={open ? ['refile'] : []}
      items={[
        {
          key: 'refile',
          label: it('identity.refile.title'),
          children: (
            <Form
              form={form}
              layout="vertical"
              name="refile-claim"
              initialValues={{ kind: 'person' }}
              onFinish={submit}
            >
              <p>{it('identity.refile.help')}</p>
              <ClaimFields form={form} />
              <Button type="primary" htmlType="submit">
                {it('identity.refile.submit')}
              </Button>
            </Form>
          ),
        },
      ]}
    />
  );
}
