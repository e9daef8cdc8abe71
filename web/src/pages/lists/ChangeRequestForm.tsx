import { verificationClasses } from '@common/list-item.ts';
import { Form, Input, InputNumber, Modal, Radio, Select, Switch } from 'antd';
import { useEffect } from 'react';
import type { Body } from '../../api/answers.ts';
import { submitChangeRequest, useCatalogue, useListWorkspace } from '../../api/lists.ts';
import { useAgencies } from '../../api/organisation.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { useListTexts } from './texts.ts';

const amendable = [
  'verification',
  'assistingAgencyId',
  'timeLimitWorkingDays',
  'standard',
  'method',
  'disclosure',
  'remarks',
] as const;

/**
 * LIST-6: an agency asks its reviewing level to add, amend or remove one of its own items, with
 * reasons and legal basis. Only the terms that change are sent for an amendment.
 */
export function ChangeRequestForm({
  open,
  onClose,
}: {
  open: boolean;
  onClose: (submitted: boolean) => void;
}) {
  const { lt, language } = useListTexts();
  const { me } = useAuth();
  const [form] = Form.useForm();
  const listCode = me!.jurisdiction.code;
  const district = me!.district.code;
  const workspace = useListWorkspace(listCode, { enabled: open });
  const catalogue = useCatalogue(district, { enabled: open });
  const agencies = useAgencies(district, { enabled: open });
  const action = Form.useWatch('action', form);
  const targetId = Form.useWatch('targetItemId', form);
  const verification = Form.useWatch('verification', form);
  const ownItems = (workspace.data?.draft ?? []).filter((i) => i.agencyId === me!.agency?.id);
  const target = ownItems.find((i) => i.id === targetId);
  useEffect(() => {
    if (open) form.setFieldsValue({ action: 'amend' });
  }, [open, form]);
  useEffect(() => {
    if (target) form.setFieldsValue(Object.fromEntries(amendable.map((k) => [k, target[k]])));
  }, [target, form]);
  const submit = async () => {
    const v = await form.validateFields();
    const terms = Object.fromEntries(
      amendable.map((k) => [k, v[k] ?? (k === 'assistingAgencyId' ? null : v[k])]),
    );
    if (v.verification !== 'assistance') terms.assistingAgencyId = null;
    let proposal: object;
    if (v.action === 'remove') proposal = { remove: true };
    else if (v.action === 'add')
      proposal = {
        add: {
          certificationMatterId: v.certificationMatterId,
          administrativeMatterId: v.administrativeMatterId,
          ...terms,
        },
      };
    else
      proposal = {
        amend: Object.fromEntries(
          Object.entries(terms).filter(([k, value]) => target?.[k as keyof typeof target] !== value),
        ),
      };
    try {
      await submitChangeRequest({
        listCode,
        // Built from the form's fields; the server checks it against the item terms.
        proposal: proposal as Body<'/api/list-changes'>['proposal'],
        targetItemId: v.action === 'add' ? null : v.targetItemId,
        reason: v.reason,
        legalBasis: v.legalBasis,
      });
      form.resetFields();
      onClose(true);
    } catch (error) {
      applyServerError(form, error, language);
    }
  };
  const required = [{ required: true, message: language === 'zh' ? '此项为必填项' : 'Required' }];
  const ownMatters = (catalogue.data?.administrativeMatters ?? []).filter(
    (a) => a.agencyId === me!.agency?.id,
  );
  return (
    <Modal
      open={open}
      title={lt('change.new')}
      onOk={submit}
      onCancel={() => onClose(false)}
      okText={lt('change.submit')}
      width={760}
      destroyOnHidden
    >
      <p>
        {lt('change.onlyOwn')}（{me!.agency?.name}）
      </p>
      <Form form={form} layout="vertical">
        <Form.Item name="action" label={lt('change.action')} rules={required}>
          <Radio.Group>
            <Radio value="amend">{lt('change.action.amend')}</Radio>
            <Radio value="add">{lt('change.action.add')}</Radio>
            <Radio value="remove">{lt('change.action.remove')}</Radio>
          </Radio.Group>
        </Form.Item>
        {action !== 'add' && (
          <Form.Item name="targetItemId" label={lt('change.target')} rules={required}>
            <Select
              showSearch
              optionFilterProp="label"
              options={ownItems.map((i) => ({
                value: i.id,
                label: `${i.name}（${i.administrativeMatter}）`,
              }))}
            />
          </Form.Item>
        )}
        {action === 'add' && (
          <>
            <Form.Item name="administrativeMatterId" label={lt('item.administrativeMatter')} rules={required}>
              <Select options={ownMatters.map((a) => ({ value: a.id, label: `${a.code} ${a.name}` }))} />
            </Form.Item>
            <Form.Item name="certificationMatterId" label={lt('item.matter')} rules={required}>
              <Select
                showSearch
                optionFilterProp="label"
                options={(catalogue.data?.certificationMatters ?? []).map((m) => ({
                  value: m.id,
                  disabled: Boolean(m.exclusion),
                  label: m.exclusion
                    ? `${m.name} — ${lt('item.matterExcluded', { category: m.exclusion.category })}`
                    : m.name,
                }))}
              />
            </Form.Item>
          </>
        )}
        {action !== 'remove' && (
          <>
            <Form.Item name="verification" label={lt('item.verification')} rules={required}>
              <Select
                options={Object.entries(verificationClasses).map(([value, label]) => ({
                  value,
                  label: label[language],
                }))}
              />
            </Form.Item>
            {verification === 'assistance' && (
              <Form.Item name="assistingAgencyId" label={lt('item.assistingAgency')} rules={required}>
                <Select
                  options={(agencies.data ?? [])
                    .filter((a) => a.districtCode === district)
                    .map((a) => ({ value: a.id, label: a.name }))}
                />
              </Form.Item>
            )}
            <Form.Item name="timeLimitWorkingDays" label={lt('item.timeLimit')} rules={required}>
              <InputNumber min={0} max={60} precision={0} />
            </Form.Item>
            <Form.Item name="standard" label={lt('item.standard')} initialValue="">
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
            </Form.Item>
            <Form.Item name="method" label={lt('item.method')} initialValue="">
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
            </Form.Item>
            <Form.Item
              name="disclosure"
              label={lt('item.disclosure')}
              valuePropName="checked"
              initialValue={false}
            >
              <Switch />
            </Form.Item>
            <Form.Item name="remarks" label={lt('item.remarks')} initialValue="">
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label={lt('change.reason')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="legalBasis" label={lt('change.legalBasis')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
