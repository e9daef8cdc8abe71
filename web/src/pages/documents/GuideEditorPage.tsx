import { guideDocument } from '@common/document-models.ts';
import { missingGuideParts } from '@common/service-guide.ts';
import { Alert, Button, Card, Col, Descriptions, Input, Row, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { publishServiceGuide, saveServiceGuide, useServiceGuideDraft } from '../../api/documents.ts';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { PaperDocument } from '../public/documents/PaperDocument.tsx';
import { PublishButton } from './PublishButton.tsx';
import { StepList } from './StepList.tsx';
import { type DocumentTextKey, useDocumentTexts } from './texts.ts';
import type { ServiceGuide } from './types.ts';
import { useDraftEditing } from './useDraftEditing.ts';
import { VersionsTable } from './VersionsTable.tsx';
import './documents.css';

const parts: Record<string, DocumentTextKey> = {
  conditions: 'guides.conditions',
  withCommitment: 'guides.withCommitment',
  withoutCommitment: 'guides.withoutCommitment',
  withdrawal: 'guides.withdrawal',
};

/**
 * DOC-4: a matter's service guide: the conditions for choosing commitment, the two procedures as step
 * lists, and the midway withdrawal; saved as drafts and published as versions with the texts.
 */
function GuideEditor({ district }: { district: StaffDistrict }) {
  const { id = '' } = useParams();
  const { dt, language } = useDocumentTexts();
  const editing = useDraftEditing({
    draft: useServiceGuideDraft(id, district.code),
    valueOf: (loaded) => loaded.guide,
    toSave: (guide) => {
      // empty steps are dropped: they would print as blank lines
      const clean = {
        ...guide,
        withCommitment: guide.withCommitment.filter((s) => s.trim()),
        withoutCommitment: guide.withoutCommitment.filter((s) => s.trim()),
      };
      return { body: { guide: clean }, saved: clean };
    },
    save: (body) => saveServiceGuide(id, district.code, body),
    publish: (body) => publishServiceGuide(id, district.code, body),
  });
  const { draft, value: guide, revision, dirty, busy, conflict, error, onSave, onPublish } = editing;
  const loaded = draft.data;

  if (draft.error)
    return (
      <Card>
        <Alert type="error" showIcon title={applyServerError(null, draft.error, language)} />
      </Card>
    );
  if (!loaded || !guide) return <Spin />;

  const { matter } = loaded;
  const canEdit = loaded.allowedActions.includes('save');
  const missing = missingGuideParts(guide);
  const latest = loaded.versions[0];
  const edit = (patch: Partial<ServiceGuide>) => editing.edit((current) => ({ ...current, ...patch }));

  return (
    <Card
      className="cn-docs-staff"
      title={<PageTitle>{`${matter.name} · ${dt('guides.title')}`}</PageTitle>}
      extra={<Link to={`/workbench/guides?district=${district.code}`}>← {dt('guides.title')}</Link>}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'agency', label: dt('editor.agency'), children: loaded.agencyName },
          { key: 'proofs', label: dt('guides.proofs'), children: matter.proofs.join('、') || '—' },
          {
            key: 'current',
            label: dt('editor.current'),
            children: latest
              ? dt('common.inForce', { n: latest.versionNo, date: formatDate(latest.publishedAt, language) })
              : dt('common.noVersion'),
          },
          {
            key: 'state',
            label: dt('editor.state'),
            children: dirty ? (
              <Tag color="orange">{dt('common.unsaved')}</Tag>
            ) : revision === 0 ? (
              dt('common.default')
            ) : (
              dt('common.draftRevision', { n: revision })
            ),
          },
        ]}
      />
      <div className="cn-docs-toolbar">
        <Space wrap>
          {latest && (
            <>
              <a href={`/public/guides/${latest.id}`} target="_blank" rel="noopener">
                {dt('common.previewPublished')}
              </a>
              <a href={`/api/public/guides/${latest.id}/pdf`} target="_blank" rel="noopener">
                {dt('common.viewPdf')}
              </a>
            </>
          )}
        </Space>
        {canEdit && (
          <Space wrap>
            <Button onClick={onSave} disabled={!dirty || busy || conflict}>
              {dt('common.save')}
            </Button>
            <PublishButton
              dirty={dirty}
              busy={busy}
              disabled={busy || conflict}
              next={(latest?.versionNo ?? 0) + 1}
              onPublish={onPublish}
            />
          </Space>
        )}
      </div>
      {!canEdit && <Alert className="cn-docs-alert" type="info" showIcon title={dt('common.readOnly')} />}
      {conflict && (
        <Alert
          className="cn-docs-alert"
          type="error"
          showIcon
          role="alert"
          title={dt('common.conflict')}
          action={
            <Button size="small" onClick={() => void draft.reload()}>
              {dt('common.reload')}
            </Button>
          }
        />
      )}
      {error && <Alert className="cn-docs-alert" type="error" showIcon role="alert" title={error} />}
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={13}>
          <div aria-live="polite" data-testid="missing-elements">
            {missing.length > 0 ? (
              <Alert
                className="cn-docs-alert"
                type="warning"
                showIcon
                title={dt('common.missing')}
                description={
                  <ul className="cn-docs-missing">
                    {missing.map((p) => (
                      <li key={p}>{parts[p] ? dt(parts[p]) : p}</li>
                    ))}
                  </ul>
                }
              />
            ) : (
              <Alert className="cn-docs-alert" type="success" showIcon title={dt('common.complete')} />
            )}
          </div>
          <div className="cn-docs-field">
            <label htmlFor="guide-title">{dt('guides.docTitle')}</label>
            <Input
              id="guide-title"
              value={guide.title}
              maxLength={100}
              readOnly={!canEdit}
              onChange={(e) => edit({ title: e.target.value })}
            />
          </div>
          <div className={`cn-docs-field${missing.includes('conditions') ? ' is-missing' : ''}`}>
            <label htmlFor="guide-conditions">{dt('guides.conditions')}</label>
            <Input.TextArea
              id="guide-conditions"
              value={guide.conditions}
              maxLength={4000}
              readOnly={!canEdit}
              aria-invalid={missing.includes('conditions') || undefined}
              autoSize={{ minRows: 3, maxRows: 12 }}
              onChange={(e) => edit({ conditions: e.target.value })}
            />
          </div>
          <StepList
            id="guide-with"
            label={dt('guides.withCommitment')}
            steps={guide.withCommitment}
            readOnly={!canEdit}
            invalid={missing.includes('withCommitment')}
            onChange={(withCommitment) => edit({ withCommitment })}
          />
          <StepList
            id="guide-without"
            label={dt('guides.withoutCommitment')}
            steps={guide.withoutCommitment}
            readOnly={!canEdit}
            invalid={missing.includes('withoutCommitment')}
            onChange={(withoutCommitment) => edit({ withoutCommitment })}
          />
          <div className={`cn-docs-field${missing.includes('withdrawal') ? ' is-missing' : ''}`}>
            <label htmlFor="guide-withdrawal">{dt('guides.withdrawal')}</label>
            <Input.TextArea
              id="guide-withdrawal"
              value={guide.withdrawal}
              maxLength={4000}
              readOnly={!canEdit}
              aria-invalid={missing.includes('withdrawal') || undefined}
              autoSize={{ minRows: 3, maxRows: 12 }}
              onChange={(e) => edit({ withdrawal: e.target.value })}
            />
          </div>
        </Col>
        <Col xs={24} xl={11}>
          {/* It scrolls on its own beside the form: the keyboard reaches it as a named region. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the keyboard (WCAG 2.1.1) */}
          <section className="cn-docs-preview" tabIndex={0} aria-label={dt('common.preview')}>
            <Typography.Title level={2} className="cn-docs-h2">
              {dt('common.preview')}
            </Typography.Title>
            <div className="cn-paper-desk">
              <PaperDocument
                preview
                titleLevel={3}
                testId="guide-preview"
                model={guideDocument(
                  {
                    ...guide,
                    withCommitment: guide.withCommitment.filter((s) => s.trim()),
                    withoutCommitment: guide.withoutCommitment.filter((s) => s.trim()),
                  },
                  {
                    subtitle: matter.name,
                    footer: `${district.name} · 第 ${(latest?.versionNo ?? 0) + 1} 版（${dt('common.preview')}）`,
                  },
                )}
              />
            </div>
          </section>
        </Col>
      </Row>
      <Typography.Title level={2} className="cn-docs-h2">
        {dt('common.versions')}
      </Typography.Title>
      <VersionsTable
        versions={loaded.versions}
        html={(v) => `/public/guides/${v.id}`}
        pdf={(v) => `/api/public/guides/${v.id}/pdf`}
      />
    </Card>
  );
}

export function GuideEditorPage() {
  return <WithStaffDistrict>{(district) => <GuideEditor district={district} />}</WithStaffDistrict>;
}
