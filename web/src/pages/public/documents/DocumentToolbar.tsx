import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { usePublicDocumentTexts } from './texts.ts';

/** What a reader does with a published document: download the PDF, print the page. */
export function DocumentToolbar({
  pdfUrl,
  title,
  meta,
  extra,
}: {
  pdfUrl: string;
  title: string;
  meta?: ReactNode;
  extra?: ReactNode;
}) {
  const { pt } = usePublicDocumentTexts();
  return (
    <div className="cn-doc-toolbar cn-doc-noprint">
      <Space wrap size={[16, 8]}>
        {extra}
        {meta && <span className="cn-doc-meta">{meta}</span>}
      </Space>
      <Space wrap>
        <Button onClick={() => window.print()}>{pt('docs.print')}</Button>
        <Button
          type="primary"
          href={pdfUrl}
          download
          data-testid="document-pdf"
          aria-label={`${pt('docs.download')}：${title}`}
        >
          {pt('docs.download')}
        </Button>
      </Space>
    </div>
  );
}
