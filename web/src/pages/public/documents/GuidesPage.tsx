import { Button, Card, Input, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { Answer } from '../../../api/answers.ts';
import { usePublishedGuides } from '../../../api/documents.ts';
import { formatDate } from '../../../lib/dates.ts';
import { DocumentState, DocumentsShell, useDistrictParam } from './DocumentsShell.tsx';
import { documentPages } from './model.ts';
import { usePublicDocumentTexts } from './texts.ts';

/** DOC-4: a district's published service guides, each as a web page and a PDF. */
export function PublicGuidesPage() {
  const { pt, language } = usePublicDocumentTexts();
  const { code, districts, error } = useDistrictParam();
  const [params, setParams] = useSearchParams();
  const guides = usePublishedGuides(code);
  const query = params.get('q') ?? '';
  const q = query.trim().toLowerCase();
  const all = guides.data ?? [];
  const shown = all.filter((g) => !q || `${g.name}\n${g.title}`.toLowerCase().includes(q));
  return (
    <DocumentsShell section="guides" code={code} districts={districts ?? null}>
      <Typography.Paragraph className="cn-doc-meta" style={{ maxWidth: 900 }}>
        {pt('docs.guides.intro')}
      </Typography.Paragraph>
      <DocumentState
        error={guides.error ?? error}
        loading={!guides.data && !guides.error}
        none="docs.none.guides"
      />
      {guides.data && (
        <Card className="cn-lists-card">
          <search className="cn-lists-control" style={{ maxWidth: 480 }}>
            <label htmlFor="guides-search">{pt('docs.search')}</label>
            <Input
              id="guides-search"
              type="search"
              allowClear
              value={query}
              placeholder={pt('docs.search.guides')}
              onChange={(e) =>
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    if (e.target.value) next.set('q', e.target.value);
                    else next.delete('q');
                    return next;
                  },
                  { replace: true },
                )
              }
            />
          </search>
          <p className="cn-lists-count" aria-live="polite" data-testid="guides-count">
            {pt('docs.shownGuides', { total: all.length, shown: shown.length })}
          </p>
          <Table<Answer<'/api/public/districts/{code}/guides'>[number]>
            rowKey="id"
            size="middle"
            className="cn-lists-table"
            data-testid="guides-table"
            dataSource={shown}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: pt('docs.empty') }}
            columns={[
              {
                title: pt('docs.col.matter'),
                dataIndex: 'name',
                render: (name: string) => <span lang="zh-CN">{name}</span>,
              },
              {
                title: pt('docs.col.title'),
                render: (_v, g) => (
                  <Link to={documentPages.guide(g.id, code)} lang="zh-CN">
                    {g.title}
                  </Link>
                ),
              },
              {
                title: pt('docs.col.version'),
                width: 110,
                render: (_v, g) => pt('docs.versionNo', { version: g.version }),
              },
              {
                title: pt('docs.col.published'),
                width: 150,
                render: (_v, g) => formatDate(g.publishedAt, language),
              },
              {
                title: pt('docs.col.open'),
                width: 190,
                render: (_v, g) => (
                  <Space>
                    <Link to={documentPages.guide(g.id, code)} aria-label={`${pt('docs.html')}：${g.title}`}>
                      {pt('docs.html')}
                    </Link>
                    <Button
                      size="small"
                      href={g.pdfUrl}
                      download
                      aria-label={`${pt('docs.download')}：${g.title}`}
                    >
                      {pt('docs.pdf')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
    </DocumentsShell>
  );
}
