import { Space, Table } from 'antd';
import { formatDateTime } from '../../lib/dates.ts';
import { useDocumentTexts } from './texts.ts';
import type { PublishedVersion } from './types.ts';

/** The versions of a text or guide published so far, newest first, each open to the public. */
export function VersionsTable({
  versions,
  html,
  pdf,
}: {
  versions: PublishedVersion[];
  html: (v: PublishedVersion) => string;
  pdf: (v: PublishedVersion) => string;
}) {
  const { dt, language } = useDocumentTexts();
  const withBy = versions.some((v) => v.publishedBy);
  return (
    <Table<PublishedVersion>
      rowKey="id"
      size="small"
      data-testid="versions"
      dataSource={versions}
      pagination={false}
      locale={{ emptyText: dt('common.noVersion') }}
      columns={[
        {
          title: dt('common.versions'),
          width: 120,
          render: (_v, v) => dt('common.version', { n: v.versionNo }),
        },
        {
          title: dt('common.publishedAt'),
          width: 180,
          render: (_v, v) => formatDateTime(v.publishedAt, language),
        },
        ...(withBy ? [{ title: dt('common.publishedBy'), dataIndex: 'publishedBy', width: 120 }] : []),
        {
          title: '',
          render: (_v, v) => (
            <Space size={16}>
              <a href={html(v)} target="_blank" rel="noopener">
                {dt('common.viewHtml')}
              </a>
              <a href={pdf(v)} target="_blank" rel="noopener">
                {dt('common.viewPdf')}
              </a>
            </Space>
          ),
        },
      ]}
    />
  );
}
