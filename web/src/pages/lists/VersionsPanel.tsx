import { Space, Table } from 'antd';
import { formatDate } from '../../lib/dates.ts';
import { useListTexts } from './texts.ts';
import type { Workspace } from './types.ts';

/** LIST-4: the versions published so far, each open to the public and downloadable (LIST-8). */
export function VersionsPanel({ workspace }: { workspace: Workspace }) {
  const { lt, language } = useListTexts();
  const base = `/api/public/districts/${workspace.code}`;
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={workspace.versions}
      pagination={false}
      columns={[
        { title: lt('lists.version.no'), dataIndex: 'versionNo', width: 80 },
        {
          title: lt('lists.version.date'),
          dataIndex: 'publishedOn',
          width: 130,
          render: (day: string) => formatDate(day, language),
        },
        { title: lt('lists.version.by'), dataIndex: 'publishedBy', width: 100 },
        { title: lt('lists.version.items'), dataIndex: 'itemCount', width: 80 },
        { title: lt('lists.version.note'), dataIndex: 'note', ellipsis: true },
        {
          title: '',
          width: 200,
          render: (_v, v) => (
            <Space>
              <a href={`/public/lists/${workspace.code}?version=${v.versionNo}`}>
                {lt('lists.version.view')}
              </a>
              <a href={`${base}/list?version=${v.versionNo}&format=xlsx`} download>
                {lt('lists.version.xlsx')}
              </a>
            </Space>
          ),
        },
      ]}
    />
  );
}
