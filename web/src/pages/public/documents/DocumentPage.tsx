import { Breadcrumb, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { usePublishedGuide, usePublishedText } from '../../../api/documents.ts';
import { useT } from '../../../lib/i18n.ts';
import { DocumentState } from './DocumentsShell.tsx';
import { DocumentToolbar } from './DocumentToolbar.tsx';
import { documentPages } from './model.ts';
import { PaperDocument } from './PaperDocument.tsx';
import { usePublicDocumentTexts } from './texts.ts';
import './documents.css';

/**
 * DOC-2, DOC-4: one published text (notice or commitment, a blank form) or service guide as the web page
 * of the printed document, with its PDF and a print button. `/public/texts/:id`, `/public/guides/:id`.
 */
export function PublicDocumentPage({ kind }: { kind: 'text' | 'guide' }) {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useT();
  const { pt } = usePublicDocumentTexts();
  const district = params.get('district') ?? undefined;
  const text = usePublishedText(id, { enabled: kind === 'text' });
  const guide = usePublishedGuide(id, { enabled: kind === 'guide' });
  const doc = kind === 'text' ? text : guide;
  const data = doc.data;
  const listTitle = kind === 'text' ? pt('docs.texts.title') : pt('docs.guides.title');
  const listPath = kind === 'text' ? documentPages.texts(district) : documentPages.guides(district);
  useEffect(() => {
    if (!data) return;
    const before = document.title;
    document.title = `${data.title}${data.subtitle ? ` · ${data.subtitle}` : ''}`;
    return () => {
      document.title = before;
    };
  }, [data]);
  return (
    <div className="cn-content cn-docs-page">
      <Breadcrumb
        className="cn-doc-noprint"
        style={{ marginBottom: 12 }}
        aria-label={pt('docs.breadcrumb')}
        items={[
          { title: <Link to="/">{t('nav.home')}</Link> },
          { title: <Link to={listPath}>{listTitle}</Link> },
          { title: <span aria-current="page">{data?.title ?? pt('docs.document')}</span> },
        ]}
      />
      <DocumentState error={doc.error} loading={!data && !doc.error} none="docs.none.document" />
      {data && (
        <>
          <DocumentToolbar
            pdfUrl={data.pdfUrl}
            title={`${data.title}${data.subtitle ? `（${data.subtitle}）` : ''}`}
            extra={<Link to={listPath}>← {pt('docs.back')}</Link>}
            meta={data.footer}
          />
          {kind === 'text' && (
            <Typography.Paragraph className="cn-doc-meta cn-doc-noprint">
              {pt('docs.blankForm')}
            </Typography.Paragraph>
          )}
          <div className="cn-paper-desk">
            <PaperDocument model={data} testId="document-sheet" />
          </div>
        </>
      )}
    </div>
  );
}
