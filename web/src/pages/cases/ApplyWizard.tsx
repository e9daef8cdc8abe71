import { Alert, App, Card, Empty, Form, Skeleton, Typography } from 'antd';
import { useReducer } from 'react';
import { useNavigate } from 'react-router-dom';
import { applyForMatter } from '../../api/cases.ts';
import { ApiError } from '../../api/errors.ts';
import { useAuth } from '../../lib/auth.tsx';
import { applyServerError } from '../../lib/form-errors.ts';
import { PageTitle } from '../admin/PageTitle.tsx';
import { casePages, newIdempotencyKey } from './model.ts';
import { useCaseTexts } from './texts.ts';
import { ApplicantStep } from './wizard/ApplicantStep.tsx';
import { MatterStep, MatterSummary } from './wizard/MatterStep.tsx';
import { NoticesStep } from './wizard/NoticesStep.tsx';
import { ProofsStep } from './wizard/ProofsStep.tsx';
import { RepeatWarning } from './wizard/RepeatWarning.tsx';
import { SignStep } from './wizard/SignStep.tsx';
import { StepBar, StepHeading, WizardSteps } from './wizard/StepBar.tsx';
import {
  type CounterApplicant,
  canGoNext,
  currentStep,
  openProofs,
  startWizard,
  submissionBody,
  type WizardMode,
  wizardReducer,
} from './wizard/state.ts';
import { useWizardData } from './wizard/useWizardData.ts';
import './cases.css';

/**
 * CASE-1..4: apply for a matter. Online (the applicant) or at the counter (a window officer for the
 * applicant in front of them): pick the matter, choose commit or submit for each proof, read the
 * filled notices, then sign the commitments (electronically, or by uploading the paper signature's
 * scan). The wizard's state and rules are in `wizard/state.ts`; here it meets the server and the page.
 */
export function ApplyWizard({ mode }: { mode: WizardMode }) {
  // The online and the counter address render this same component: each starts its own wizard.
  return <Wizard key={mode} mode={mode} />;
}

function Wizard({ mode }: { mode: WizardMode }) {
  const { ct, language } = useCaseTexts();
  const { me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [state, dispatch] = useReducer(wizardReducer, null, () =>
    startWizard(mode, me!.district.code, newIdempotencyKey()),
  );
  const { districts, matters, formError } = useWizardData(state, dispatch);
  const [applicantForm] = Form.useForm<CounterApplicant>();
  const counter = mode === 'counter';
  const { form } = state;
  const step = currentStep(state);

  const next = async () => {
    if (step === 'applicant') {
      const applicant = await applicantForm.validateFields().catch(() => null);
      if (!applicant) return;
      dispatch({ type: 'applicantEntered', identifier: applicant.identifier });
    } else {
      const open = step === 'proofs' ? openProofs(state) : [];
      dispatch({ type: 'next' });
      if (open.length > 0)
        document.querySelector(`[data-testid="proof-${open[0]}"]`)?.scrollIntoView({ block: 'center' });
      if (!canGoNext(state)) return;
    }
    window.scrollTo({ top: 0 });
  };

  const submit = async () => {
    dispatch({ type: 'submitStarted' });
    const body = submissionBody(state, counter ? applicantForm.getFieldsValue(true) : null);
    if (!body) return;
    try {
      const created = await applyForMatter(body, state.idempotencyKey);
      void message.success(ct('sign.submitted', { no: created.caseNo }));
      void navigate(casePages.case(created.id));
    } catch (e) {
      dispatch({
        type: 'submitFailed',
        field: e instanceof ApiError ? (e.field ?? null) : null,
        text: applyServerError(null, e, language),
        idempotencyKey: newIdempotencyKey(),
      });
    }
  };

  const loadError = (error: unknown) =>
    error ? <Alert type="error" showIcon title={applyServerError(null, error, language)} /> : null;

  return (
    <Card
      className="cn-case-page"
      title={<PageTitle>{ct(counter ? 'apply.counterTitle' : 'apply.title')}</PageTitle>}
      data-testid={counter ? 'intake-wizard' : 'apply-wizard'}
    >
      <Typography.Paragraph type="secondary" className="cn-case-intro">
        {ct(counter ? 'apply.counterIntro' : 'apply.intro')}
      </Typography.Paragraph>
      <MatterStep state={state} districts={districts} matters={matters} dispatch={dispatch} />
      {loadError(matters.error)}
      {loadError(formError)}
      {!state.matterId && <Empty className="cn-case-empty" description={ct('apply.pickMatter')} />}
      {state.matterId && !form && !formError && <Skeleton active />}
      {form && (
        <>
          <MatterSummary form={form} />
          {step !== 'sign' && <RepeatWarning state={state} dispatch={dispatch} />}
          <WizardSteps state={state} />
          <div className="cn-case-step" data-testid={`step-${step}`}>
            <StepHeading state={state} />
            {counter && (
              <div hidden={step !== 'applicant'}>
                <ApplicantStep form={applicantForm} error={state.applicantError} />
              </div>
            )}
            {step === 'proofs' && <ProofsStep state={state} form={form} dispatch={dispatch} />}
            {step === 'notices' && <NoticesStep state={state} dispatch={dispatch} />}
            {step === 'sign' && (
              <>
                <RepeatWarning state={state} dispatch={dispatch} confirm />
                <SignStep state={state} districtCode={form.matter.districtCode} dispatch={dispatch} />
              </>
            )}
          </div>
          <StepBar
            state={state}
            dispatch={dispatch}
            onNext={() => void next()}
            onSubmit={() => void submit()}
          />
        </>
      )}
    </Card>
  );
}
