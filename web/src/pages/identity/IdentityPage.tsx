import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Result,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { proveClaim, sendClaimSmsCode, usePartyClaim } from '../../api/accounts.ts';
import { ApiError } from '../../api/errors.ts';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { RefileClaimForm } from './RefileClaimForm.tsx';
import { useIdentityTexts } from './texts.ts';

/** SPEC §10: the account proves whom it is (SMS or a window code; an agent through its administrator). */
export function IdentityPage() {
  const { it, language } = useIdentityTexts();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const claim = usePartyClaim();
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [proven, setProven] = useState(false);
  useEffect(() => setWait(claim.data?.claim?.smsAvailableInSeconds ?? 0), [claim.data]);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  const view = claim.data;
  if (!view) return null;
  const sendSms = async () => {
    try {
      const answer = await sendClaimSmsCode();
      setWait(answer.retryAfterSeconds);
      void message.info(language === 'zh' ? answer.message : answer.message_en, 8);
    } catch (error) {
      if (error instanceof ApiError && error.status === 429)
        setWait((error.details as { retryAfterSeconds?: number })?.retryAfterSeconds ?? 60);
      void message.error(applyServerError(null, error, language));
    }
  };
  const prove = async ({ code }: { code: string }) => {
    setBusy(true);
    try {
      await proveClaim({ code: code.trim() });
      setProven(true);
      await refresh();
    } catch (error) {
      void message.error(applyServerError(form, error, language));
    } finally {
      setBusy(false);
    }
  };
  if (proven || view.status === 'proven')
    return (
      <Card>
        <Result
          status="success"
          title={it('identity.done')}
          extra={
            <ButtonLink to="/workbench/apply" type="primary">
              {it('identity.done.go')}
            </ButtonLink>
          }
        />
      </Card>
    );
  const c = view.claim;
  const person = c?.kind === 'person';
  return (
    <Card title={<PageTitle>{it('identity.title')}</PageTitle>} data-testid="identity-page">
      <Typography.Paragraph type="secondary">{it('identity.intro')}</Typography.Paragraph>
      {c && (
        <Descriptions bordered column={1} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label={it('identity.claimed')}>
            <Space wrap>
              {c.name} · {c.identifier}
              <Tag>{it(person ? 'identity.kind.person' : 'identity.kind.organisation')}</Tag>
              <Tag color={view.status === 'pending' ? 'processing' : 'error'}>
                {it(`identity.status.${view.status}`)}
              </Tag>
            </Space>
          </Descriptions.Item>
        </Descriptions>
      )}
      {view.status === 'pending' && c && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Card type="inner" title={it(person ? 'identity.sms.title' : 'identity.admin.title')}>
                <Typography.Paragraph>
                  {it(person ? 'identity.sms.help' : 'identity.admin.help')}
                </Typography.Paragraph>
                {person && (
                  <Button onClick={sendSms} disabled={wait > 0}>
                    {wait > 0 ? it('identity.sms.again', { n: wait }) : it('identity.sms.send')}
                  </Button>
                )}
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card type="inner" title={it('identity.counter.title')}>
                <Typography.Paragraph>{it('identity.counter.help')}</Typography.Paragraph>
              </Card>
            </Col>
          </Row>
          <Form form={form} layout="inline" name="identity-code" onFinish={prove} style={{ marginTop: 16 }}>
            <Form.Item
              name="code"
              label={it('identity.code')}
              rules={[{ required: true, whitespace: true, message: it('identity.code.required') }]}
            >
              <Input
                placeholder={it('identity.code.placeholder')}
                autoComplete="one-time-code"
                maxLength={16}
                style={{ width: 260 }}
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {it('identity.submit')}
              </Button>
            </Form.Item>
          </Form>
        </>
      )}
      {view.status !== 'pending' && (
        <Alert
          type="warning"
          showIcon
          title={it(`identity.status.${view.status}`)}
          style={{ marginBottom: 16 }}
        />
      )}
      <RefileClaimForm open={view.status !== 'pending'} onFiled={() => void claim.reload()} />
    </Card>
  );
}
