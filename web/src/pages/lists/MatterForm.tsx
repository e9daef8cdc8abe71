import { exclusionCategories } from '@common/exclusions.ts';
import { matterFields } from '@common/list-item.ts';
import { Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { addCertificationMatter, updateCertificationMatter } from '../../api/lists.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useListTexts } from './texts.ts';
import type { CertificationMatter } from './types.ts';

/**
 * LIST-1: every field of a certification matter; LIST-2: choosing an exclusion category makes it
 * ineligible, with the reason shown wherever the matter is offered (the server refuses to list it).
 */
export function MatterForm(props: {
  open: boolean;
  district: string;
  matter: CertificationMatter | null;
  onClose: (saved: boolean) => void;
}) {
  const { lt, language } = useListTexts();
  const [form] = Form.useForm();
  const category = Form.useWatch(['exclusion', 'category'], form);
  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue(
      props.matter ?? {
        field: '其他',
        frequency: 'medium',
        difficulty: 'medium',
        verifiability: 'medium',
        eLicense: false,
        proves: '',
        retainedReason: null,
      },
    );
  }, [props.open, props.matter, form]);
  const save = async () => {
    const v = await form.validateFields();
    const body = {
      ...v,
      exclusion: v.exclusion?.category
        ? { category: v.exclusion.category, reason: v.exclusion.reason ?? '' }
        : null,
      retainedReason: v.retainedReason || null,
    };
    try {
      if (props.matter)
        await updateCertificationMatter(props.matter.id, props.district, {
          ...body,
          version: props.matter.version,
        });
      else await addCertificationMatter(props.district, body);
      props.onClose(true);
    } catch (error) {
      applyServerError(form, error, language);
    }
  };
  const levels = (values: string[]) =>
    values.map((value) => ({ value, label: lt(`catalogue.level.${value}` as 'catalogue.level.high') }));
  const required = [{ required: true, message: language === 'zh' ? '此项为必填项' : 'Required' }];
  return (
    <Modal
      open={props.open}
      title={props.matter?.name ?? lt('catalogue.newMatter')}
      onOk={save}
      onCancel={() => props.onClose(false)}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={lt('lists.col.name')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="proves" label={lt('catalogue.proves')}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="legalBasis" label={lt('lists.col.legalBasis')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="issuingBody" label={lt('lists.col.issuingBody')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="field" label={lt('lists.col.field')} rules={required}>
          <Select options={matterFields.map((f) => ({ value: f, label: f }))} />
        </Form.Item>
        <Form.Item name="frequency" label={lt('catalogue.frequency')}>
          <Select options={levels(['high', 'medium', 'low'])} />
        </Form.Item>
        <Form.Item name="difficulty" label={lt('catalogue.difficulty')}>
          <Select options={levels(['high', 'medium', 'low'])} />
        </Form.Item>
        <Form.Item name="verifiability" label={lt('catalogue.verifiability')}>
          <Select options={levels(['easy', 'medium', 'hard'])} />
        </Form.Item>
        <Form.Item name="eLicense" label={lt('catalogue.eLicense')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name={['exclusion', 'category']} label={lt('catalogue.exclusion')}>
          <Select
            allowClear
            options={Object.entries(exclusionCategories).map(([value, en]) => ({
              value,
              label: language === 'zh' ? value : en,
            }))}
          />
        </Form.Item>
        {category && (
          <Form.Item name={['exclusion', 'reason']} label={lt('catalogue.exclusionReason')} rules={required}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
          </Form.Item>
        )}
        <Form.Item name="retainedReason" label={lt('catalogue.retainedReason')}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
