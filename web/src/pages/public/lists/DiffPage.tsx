import type { comparedFields } from '@common/list-item.ts';
import { Alert, Button, Card, Col, Empty, Row, Select, Table, Tag, Typography } from 'antd';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useListVersions, useVersionDiff } from '../../../api/lists.ts';
import { formatDate } from '../../../lib/dates.ts';
import { Verification } from './ItemTable.tsx';
import { ListState } from './ListState.tsx';
import { ListsShell } from './ListsShell.tsx';
import { type ChangedItem, fieldValue, type ListItem, listPages, versionParam } from './model.ts';
import { type ListTextKey, useListTexts } from './texts.ts';

/** The label of a compared field (LIST-4 diff), as the government layout names it. */
const fieldLabels: Record<(typeof comparedFields)[number], ListTextKey> = {
  name: 'col.name',
  administrativeMatter: 'col.matter',
  handlingAgency: 'col.handlingAgency',
  issuingBody: 'col.issuingBody',
  legalBasis: 'col.legalBasis',
  field: 'detail.field',
  verification: 'col.verification',
  assistingAgency: 'col.assistingAgency',
  timeLimitWorkingDays: 'detail.timeLimit',
  standard: 'detail.standard',
  method: 'detail.method',
  disclosure: 'detail.disclosure',
  remarks: 'col.remarks',
};

/** Added or removed items, in a compact form of the government layout. */
function ItemsDiffTable({ items, kind }: { items: ListItem[]; kind: 'added' | 'removed' }) {
  const { tx } = useListTexts();
  const chinese = () => ({ lang: 'zh-CN' });
  return (
    <Table<ListItem>
      className={`cn-lists-table cn-diff-table cn-diff-${kind}`}
      rowKey="key"
      size="middle"
      bordered
      pagination={false}
      dataSource={items}
      scroll={{ x: 1000 }}
      columns={[
        {
          key: 'name',
          title: tx('col.name'),
          width: 200,
          onCell: chinese,
          render: (_, item) => (
            <>
              <Tag color={kind === 'added' ? 'green' : 'red'}>
                {tx(kind === 'added' ? 'diff.addedTag' : 'diff.removedTag')}
              </Tag>
              <strong>{item.name}</strong>
            </>
          ),
        },
        {
          key: 'matter',
          title: tx('col.matter'),
          dataIndex: 'administrativeMatter',
          width: 200,
          onCell: chinese,
        },
        {
          key: 'handlingAgency',
          title: tx('col.handlingAgency'),
          dataIndex: 'handlingAgency',
          width: 170,
          onCell: chinese,
        },
        {
          key: 'verification',
          title: tx('col.verification'),
          width: 170,
          render: (_, item) => <Verification item={item} />,
        },
        { key: 'legalBasis', title: tx('col.legalBasis'), dataIndex: 'legalBasis', onCell: chinese },
      ]}
    />
  );
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** A field's value before (struck out, red) or after (inserted, green) a change; nothing is just “none”. */
function ChangedValue({ field, value, side }: { field: string; value: unknown; side: 'from' | 'to' }) {
  const { language } = useListTexts();
  const text = fieldValue(field, value, language);
  if (isEmpty(value)) return <span className="cn-diff-empty">{text}</span>;
  return side === 'from' ? (
    <del className="cn-diff-from" lang="zh-CN">
      {text}
    </del>
  ) : (
    <ins className="cn-diff-to" lang="zh-CN">
      {text}
    </ins>
  );
}

/** One changed item: each changed field from → to. */
function ChangedCard({ item, from, to }: { item: ChangedItem; from: number; to: number }) {
  const { tx } = useListTexts();
  return (
    <Card
      size="small"
      className="cn-diff-changed-card"
      title={
        <span className="cn-diff-changed-title">
          <Tag color="gold">{tx('diff.changedTag')}</Tag>
          <strong lang="zh-CN">{item.name}</strong>
          <span className="cn-diff-changed-matter" lang="zh-CN">
            {item.administrativeMatter}
          </span>
        </span>
      }
    >
      <table className="cn-diff-fields">
        <caption className="cn-visually-hidden">
          {item.name} · {item.administrativeMatter}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cn-diff-field-column">
              {tx('diff.field')}
            </th>
            <th scope="col">{tx('diff.before', { version: from })}</th>
            <th scope="col">{tx('diff.after', { version: to })}</th>
          </tr>
        </thead>
        <tbody>
          {item.changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">
                {fieldLabels[change.field as keyof typeof fieldLabels]
                  ? tx(fieldLabels[change.field as keyof typeof fieldLabels])
                  : change.field}
              </th>
              <td>
                <ChangedValue field={change.field} value={change.from} side="from" />
              </td>
              <td>
                <ChangedValue field={change.field} value={change.to} side="to" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** LIST-4: what changed between two versions — added (green), removed (red), changed field by field. */
export function DiffPage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { tx, language } = useListTexts();
  const versions = useListVersions(code);
  const list = versions.data ?? [];
  const from = versionParam(params.get('from'));
  const to = versionParam(params.get('to'));
  const ready = from !== undefined && to !== undefined && from !== to;
  // Asked only when `ready`, that is with both versions.
  const diff = useVersionDiff(code, { from: from as number, to: to as number }, { enabled: ready });
  const data = ready && diff.data?.from.version === from && diff.data?.to.version === to ? diff.data : null;

  if (versions.data && list.length > 1 && (from === undefined || to === undefined))
    return <Navigate to={listPages.diff(code, from ?? list[1]!.version, to ?? list[0]!.version)} replace />;

  const choose = (nextFrom: number | undefined, nextTo: number | undefined) =>
    navigate(listPages.diff(code, nextFrom, nextTo), { replace: true });
  const options = list.map((v) => ({
    value: v.version,
    label: tx('lists.versionOption', { version: v.version, date: formatDate(v.publishedOn, language) }),
  }));
  const dateOf = (version: number) => {
    const v = list.find((x) => x.version === version);
    return v ? formatDate(v.publishedOn, language) : '';
  };

  return (
    <ListsShell code={code} section="diff">
      <Card className="cn-lists-card">
        <Typography.Title level={2} className="cn-lists-h2">
          {tx('diff.title')}
        </Typography.Title>
        <ListState error={versions.error} loading={versions.loading && !versions.data} />
        {versions.data && list.length < 2 && (
          <Typography.Paragraph type="secondary">{tx('versions.onlyOne')}</Typography.Paragraph>
        )}
        {list.length > 1 && (
          <Row gutter={[16, 12]} align="bottom" className="cn-lists-filters">
            <Col xs={24} sm={10} lg={7}>
              <div className="cn-lists-control">
                <label htmlFor="diff-from">{tx('diff.from')}</label>
                <Select
                  id="diff-from"
                  value={from}
                  options={options}
                  onChange={(v: number) => choose(v, to)}
                />
              </div>
            </Col>
            <Col xs={24} sm={10} lg={7}>
              <div className="cn-lists-control">
                <label htmlFor="diff-to">{tx('diff.to')}</label>
                <Select id="diff-to" value={to} options={options} onChange={(v: number) => choose(from, v)} />
              </div>
            </Col>
            <Col xs={24} sm={4} lg={3}>
              <Button block onClick={() => choose(to, from)}>
                {tx('diff.swap')}
              </Button>
            </Col>
          </Row>
        )}
        {list.length > 1 && from !== undefined && from === to && (
          <Alert type="warning" showIcon title={tx('diff.same')} className="cn-lists-alert" />
        )}
      </Card>
      {ready && <ListState error={diff.error} loading={diff.loading && !data} />}
      {data && (
        <>
          <Card className="cn-lists-card">
            <Typography.Title level={2} className="cn-lists-h2" data-testid="diff-heading">
              {tx('diff.heading', {
                from: data.from.version,
                fromDate: dateOf(data.from.version),
                to: data.to.version,
                toDate: dateOf(data.to.version),
              })}
            </Typography.Title>
            <ul className="cn-diff-summary" aria-label={tx('diff.title')}>
              <li className="cn-diff-stat cn-diff-stat-added">
                <span className="cn-diff-stat-number">{data.added.length}</span>
                {tx('diff.added')}
              </li>
              <li className="cn-diff-stat cn-diff-stat-removed">
                <span className="cn-diff-stat-number">{data.removed.length}</span>
                {tx('diff.removed')}
              </li>
              <li className="cn-diff-stat cn-diff-stat-changed">
                <span className="cn-diff-stat-number">{data.changed.length}</span>
                {tx('diff.changed')}
              </li>
              <li className="cn-diff-stat">
                <span className="cn-diff-stat-number">{data.unchanged}</span>
                {tx('diff.unchanged')}
              </li>
            </ul>
          </Card>
          <Card className="cn-lists-card">
            <section aria-labelledby="diff-added-title" data-testid="diff-added">
              <Typography.Title level={3} className="cn-lists-h3" id="diff-added-title">
                {tx('lists.withCount', { label: tx('diff.added'), count: data.added.length })}
              </Typography.Title>
              {data.added.length > 0 ? (
                <ItemsDiffTable items={data.added} kind="added" />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tx('diff.noneAdded')} />
              )}
            </section>
            <section aria-labelledby="diff-removed-title" data-testid="diff-removed">
              <Typography.Title level={3} className="cn-lists-h3" id="diff-removed-title">
                {tx('lists.withCount', { label: tx('diff.removed'), count: data.removed.length })}
              </Typography.Title>
              {data.removed.length > 0 ? (
                <ItemsDiffTable items={data.removed} kind="removed" />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tx('diff.noneRemoved')} />
              )}
            </section>
            <section aria-labelledby="diff-changed-title" data-testid="diff-changed">
              <Typography.Title level={3} className="cn-lists-h3" id="diff-changed-title">
                {tx('lists.withCount', { label: tx('diff.changed'), count: data.changed.length })}
              </Typography.Title>
              {data.changed.length > 0 ? (
                data.changed.map((item) => (
                  <ChangedCard key={item.key} item={item} from={data.from.version} to={data.to.version} />
                ))
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tx('diff.noneChanged')} />
              )}
            </section>
          </Card>
        </>
      )}
    </ListsShell>
  );
}
