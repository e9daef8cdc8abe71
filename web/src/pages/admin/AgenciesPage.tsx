import { agencyKinds } from '@common/agency-kinds.ts';
import { App, Button, Card, Form, Input, Modal, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Answer, Body } from '../../api/answers.ts';
import { createAgency, updateAgency, useAgencies, useJurisdictions } from '../../api/organisation.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { PageTitle } from './PageTitle.tsx';

type Agency = Answer<'/api/agencies'>[number];

/** ORG-1/2: the agencies of the admin's jurisdiction. */
export function AgenciesPage() {
  const { t, language } = useT();
  const { message } = App.useApp();
  const agencies = useAgencies();
  const jurisdictions = useJurisdictions();
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const [form] = Form.useForm();
  const jurisdictionName = (code: string) => jurisdictions.data?.find((j) => j.code === code)?.name ?? code;
  const kindOptions = Object.entries(agencyKinds).map(([value, label]) => ({
    value,
    label: label[language],
  }));
  const save = async (values: Record<string, unknown>) => {
    try {
      if (editing === 'new') await createAgency(values as Body<'/api/agencies'>);
      else if (editing)
        await updateAgency(editing.id, {
          ...values,
          version: editing.version,
        } as Body<'/api/agencies/{id}', 'put'>);
      setEditing(null);
      await agencies.reload();
      void message.success(t('common.saved'));
    } catch (error) {
      applyServerError(form, error, language);
    }
  };
  return (
    <Card
      title={<PageTitle>{t('agency.title')}</PageTitle>}
      extra={
        <Button
          type="primary"
          onClick={() => {
            form.resetFields();
            setEditing('new');
          }}
        >
          {t('common.create')}
        </Button>
      }
    >
      <Table<Agency>
        rowKey="id"
        loading={agencies.loading}
        dataSource={agencies.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('agency.name'), dataIndex: 'name' },
          { title: t('agency.shortName'), dataIndex: 'shortName' },
          {
            title: t('agency.kind'),
            dataIndex: 'kind',
            render: (k: string) => agencyKinds[k as keyof typeof agencyKinds]?.[language] ?? k,
          },
          { title: t('agency.jurisdiction'), dataIndex: 'jurisdictionCode', render: jurisdictionName },
          {
            title: t('common.status'),
            dataIndex: 'active',
            render: (active: boolean) => (
              <Tag color={active ? 'green' : 'default'}>
                {t(active ? 'common.active' : 'common.inactive')}
              </Tag>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, agency) => (
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue(agency);
                  setEditing(agency);
                }}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('common.create') : t('common.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save} name="agency" initialValues={{ active: true }}>
          {editing === 'new' && (
            <Form.Item
              label={t('agency.jurisdiction')}
              name="jurisdictionCode"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={(jurisdictions.data ?? []).map((j) => ({
                  value: j.code,
                  label: `${j.name}（${j.code}）`,
                }))}
              />
            </Form.Item>
          )}
          <Form.Item
            label={t('agency.name')}
            name="name"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item
            label={t('agency.shortName')}
            name="shortName"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            label={t('agency.kind')}
            name="kind"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select showSearch optionFilterProp="label" options={kindOptions} />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item label={t('common.active')} name="active" valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
