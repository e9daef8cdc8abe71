import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Skeleton,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n.ts';
import { useLoad } from '../../lib/use-load.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { identifierRule } from '../identity/identifier-rule.ts';
import { EligibilityAlert } from './EligibilityAlert.tsx';
import { FileUpload } from './FileUpload.tsx';
import { LetterPreviews } from './LetterPreviews.tsx';
import { casePages, formatTime, newIdempotencyKey } from './model.ts';
import { ProofCard, type ProofDraft } from './ProofCard.tsx';
import { type CaseTextKey, useCaseTexts } from './texts.ts';
import type {
  ApplicationForm,
  CaseDetail,
  DocumentModel,
  MatterOption,
  PartyKind,
  UploadedFile,
} from './types.ts';
import './cases.css';

interface District {
  code: string;
  name: string;
  cityName: string;
}

type StepKey = 'applicant' | 'proofs' | 'notices' | 'sign';

interface CounterApplicant {
  kind: PartyKind;
  name: string;
  identifier: string;
  phone?: string;
  agentName?: string;
}

/**
 * The commitment preview comes filled with no disclosure answer; the signed letter carries the
 * consent where the text's one blank paragraph ({{disclosureChoice}}) is, so show it there too.
 */
function withConsent(model: DocumentModel): DocumentModel {
  const blanks = model.blocks.filter((b) => b.kind === 'paragraph' && b.text === '');
  if (blanks.length !== 1) return model;
  return {
    ...model,
    blocks: model.blocks.map((b) => (b === blanks[0] ? { ...b, text: '☑ 本人同意公开本承诺书' } : b)),
  };
}

const emptyDraft = (listed: boolean, mayCommit: boolean): ProofDraft => ({
  // Unlisted proofs, and every proof of an applicant barred from commitment, can only be submitted.
  choice: listed && mayCommit ? null : 'upload',
  disclosure: null,
  file: null,
});

/**
 * CASE-1..4: apply for a matter. Online (the applicant) or at the counter (a window officer for the
 * applicant in front of them): pick the matter, choose commit or submit for each proof, read the
 * filled notices, then sign the commitments (electronically, or by uploading the paper signature's
 * scan). One Idempotency-Key per wizard makes a double click or a retry answer the same case (Q-4).
 */
export function ApplyWizard({ mode }: { mode: 'online' | 'counter' }) {
  const { ct, language } = useCaseTexts();
  const { t } = useT();
  const { me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const counter = mode === 'counter';
  const [district, setDistrict] = useState(me!.district.code);
  const [matterId, setMatterId] = useState<string | null>(null);
  const districts = useLoad<District[]>(counter ? null : '/api/public/districts');
  const matters = useLoad<MatterOption[]>(`/api/cases/matters?district=${district}`);
  // At the counter, once the applicant is named, the form also answers their eligibility (CASE-2).
  const [counterIdentifier, setCounterIdentifier] = useState<string | null>(null);
  const form = useLoad<ApplicationForm>(
    matterId
      ? `/api/cases/application-form?matterId=${encodeURIComponent(matterId)}${
          counter && counterIdentifier ? `&identifier=${encodeURIComponent(counterIdentifier)}` : ''
        }`
      : null,
  );
  const data = form.data?.matter.id === matterId ? form.data : null;
  const mayCommit = data?.eligibility?.eligible !== false;

  const steps: StepKey[] = counter
    ? ['applicant', 'proofs', 'notices', 'sign']
    : ['proofs', 'notices', 'sign'];
  const [step, setStep] = useState(0);
  const [drafts, setDrafts] = useState<ProofDraft[]>([]);
  const [proofErrors, setProofErrors] = useState<(string | null)[]>([]);
  const [stepError, setStepError] = useState<string | null>(null);
  const [read, setRead] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [scan, setScan] = useState<UploadedFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [applicantForm] = Form.useForm<CounterApplicant>();
  const applicantKind: PartyKind = Form.useWatch('kind', applicantForm) ?? 'person';
  const idempotencyKey = useRef(newIdempotencyKey());

  // A new matter is a new wizard: fresh choices, fresh key. The same matter answered again (the
  // counter applicant's eligibility now known) only takes commitment away where it is barred.
  const wizardMatter = useRef<string | null>(null);
  useEffect(() => {
    if (!data) return;
    if (wizardMatter.current === data.matter.id) {
      if (data.eligibility?.eligible === false)
        setDrafts((all) => all.map((d) => ({ ...d, choice: 'upload' })));
      return;
    }
    wizardMatter.current = data.matter.id;
    setDrafts(data.proofs.map((p) => emptyDraft(p.listed, data.eligibility?.eligible !== false)));
    setProofErrors(data.proofs.map(() => null));
    setStep(0);
    setRead(false);
    setConfirmed(false);
    setScan(null);
    setStepError(null);
    idempotencyKey.current = newIdempotencyKey();
  }, [data]);

  const matterOptions = (matters.data ?? [])
    .filter((m) => !counter || !me!.agency || m.agencyName === me!.agency.name)
    .map((m) => {
      const listed = m.proofs.filter((p) => p.listed).length;
      const disclosure = m.proofs.some((p) => p.disclosure);
      return {
        value: m.id,
        label: `${m.code} ${m.name}`,
        search: `${m.code} ${m.name} ${m.agencyName}`,
        meta: ct(disclosure ? 'apply.matterMetaDisclosure' : 'apply.matterMeta', {
          agency: m.agencyName,
          listed,
          total: m.proofs.length,
        }),
      };
    });

  const committed = data ? data.proofs.filter((_, i) => drafts[i]?.choice === 'commit') : [];
  const commitCount = committed.length;
  const stepKey = steps[step]!;
  const stepTitles: Record<StepKey, CaseTextKey> = {
    applicant: 'apply.step.applicant',
    proofs: 'apply.step.proofs',
    notices: 'apply.step.notices',
    sign: counter ? 'apply.step.signPaper' : 'apply.step.sign',
  };

  const checkProofs = (): boolean => {
    if (!data) return false;
    const errors = data.proofs.map((p, i) => {
      const d = drafts[i]!;
      if (!d.choice) return ct('proof.chooseFirst');
      if (d.choice === 'commit' && p.item?.disclosure && !d.disclosure) return ct('proof.chooseDisclosure');
      if (d.choice === 'upload' && !d.file) return ct('proof.needFile');
      return null;
    });
    setProofErrors(errors);
    const first = errors.findIndex((e) => e !== null);
    if (first >= 0) {
      document.querySelector(`[data-testid="proof-${first}"]`)?.scrollIntoView({ block: 'center' });
      return false;
    }
    return true;
  };

  const next = async () => {
    setStepError(null);
    if (stepKey === 'applicant') {
      try {
        const applicant = await applicantForm.validateFields();
        setCounterIdentifier(applicant.identifier.trim().toUpperCase());
      } catch {
        return;
      }
    }
    if (stepKey === 'proofs' && !checkProofs()) return;
    if (stepKey === 'notices' && commitCount > 0 && !read) return setStepError(ct('notices.mustRead'));
    setStep(step + 1);
    window.scrollTo({ top: 0 });
  };

  /** Sends the server's complaint to the step and field it names (Q-3). */
  const showError = (error: unknown) => {
    const text = applyServerError(null, error, language);
    const field = error instanceof ApiError ? (error.field ?? '') : '';
    const proof = /^proofs\[(\d+)\]/.exec(field);
    if (proof) {
      const at = Number(proof[1]);
      setProofErrors((errors) => errors.map((e, i) => (i === at ? text : e)));
      setStep(steps.indexOf('proofs'));
      setStepError(ct('sign.fixProofs'));
      return;
    }
    if (field === 'proofs') {
      setStep(steps.indexOf('proofs'));
      setStepError(text);
      return;
    }
    if (counter && field.startsWith('applicant')) {
      const name = field.split('.')[1] ?? 'name';
      setStep(0);
      setTimeout(() => applicantForm.setFields([{ name: name as keyof CounterApplicant, errors: [text] }]));
      return;
    }
    if (error instanceof ApiError && error.field === 'Idempotency-Key')
      idempotencyKey.current = newIdempotencyKey();
    setStepError(text);
  };

  const submit = async () => {
    if (!data) return;
    setStepError(null);
    if (commitCount > 0 && !confirmed) return setStepError(ct('sign.mustConfirm'));
    if (counter && commitCount > 0 && !scan) return setStepError(ct('sign.paperNeeded'));
    const applicant = counter ? applicantForm.getFieldsValue(true) : null;
    const body = {
      administrativeMatterId: data.matter.id,
      submit: true,
      proofs: data.proofs.map((p, i) => {
        const d = drafts[i]!;
        return {
          proof: p.name,
          choice: d.choice!,
          disclosure: p.item?.disclosure ? d.disclosure : null,
          fileId: d.choice === 'upload' ? (d.file?.id ?? null) : null,
        };
      }),
      ...(commitCount > 0
        ? { signature: counter ? { method: 'paper', scanFileId: scan!.id } : { method: 'platform' } }
        : {}),
      ...(applicant
        ? {
            applicant: {
              kind: applicant.kind,
              identifier: applicant.identifier.trim().toUpperCase(),
              name: applicant.name.trim(),
              ...(applicant.phone?.trim() ? { phone: applicant.phone.trim() } : {}),
              ...(applicant.kind === 'organisation' && applicant.agentName?.trim()
                ? { agentName: applicant.agentName.trim() }
                : {}),
            },
          }
        : {}),
    };
    setBusy(true);
    try {
      const created = await api<Pick<CaseDetail, 'id' | 'caseNo'>>('POST', '/api/cases', body, {
        'idempotency-key': idempotencyKey.current,
        prefer: 'return=minimal',
      });
      void message.success(ct('sign.submitted', { no: created.caseNo }));
      void navigate(casePages.case(created.id));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  const applicantStep = (
    <Card size="small" className="cn-case-step-card" title={ct('apply.step.applicant')}>
      <Typography.Paragraph type="secondary">{ct('counter.intro')}</Typography.Paragraph>
      <Form
        form={applicantForm}
        layout="vertical"
        name="counter-applicant"
        initialValues={{ kind: 'person' }}
        className="cn-case-applicant-form"
      >
        <Form.Item label={t('register.kind')} name="kind" rules={[required]}>
          <Radio.Group>
            <Radio value="person">{t('register.person')}</Radio>
            <Radio value="organisation">{t('register.organisation')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t(applicantKind === 'person' ? 'register.name' : 'register.orgName')}
              name="name"
              rules={[required]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t(applicantKind === 'person' ? 'register.idNumber' : 'register.creditCode')}
              name="identifier"
              rules={[required, identifierRule(() => applicantForm.getFieldValue('kind'), language)]}
            >
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={ct('counter.phone')}
              name="phone"
              rules={[{ pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: t('register.phone') }]}
            >
              <Input inputMode="tel" maxLength={20} />
            </Form.Item>
          </Col>
          {applicantKind === 'organisation' && (
            <Col xs={24} md={12}>
              <Form.Item label={ct('counter.agentName')} name="agentName" rules={[required]}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Card>
  );

  const proofsStep = data && (
    <>
      {data.eligibility && !data.eligibility.eligible && (
        <EligibilityAlert
          eligibility={data.eligibility}
          title={ct(counter ? 'eligibility.barredCounter' : 'eligibility.barred')}
          testId="eligibility-barred"
        />
      )}
      {data.proofs.map((proof, i) => (
        <ProofCard
          key={proof.name}
          index={i}
          proof={proof}
          listVersionNo={data.list?.versionNo ?? null}
          mayCommit={mayCommit}
          draft={drafts[i] ?? emptyDraft(proof.listed, mayCommit)}
          districtCode={data.matter.districtCode}
          error={proofErrors[i] ?? null}
          onChange={(d) => {
            setDrafts((all) => all.map((x, j) => (j === i ? d : x)));
            setProofErrors((all) => all.map((x, j) => (j === i ? null : x)));
          }}
        />
      ))}
    </>
  );

  const noticesStep =
    data &&
    (commitCount === 0 ? (
      <Alert type="info" showIcon title={ct('notices.none')} />
    ) : (
      <>
        <Typography.Paragraph>{ct('notices.intro')}</Typography.Paragraph>
        {counter && (
          <Alert type="info" showIcon className="cn-case-inline-alert" title={ct('notices.counterPreview')} />
        )}
        <LetterPreviews
          testId="notice-previews"
          letters={committed.map((p) => ({ proof: p.name, model: p.notice! }))}
        />
        <Checkbox
          className="cn-case-confirm"
          checked={read}
          onChange={(e) => {
            setRead(e.target.checked);
            setStepError(null);
          }}
        >
          {ct('notices.read')}
        </Checkbox>
      </>
    ));

  const signStep =
    data &&
    (commitCount === 0 ? (
      <Alert type="info" showIcon title={ct('notices.none')} />
    ) : (
      <>
        <Typography.Paragraph>{ct('sign.intro')}</Typography.Paragraph>
        {counter && (
          <Alert type="info" showIcon className="cn-case-inline-alert" title={ct('notices.counterPreview')} />
        )}
        <LetterPreviews
          testId="commitment-previews"
          letters={committed.map((p) => {
            const d = drafts[data.proofs.indexOf(p)]!;
            return {
              proof: p.name,
              model:
                p.item?.disclosure && d.disclosure === 'consent' ? withConsent(p.commitment!) : p.commitment!,
              note: p.item?.disclosure ? (
                <span>
                  {ct('sign.disclosure')}
                  <Tag color={d.disclosure === 'consent' ? 'purple' : 'default'}>
                    {ct(d.disclosure === 'consent' ? 'disclosure.consent' : 'disclosure.refuse')}
                  </Tag>
                </span>
              ) : undefined,
            };
          })}
        />
        {counter ? (
          <Card size="small" className="cn-case-step-card" title={ct('sign.paper')}>
            <Typography.Paragraph type="secondary">{ct('sign.paperHelp')}</Typography.Paragraph>
            <FileUpload
              districtCode={data.matter.districtCode}
              value={scan}
              onChange={(file) => {
                setScan(file);
                setStepError(null);
              }}
              label={ct('sign.paper')}
              testId="signature-scan"
            />
          </Card>
        ) : (
          <Typography.Paragraph type="secondary" className="cn-case-sign-method">
            {ct('sign.method')}
          </Typography.Paragraph>
        )}
        <Checkbox
          className="cn-case-confirm"
          checked={confirmed}
          onChange={(e) => {
            setConfirmed(e.target.checked);
            setStepError(null);
          }}
        >
          {ct(counter ? 'sign.counterConfirm' : 'sign.confirm')}
        </Checkbox>
      </>
    ));

  const uploads = data ? data.proofs.filter((_, i) => drafts[i]?.choice === 'upload').length : 0;
  return (
    <Card
      className="cn-case-page"
      title={<PageTitle>{ct(counter ? 'apply.counterTitle' : 'apply.title')}</PageTitle>}
      data-testid={counter ? 'intake-wizard' : 'apply-wizard'}
    >
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {ct(counter ? 'apply.counterIntro' : 'apply.intro')}
      </Typography.Paragraph>
      <Row gutter={[16, 12]} className="cn-case-pick">
        {!counter && (
          <Col xs={24} md={6}>
            <div className="cn-case-control">
              <label htmlFor="apply-district">{ct('apply.district')}</label>
              <Select
                id="apply-district"
                value={district}
                loading={districts.loading}
                onChange={(code: string) => {
                  setDistrict(code);
                  setMatterId(null);
                }}
                options={(
                  districts.data ?? [{ code: me!.district.code, name: me!.district.name, cityName: '' }]
                ).map((d) => ({ value: d.code, label: d.name }))}
              />
            </div>
          </Col>
        )}
        <Col xs={24} md={counter ? 24 : 18}>
          <div className="cn-case-control">
            <label htmlFor="apply-matter">{ct('apply.matter')}</label>
            <Select
              id="apply-matter"
              value={matterId}
              loading={matters.loading}
              placeholder={ct('apply.matterPlaceholder')}
              showSearch={{ optionFilterProp: 'search' }}
              notFoundContent={
                matters.loading ? <Skeleton.Input active size="small" /> : ct('apply.noMatters')
              }
              onChange={(id: string) => setMatterId(id)}
              options={matterOptions}
              optionRender={(option) => (
                <div className="cn-case-matter-option">
                  <div>{option.data.label}</div>
                  <div className="cn-case-muted">{option.data.meta}</div>
                </div>
              )}
              popupMatchSelectWidth
            />
          </div>
        </Col>
      </Row>
      {matters.error ? (
        <Alert type="error" showIcon title={applyServerError(null, matters.error, language)} />
      ) : null}
      {form.error ? (
        <Alert type="error" showIcon title={applyServerError(null, form.error, language)} />
      ) : null}
      {!matterId && <Empty className="cn-case-empty" description={ct('apply.pickMatter')} />}
      {matterId && !data && !form.error && <Skeleton active />}
      {data && (
        <>
          <Descriptions
            className="cn-case-matter"
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              {
                key: 'matter',
                label: ct('apply.matter'),
                children: `${data.matter.code} ${data.matter.name}`,
              },
              { key: 'agency', label: ct('apply.agency'), children: data.matter.agencyName },
              { key: 'kind', label: ct('apply.kind'), children: data.matter.kind },
              {
                key: 'list',
                label: ct('apply.list'),
                children: data.list
                  ? ct('apply.listVersion', {
                      n: data.list.versionNo,
                      date: formatTime(data.list.publishedAt, language).slice(0, 10),
                    })
                  : ct('apply.noList'),
              },
            ]}
          />
          <Steps
            className="cn-case-steps"
            current={step}
            size="small"
            items={steps.map((key) => ({ title: ct(stepTitles[key]) }))}
          />
          <div className="cn-case-step" data-testid={`step-${stepKey}`}>
            {counter && <div hidden={stepKey !== 'applicant'}>{applicantStep}</div>}
            {stepKey === 'proofs' && proofsStep}
            {stepKey === 'notices' && noticesStep}
            {stepKey === 'sign' && signStep}
          </div>
          {stepError && (
            <Alert type="error" showIcon role="alert" className="cn-case-step-error" title={stepError} />
          )}
          <div className="cn-case-step-bar">
            <span className="cn-case-muted" aria-live="polite">
              {stepKey !== 'applicant' && ct('apply.summary', { commit: commitCount, upload: uploads })}
            </span>
            <span className="cn-case-step-buttons">
              {step > 0 && (
                <Button
                  onClick={() => {
                    setStepError(null);
                    setStep(step - 1);
                  }}
                >
                  {ct('common.prev')}
                </Button>
              )}
              {step < steps.length - 1 ? (
                <Button type="primary" onClick={() => void next()}>
                  {ct('common.next')}
                </Button>
              ) : (
                <Button
                  type="primary"
                  loading={busy}
                  onClick={() => void submit()}
                  data-testid="submit-application"
                >
                  {commitCount === 0
                    ? ct('sign.submitNoCommit')
                    : ct(counter ? 'sign.counterSubmit' : 'sign.submit')}
                </Button>
              )}
            </span>
          </div>
        </>
      )}
    </Card>
  );
}
