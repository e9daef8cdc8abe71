import { App, Button, Card, Form, Input, Modal, Tag, Tree } from 'antd';
import { useMemo, useState } from 'react';
import type { Answer, Body } from '../../api/answers.ts';
import { addJurisdiction, renameJurisdiction, useJurisdictions } from '../../api/organisation.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { PageTitle } from './PageTitle.tsx';

type Jurisdiction = Answer<'/api/jurisdictions'>[number];

interface TreeNode {
  key: string;
  title: React.ReactNode;
  children: TreeNode[];
}

/** ORG-1: the jurisdiction tree; admins add sub-divisions by official code and rename. */
export function JurisdictionsPage() {
  const { t, language } = useT();
  const { me } = useAuth();
  const { message } = App.useApp();
  const list = useJurisdictions();
  const [editing, setEditing] = useState<{ mode: 'add' | 'rename'; jurisdiction: Jurisdiction } | null>(null);
  const [form] = Form.useForm();
  const tree = useMemo(() => {
    const rows = list.data ?? [];
    const nodes = new Map<string, TreeNode>();
    for (const j of rows) {
      nodes.set(j.code, {
        key: j.code,
        title: (
          <span>
            {j.name} <Tag>{j.code}</Tag>
            <Tag color="blue">{t(`jur.level.${j.level}`)}</Tag>
          </span>
        ),
        children: [],
      });
    }
    const roots: TreeNode[] = [];
    for (const j of rows) {
      const parent = j.parentCode ? nodes.get(j.parentCode) : undefined;
      (parent ? parent.children : roots).push(nodes.get(j.code)!);
    }
    return roots;
  }, [list.data, t]);
  const [selected, setSelected] = useState<string | null>(null);
  const current = list.data?.find((j) => j.code === selected) ?? null;
  const manages = (code: string) => me && code.startsWith(me.jurisdiction.code.replace(/0+$/, ''));
  const save = async (values: { code?: string; name?: string }) => {
    if (!editing) return;
    try {
      if (editing.mode === 'add') await addJurisdiction(values as Body<'/api/jurisdictions'>);
      else
        await renameJurisdiction(editing.jurisdiction.code, {
          name: values.name as string,
          version: editing.jurisdiction.version,
        });
      setEditing(null);
      form.resetFields();
      await list.reload();
      void message.success(t('common.saved'));
    } catch (error) {
      applyServerError(form, error, language);
    }
  };
  return (
    <Card
      title={<PageTitle>{t('jur.title')}</PageTitle>}
      extra={
        current && (
          <span style={{ display: 'flex', gap: 8 }}>
            <Button
              disabled={current.level === 'town' || !manages(current.code)}
              onClick={() => setEditing({ mode: 'add', jurisdiction: current })}
            >
              {t('jur.add')}
            </Button>
            <Button
              disabled={!manages(current.code)}
              onClick={() => {
                form.setFieldsValue({ name: current.name });
                setEditing({ mode: 'rename', jurisdiction: current });
              }}
            >
              {t('jur.rename')}
            </Button>
          </span>
        )
      }
    >
      {tree.length > 0 && (
        <Tree
          treeData={tree}
          defaultExpandAll
          onSelect={(keys) => setSelected((keys[0] as string) ?? null)}
          aria-label={t('jur.title')}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing?.mode === 'add' ? `${t('jur.add')}：${editing.jurisdiction.name}` : t('jur.rename')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save} name="jurisdiction">
          {editing?.mode === 'add' && (
            <Form.Item
              label={t('jur.code')}
              name="code"
              extra={t('jur.codeHelp')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input inputMode="numeric" maxLength={9} />
            </Form.Item>
          )}
          <Form.Item
            label={t('jur.name')}
            name="name"
            rules={editing?.mode === 'rename' ? [{ required: true, message: t('common.required') }] : []}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
