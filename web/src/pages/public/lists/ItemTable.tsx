import type { VerificationClass } from '@common/list-item.ts';
import { Descriptions, Grid, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { usePreferences } from '../../../lib/preferences.tsx';
import { fieldValue, type ListItem, type RetainedProof, verificationLabel } from './model.ts';
import { useListTexts } from './texts.ts';

const colours: Record<VerificationClass, string> = {
  online: 'blue',
  'on-site': 'orange',
  assistance: 'purple',
  exempt: 'green',
};

/** LIST-5's verification class as a tag, with the assisting agency under it. */
export function Verification({ item }: { item: Pick<ListItem, 'verification' | 'assistingAgency'> }) {
  const { tx, language } = useListTexts();
  return (
    <span className="cn-lists-verification">
      <Tag color={colours[item.verification]}>{verificationLabel(item.verification, language)}</Tag>
      {item.assistingAgency && (
        <span className="cn-lists-assisting">
          {tx('detail.assistingAgency')}：<span lang="zh-CN">{item.assistingAgency}</span>
        </span>
      )}
    </span>
  );
}

/** The terms of one item that the government layout leaves out (LIST-5), shown when a row opens. */
function ItemDetail({ item }: { item: ListItem }) {
  const { tx, language } = useListTexts();
  const zh = (text: string) => <span lang="zh-CN">{text}</span>;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      className="cn-lists-detail"
      items={[
        { key: 'proves', label: tx('detail.proves'), children: zh(item.proves), span: { xs: 1, md: 2 } },
        { key: 'field', label: tx('detail.field'), children: zh(item.field) },
        { key: 'kind', label: tx('detail.matterKind'), children: zh(item.administrativeMatterKind) },
        {
          key: 'time',
          label: tx('detail.timeLimit'),
          children: fieldValue('timeLimitWorkingDays', item.timeLimitWorkingDays, language),
        },
        {
          key: 'disclosure',
          label: tx('detail.disclosure'),
          children: fieldValue('disclosure', item.disclosure, language),
        },
        ...(item.assistingAgency
          ? [
              {
                key: 'assisting',
                label: tx('detail.assistingAgency'),
                children: zh(item.assistingAgency),
                span: { xs: 1, md: 2 } as const,
              },
            ]
          : []),
        {
          key: 'standard',
          label: tx('detail.standard'),
          children: zh(item.standard || tx('detail.none')),
          span: { xs: 1, md: 2 },
        },
        {
          key: 'method',
          label: tx('detail.method'),
          children: zh(item.method || tx('detail.none')),
          span: { xs: 1, md: 2 },
        },
      ]}
    />
  );
}

export type ItemTableVariant = 'list' | 'exempt' | 'online' | 'on-site' | 'assistance' | 'disclosure';

/**
 * A list in the column layout governments publish (LIST-8: 序号, 证明名称, 证明用途/办理事项, 设定依据,
 * 开具单位, 实施单位, 核查方式, 备注); a derived list adds the columns its kind is about. A row opens
 * to the item's verification terms.
 */
export function ItemTable({
  items,
  numbers,
  loading,
  variant = 'list',
  opened,
  testId,
}: {
  items: ListItem[];
  /** The key of an item shown opened at first. */
  opened?: string;
  /** Each item's 序号 in the whole list (filtering keeps the published numbering). */
  numbers?: Map<string, number>;
  loading?: boolean;
  variant?: ItemTableVariant;
  testId?: string;
}) {
  const { tx, language } = useListTexts();
  const { careMode } = usePreferences();
  const w = (px: number) => (careMode ? Math.round(px * 1.35) : px);
  const chinese = () => ({ lang: 'zh-CN' });
  const order = numbers ?? new Map(items.map((item, i) => [item.key, i + 1]));
  // On a wide screen the number and name stay in view while the table scrolls sideways (关怀模式).
  const pin = Grid.useBreakpoint().lg ? ('left' as const) : undefined;
  const columns: ColumnsType<ListItem> = [
    {
      key: 'no',
      title: tx('col.no'),
      width: w(64),
      align: 'center',
      fixed: pin,
      className: 'col-no',
      render: (_, item) => order.get(item.key),
    },
    {
      key: 'name',
      title: tx('col.name'),
      dataIndex: 'name',
      width: w(150),
      fixed: pin,
      className: 'col-name',
      onCell: chinese,
      render: (name: string) => <strong>{name}</strong>,
    },
    {
      key: 'matter',
      title: tx('col.matter'),
      dataIndex: 'administrativeMatter',
      width: w(170),
      className: 'col-matter',
      onCell: chinese,
    },
    {
      key: 'legalBasis',
      title: tx('col.legalBasis'),
      dataIndex: 'legalBasis',
      width: w(230),
      className: 'col-legal-basis',
      onCell: chinese,
    },
    {
      key: 'issuingBody',
      title: tx('col.issuingBody'),
      dataIndex: 'issuingBody',
      width: w(130),
      className: 'col-issuing-body',
      onCell: chinese,
    },
    {
      key: 'handlingAgency',
      title: tx('col.handlingAgency'),
      dataIndex: 'handlingAgency',
      width: w(150),
      className: 'col-handling-agency',
      onCell: chinese,
    },
    {
      key: 'verification',
      title: tx('col.verification'),
      width: w(variant === 'assistance' ? 110 : 150),
      className: 'col-verification',
      render: (_, item) =>
        variant === 'assistance' ? (
          <Tag color={colours[item.verification]}>{verificationLabel(item.verification, language)}</Tag>
        ) : (
          <Verification item={item} />
        ),
    },
    ...(variant === 'assistance'
      ? [
          {
            key: 'assistingAgency',
            title: tx('col.assistingAgency'),
            dataIndex: 'assistingAgency',
            width: w(160),
            className: 'col-assisting-agency',
            onCell: chinese,
          },
        ]
      : []),
    ...(variant === 'assistance' || variant === 'online' || variant === 'on-site'
      ? [
          {
            key: 'timeLimit',
            title: tx('col.timeLimit'),
            dataIndex: 'timeLimitWorkingDays',
            width: w(100),
            className: 'col-time-limit',
            render: (days: number) => fieldValue('timeLimitWorkingDays', days, language),
          },
        ]
      : []),
    {
      key: 'remarks',
      title: tx('col.remarks'),
      dataIndex: 'remarks',
      width: w(160),
      className: 'col-remarks',
      onCell: chinese,
    },
  ];
  const width = columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0) + w(48);
  return (
    <Table<ListItem>
      data-testid={testId}
      className="cn-lists-table"
      rowKey="key"
      size="middle"
      bordered
      loading={loading}
      dataSource={items}
      columns={columns}
      scroll={{ x: width }}
      sticky
      pagination={
        items.length > 100
          ? { defaultPageSize: 100, showSizeChanger: true, pageSizeOptions: [50, 100, 200] }
          : false
      }
      expandable={{
        columnTitle: <span className="cn-visually-hidden">{tx('lists.details')}</span>,
        fixed: pin,
        defaultExpandedRowKeys: opened ? [opened] : undefined,
        expandedRowRender: (item) => <ItemDetail item={item} />,
        expandIcon: ({ expanded, onExpand, record }) => (
          <button
            type="button"
            className={`ant-table-row-expand-icon ant-table-row-expand-icon-${expanded ? 'expanded' : 'collapsed'}`}
            aria-expanded={expanded}
            aria-label={tx(expanded ? 'lists.collapseRow' : 'lists.expandRow', {
              no: order.get(record.key) ?? '',
              name: record.name,
            })}
            onClick={(e) => onExpand(record, e)}
          />
        ),
      }}
      locale={{ emptyText: tx('lists.empty') }}
    />
  );
}

/** The 保留清单: proofs kept out of commitment, with why (LIST-4). */
export function RetainedTable({
  items,
  loading,
  testId,
}: {
  items: RetainedProof[];
  loading?: boolean;
  testId?: string;
}) {
  const { tx } = useListTexts();
  const { careMode } = usePreferences();
  const w = (px: number) => (careMode ? Math.round(px * 1.35) : px);
  const chinese = () => ({ lang: 'zh-CN' });
  return (
    <Table<RetainedProof>
      data-testid={testId}
      className="cn-lists-table"
      rowKey="name"
      size="middle"
      bordered
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: w(900) }}
      locale={{ emptyText: tx('lists.empty') }}
      columns={[
        { key: 'no', title: tx('col.no'), width: w(64), align: 'center', render: (_, __, i) => i + 1 },
        {
          key: 'name',
          title: tx('col.name'),
          dataIndex: 'name',
          width: w(180),
          onCell: chinese,
          render: (name: string) => <strong>{name}</strong>,
        },
        {
          key: 'legalBasis',
          title: tx('col.legalBasis'),
          dataIndex: 'legalBasis',
          width: w(260),
          onCell: chinese,
        },
        {
          key: 'issuingBody',
          title: tx('col.issuingBody'),
          dataIndex: 'issuingBody',
          width: w(150),
          onCell: chinese,
        },
        { key: 'reason', title: tx('col.reason'), dataIndex: 'reason', onCell: chinese },
      ]}
    />
  );
}
