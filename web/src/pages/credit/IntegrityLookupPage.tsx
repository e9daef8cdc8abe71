import { validateCreditCode, validateResidentId } from '@common/identifiers/index.ts';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import { lookUpIntegrityFile } from '../../api/integrity.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { IntegrityFileView } from './IntegrityFileView.tsx';
import { useCreditTexts } from './texts.ts';
import type { IntegrityFile } from './types.ts';
import '../cases/cases.css';

/** CRED-1 for credit officers: a party's integrity file in their district, by ID number or credit code. */
export function IntegrityLookupPage() {
  const { rt, language } = useCreditTexts();
  const [form] = Form.useForm<{ identifier: string }>();
  const [file, setFile] = useState<IntegrityFile | null>(null);
  const [problem, setProblem] = useState<{ type: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const lookUp = async ({ identifier }: { identifier: string }) => {
    setBusy(true);
    setProblem(null);
    setFile(null);
    try {
      setFile(await lookUpIntegrityFile({ identifier: identifier.trim().toUpperCase() }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404)
        setProblem({ type: 'info', text: rt('lookup.notFound') });
      else setProblem({ type: 'error', text: applyServerError(form, e, language) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card className="cn-case-page" title={<PageTitle>{rt('lookup.title')}</PageTitle>}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {rt('lookup.intro')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        onFinish={lookUp}
        name="integrity-lookup"
        className="cn-credit-lookup"
      >
        <Form.Item
          name="identifier"
          label={rt('lookup.identifier')}
          rules={[
            { required: true, whitespace: true, message: rt('lookup.required') },
            {
              validator: async (_, value?: string) => {
                const v = value?.trim().toUpperCase() ?? '';
                if (!v) return;
                if (!validateResidentId(v).ok && !validateCreditCode(v).ok) throw new Error(rt('lookup.bad'));
              },
            },
          ]}
        >
          <Input maxLength={18} placeholder={rt('lookup.placeholder')} className="cn-credit-identifier" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {rt('lookup.search')}
          </Button>
        </Form.Item>
      </Form>
      {problem && (
        <Alert type={problem.type} showIcon title={problem.text} className="cn-case-inline-alert" />
      )}
      {file && <IntegrityFileView file={file} own={false} />}
    </Card>
  );
}
