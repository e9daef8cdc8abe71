import { administrativeMatterKinds } from '@common/list-item.ts';
import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { addAdministrativeMatter, updateAdministrativeMatter } from '../../api/lists.ts';
import { useAgencies } from '../../api/organisation.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useListTexts } from './texts.ts';
import type { AdministrativeMatter, CertificationMatter } from './types.ts';

/** LIST-1: an administrative matter, its handling agency and the proofs it requires, listed or not. */
export function AdministrativeMatterForm(props: {
  open: boolean;
  district: string;
  matter: AdministrativeMatter | null;
  certificationMatters: CertificationMatter[];
  onClose: (saved: boolean) => void;
}) {
  const { lt, language } = useListTexts();
  const [form] = Form.useForm();
  const agencies = useAgencies(props.district, { enabled: props.open });
  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue(props.matter ?? { kind: '行政许可', proofs: [] });
  }, [props.open, props.matter, form]);
  const save = async () => {
    const { code, name, kind, agencyId, proofs } = await form.validateFields();
    const body = { code, name, kind, agencyId, proofs };
    try {
      if (props.matter)
        await updateAdministrativeMatter(props.matter.id, props.district, {
          ...body,
          version: props.matter.version,
        });
      else await addAdministrativeMatter(props.district, body);
      props.onClose(true);
    } catch (error) {
      applyServerError(form, error, language);
    }
  };
  const required = [{ required: true, message: language === 'zh' ? '此项为必填项' : 'Required' }];
  return (
    <Modal
      open={props.open}
      title={props.matter?.name ?? lt('catalogue.newAdministrative')}
      onOk={save}
      onCancel={() => props.onClose(false)}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="code" label={lt('catalogue.code')} rules={required}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="name" label={lt('lists.col.matter')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={lt('catalogue.kind')} rules={required}>
          <Select options={administrativeMatterKinds.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item name="agencyId" label={lt('lists.col.agency')} rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(agencies.data ?? [])
              .filter((a) => a.districtCode === props.district)
              .map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="proofs" label={lt('catalogue.proofs')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={props.certificationMatters.map((m) => ({ value: m.name, label: m.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
