import { Alert, App, Button, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { addDraftItem, amendDraftItem, publishVersion, removeDraftItem } from '../../api/lists.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { ItemForm, type ItemValues } from './ItemForm.tsx';
import { OpinionTag } from './OpinionTag.tsx';
import { useListTexts } from './texts.ts';
import type { DraftItem, Workspace } from './types.ts';
import { VerificationTag } from './VerificationTag.tsx';

/** The draft of a list: edit items (LIST-1, LIST-5) and publish it as a version (LIST-4). */
export function DraftPanel({
  workspace,
  district,
  reload,
}: {
  workspace: Workspace;
  district: string;
  reload: () => Promise<void>;
}) {
  const { lt, language } = useListTexts();
  const { t } = useT();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<DraftItem | 'new' | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [note, setNote] = useState('');
  const [search, setSearch] = useState('');
  const code = workspace.code;
  const save = async (values: ItemValues) => {
    if (editing === 'new') await addDraftItem(code, values);
    else if (editing) await amendDraftItem(code, editing.id, { ...values, revision: editing.revision });
    setEditing(null);
    void message.success(language === 'zh' ? '已保存' : 'Saved');
    await reload();
  };
  const remove = async (item: DraftItem) => {
    try {
      await removeDraftItem(code, item.id, item.revision);
      await reload();
    } catch (error) {
      void message.error(applyServerError(null, error, language));
      await reload();
    }
  };
  const publish = async () => {
    try {
      const version = await publishVersion(code, { draftRevision: workspace.draftRevision, note });
      setPublishing(false);
      setNote('');
      void message.success(lt('lists.published', { n: version.versionNo }));
      await reload();
    } catch (error) {
      void message.error(applyServerError(null, error, language));
    }
  };
  const shown = workspace.draft.filter((i) =>
    [i.name, i.administrativeMatter, i.handlingAgency].some((v) => v.includes(search.trim())),
  );
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Alert
            type={workspace.unpublishedChanges ? 'warning' : 'success'}
            showIcon
            title={workspace.unpublishedChanges ? lt('lists.unpublished') : lt('lists.upToDate')}
            style={{ padding: '4px 12px' }}
          />
          <Input.Search
            allowClear
            aria-label={lt('lists.col.name')}
            placeholder={`${lt('lists.col.name')} / ${lt('lists.col.matter')} / ${lt('lists.col.agency')}`}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 320 }}
          />
        </Space>
        {workspace.keeps && (
          <Space>
            <Button onClick={() => setEditing('new')}>{lt('lists.addItem')}</Button>
            <Button
              type="primary"
              disabled={!workspace.unpublishedChanges}
              onClick={() => setPublishing(true)}
            >
              {lt('lists.publish')}
            </Button>
          </Space>
        )}
      </Space>
      <Table<DraftItem>
        rowKey="id"
        size="small"
        dataSource={shown}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        expandable={{
          expandedRowRender: (i) => (
            <dl className="item-terms">
              <dt>{lt('lists.col.legalBasis')}</dt>
              <dd>{i.legalBasis}</dd>
              <dt>{lt('lists.col.issuingBody')}</dt>
              <dd>{i.issuingBody}</dd>
              <dt>{lt('lists.col.standard')}</dt>
              <dd>{i.standard || '—'}</dd>
              <dt>{lt('lists.col.method')}</dt>
              <dd>{i.method || '—'}</dd>
              <dt>{lt('lists.col.remarks')}</dt>
              <dd>{i.remarks || '—'}</dd>
            </dl>
          ),
        }}
        columns={[
          { title: lt('lists.col.no'), render: (_v, _i, n) => n + 1, width: 60 },
          { title: lt('lists.col.name'), dataIndex: 'name' },
          { title: lt('lists.col.matter'), dataIndex: 'administrativeMatter' },
          { title: lt('lists.col.agency'), dataIndex: 'handlingAgency' },
          {
            title: lt('lists.col.verification'),
            render: (_v, i) => (
              <>
                <VerificationTag value={i.verification} assisting={i.assistingAgency} />
                {i.verification === 'exempt' && i.industryRegulator && (
                  <div>
                    {t('exemptions.regulator')}：{i.industryRegulator}{' '}
                    <OpinionTag opinion={i.regulatorOpinion} brief />
                  </div>
                )}
              </>
            ),
          },
          { title: lt('lists.col.timeLimit'), dataIndex: 'timeLimitWorkingDays', width: 90 },
          {
            title: lt('lists.col.disclosure'),
            render: (_v, i) =>
              i.disclosure ? <Tag color="cyan">{language === 'zh' ? '公开' : 'Public'}</Tag> : '—',
          },
          {
            title: lt('lists.col.origin'),
            render: (_v, i) =>
              i.sourceItemKey ? (
                <Tag>{lt('lists.origin.claimed')}</Tag>
              ) : (
                <Tag color="gold">{lt('lists.origin.local')}</Tag>
              ),
          },
          ...(workspace.keeps
            ? [
                {
                  title: language === 'zh' ? '操作' : 'Actions',
                  render: (_v: unknown, i: DraftItem) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(i)}>
                        {lt('lists.editItem')}
                      </Button>
                      <Popconfirm
                        title={lt('lists.removeConfirm', { name: i.name })}
                        onConfirm={() => remove(i)}
                      >
                        <Button size="small" danger>
                          {lt('lists.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ItemForm
        open={editing !== null}
        title={editing === 'new' ? lt('lists.addItem') : lt('lists.editItem')}
        district={district}
        initial={editing === 'new' ? null : editing}
        onSubmit={save}
        onCancel={() => setEditing(null)}
      />
      <Modal
        open={publishing}
        title={lt('lists.publish')}
        onOk={publish}
        onCancel={() => setPublishing(false)}
        okText={lt('lists.publish')}
      >
        <p>{lt('lists.publishConfirm')}</p>
        <label htmlFor="publish-note">{lt('lists.publishNote')}</label>
        <Input.TextArea
          id="publish-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </>
  );
}
