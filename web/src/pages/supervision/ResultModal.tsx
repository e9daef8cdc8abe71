import { Alert, Button, DatePicker, Descriptions, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { recordInspectionResult } from '../../api/supervision.ts';
import { shanghaiToday } from '../../lib/dates.ts';
import { usePreferences } from '../../lib/preferences.tsx';
import { FileUpload } from '../cases/FileUpload.tsx';
import { commitmentStateLabels } from '../cases/model.ts';
import type { CommitmentState, UploadedFile } from '../cases/types.ts';
import { verificationPages } from '../verification/model.ts';
import { FormModal } from './FormModal.tsx';
import type { PlanDetail, PlanObject } from './model.ts';
import { useSupervisionTexts } from './texts.ts';
import { useSupervisionChange } from './useSupervisionChange.ts';

interface ResultValues {
  result: 'passed' | 'failed';
  inspectedOn: Dayjs;
  findings?: string;
  falseCommitmentId?: string | null;
}

/**
 * SUP-1, SUP-3: the result of one drawn object: 合格 or 不合格 with what was found; an inspection that
 * finds a commitment false names it, which records the false commitment in the integrity file and
 * opens its handling record (shown with a link once saved).
 */
export function ResultModal({
  plan,
  object,
  onClose,
}: {
  plan: PlanDetail;
  object: PlanObject | null;
  onClose: () => void;
}) {
  const { st } = useSupervisionTexts();
  const { language } = usePreferences();
  const [form] = Form.useForm<ResultValues>();
  const change = useSupervisionChange();
  const [handlingId, setHandlingId] = useState<string | null>(null);
  const [record, setRecord] = useState<UploadedFile | null>(null);
  const result = Form.useWatch('result', form);
  const today = shanghaiToday();

  const close = () => {
    setHandlingId(null);
    setRecord(null);
    onClose();
  };
  const save = async () => {
    if (!object) return;
    const values = await form.validateFields();
    const failed = values.result === 'failed';
    const saved = await change.send(
      () =>
        recordInspectionResult(plan.id, object.id, {
          result: values.result,
          inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
          findings: (values.findings ?? '').trim(),
          attachments: record ? [record.id] : [],
          falseCommitmentId: failed ? (values.falseCommitmentId ?? null) : null,
        }),
      form,
      st('result.saved'),
    );
    if (!saved) return;
    const handling = saved.objects.find((o) => o.id === object.id)?.handlingId ?? null;
    if (handling) setHandlingId(handling);
    else close();
  };

  return (
    <FormModal
      open={object !== null}
      title={st('result.title')}
      okText={st('result.save')}
      busy={change.busy}
      onSave={save}
      onCancel={close}
      width={640}
      footer={
        handlingId
          ? [
              <Button key="close" type="primary" onClick={close}>
                {st('common.done')}
              </Button>,
            ]
          : undefined
      }
    >
      {object && handlingId && (
        <Alert
          type="warning"
          showIcon
          data-testid="result-handling"
          title={st('result.handlingOpened')}
          description={<Link to={verificationPages.handling(handlingId)}>{st('result.handlingLink')}</Link>}
        />
      )}
      {object && !handlingId && (
        <>
          <Descriptions
            size="small"
            column={1}
            className="cn-sup-modal-facts"
            items={[
              { key: 'case', label: st('object.caseNo'), children: object.caseNo },
              { key: 'matter', label: st('object.matter'), children: object.matterName },
              { key: 'party', label: st('object.party'), children: object.partyName },
              {
                key: 'inspectors',
                label: st('object.inspectors'),
                children: object.inspectors
                  .map((i) => st('object.inspector', { name: i.name, no: i.number }))
                  .join('、'),
              },
            ]}
          />
          <Form<ResultValues>
            form={form}
            layout="vertical"
            name="inspection-result"
            preserve={false}
            initialValues={{ inspectedOn: dayjs(today) }}
          >
            <Form.Item
              name="result"
              label={st('object.result')}
              rules={[{ required: true, message: st('result.resultNeeded') }]}
            >
              <Radio.Group className="cn-case-radios">
                <Radio value="passed">{st('result.passed')}</Radio>
                <Radio value="failed">{st('result.failed')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item
              name="inspectedOn"
              label={st('object.inspectedOn')}
              rules={[{ required: true, message: st('result.dateNeeded') }]}
            >
              <DatePicker allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
            </Form.Item>
            <Form.Item
              name="findings"
              label={st('object.findings')}
              extra={result === 'failed' ? null : st('result.findingsHelp')}
              rules={[
                {
                  required: result === 'failed',
                  whitespace: true,
                  message: st('result.findingsNeeded'),
                },
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
            </Form.Item>
            {result === 'failed' && object.commitments.length > 0 && (
              <>
                <Form.Item
                  name="falseCommitmentId"
                  label={st('result.falseCommitment')}
                  extra={st('result.falseCommitmentHelp')}
                >
                  <Select<string>
                    allowClear
                    placeholder={st('result.noFalseCommitment')}
                    options={object.commitments.map((c) => ({
                      value: c.id,
                      disabled: c.state === 'false',
                      label: `${c.proofName}（${
                        commitmentStateLabels[c.state as CommitmentState]?.[language] ?? c.state
                      }）`,
                    }))}
                  />
                </Form.Item>
                <FalseCommitmentWarning />
              </>
            )}
            <Form.Item label={st('result.attachment')} extra={st('result.attachmentsNote')}>
              <FileUpload
                districtCode={plan.districtCode}
                value={record}
                onChange={setRecord}
                label={st('result.attachment')}
                testId="result-attachment"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </FormModal>
  );
}

/** Shown while a commitment is chosen: what naming it does beyond this plan. */
function FalseCommitmentWarning() {
  const { st } = useSupervisionTexts();
  const chosen = Form.useWatch('falseCommitmentId');
  if (!chosen) return null;
  return <Alert type="warning" showIcon className="cn-case-inline-alert" title={st('result.falseWarning')} />;
}
