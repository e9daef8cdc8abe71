import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Answer, Body } from '../../api/answers.ts';
import {
  createUser,
  resetPassword,
  updateUser,
  useAgencies,
  useJurisdictions,
  useUsers,
} from '../../api/organisation.ts';
import type { Role } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { PageTitle } from './PageTitle.tsx';

type User = Answer<'/api/users'>[number];

const roles: Role[] = [
  'case-officer',
  'verifier',
  'assisting-officer',
  'regulator',
  'justice-officer',
  'credit-officer',
  'data-officer',
  'auditor',
  'admin',
];

/** ORG-2: accounts, their role and the jurisdiction and agency they act for. */
export function UsersPage() {
  const { t, language } = useT();
  const { message } = App.useApp();
  const users = useUsers();
  const jurisdictions = useJurisdictions();
  const agencies = useAgencies();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [form] = Form.useForm();
  const [resetForm] = Form.useForm();
  const jurisdictionCode: string | undefined = Form.useWatch('jurisdictionCode', form);
  const aboveCounty = jurisdictionCode !== undefined && /^\d{2}(0000|\d{2}00)$/.test(jurisdictionCode);
  const nameOf = (code: string) => jurisdictions.data?.find((j) => j.code === code)?.name ?? code;
  const agencyName = (id: string | null) => (id ? (agencies.data?.find((a) => a.id === id)?.name ?? '') : '');
  const required = { required: true, message: t('common.required') };
  const save = async (values: Record<string, unknown>) => {
    const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    try {
      if (editing === 'new') await createUser(body as Body<'/api/users'>);
      else if (editing)
        await updateUser(editing.id, {
          agencyId: null,
          phone: null,
          ...body,
          version: editing.version,
        } as Body<'/api/users/{id}', 'put'>);
      setEditing(null);
      await users.reload();
      void message.success(t('common.saved'));
    } catch (error) {
      applyServerError(form, error, language);
    }
  };
  return (
    <Card
      title={<PageTitle>{t('user.title')}</PageTitle>}
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
      <Table<User>
        rowKey="id"
        loading={users.loading}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('user.username'), dataIndex: 'username' },
          { title: t('user.displayName'), dataIndex: 'displayName' },
          {
            title: t('user.role'),
            dataIndex: 'role',
            render: (r: Role) => <Tag color="gold">{t(`role.${r}`)}</Tag>,
          },
          { title: t('user.jurisdiction'), dataIndex: 'jurisdictionCode', render: nameOf },
          { title: t('user.agency'), dataIndex: 'agencyId', render: agencyName },
          {
            title: t('common.status'),
            dataIndex: 'active',
            render: (a: boolean) => (
              <Tag color={a ? 'green' : 'default'}>{t(a ? 'common.active' : 'common.inactive')}</Tag>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, user) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    form.setFieldsValue({
                      ...user,
                      agencyId: user.agencyId ?? undefined,
                      phone: user.phone ?? undefined,
                    });
                    setEditing(user);
                  }}
                >
                  {t('common.edit')}
                </Button>
                {user.role !== 'applicant' && (
                  <Button
                    size="small"
                    onClick={() => {
                      resetForm.resetFields();
                      setResetting(user);
                    }}
                  >
                    {t('user.resetPassword')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('common.create') : `${t('common.edit')}：${editing?.username ?? ''}`}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save} name="user" initialValues={{ active: true }}>
          {editing === 'new' && (
            <Form.Item
              label={t('user.username')}
              name="username"
              extra={t('register.usernameHelp')}
              rules={[required]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item label={t('user.displayName')} name="displayName" rules={[required]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label={t('user.role')} name="role" rules={[required]}>
            <Select
              options={(editing !== 'new' && editing?.role === 'applicant'
                ? ['applicant' as Role]
                : roles
              ).map((r) => ({ value: r, label: t(`role.${r}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('user.jurisdiction')} name="jurisdictionCode" rules={[required]}>
            <Select
              showSearch
              optionFilterProp="label"
              onChange={() => form.setFieldsValue({ agencyId: undefined })}
              options={(jurisdictions.data ?? []).map((j) => ({
                value: j.code,
                label: `${j.name}（${j.code}）`,
              }))}
            />
          </Form.Item>
          <Form.Item label={t('user.agency')} name="agencyId">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={(agencies.data ?? [])
                .filter((a) => a.jurisdictionCode === jurisdictionCode && a.active)
                .map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
          {aboveCounty && (
            <Form.Item label={t('user.district')} name="districtCode" extra={t('user.districtHelp')}>
              <Select
                allowClear
                options={(jurisdictions.data ?? [])
                  .filter((j) => j.level === 'county')
                  .map((j) => ({ value: j.code, label: j.name }))}
              />
            </Form.Item>
          )}
          <Form.Item
            label={t('user.phone')}
            name="phone"
            rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('user.phone') }]}
          >
            <Input inputMode="tel" />
          </Form.Item>
          {editing === 'new' ? (
            <Form.Item
              label={t('user.password')}
              name="password"
              extra={t('user.passwordHelp')}
              rules={[required]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          ) : (
            <Form.Item label={t('common.active')} name="active" valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={resetting !== null}
        title={`${t('user.resetPassword')}：${resetting?.username ?? ''}`}
        onCancel={() => setResetting(null)}
        onOk={() => resetForm.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form
          form={resetForm}
          layout="vertical"
          name="reset"
          onFinish={async ({ password }) => {
            try {
              await resetPassword(resetting?.id as string, { password });
              setResetting(null);
              void message.success(t('user.resetDone'));
            } catch (error) {
              applyServerError(resetForm, error, language);
            }
          }}
        >
          <Form.Item
            label={t('user.newPassword')}
            name="password"
            extra={t('register.passwordHelp')}
            rules={[required]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
