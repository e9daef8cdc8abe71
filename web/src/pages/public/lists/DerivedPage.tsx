import { type DerivedListKind, derivedListKindIds, derivedListKinds } from '@common/derived-lists.ts';
import { Card, Tabs, Typography } from 'antd';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useDerivedList, workbooks } from '../../../api/lists.ts';
import { formatDate } from '../../../lib/dates.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { ItemTable, RetainedTable } from './ItemTable.tsx';
import { ListState } from './ListState.tsx';
import { ListsShell } from './ListsShell.tsx';
import { type ListItem, listPages, type RetainedProof, versionParam } from './model.ts';
import { type ListTextKey, useListTexts } from './texts.ts';

const isKind = (kind: string): kind is DerivedListKind => (derivedListKindIds as string[]).includes(kind);

/** One derived list of the version in force (or ?version=N), with its .xlsx. */
function DerivedPanel({ code, kind, version }: { code: string; kind: DerivedListKind; version?: number }) {
  const { tx, language } = useListTexts();
  const derived = useDerivedList(code, kind, version);
  const data = derived.data?.kind === kind ? derived.data : null;
  return (
    <section aria-labelledby={`derived-${kind}-title`} data-testid={`derived-${kind}`}>
      <div className="cn-lists-summary">
        <div className="cn-lists-summary-main">
          <Typography.Title level={2} className="cn-lists-h2" id={`derived-${kind}-title`}>
            {language === 'zh' ? (data?.title ?? derivedListKinds[kind].zh) : derivedListKinds[kind].en}
          </Typography.Title>
          {language === 'en' && data && (
            <Typography.Paragraph type="secondary" lang="zh-CN">
              {data.title}
            </Typography.Paragraph>
          )}
          <Typography.Paragraph>{tx(`derived.desc.${kind}` as ListTextKey)}</Typography.Paragraph>
          {data && (
            <Typography.Paragraph type="secondary">
              {tx('derived.basedOn', { version: data.version, date: formatDate(data.publishedOn, language) })}
              {' · '}
              {tx('lists.count', { count: data.items.length })}
            </Typography.Paragraph>
          )}
        </div>
        {data && (
          <div className="cn-lists-summary-actions">
            <DownloadButton
              href={workbooks.derived(code, kind, data.version)}
              title={data.title}
              testId={`derived-${kind}-download`}
            />
          </div>
        )}
      </div>
      <ListState error={derived.error} loading={derived.loading && !data} />
      {data &&
        (kind === 'retained' ? (
          <RetainedTable
            items={data.items as RetainedProof[]}
            loading={derived.loading}
            testId="derived-table"
          />
        ) : (
          <ItemTable
            items={data.items as ListItem[]}
            variant={kind}
            loading={derived.loading}
            testId="derived-table"
          />
        ))}
    </section>
  );
}

/** LIST-5: the exempt, online, assistance and disclosure lists, and the 保留清单, one tab each. */
export function DerivedPage() {
  const { code = '', kind = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { tx, language } = useListTexts();
  const version = versionParam(params.get('version'));
  if (!isKind(kind)) return <Navigate to={listPages.derived(code)} replace />;
  return (
    <ListsShell code={code} section="derived">
      <Card className="cn-lists-card">
        <Typography.Paragraph>{tx('derived.intro')}</Typography.Paragraph>
        <Tabs
          aria-label={tx('derived.kinds')}
          activeKey={kind}
          destroyOnHidden
          onChange={(next) => navigate(listPages.derived(code, next as DerivedListKind, version))}
          items={derivedListKindIds.map((k) => ({
            key: k,
            label: derivedListKinds[k][language],
            children: k === kind ? <DerivedPanel code={code} kind={k} version={version} /> : null,
          }))}
        />
      </Card>
    </ListsShell>
  );
}
