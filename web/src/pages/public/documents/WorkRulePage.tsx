import { workRuleDocument } from '@common/document-models.ts';
import { Typography } from 'antd';
import { useWorkRuleInForce } from '../../../api/documents.ts';
import { formatDate } from '../../../lib/dates.ts';
import { DocumentState, DocumentsShell, useDistrictParam } from './DocumentsShell.tsx';
import { DocumentToolbar } from './DocumentToolbar.tsx';
import { PaperDocument } from './PaperDocument.tsx';
import { usePublicDocumentTexts } from './texts.ts';

/** DOC-1: the district's general work rule in force, as a document and a PDF. */
export function PublicWorkRulePage() {
  const { pt, language } = usePublicDocumentTexts();
  const { code, district, districts, error } = useDistrictParam();
  const rule = useWorkRuleInForce(code);
  const data = rule.data;
  return (
    <DocumentsShell section="workRule" code={code} districts={districts ?? null}>
      <Typography.Paragraph className="cn-doc-meta cn-doc-noprint" style={{ maxWidth: 900 }}>
        {pt('docs.workRule.intro')}
      </Typography.Paragraph>
      <DocumentState error={rule.error ?? error} loading={!data && !rule.error} none="docs.none.workRule" />
      {data && (
        <>
          <DocumentToolbar
            pdfUrl={data.pdfUrl}
            title={data.rule.title}
            meta={
              <span data-testid="work-rule-version">
                {pt('docs.inForce', { version: data.version, date: formatDate(data.publishedAt, language) })}
              </span>
            }
          />
          <div className="cn-paper-desk">
            <PaperDocument
              titleLevel={2}
              testId="work-rule-document"
              model={workRuleDocument(
                data.rule,
                `${district?.name ?? ''} · 第 ${data.version} 版 · ${formatDate(data.publishedAt, 'zh')} 公布`,
              )}
            />
          </div>
        </>
      )}
    </DocumentsShell>
  );
}
