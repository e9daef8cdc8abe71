import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Segmented,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { answerAssistance, useAssistanceRequests } from '../../api/verification.ts';
import { useAuth } from '../../lib/auth.tsx';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { AssistanceStateTag } from './AssistanceList.tsx';
import type { AssistanceRequest, Outcome } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { useVerificationChange } from './useVerificationChange.ts';
import { OutcomeTag, TaskDue } from './VerificationTags.tsx';
import '../cases/cases.css';
import './verification.css';

type Side = 'incoming' | 'outgoing';

/**
 * VER-4: assistance requests addressed to one's agency, from this district or another served here
 * (跨区域协查), and for verifiers the ones their agency sent. A request shows only what it carries:
 * who asks, the matter and proof, the question, the subject's name and masked identifier, the due date.
 */
export function AssistancePage() {
  const { vt, language } = useVerificationTexts();
  const { me } = useAuth();
  const requests = useAssistanceRequests();
  const change = useVerificationChange(requests.reload);
  const [side, setSide] = useState<Side>('incoming');
  const [answering, setAnswering] = useState<AssistanceRequest | null>(null);
  const [form] = Form.useForm<{ outcome: Outcome; answer: string }>();
  const all = requests.data ?? [];
  const agencyName = me!.agency?.name;
  // A verifier's agency both answers and sends requests; an assisting agency only answers.
  const outgoing = all.filter((r) => r.requestingAgency === agencyName && r.assistingAgency !== agencyName);
  const incoming = all.filter((r) => !outgoing.includes(r));
  const sends = me!.role === 'verifier';
  const shown = sends && side === 'outgoing' ? outgoing : incoming;
  const open = (list: AssistanceRequest[]) => list.filter((r) => r.state === 'open').length;

  const answer = async () => {
    if (!answering) return;
    const values = await form.validateFields();
    const ok = await change.send(
      () => answerAssistance(answering.id, { outcome: values.outcome, answer: values.answer.trim() }),
      form,
      vt('assist.answered'),
    );
    if (ok) setAnswering(null);
  };

  return (
    <Card className="cn-case-page" title={<PageTitle>{vt('assist.title')}</PageTitle>}>
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {vt('assist.intro')}
      </Typography.Paragraph>
      {requests.error ? (
        <Alert type="error" showIcon title={applyServerError(null, requests.error, language)} />
      ) : null}
      {sends && (
        <div className="cn-case-toolbar">
          <Segmented<Side>
            value={side}
            onChange={setSide}
            options={[
              { value: 'incoming', label: vt('assist.incoming', { n: open(incoming) }) },
              { value: 'outgoing', label: vt('assist.outgoing', { n: outgoing.length }) },
            ]}
          />
        </div>
      )}
      <Table<AssistanceRequest>
        rowKey="id"
        size="small"
        loading={requests.loading}
        dataSource={shown}
        data-testid="assistance-requests"
        pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 1300 }}
        locale={{ emptyText: vt('assist.empty') }}
        columns={[
          {
            title: sends && side === 'outgoing' ? vt('assist.col.assisting') : vt('assist.col.requesting'),
            key: 'who',
            width: 180,
            render: (_, r) =>
              sends && side === 'outgoing' ? (
                r.assistingAgency
              ) : (
                <span>
                  <strong>{r.requestingDistrict}</strong>
                  <br />
                  {r.requestingAgency}
                </span>
              ),
          },
          {
            title: vt('assist.col.matter'),
            key: 'matter',
            width: 180,
            render: (_, r) => (
              <span>
                {r.matterName}
                <br />
                <span className="cn-case-muted">{r.proofName}</span>
              </span>
            ),
          },
          { title: vt('assist.col.question'), dataIndex: 'question', key: 'question', width: 300 },
          {
            title: vt('assist.col.subject'),
            key: 'subject',
            width: 180,
            render: (_, r) => (
              <span>
                {r.subjectName}
                <br />
                <span className="cn-case-muted">{r.subjectIdentifier}</span>
              </span>
            ),
          },
          {
            title: vt('assist.col.due'),
            key: 'due',
            width: 130,
            render: (_, r) => <TaskDue date={r.dueDate} overdue={r.overdue} />,
          },
          {
            title: vt('col.state'),
            key: 'state',
            width: 100,
            render: (_, r) => <AssistanceStateTag state={r.state} />,
          },
          {
            title: vt('assist.col.answer'),
            key: 'answer',
            width: 240,
            fixed: 'right',
            render: (_, r) =>
              r.answer ? (
                <span>
                  <OutcomeTag outcome={r.answerOutcome} />
                  {r.answer}
                  <br />
                  <span className="cn-case-muted">{formatDateTime(r.answeredAt, language)}</span>
                </span>
              ) : r.allowedActions.includes('answer') ? (
                <Button
                  type="primary"
                  size="small"
                  onClick={() => {
                    form.resetFields();
                    setAnswering(r);
                  }}
                >
                  {vt('assist.answer')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Modal
        open={answering !== null}
        title={vt('assist.answerTitle')}
        okText={vt('assist.answerOk')}
        okButtonProps={{ loading: change.busy }}
        onOk={() => void answer().catch(() => undefined)}
        onCancel={() => setAnswering(null)}
        destroyOnHidden
        width={640}
      >
        {answering && (
          <>
            <Descriptions
              size="small"
              bordered
              column={1}
              className="cn-case-facts cn-ver-modal-facts"
              items={[
                {
                  key: 'from',
                  label: vt('assist.col.requesting'),
                  children: `${answering.requestingDistrict} · ${answering.requestingAgency}`,
                },
                {
                  key: 'matter',
                  label: vt('assist.col.matter'),
                  children: `${answering.matterName} · ${answering.proofName}`,
                },
                {
                  key: 'subject',
                  label: vt('assist.col.subject'),
                  children: `${answering.subjectName}（${answering.subjectIdentifier}）`,
                },
                { key: 'question', label: vt('assist.col.question'), children: answering.question },
                {
                  key: 'due',
                  label: vt('assist.col.due'),
                  children: formatDate(answering.dueDate, language),
                },
              ]}
            />
            <Form form={form} layout="vertical" name="assistance-answer" preserve={false}>
              <Form.Item
                name="outcome"
                label={vt('assist.outcome')}
                rules={[{ required: true, message: vt('result.outcomeNeeded') }]}
              >
                <Radio.Group className="cn-case-radios">
                  <Radio value="true">{vt('outcome.true')}</Radio>
                  <Radio value="false">{vt('outcome.false')}</Radio>
                  <Radio value="unverifiable">{vt('outcome.unverifiable')}</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item
                name="answer"
                label={vt('assist.answerText')}
                rules={[{ required: true, whitespace: true, message: vt('assist.answerNeeded') }]}
              >
                <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </Card>
  );
}
