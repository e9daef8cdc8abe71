import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { recordVisit, scheduleVisit } from '../../api/verification.ts';
import { formatDate, shanghaiToday } from '../../lib/dates.ts';
import type { Outcome, TaskRow, Visit } from './model.ts';
import { useVerificationTexts } from './texts.ts';
import { useVerificationChange } from './useVerificationChange.ts';

/** What the schedule dialog starts with: a proposal's tasks and place, or one task. */
export interface ScheduleStart {
  taskIds: string[];
  address: string;
}

interface ScheduleValues {
  taskIds: string[];
  scheduledOn: Dayjs;
  address: string;
  inspectors: { name: string; certificateNo: string }[];
}

const MIN_INSPECTORS = 2;
const MAX_INSPECTORS = 6;
const CERTIFICATE = /^[0-9A-Za-z-]{6,24}$/;

/** VER-3: one visit for one or more on-site tasks, by two or more inspectors with their 执法证号. */
export function ScheduleVisitModal({
  start,
  candidates,
  onClose,
}: {
  start: ScheduleStart | null;
  candidates: TaskRow[];
  onClose: () => void;
}) {
  const { vt } = useVerificationTexts();
  const change = useVerificationChange();
  const [form] = Form.useForm<ScheduleValues>();
  const today = shanghaiToday();

  const send = async () => {
    const values = await form.validateFields();
    const ok = await change.send(
      () =>
        scheduleVisit({
          taskIds: values.taskIds,
          scheduledOn: values.scheduledOn.format('YYYY-MM-DD'),
          address: values.address.trim(),
          inspectors: values.inspectors.map((i) => ({
            name: i.name.trim(),
            certificateNo: i.certificateNo.trim(),
          })),
        }),
      form,
      vt('visits.scheduled'),
    );
    if (ok) onClose();
  };

  return (
    <Modal
      open={start !== null}
      title={vt('visits.scheduleTitle')}
      okText={vt('visits.scheduleOk')}
      okButtonProps={{ loading: change.busy }}
      onOk={() => void send().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      width={680}
    >
      {start && (
        <Form<ScheduleValues>
          form={form}
          layout="vertical"
          name="schedule-visit"
          preserve={false}
          initialValues={{
            taskIds: start.taskIds,
            address: start.address,
            scheduledOn: dayjs(today),
            inspectors: [
              { name: '', certificateNo: '' },
              { name: '', certificateNo: '' },
            ],
          }}
        >
          <p>{vt('visits.scheduleIntro')}</p>
          <Form.Item
            name="taskIds"
            label={vt('visit.tasks')}
            rules={[{ required: true, type: 'array', min: 1, message: vt('visits.tasksNeeded') }]}
          >
            <Select<string[]>
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={candidates.map((t) => ({
                value: t.id,
                label: `${t.proofName} · ${t.caseNo} · ${t.partyName}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="scheduledOn"
            label={vt('visit.date')}
            rules={[{ required: true, message: vt('visits.dateNeeded') }]}
          >
            <DatePicker
              allowClear={false}
              disabledDate={(d) => d.format('YYYY-MM-DD') < today}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item
            name="address"
            label={vt('visit.address')}
            rules={[{ required: true, whitespace: true, message: vt('visits.addressNeeded') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.List
            name="inspectors"
            rules={[
              {
                validator: async (_, rows: unknown[]) => {
                  if (!rows || rows.length < MIN_INSPECTORS) throw new Error(vt('visits.inspectorsNeeded'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <fieldset className="cn-case-fieldset">
                <legend>{vt('visit.inspectors')}</legend>
                <p className="cn-case-help">{vt('visits.inspectorsHelp')}</p>
                {fields.map((field, index) => (
                  <Space
                    key={field.key}
                    align="start"
                    wrap
                    className="cn-ver-inspector"
                    data-testid="inspector-row"
                  >
                    <Form.Item
                      name={[field.name, 'name']}
                      label={vt('visits.inspectorName', { n: index + 1 })}
                      rules={[
                        { required: true, whitespace: true, message: vt('visits.inspectorNameNeeded') },
                      ]}
                    >
                      <Input maxLength={40} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'certificateNo']}
                      label={vt('visits.certificateNo', { n: index + 1 })}
                      rules={[
                        { required: true, whitespace: true, message: vt('visits.certificateNeeded') },
                        { pattern: CERTIFICATE, message: vt('visits.certificateFormat') },
                      ]}
                    >
                      <Input maxLength={24} />
                    </Form.Item>
                    <Button
                      className="cn-ver-remove"
                      disabled={fields.length <= MIN_INSPECTORS}
                      onClick={() => remove(field.name)}
                      aria-label={vt('visits.removeInspector', { n: index + 1 })}
                    >
                      {vt('visits.remove')}
                    </Button>
                  </Space>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  type="dashed"
                  disabled={fields.length >= MAX_INSPECTORS}
                  onClick={() => add({ name: '', certificateNo: '' })}
                >
                  {vt('visits.addInspector')}
                </Button>
              </fieldset>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}

interface RecordValues {
  findings: string;
  results: { outcome: Outcome; reason: string }[];
}

/** VER-3, VER-6: what the visit found, and each task's result with its reason. */
export function RecordVisitModal({ visit, onClose }: { visit: Visit | null; onClose: () => void }) {
  const { vt, language } = useVerificationTexts();
  const change = useVerificationChange();
  const [form] = Form.useForm<RecordValues>();

  const send = async () => {
    if (!visit) return;
    const values = await form.validateFields();
    const ok = await change.send(
      () =>
        recordVisit(visit.id, {
          findings: values.findings.trim(),
          results: visit.tasks.map((t, i) => ({
            taskId: t.id,
            outcome: values.results[i]!.outcome,
            reason: values.results[i]!.reason.trim(),
          })),
        }),
      form,
      vt('visits.recorded'),
    );
    if (ok) onClose();
  };

  return (
    <Modal
      open={visit !== null}
      title={vt('visits.recordTitle')}
      okText={vt('visits.recordOk')}
      okButtonProps={{ loading: change.busy }}
      onOk={() => void send().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      width={680}
    >
      {visit && (
        <Form<RecordValues>
          form={form}
          layout="vertical"
          name="record-visit"
          preserve={false}
          initialValues={{ results: visit.tasks.map(() => ({})) }}
        >
          <p className="cn-case-muted">
            {formatDate(visit.scheduledOn, language)} · {visit.address}
          </p>
          <Alert type="info" showIcon className="cn-case-inline-alert" title={vt('visits.recordIntro')} />
          <Form.Item
            name="findings"
            label={vt('visit.findings')}
            rules={[{ required: true, whitespace: true, message: vt('visits.findingsNeeded') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} showCount />
          </Form.Item>
          <Form.List name="results">
            {(fields) =>
              fields.map((field, index) => {
                const task = visit.tasks[index]!;
                return (
                  <fieldset key={field.key} className="cn-case-fieldset cn-ver-result">
                    <legend>
                      {task.proofName} · {task.caseNo}
                    </legend>
                    <Form.Item
                      name={[field.name, 'outcome']}
                      label={vt('result.outcome')}
                      rules={[{ required: true, message: vt('result.outcomeNeeded') }]}
                    >
                      <Radio.Group className="cn-case-radios">
                        <Radio value="true">{vt('outcome.true')}</Radio>
                        <Radio value="false">{vt('outcome.false')}</Radio>
                        <Radio value="unverifiable">{vt('outcome.unverifiable')}</Radio>
                      </Radio.Group>
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'reason']}
                      label={vt('result.reason')}
                      rules={[{ required: true, whitespace: true, message: vt('result.reasonNeeded') }]}
                    >
                      <Input maxLength={1000} />
                    </Form.Item>
                  </fieldset>
                );
              })
            }
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
