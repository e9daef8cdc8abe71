import { type HandlingActionKind, handlingActionKinds } from '@common/false-commitment-rules.ts';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/errors.ts';
import { concludeHandlingAction, takeHandlingAction, useHandling } from '../../api/verification.ts';
import { formatDate, formatDateTime, shanghaiToday } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { casePages } from '../cases/model.ts';
import { type HandlingAction, verificationPages } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { useVerificationChange } from './useVerificationChange.ts';
import { HandlingActionStateTag, HandlingStageTag, useHandlingActionLabel } from './VerificationTags.tsx';
import '../cases/cases.css';
import './verification.css';

interface ActionValues {
  documentNo: string;
  decidedOn: Dayjs;
  deadline?: Dayjs;
  details: string;
}

/**
 * SUP-3: one false commitment's handling: the finding, the stage it was found at (before the decision
 * only 终止办理; after it rectification, revocation, penalty, transfer), the actions taken with their
 * document numbers, the actions its stage still allows, and how a rectification order ended.
 */
export function HandlingPage() {
  const { id = '' } = useParams();
  const { vt, language } = useVerificationTexts();
  const loaded = useHandling(id);
  const h = loaded.data?.id === id ? loaded.data : null;
  const change = useVerificationChange(loaded.reload);
  const actionLabel = useHandlingActionLabel();
  const [taking, setTaking] = useState<HandlingActionKind | null>(null);
  const [concluding, setConcluding] = useState<HandlingAction | null>(null);
  const [actionForm] = Form.useForm<ActionValues>();
  const [outcomeForm] = Form.useForm<{ state: 'complied' | 'not-complied'; outcome: string }>();
  const today = shanghaiToday();

  if (loaded.error && !h) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <Card className="cn-case-page">
        <Alert
          type={missing ? 'info' : 'error'}
          showIcon
          title={missing ? vt('handling.notFound') : applyServerError(null, loaded.error, language)}
          action={<Link to={verificationPages.handlings}>{vt('common.back')}</Link>}
        />
      </Card>
    );
  }
  if (!h) return <Skeleton active />;
  // The server lists what the viewer may do, on the record and on each rectification in force.
  const allowed = handlingActionKinds.filter((k) => h.allowedActions.includes(k));

  const take = async () => {
    if (!taking) return;
    const v = await actionForm.validateFields();
    const ok = await change.send(
      () =>
        takeHandlingAction(h.id, {
          kind: taking,
          documentNo: v.documentNo.trim(),
          decidedOn: v.decidedOn.format('YYYY-MM-DD'),
          ...(taking === 'rectify' && v.deadline ? { deadline: v.deadline.format('YYYY-MM-DD') } : {}),
          details: v.details.trim(),
        }),
      actionForm,
      vt('handling.taken', { action: actionLabel(taking) }),
    );
    if (ok) setTaking(null);
  };

  const conclude = async () => {
    if (!concluding) return;
    const v = await outcomeForm.validateFields();
    const ok = await change.send(
      () => concludeHandlingAction(h.id, concluding.id, { state: v.state, outcome: v.outcome.trim() }),
      outcomeForm,
      vt('handling.concluded'),
    );
    if (ok) setConcluding(null);
  };

  return (
    <div className="cn-case-page cn-case-detail" data-testid="handling-page">
      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={1} className="cn-case-h1">
            <span>{vt('handling.pageTitle', { proof: h.proofName })}</span>
            <HandlingStageTag stage={h.stage} />
            <Tag color={h.state === 'open' ? 'gold' : 'default'}>{vt(`handling.state.${h.state}`)}</Tag>
          </Typography.Title>
        }
        extra={<Link to={verificationPages.handlings}>{vt('common.back')}</Link>}
      >
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2, xl: 3 }}
          className="cn-case-facts"
          items={[
            {
              key: 'case',
              label: vt('col.caseNo'),
              children: <Link to={casePages.case(h.caseId)}>{h.caseNo}</Link>,
            },
            { key: 'matter', label: vt('col.matter'), children: h.matterName },
            { key: 'proof', label: vt('col.proof'), children: h.proofName },
            { key: 'party', label: vt('col.party'), children: h.partyName },
            { key: 'found', label: vt('handling.foundAt'), children: formatDateTime(h.foundAt, language) },
            { key: 'credit', label: vt('handling.credit'), children: vt('handling.creditRecorded') },
          ]}
        />
        <Alert
          type="error"
          showIcon
          className="cn-case-inline-alert"
          title={vt('handling.finding')}
          description={h.finding}
          data-testid="handling-finding"
        />
        <Typography.Paragraph type="secondary" className="cn-case-note">
          {vt(h.stage === 'before-decision' ? 'handling.stageBefore' : 'handling.stageAfter')}
        </Typography.Paragraph>
        {allowed.length > 0 && (
          <div className="cn-case-actions" data-testid="handling-buttons">
            <Space wrap>
              {allowed.map((a) => (
                <Button
                  key={a}
                  danger={a === 'terminate' || a === 'revoke'}
                  onClick={() => {
                    actionForm.resetFields();
                    setTaking(a);
                  }}
                >
                  {actionLabel(a)}
                </Button>
              ))}
            </Space>
          </div>
        )}
      </Card>

      <Card
        className="cn-case-section"
        title={
          <Typography.Title level={2} className="cn-case-h2">
            {vt('handling.actions')}
          </Typography.Title>
        }
      >
        <Table<HandlingAction>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={h.actions}
          data-testid="handling-actions"
          scroll={{ x: 1000 }}
          locale={{ emptyText: vt('handling.noActions') }}
          expandable={{
            expandedRowRender: (a) => (
              <dl className="cn-case-terms">
                <dt>{vt('handling.details')}</dt>
                <dd>{a.details}</dd>
                {a.outcome && (
                  <>
                    <dt>{vt('handling.outcome')}</dt>
                    <dd>{a.outcome}</dd>
                  </>
                )}
              </dl>
            ),
            defaultExpandAllRows: true,
          }}
          columns={[
            {
              title: vt('handling.col.kind'),
              key: 'kind',
              width: 160,
              render: (_, a) => actionLabel(a.kind),
            },
            { title: vt('handling.col.documentNo'), dataIndex: 'documentNo', key: 'no', width: 220 },
            {
              title: vt('handling.col.decidedOn'),
              dataIndex: 'decidedOn',
              key: 'decided',
              width: 130,
              render: (day: string) => formatDate(day, language),
            },
            {
              title: vt('handling.col.deadline'),
              key: 'deadline',
              width: 110,
              render: (_, a) => a.deadline ?? '—',
            },
            {
              title: vt('handling.col.state'),
              key: 'state',
              width: 110,
              render: (_, a) => <HandlingActionStateTag kind={a.kind} state={a.state} />,
            },
            {
              title: vt('handling.col.result'),
              key: 'result',
              width: 130,
              render: (_, a) =>
                a.allowedActions.includes('conclude') ? (
                  <Button
                    size="small"
                    onClick={() => {
                      outcomeForm.resetFields();
                      setConcluding(a);
                    }}
                  >
                    {vt('handling.conclude')}
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>

      <Modal
        open={taking !== null}
        title={taking ? actionLabel(taking) : ''}
        okText={taking ? actionLabel(taking) : ''}
        okButtonProps={{ loading: change.busy, danger: taking === 'terminate' || taking === 'revoke' }}
        onOk={() => void take().catch(() => undefined)}
        onCancel={() => setTaking(null)}
        destroyOnHidden
      >
        {taking && (
          <Form<ActionValues>
            form={actionForm}
            layout="vertical"
            name="handling-action"
            preserve={false}
            initialValues={{ decidedOn: dayjs(today) }}
          >
            {taking === 'terminate' && (
              <Alert
                type="warning"
                showIcon
                className="cn-case-inline-alert"
                title={vt('handling.terminateIntro')}
              />
            )}
            <Form.Item
              name="documentNo"
              label={vt('handling.col.documentNo')}
              rules={[{ required: true, whitespace: true, message: vt('handling.documentNoNeeded') }]}
            >
              <Input maxLength={60} placeholder={vt('handling.documentNoPlaceholder')} />
            </Form.Item>
            <Form.Item
              name="decidedOn"
              label={vt('handling.col.decidedOn')}
              rules={[{ required: true, message: vt('handling.decidedOnNeeded') }]}
            >
              <DatePicker
                allowClear={false}
                disabledDate={(d) => d.format('YYYY-MM-DD') > today}
                style={{ width: '100%' }}
              />
            </Form.Item>
            {taking === 'rectify' && (
              <Form.Item
                name="deadline"
                label={vt('handling.col.deadline')}
                rules={[{ required: true, message: vt('handling.deadlineNeeded') }]}
              >
                <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') <= today} style={{ width: '100%' }} />
              </Form.Item>
            )}
            <Form.Item
              name="details"
              label={vt('handling.details')}
              rules={[{ required: true, whitespace: true, message: vt('handling.detailsNeeded') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
            </Form.Item>
          </Form>
        )}
      </Modal>

      <Modal
        open={concluding !== null}
        title={vt('handling.conclude')}
        okText={vt('handling.concludeOk')}
        okButtonProps={{ loading: change.busy }}
        onOk={() => void conclude().catch(() => undefined)}
        onCancel={() => setConcluding(null)}
        destroyOnHidden
      >
        {concluding && (
          <Form form={outcomeForm} layout="vertical" name="handling-outcome" preserve={false}>
            <p className="cn-case-muted">
              {concluding.documentNo} · {vt('handling.col.deadline')} {concluding.deadline ?? '—'}
            </p>
            <Form.Item
              name="state"
              label={vt('handling.rectified')}
              rules={[{ required: true, message: vt('handling.rectifiedNeeded') }]}
            >
              <Radio.Group className="cn-case-radios">
                <Radio value="complied">{vt('handling.actionState.complied')}</Radio>
                <Radio value="not-complied">{vt('handling.actionState.not-complied')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item
              name="outcome"
              label={vt('handling.outcome')}
              rules={[{ required: true, whitespace: true, message: vt('handling.outcomeNeeded') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </div>
  );
}
