import { Button, Card, Col, Empty, Input, Radio, Row, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { usePublishedTexts } from '../../../api/documents.ts';
import { formatDate } from '../../../lib/dates.ts';
import { DocumentState, DocumentsShell, useDistrictParam } from './DocumentsShell.tsx';
import { documentPages, type PublishedText, type TextKind } from './model.ts';
import { usePublicDocumentTexts } from './texts.ts';

interface Group {
  matter: string;
  items: { itemId: string; itemName: string; texts: Partial<Record<TextKind, PublishedText>> }[];
}

/** Published texts grouped by administrative matter, then by proof, notice before commitment. */
function groupTexts(texts: PublishedText[]): Group[] {
  const groups: Group[] = [];
  for (const text of texts) {
    let group = groups.find((g) => g.matter === text.administrativeMatter);
    if (!group) {
      group = { matter: text.administrativeMatter, items: [] };
      groups.push(group);
    }
    let item = group.items.find((i) => i.itemId === text.itemId);
    if (!item) {
      item = { itemId: text.itemId, itemName: text.itemName, texts: {} };
      group.items.push(item);
    }
    item.texts[text.kind] = text;
  }
  return groups;
}

const kinds: TextKind[] = ['notice', 'commitment'];

/**
 * DOC-2, DOC-3: a district's published notices and commitments for anyone to read, download and print,
 * searchable by matter or proof and grouped by administrative matter.
 */
export function PublicTextsPage() {
  const { pt, language } = usePublicDocumentTexts();
  const { code, districts, error } = useDistrictParam();
  const [params, setParams] = useSearchParams();
  const texts = usePublishedTexts(code);
  const query = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind: TextKind | 'all' = kindParam === 'notice' || kindParam === 'commitment' ? kindParam : 'all';
  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const q = query.trim().toLowerCase();
  const shown = (texts.data ?? []).filter(
    (t) =>
      (kind === 'all' || t.kind === kind) &&
      (!q || `${t.administrativeMatter}\n${t.itemName}`.toLowerCase().includes(q)),
  );
  const groups = groupTexts(shown);
  const itemCount = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <DocumentsShell section="texts" code={code} districts={districts ?? null}>
      <Typography.Paragraph className="cn-doc-meta" style={{ maxWidth: 900 }}>
        {pt('docs.texts.intro')}
      </Typography.Paragraph>
      <DocumentState
        error={texts.error ?? error}
        loading={!texts.data && !texts.error}
        none="docs.none.texts"
      />
      {texts.data && (
        <>
          <Card className="cn-lists-card">
            <Row gutter={[16, 12]} align="bottom" role="search">
              <Col xs={24} md={12}>
                <div className="cn-lists-control">
                  <label htmlFor="docs-search">{pt('docs.search')}</label>
                  <Input
                    id="docs-search"
                    type="search"
                    allowClear
                    value={query}
                    placeholder={pt('docs.search.texts')}
                    onChange={(e) => setParam('q', e.target.value)}
                  />
                </div>
              </Col>
              <Col xs={24} md={12}>
                <div className="cn-lists-control">
                  <span id="docs-kind-label" className="cn-doc-label">
                    {pt('docs.kind')}
                  </span>
                  <Radio.Group
                    aria-labelledby="docs-kind-label"
                    optionType="button"
                    value={kind}
                    onChange={(e) => setParam('kind', e.target.value === 'all' ? undefined : e.target.value)}
                    options={[
                      { value: 'all', label: pt('docs.kind.all') },
                      { value: 'notice', label: pt('docs.kind.notice') },
                      { value: 'commitment', label: pt('docs.kind.commitment') },
                    ]}
                  />
                </div>
              </Col>
            </Row>
            <p className="cn-lists-count" aria-live="polite" data-testid="texts-count">
              {pt('docs.shownTexts', { matters: groups.length, items: itemCount, texts: shown.length })}
            </p>
          </Card>
          {groups.length === 0 && <Empty description={pt('docs.empty')} />}
          {groups.map((group) => (
            <Card
              key={group.matter}
              className="cn-doc-group"
              size="small"
              data-testid="texts-group"
              title={
                <Typography.Title level={2} className="cn-doc-group-title" lang="zh-CN">
                  {group.matter}
                </Typography.Title>
              }
            >
              {group.items.map((item) => (
                <div key={item.itemId} className="cn-doc-row" data-testid="texts-item">
                  <span className="cn-doc-row-name" lang="zh-CN">
                    {item.itemName}
                  </span>
                  <span className="cn-doc-kinds">
                    {kinds.map((k) => {
                      const text = item.texts[k];
                      if (!text) return null;
                      const kindName = pt(`docs.kindFull.${k}`);
                      return (
                        <span key={k} className="cn-doc-kind">
                          <Link
                            to={documentPages.text(text.id, code)}
                            aria-label={pt('docs.htmlOf', { name: item.itemName, kind: kindName })}
                          >
                            {pt(`docs.kind.${k}`)}
                          </Link>
                          <Button
                            size="small"
                            href={text.pdfUrl}
                            download
                            aria-label={pt('docs.pdfOf', { name: item.itemName, kind: kindName })}
                          >
                            {pt('docs.pdf')}
                          </Button>
                          <span className="cn-doc-version">
                            {pt('docs.version', {
                              version: text.version,
                              date: formatDate(text.publishedAt, language),
                            })}
                          </span>
                        </span>
                      );
                    })}
                  </span>
                </div>
              ))}
            </Card>
          ))}
        </>
      )}
    </DocumentsShell>
  );
}
