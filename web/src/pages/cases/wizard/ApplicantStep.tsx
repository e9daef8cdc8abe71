import { Card, Col, Form, type FormInstance, Input, Radio, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../../lib/i18n.ts';
import { identifierRule } from '../../identity/identifier-rule.ts';
import { useCaseTexts } from '../texts.ts';
import type { PartyKind } from '../types.ts';
import type { CounterApplicant, WizardState } from './state.ts';

/**
 * At the counter: the applicant in front of the officer, as their ID card or business licence reads,
 * checked while typing. The form keeps its values itself; the wizard reads them when moving on and
 * when submitting, and hands back the server's complaint about a field.
 */
export function ApplicantStep({
  form,
  error,
}: {
  form: FormInstance<CounterApplicant>;
  error: WizardState['applicantError'];
}) {
  const { ct, language } = useCaseTexts();
  const { t } = useT();
  const kind: PartyKind = Form.useWatch('kind', form) ?? 'person';
  useEffect(() => {
    if (error) form.setFields([{ name: error.name, errors: [error.text] }]);
  }, [form, error]);
  const required = { required: true, message: t('common.required') };
  return (
    <Card size="small" className="cn-case-step-card" title={ct('apply.step.applicant')}>
      <Typography.Paragraph type="secondary">{ct('counter.intro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="counter-applicant"
        initialValues={{ kind: 'person' }}
        className="cn-case-applicant-form"
      >
        <Form.Item label={t('register.kind')} name="kind" rules={[required]}>
          <Radio.Group>
            <Radio value="person">{t('register.person')}</Radio>
            <Radio value="organisation">{t('register.organisation')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t(kind === 'person' ? 'register.name' : 'register.orgName')}
              name="name"
              rules={[required]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t(kind === 'person' ? 'register.idNumber' : 'register.creditCode')}
              name="identifier"
              rules={[required, identifierRule(() => form.getFieldValue('kind'), language)]}
            >
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={ct('counter.phone')}
              name="phone"
              rules={[{ pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: t('register.phone') }]}
            >
              <Input inputMode="tel" maxLength={20} />
            </Form.Item>
          </Col>
          {kind === 'organisation' && (
            <Col xs={24} md={12}>
              <Form.Item label={ct('counter.agentName')} name="agentName" rules={[required]}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Card>
  );
}
