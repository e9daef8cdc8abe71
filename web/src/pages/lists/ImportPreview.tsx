import { Alert, Collapse, Table, Typography } from 'antd';
import type { Answer } from '../../api/answers.ts';
import { useListTexts } from './texts.ts';

type Preview = Answer<'/api/lists/{code}/imports/preview', 'post'>;
type Row = Preview['added'][number];

/** What an import would change, in the terms of a version diff (LIST-4): added, removed, changed rows. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const { lt } = useListTexts();
  const rows = (data: Row[]) => (
    <Table<Row>
      size="small"
      pagination={false}
      rowKey={(r) => `${r.name}/${r.administrativeMatter}/${r.handlingAgency}`}
      dataSource={data}
      columns={[
        { title: lt('lists.import.col.name'), dataIndex: 'name' },
        { title: lt('lists.import.col.matter'), dataIndex: 'administrativeMatter' },
        { title: lt('lists.import.col.agency'), dataIndex: 'handlingAgency' },
      ]}
    />
  );
  const sections = [
    { key: 'added', label: lt('lists.import.added', { n: preview.added.length }), rows: preview.added },
    {
      key: 'removed',
      label: lt('lists.import.removed', { n: preview.removed.length }),
      rows: preview.removed,
    },
    {
      key: 'changed',
      label: lt('lists.import.changed', { n: preview.changed.length }),
      rows: preview.changed,
    },
  ].filter((s) => s.rows.length > 0);
  return (
    <>
      <Alert
        type={preview.publishes ? 'warning' : 'info'}
        showIcon
        title={
          preview.publishes
            ? lt('lists.import.previewPublish', {
                added: preview.added.length,
                removed: preview.removed.length,
                changed: preview.changed.length,
                unchanged: preview.unchanged,
              })
            : lt('lists.import.previewDraft', { n: preview.rows })
        }
      />
      {sections.length > 0 ? (
        <Collapse
          style={{ marginTop: 12 }}
          defaultActiveKey={sections.map((s) => s.key)}
          items={sections.map((s) => ({ key: s.key, label: s.label, children: rows(s.rows) }))}
        />
      ) : (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {lt('lists.import.nothingChanges')}
        </Typography.Paragraph>
      )}
    </>
  );
}
