import type { ItemTermsInput } from '@common/item-terms-input.ts';
import { type VerificationClass, verificationClasses } from '@common/list-item.ts';
import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect, useMemo } from 'react';
import { useCatalogue } from '../../api/lists.ts';
import { useAgencies } from '../../api/organisation.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useListTexts } from './texts.ts';
import type { DraftItem } from './types.ts';

export type ItemValues = ItemTermsInput;

/**
 * LIST-1 / LIST-5: one list item's terms. Excluded matters (LIST-2) are shown but cannot be chosen;
 * the server refuses them anyway. `agencyId` narrows administrative matters to one agency's own.
 */
export function ItemForm(props: {
  open: boolean;
  title: string;
  district: string;
  initial: DraftItem | null;
  agencyId?: string | null;
  onSubmit: (values: ItemValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { lt, language } = useListTexts();
  const [form] = Form.useForm<ItemValues>();
  const catalogue = useCatalogue(props.district, { enabled: props.open });
  const agencies = useAgencies(props.district, { enabled: props.open });
  const matterId = Form.useWatch('certificationMatterId', form);
  const verification = Form.useWatch('verification', form);
  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    if (props.initial)
      form.setFieldsValue({
        ...props.initial,
        certificationMatterId: props.initial.certificationMatterId ?? undefined,
        administrativeMatterId: props.initial.administrativeMatterId ?? undefined,
      } as ItemValues);
    else
      form.setFieldsValue({
        verification: 'online',
        timeLimitWorkingDays: 3,
        disclosure: false,
        assistingAgencyId: null,
        standard: '',
        method: '',
        remarks: '',
      });
  }, [props.open, props.initial, form]);
  const matterName = catalogue.data?.certificationMatters.find((m) => m.id === matterId)?.name;
  const administrativeOptions = useMemo(
    () =>
      (catalogue.data?.administrativeMatters ?? [])
        .filter((a) => !props.agencyId || a.agencyId === props.agencyId)
        .filter((a) => !matterName || a.proofs.includes(matterName))
        .map((a) => ({ value: a.id, label: `${a.code} ${a.name}（${a.agencyName}）` })),
    [catalogue.data, props.agencyId, matterName],
  );
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await props.onSubmit({
        ...values,
        assistingAgencyId: values.verification === 'assistance' ? values.assistingAgencyId : null,
      });
    } catch (error) {
      applyServerError(form, error, language);
    }
  };
  const required = [{ required: true, message: language === 'zh' ? '此项为必填项' : 'Required' }];
  return (
    <Modal
      open={props.open}
      title={props.title}
      onOk={submit}
      onCancel={props.onCancel}
      width={760}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="certificationMatterId" label={lt('item.matter')} rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={catalogue.loading}
            options={(catalogue.data?.certificationMatters ?? []).map((m) => ({
              value: m.id,
              disabled: Boolean(m.exclusion),
              label: m.exclusion
                ? `${m.name} — ${lt('item.matterExcluded', { category: m.exclusion.category })}`
                : `${m.name}（${m.field}）`,
              title: m.exclusion?.reason,
            }))}
          />
        </Form.Item>
        <Form.Item name="administrativeMatterId" label={lt('item.administrativeMatter')} rules={required}>
          <Select showSearch optionFilterProp="label" options={administrativeOptions} />
        </Form.Item>
        <Form.Item name="verification" label={lt('item.verification')} rules={required}>
          <Select
            options={Object.entries(verificationClasses).map(([value, label]) => ({
              value,
              label: label[language],
            }))}
            onChange={(v: VerificationClass) =>
              v === 'exempt' && form.setFieldValue('timeLimitWorkingDays', 0)
            }
          />
        </Form.Item>
        {verification === 'assistance' && (
          <Form.Item name="assistingAgencyId" label={lt('item.assistingAgency')} rules={required}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(agencies.data ?? [])
                .filter((a) => a.districtCode === props.district)
                .map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="timeLimitWorkingDays" label={lt('item.timeLimit')} rules={required}>
          <InputNumber min={0} max={60} precision={0} />
        </Form.Item>
        <Form.Item name="standard" label={lt('item.standard')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="method" label={lt('item.method')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="disclosure" label={lt('item.disclosure')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="legalBasis" label={lt('item.legalBasis')}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="issuingBody" label={lt('item.issuingBody')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="remarks" label={lt('item.remarks')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
