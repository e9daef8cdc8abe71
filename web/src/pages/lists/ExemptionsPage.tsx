import { Alert, App, Button, Card, Form, Input, Modal, Space, Table } from 'antd';
import { useState } from 'react';
import type { Answer } from '../../api/answers.ts';
import { recordRegulatorOpinion, useExemptions } from '../../api/lists.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { OpinionTag } from './OpinionTag.tsx';

type Exemption = Answer<'/api/lists/exemptions'>[number];

/**
 * VER-5: exempt items whose industry regulator is not the handling agency. The regulator named agrees
 * or disagrees with a written opinion; the justice bureau sees what still waits before publishing.
 */
export function ExemptionsPage() {
  const { t, language } = useT();
  const { message } = App.useApp();
  const exemptions = useExemptions();
  const [open, setOpen] = useState<{ row: Exemption; agrees: boolean } | null>(null);
  const [form] = Form.useForm<{ opinion: string }>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!open) return;
    const { opinion } = await form.validateFields();
    setSaving(true);
    try {
      await recordRegulatorOpinion(open.row.listCode, open.row.rowId, { agrees: open.agrees, opinion });
      void message.success(t('exemptions.recorded'));
      setOpen(null);
      form.resetFields();
    } catch (error) {
      void message.error(applyServerError(form, error, language));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={<PageTitle>{t('exemptions.title')}</PageTitle>}>
      <Alert type="info" showIcon message={t('exemptions.intro')} style={{ marginBottom: 16 }} />
      <Table<Exemption>
        rowKey="rowId"
        size="small"
        loading={exemptions.loading}
        dataSource={exemptions.data ?? []}
        locale={{ emptyText: t('exemptions.empty') }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('exemptions.list'), render: (_v, r) => r.listTitle },
          { title: t('exemptions.proof'), dataIndex: 'name' },
          { title: t('exemptions.matter'), dataIndex: 'administrativeMatter' },
          { title: t('exemptions.handlingAgency'), dataIndex: 'handlingAgency' },
          { title: t('exemptions.regulator'), dataIndex: 'industryRegulator' },
          {
            title: t('exemptions.opinion'),
            render: (_v, r) => <OpinionTag opinion={r.regulatorOpinion} />,
          },
          {
            title: '',
            render: (_v, r) => (
              <Space>
                {r.allowedActions.includes('agree') && (
                  <Button size="small" type="primary" onClick={() => setOpen({ row: r, agrees: true })}>
                    {t('exemptions.agree')}
                  </Button>
                )}
                {r.allowedActions.includes('disagree') && (
                  <Button size="small" danger onClick={() => setOpen({ row: r, agrees: false })}>
                    {t('exemptions.disagree')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={open !== null}
        title={
          open &&
          t(open.agrees ? 'exemptions.modalAgree' : 'exemptions.modalDisagree', {
            name: `${open.row.name}（${open.row.administrativeMatter}）`,
          })
        }
        okText={open && t(open.agrees ? 'exemptions.agree' : 'exemptions.disagree')}
        okButtonProps={{ danger: open ? !open.agrees : false }}
        confirmLoading={saving}
        onOk={save}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="opinion"
            label={t('exemptions.opinionText')}
            rules={[{ required: true, whitespace: true, message: t('exemptions.opinionRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
