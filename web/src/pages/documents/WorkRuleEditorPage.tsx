import { missingRuleSections, type WorkRuleSection, workRuleSections } from '@common/work-rule.ts';
import { Alert, Button, Card, Descriptions, Input, Space, Spin, Tag, Typography } from 'antd';
import { publishWorkRule, saveWorkRule, useWorkRuleDraft } from '../../api/documents.ts';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { DistrictPicker, type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { PublishButton } from './PublishButton.tsx';
import { useDocumentTexts } from './texts.ts';
import type { WorkRule } from './types.ts';
import { useDraftEditing } from './useDraftEditing.ts';
import './documents.css';

const numbers = ['一', '二', '三', '四', '五', '六', '七'];
const sectionKeys = Object.keys(workRuleSections) as WorkRuleSection[];

/**
 * DOC-1: the district's general work rule in its seven sections; the district justice officer saves
 * drafts and publishes versions (each filed with the level above); others read it.
 */
function WorkRuleEditor({ district }: { district: StaffDistrict }) {
  const { dt, language } = useDocumentTexts();
  const editing = useDraftEditing({
    draft: useWorkRuleDraft(district.code),
    valueOf: (loaded) => loaded.rule,
    toSave: (rule) => ({ body: { rule }, saved: rule }),
    save: (body) => saveWorkRule(district.code, body),
    publish: (body) => publishWorkRule(district.code, body),
  });
  const { draft, value: rule, revision, dirty, busy, conflict, error, onSave, onPublish } = editing;
  const loaded = draft.data;

  if (draft.error)
    return (
      <Card>
        <Alert type="error" showIcon title={applyServerError(null, draft.error, language)} />
      </Card>
    );
  if (!loaded || !rule) return <Spin />;

  const canEdit = loaded.allowedActions.includes('save');
  const missing = missingRuleSections(rule);
  const published = loaded.published;
  const name = (s: WorkRuleSection) => workRuleSections[s][language];
  const edit = (patch: Partial<WorkRule>) => editing.edit((current) => ({ ...current, ...patch }));

  return (
    <Card
      className="cn-docs-staff"
      title={<PageTitle>{dt('workRule.title')}</PageTitle>}
      extra={<DistrictPicker district={district} />}
    >
      <Typography.Paragraph type="secondary">{dt('workRule.intro')}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'current',
            label: dt('editor.current'),
            children: (
              <span data-testid="work-rule-version">
                {published
                  ? dt('common.inForce', {
                      n: published.versionNo,
                      date: formatDate(published.publishedAt, language),
                    })
                  : dt('common.noVersion')}
              </span>
            ),
          },
          {
            key: 'state',
            label: dt('editor.state'),
            children: dirty ? (
              <Tag color="orange">{dt('common.unsaved')}</Tag>
            ) : revision === 0 ? (
              dt('common.savedState')
            ) : (
              dt('common.draftRevision', { n: revision })
            ),
          },
        ]}
      />
      <div className="cn-docs-toolbar">
        <Space wrap>
          {published && (
            <>
              <a href={`/public/work-rule?district=${district.code}`} target="_blank" rel="noopener">
                {dt('common.previewPublished')}
              </a>
              <a href={`/api/public/work-rules/${published.id}/pdf`} target="_blank" rel="noopener">
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
              next={(published?.versionNo ?? 0) + 1}
              onPublish={onPublish}
            />
          </Space>
        )}
      </div>
      {!canEdit && <Alert className="cn-docs-alert" type="info" showIcon title={dt('workRule.readOnly')} />}
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
      <div aria-live="polite" data-testid="missing-elements">
        {missing.length > 0 ? (
          <Alert
            className="cn-docs-alert"
            type="warning"
            showIcon
            title={dt('workRule.missing')}
            description={
              <ul className="cn-docs-missing">
                {missing.map((s) => (
                  <li key={s}>{name(s)}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert className="cn-docs-alert" type="success" showIcon title={dt('common.complete')} />
        )}
      </div>
      <div className="cn-docs-field">
        <label htmlFor="rule-title">{dt('workRule.docTitle')}</label>
        <Input
          id="rule-title"
          value={rule.title}
          maxLength={100}
          readOnly={!canEdit}
          onChange={(e) => edit({ title: e.target.value })}
        />
      </div>
      {sectionKeys.map((s, i) => (
        <section key={s} className={`cn-docs-section${missing.includes(s) ? ' is-missing' : ''}`}>
          <div className="cn-docs-field">
            <label htmlFor={`rule-${s}`}>
              {language === 'zh' ? `${numbers[i]}、` : `${i + 1}. `}
              {name(s)}
            </label>
            <Input.TextArea
              id={`rule-${s}`}
              value={rule[s]}
              maxLength={20000}
              readOnly={!canEdit}
              aria-invalid={missing.includes(s) || undefined}
              autoSize={{ minRows: 3, maxRows: 16 }}
              onChange={(e) => edit({ [s]: e.target.value })}
            />
          </div>
        </section>
      ))}
    </Card>
  );
}

export function WorkRuleEditorPage() {
  return <WithStaffDistrict>{(district) => <WorkRuleEditor district={district} />}</WithStaffDistrict>;
}
