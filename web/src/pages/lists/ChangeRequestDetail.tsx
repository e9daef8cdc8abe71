import { changeRequestStates } from '@common/change-request-states.ts';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tag,
  Timeline,
} from 'antd';
import { useState } from 'react';
import type { Answer, Body } from '../../api/answers.ts';
import {
  resubmitChangeRequest,
  reviewChangeRequest,
  useChangeRequest,
  withdrawChangeRequest,
} from '../../api/lists.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useListTexts } from './texts.ts';

/** A change request as one reads it: with its history. */
export type ChangeRequest = Answer<'/api/list-changes/{id}'>;
type ItemField = keyof NonNullable<ChangeRequest['before']>;

export const stateColours: Record<string, string> = {
  submitted: 'orange',
  returned: 'gold',
  approved: 'blue',
  rejected: 'red',
  withdrawn: 'default',
  published: 'green',
};

const shown = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
const fieldLabels: Record<
  string,
  | 'lists.col.name'
  | 'lists.col.matter'
  | 'lists.col.agency'
  | 'lists.col.issuingBody'
  | 'lists.col.legalBasis'
  | 'lists.col.field'
  | 'lists.col.verification'
  | 'item.assistingAgency'
  | 'lists.col.timeLimit'
  | 'lists.col.standard'
  | 'lists.col.method'
  | 'lists.col.disclosure'
  | 'lists.col.remarks'
> = {
  name: 'lists.col.name',
  administrativeMatter: 'lists.col.matter',
  handlingAgency: 'lists.col.agency',
  issuingBody: 'lists.col.issuingBody',
  legalBasis: 'lists.col.legalBasis',
  field: 'lists.col.field',
  verification: 'lists.col.verification',
  assistingAgency: 'item.assistingAgency',
  timeLimitWorkingDays: 'lists.col.timeLimit',
  standard: 'lists.col.standard',
  method: 'lists.col.method',
  disclosure: 'lists.col.disclosure',
  remarks: 'lists.col.remarks',
};

/** LIST-6: one request with its field-level diff, its history, and the actions the viewer may take. */
export function ChangeRequestDetail({
  id,
  onClose,
}: {
  id: string | null;
  onClose: (changed: boolean) => void;
}) {
  const { lt, language } = useListTexts();
  const { message } = App.useApp();
  const detail = useChangeRequest(id);
  const [comment, setComment] = useState('');
  const [resubmitting, setResubmitting] = useState(false);
  const [form] = Form.useForm();
  const r = id ? detail.data : null;
  const act = async (action: 'withdraw' | Body<'/api/list-changes/{id}/review'>['decision']) => {
    if (!r) return;
    try {
      if (action === 'withdraw') await withdrawChangeRequest(r.id, { comment, revision: r.revision });
      else await reviewChangeRequest(r.id, { decision: action, comment, revision: r.revision });
      void message.success(lt('change.done'));
      setComment('');
      onClose(true);
    } catch (error) {
      void message.error(applyServerError(null, error, language));
      await detail.reload();
    }
  };
  const resubmit = async () => {
    if (!r) return;
    const v = await form.validateFields();
    const { preview: _p, ...proposal } = r.proposal ?? {};
    const edited =
      r.action === 'amend'
        ? {
            amend: {
              ...(proposal.amend as object),
              ...pickDefined(v, ['timeLimitWorkingDays', 'method', 'standard', 'remarks']),
            },
          }
        : proposal;
    try {
      await resubmitChangeRequest(r.id, {
        // The answer echoes the proposal as it was sent, typed only as an object.
        proposal: edited as Body<'/api/list-changes/{id}/resubmit'>['proposal'],
        reason: v.reason,
        legalBasis: v.legalBasis,
        revision: r.revision,
      });
      setResubmitting(false);
      onClose(true);
    } catch (error) {
      applyServerError(form, error, language);
    }
  };
  const rows: { field: string; from: unknown; to: unknown }[] =
    r?.action === 'amend'
      ? r.changes.map((c) => ({ field: c.field, from: c.from, to: c.to }))
      : Object.keys(fieldLabels).map((field) => ({
          field,
          from: r?.before?.[field as ItemField],
          to: r?.after?.[field as ItemField],
        }));
  return (
    <Drawer
      open={Boolean(id)}
      onClose={() => onClose(false)}
      size={760}
      title={r ? `${r.number} · ${r.itemName}` : ''}
    >
      {r && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={lt('change.state')}>
              <Tag color={stateColours[r.state]}>{changeRequestStates[r.state][language]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={lt('change.action')}>
              {lt(`change.action.${r.action}`)}
            </Descriptions.Item>
            <Descriptions.Item label={lt('change.list')}>{r.listTitle}</Descriptions.Item>
            <Descriptions.Item label={lt('change.agency')}>
              {r.agencyName}（{r.requestedByName}）
            </Descriptions.Item>
            <Descriptions.Item label={lt('lists.col.matter')}>{r.administrativeMatter}</Descriptions.Item>
            <Descriptions.Item label={lt('change.reason')}>{r.reason}</Descriptions.Item>
            <Descriptions.Item label={lt('change.legalBasis')}>{r.legalBasis}</Descriptions.Item>
          </Descriptions>
          <h2 className="section-title">{language === 'zh' ? '调整内容' : 'Changes'}</h2>
          <Table
            size="small"
            rowKey="field"
            pagination={false}
            dataSource={rows}
            rowClassName={(row) => (shown(row.from) !== shown(row.to) ? 'diff-changed' : '')}
            columns={[
              {
                title: lt('change.field'),
                render: (_v, row) => (fieldLabels[row.field] ? lt(fieldLabels[row.field]!) : row.field),
                width: 150,
              },
              {
                title: lt('change.before'),
                render: (_v, row) => (
                  <span className={r.action === 'add' ? '' : 'diff-from'}>{shown(row.from)}</span>
                ),
              },
              {
                title: lt('change.after'),
                render: (_v, row) => (
                  <span className={r.action === 'remove' ? '' : 'diff-to'}>{shown(row.to)}</span>
                ),
              },
            ]}
          />
          <h2 className="section-title">{lt('change.history')}</h2>
          <Timeline
            items={(r.events ?? []).map((e) => ({
              key: e.id,
              content: (
                <>
                  <strong>{formatDateTime(e.at, language)}</strong> {e.actorName} ·{' '}
                  {changeRequestStates[e.stateAfter as keyof typeof changeRequestStates]?.[language] ??
                    e.action}
                  {e.comment && <div>{e.comment}</div>}
                </>
              ),
            }))}
          />
          {r.allowedActions.length > 0 && (
            <>
              <label htmlFor="review-comment">{lt('change.comment')}</label>
              <Input.TextArea
                id="review-comment"
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                autoSize={{ minRows: 2 }}
                maxLength={1000}
              />
              <Space style={{ marginTop: 12 }} wrap>
                {r.allowedActions.includes('approve') && (
                  <Button type="primary" onClick={() => act('approve')}>
                    {lt('change.approve')}
                  </Button>
                )}
                {r.allowedActions.includes('return') && (
                  <Button onClick={() => act('return')}>{lt('change.return')}</Button>
                )}
                {r.allowedActions.includes('reject') && (
                  <Button danger onClick={() => act('reject')}>
                    {lt('change.reject')}
                  </Button>
                )}
                {r.allowedActions.includes('resubmit') && (
                  <Button
                    type="primary"
                    onClick={() => {
                      form.setFieldsValue({
                        reason: r.reason,
                        legalBasis: r.legalBasis,
                        ...(r.proposal?.amend as object),
                      });
                      setResubmitting(true);
                    }}
                  >
                    {lt('change.resubmit')}
                  </Button>
                )}
                {r.allowedActions.includes('withdraw') && (
                  <Button onClick={() => act('withdraw')}>{lt('change.withdraw')}</Button>
                )}
              </Space>
            </>
          )}
          <Modal
            open={resubmitting}
            title={lt('change.resubmit')}
            onOk={resubmit}
            onCancel={() => setResubmitting(false)}
            destroyOnHidden
          >
            <Form form={form} layout="vertical">
              {r.action === 'amend' && (
                <>
                  <Form.Item name="timeLimitWorkingDays" label={lt('item.timeLimit')}>
                    <InputNumber min={0} max={60} precision={0} />
                  </Form.Item>
                  <Form.Item name="standard" label={lt('item.standard')}>
                    <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
                  </Form.Item>
                  <Form.Item name="method" label={lt('item.method')}>
                    <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
                  </Form.Item>
                  <Form.Item name="remarks" label={lt('item.remarks')}>
                    <Input maxLength={500} />
                  </Form.Item>
                </>
              )}
              <Form.Item name="reason" label={lt('change.reason')} rules={[{ required: true }]}>
                <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
              </Form.Item>
              <Form.Item name="legalBasis" label={lt('change.legalBasis')} rules={[{ required: true }]}>
                <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
              </Form.Item>
            </Form>
          </Modal>
        </>
      )}
    </Drawer>
  );
}

const pickDefined = (values: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(
    keys.filter((k) => values[k] !== undefined && values[k] !== null).map((k) => [k, values[k]]),
  );
