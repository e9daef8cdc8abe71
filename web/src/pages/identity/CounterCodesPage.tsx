import { Alert, App, Button, Card, Checkbox, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { issueCounterCode } from '../../api/accounts.ts';
import type { Answer, Body } from '../../api/answers.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { identifierRule } from './identifier-rule.ts';
import { useIdentityTexts } from './texts.ts';

/** SPEC §10: after checking documents in person, the window officer hands over a one-time code. */
export function CounterCodesPage() {
  const { it, language } = useIdentityTexts();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) ?? 'person';
  const [issued, setIssued] = useState<Answer<'/api/counter-codes', 'post'> | null>(null);
  const [busy, setBusy] = useState(false);
  const issue = async ({ checked: _checked, ...values }: Record<string, string>) => {
    setBusy(true);
    setIssued(null);
    try {
      setIssued(
        await issueCounterCode({
          ...values,
          identifier: values.identifier?.trim().toUpperCase(),
          capacity: values.kind === 'person' ? 'self' : values.capacity,
        } as Body<'/api/counter-codes'>),
      );
      form.resetFields();
    } catch (error) {
      void message.error(applyServerError(form, error, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={<PageTitle>{it('codes.title')}</PageTitle>} style={{ maxWidth: 720 }}>
      <Typography.Paragraph type="secondary">{it('codes.intro')}</Typography.Paragraph>
      {issued && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span>
              {it('codes.issued')}：
              <strong className="cn-counter-code" data-testid="counter-code">
                {issued.code.replace(/(.{4})/, '$1 ')}
              </strong>
            </span>
          }
          description={it('codes.issued.help', {
            name: issued.name,
            identifier: issued.identifier,
            expires: formatDateTime(issued.expiresAt, language),
          })}
          action={<Button onClick={() => window.print()}>{it('codes.print')}</Button>}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name="counter-code"
        initialValues={{ kind: 'person', capacity: 'agent' }}
        onFinish={issue}
      >
        <Form.Item label={it('codes.kind')} name="kind">
          <Radio.Group>
            <Radio value="person">{it('codes.person')}</Radio>
            <Radio value="organisation">{it('codes.organisation')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label={it('codes.identifier')}
          name="identifier"
          rules={[{ required: true, message: it('codes.identifier') }, identifierRule(() => kind, language)]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item
          label={it('codes.name')}
          name="name"
          rules={[{ required: true, message: it('codes.name') }]}
        >
          <Input />
        </Form.Item>
        {kind === 'organisation' && (
          <Form.Item label={it('codes.capacity')} name="capacity">
            <Radio.Group>
              <Radio value="administrator">{it('codes.capacity.administrator')}</Radio>
              <Radio value="agent">{it('codes.capacity.agent')}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="checked"
          valuePropName="checked"
          rules={[
            {
              validator: async (_, value) => {
                if (!value) throw new Error(it('codes.checked.required'));
              },
            },
          ]}
        >
          <Checkbox>{it('codes.checked')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {it('codes.issue')}
        </Button>
      </Form>
    </Card>
  );
}
