import { textDocument } from '@common/document-models.ts';
import {
  elementsOf,
  type MissingElement,
  missingElements,
  type TextElement,
  type TextSection,
} from '@common/text-elements.ts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  Row,
  Segmented,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { publishFormatText, saveFormatText, useFormatTextDraft } from '../../api/documents.ts';
import { formatDate } from '../../lib/dates.ts';
import { applyServerError } from '../../lib/form-errors.ts';
import { type StaffDistrict, WithStaffDistrict } from '../../lib/staff-district.tsx';
import { PageTitle } from '../admin/PageTitle.tsx';
import { PaperDocument } from '../public/documents/PaperDocument.tsx';
import { insertPlaceholder, missingFrom, move } from './editing.ts';
import { PlaceholderBar } from './PlaceholderBar.tsx';
import { PublishButton } from './PublishButton.tsx';
import { textEditorPath } from './TextsPage.tsx';
import { useDocumentTexts } from './texts.ts';
import type { FormatText, PublishedVersion, TextKind } from './types.ts';
import { useDraftEditing } from './useDraftEditing.ts';
import { VersionsTable } from './VersionsTable.tsx';
import './documents.css';

type EditSection = TextSection & { uid: number };

let nextUid = 1;
const withUids = (sections: TextSection[]): EditSection[] => sections.map((s) => ({ ...s, uid: nextUid++ }));
const plain = (title: string, sections: EditSection[]): FormatText => ({
  title,
  sections: sections.map(({ element, heading, body }) => ({ element, heading, body })),
});

/**
 * DOC-2: an item's written notice or commitment, section by section, each labelled with the required
 * element it states; what is still missing is listed as one types, case data shows as chips, and the
 * preview is laid out as it will be published. Saving is checked against the revision read (409), and
 * publishing against the required elements (400, the server's list shown).
 */
function TextEditor({ district }: { district: StaffDistrict }) {
  const { itemKey = '', kind: kindParam = 'notice' } = useParams();
  const kind: TextKind = kindParam === 'commitment' ? 'commitment' : 'notice';
  const { dt, language } = useDocumentTexts();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [serverMissing, setServerMissing] = useState<MissingElement[] | null>(null);
  const editing = useDraftEditing({
    draft: useFormatTextDraft(itemKey, kind, district.code),
    valueOf: (loaded): { title: string; sections: EditSection[] } => ({
      title: loaded.text.title,
      sections: withUids(loaded.text.sections),
    }),
    toSave: (value) => ({ body: { text: plain(value.title, value.sections) }, saved: value }),
    save: (body) => saveFormatText(itemKey, kind, district.code, body),
    publish: (body) => publishFormatText(itemKey, kind, district.code, body),
    onRefused: (e) => {
      const refused = missingFrom(e);
      if (refused) setServerMissing(refused as MissingElement[]);
    },
  });
  const { draft, value, revision, dirty, busy, conflict, error, onSave } = editing;
  const carets = useRef(new Map<number, number>());
  const loaded = draft.data;

  if (draft.error)
    return (
      <Card>
        <Alert type="error" showIcon title={applyServerError(null, draft.error, language)} />
      </Card>
    );
  if (!loaded || !value) return <Spin />;

  const { item } = loaded;
  const canEdit = loaded.allowedActions.includes('save');
  const elements = elementsOf(kind);
  const elementName = (e: string) => elements[e]?.[language] ?? e;
  const { title, sections } = value;
  const text = plain(title, sections);
  const missing = missingElements(kind, text);
  const absent = Object.keys(elements).filter((e) => !sections.some((s) => s.element === e));
  const missingIds = new Set(missing.map((m) => m.element.split('.')[0]));
  const latest: PublishedVersion | undefined = loaded.versions[0];
  const kindName = dt(`kind.${kind}`);

  const change = (uid: number, patch: Partial<TextSection>) => {
    editing.edit((v) => ({
      ...v,
      sections: v.sections.map((s) => (s.uid === uid ? { ...s, ...patch } : s)),
    }));
    setServerMissing(null);
  };
  const setAll = (next: EditSection[]) => {
    editing.edit((v) => ({ ...v, sections: next }));
    setServerMissing(null);
  };
  const onPublish = () => {
    setServerMissing(null);
    return editing.onPublish();
  };
  const switchKind = (next: TextKind) => {
    const go = () => navigate(textEditorPath(itemKey, next, district.code));
    if (!dirty) return go();
    modal.confirm({
      title: dt('common.unsaved'),
      content: dt('editor.leave'),
      onOk: go,
    });
  };
  const sectionName = (s: EditSection, i: number) =>
    s.element ? elementName(s.element) : dt('editor.section', { n: i + 1 });

  return (
    <Card
      className="cn-docs-staff"
      title={<PageTitle>{dt('editor.title', { name: item.name, kind: kindName })}</PageTitle>}
      extra={<Link to={`/workbench/texts?district=${district.code}`}>← {dt('texts.title')}</Link>}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'matter', label: dt('editor.matter'), children: item.administrativeMatter },
          { key: 'agency', label: dt('editor.agency'), children: item.handlingAgency },
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
            children: (
              <span data-testid="editor-state">
                {dirty ? (
                  <Tag color="orange">{dt('common.unsaved')}</Tag>
                ) : revision === 0 ? (
                  dt('common.default')
                ) : (
                  dt('common.draftRevision', { n: revision })
                )}
              </span>
            ),
          },
        ]}
      />
      <div className="cn-docs-toolbar">
        <Segmented<TextKind>
          aria-label={dt('editor.switchKind')}
          value={kind}
          onChange={switchKind}
          options={[
            { value: 'notice', label: dt('kind.notice') },
            { value: 'commitment', label: dt('kind.commitment') },
          ]}
        />
        <Space wrap>
          {latest && (
            <>
              <a href={`/public/texts/${latest.id}`} target="_blank" rel="noopener" data-testid="public-html">
                {dt('common.previewPublished')}
              </a>
              <a href={`/api/public/texts/${latest.id}/pdf`} target="_blank" rel="noopener">
                {dt('common.viewPdf')}
              </a>
            </>
          )}
          {canEdit && (
            <>
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
            </>
          )}
        </Space>
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
      {serverMissing && serverMissing.length > 0 && (
        <Alert
          className="cn-docs-alert"
          type="error"
          showIcon
          role="alert"
          data-testid="server-missing"
          title={dt('common.missingServer')}
          description={
            <ul className="cn-docs-missing">
              {serverMissing.map((m) => (
                <li key={m.element}>{language === 'zh' ? m.zh : m.en}</li>
              ))}
            </ul>
          }
        />
      )}
      {error && !serverMissing && (
        <Alert className="cn-docs-alert" type="error" showIcon role="alert" title={error} />
      )}
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
                    {missing.map((m) => (
                      <li key={m.element}>
                        {language === 'zh' ? m.zh : m.en}
                        {canEdit && absent.includes(m.element) && (
                          <Button
                            size="small"
                            type="link"
                            onClick={() =>
                              setAll([
                                ...sections,
                                ...withUids([
                                  {
                                    element: m.element as TextElement,
                                    heading: elementName(m.element),
                                    body: '',
                                  },
                                ]),
                              ])
                            }
                          >
                            {dt('editor.addElement', { name: elementName(m.element) })}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                }
              />
            ) : (
              <Alert className="cn-docs-alert" type="success" showIcon title={dt('common.complete')} />
            )}
          </div>
          <div className="cn-docs-field">
            <label htmlFor="text-title">{dt('editor.docTitle')}</label>
            <Input
              id="text-title"
              value={title}
              maxLength={100}
              readOnly={!canEdit}
              onChange={(e) => editing.edit((v) => ({ ...v, title: e.target.value }))}
            />
          </div>
          <Typography.Paragraph type="secondary" className="cn-docs-help">
            {dt('editor.placeholderHelp')}
          </Typography.Paragraph>
          {sections.map((s, i) => {
            const name = sectionName(s, i);
            const bad = s.element !== null && missingIds.has(s.element);
            return (
              <section
                key={s.uid}
                className={`cn-docs-section${bad ? ' is-missing' : ''}`}
                data-testid={`section-${s.element ?? `free-${i}`}`}
              >
                <div className="cn-docs-section-head">
                  {s.element ? (
                    <Tag color={bad ? 'red' : 'blue'}>{dt('editor.element', { name })}</Tag>
                  ) : (
                    <Tag>{dt('editor.free')}</Tag>
                  )}
                  {canEdit && (
                    <Space size={4}>
                      <Button
                        size="small"
                        type="text"
                        disabled={i === 0}
                        aria-label={`${dt('editor.moveUp')}：${name}`}
                        onClick={() => setAll(move(sections, i, -1))}
                      >
                        ↑
                      </Button>
                      <Button
                        size="small"
                        type="text"
                        disabled={i === sections.length - 1}
                        aria-label={`${dt('editor.moveDown')}：${name}`}
                        onClick={() => setAll(move(sections, i, 1))}
                      >
                        ↓
                      </Button>
                      <Button
                        size="small"
                        type="text"
                        danger
                        aria-label={`${dt('editor.remove')}：${name}`}
                        onClick={() =>
                          modal.confirm({
                            title: dt('editor.removeConfirm'),
                            content: name,
                            okText: dt('editor.remove'),
                            okButtonProps: { danger: true },
                            cancelText: dt('common.cancel'),
                            onOk: () => setAll(sections.filter((x) => x.uid !== s.uid)),
                          })
                        }
                      >
                        ✕
                      </Button>
                    </Space>
                  )}
                </div>
                <div className="cn-docs-field">
                  <label htmlFor={`heading-${s.uid}`}>{dt('editor.headingOf', { name })}</label>
                  <Input
                    id={`heading-${s.uid}`}
                    value={s.heading}
                    maxLength={100}
                    readOnly={!canEdit}
                    onChange={(e) => change(s.uid, { heading: e.target.value })}
                  />
                </div>
                <div className="cn-docs-field">
                  <label htmlFor={`body-${s.uid}`}>{dt('editor.bodyOf', { name })}</label>
                  <Input.TextArea
                    id={`body-${s.uid}`}
                    value={s.body}
                    maxLength={4000}
                    readOnly={!canEdit}
                    autoSize={{ minRows: 2, maxRows: 14 }}
                    aria-invalid={bad || undefined}
                    onSelect={(e) => carets.current.set(s.uid, e.currentTarget.selectionStart)}
                    onChange={(e) => change(s.uid, { body: e.target.value })}
                  />
                </div>
                <PlaceholderBar
                  body={s.body}
                  name={name}
                  disabled={!canEdit}
                  onInsert={(key) =>
                    change(s.uid, { body: insertPlaceholder(s.body, key, carets.current.get(s.uid)) })
                  }
                />
              </section>
            );
          })}
          {canEdit && sections.length < 30 && (
            <Button
              block
              type="dashed"
              onClick={() => setAll([...sections, ...withUids([{ element: null, heading: '', body: '' }])])}
            >
              + {dt('editor.addFree')}
            </Button>
          )}
        </Col>
        <Col xs={24} xl={11}>
          {/* It scrolls on its own beside the form: the keyboard reaches it as a named region. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the keyboard (WCAG 2.1.1) */}
          <section className="cn-docs-preview" tabIndex={0} aria-label={dt('common.preview')}>
            <Typography.Title level={2} className="cn-docs-h2">
              {dt('common.preview')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" className="cn-docs-help">
              {dt('common.previewNote')}
            </Typography.Paragraph>
            <div className="cn-paper-desk">
              <PaperDocument
                preview
                placeholders="chip"
                titleLevel={3}
                testId="text-preview"
                model={textDocument(text, {
                  subtitle: `${item.administrativeMatter} · ${item.name}`,
                  footer: `${district.name} · 第 ${(latest?.versionNo ?? 0) + 1} 版（${dt('common.preview')}）`,
                })}
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
        html={(v) => `/public/texts/${v.id}`}
        pdf={(v) => `/api/public/texts/${v.id}/pdf`}
      />
    </Card>
  );
}

export function TextEditorPage() {
  return <WithStaffDistrict>{(district) => <TextEditor district={district} />}</WithStaffDistrict>;
}
