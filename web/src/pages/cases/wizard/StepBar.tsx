import { Alert, Button, Steps, Typography } from 'antd';
import { type Dispatch, useEffect, useRef } from 'react';
import { type CaseTextKey, useCaseTexts } from '../texts.ts';
import {
  choiceCounts,
  currentStep,
  isLastStep,
  messageText,
  type StepKey,
  stepsOf,
  type WizardAction,
  type WizardState,
} from './state.ts';

const titles: Record<StepKey, CaseTextKey> = {
  applicant: 'apply.step.applicant',
  proofs: 'apply.step.proofs',
  notices: 'apply.step.notices',
  sign: 'apply.step.sign',
};

const titleOf = (state: WizardState, key: StepKey): CaseTextKey =>
  key === 'sign' && state.mode === 'counter' ? 'apply.step.signPaper' : titles[key];

/** Where the wizard is, above its step. */
export function WizardSteps({ state }: { state: WizardState }) {
  const { ct } = useCaseTexts();
  return (
    <Steps
      className="cn-case-steps"
      current={state.step}
      size="small"
      items={stepsOf(state.mode).map((key) => ({ title: ct(titleOf(state, key)) }))}
    />
  );
}

/**
 * The heading of the step shown. When the step changes, focus moves here (it is not a tab stop), so a
 * keyboard user goes on from the new step's top and a screen reader announces which step it is.
 */
export function StepHeading({ state }: { state: WizardState }) {
  const { ct } = useCaseTexts();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(state.step);
  useEffect(() => {
    if (shown.current === state.step) return;
    shown.current = state.step;
    heading.current?.focus();
  }, [state.step]);
  return (
    <Typography.Title level={2} className="cn-case-h2" tabIndex={-1} ref={heading} data-testid="step-heading">
      {ct('apply.stepHeading', {
        n: state.step + 1,
        total: stepsOf(state.mode).length,
        title: ct(titleOf(state, currentStep(state))),
      })}
    </Typography.Title>
  );
}

/** Below the step: what keeps it from going on, the tally of choices, and back / next / submit. */
export function StepBar({
  state,
  dispatch,
  onNext,
  onSubmit,
}: {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
  onNext(): void;
  onSubmit(): void;
}) {
  const { ct, language } = useCaseTexts();
  const counts = choiceCounts(state);
  return (
    <>
      {state.stepError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="cn-case-step-error"
          title={messageText(state.stepError, ct, language)}
        />
      )}
      <div className="cn-case-step-bar">
        <span className="cn-case-muted" aria-live="polite">
          {currentStep(state) !== 'applicant' && ct('apply.summary', counts)}
        </span>
        <span className="cn-case-step-buttons">
          {state.step > 0 && <Button onClick={() => dispatch({ type: 'prev' })}>{ct('common.prev')}</Button>}
          {isLastStep(state) ? (
            <Button
              type="primary"
              loading={state.submitting}
              onClick={onSubmit}
              data-testid="submit-application"
            >
              {counts.commit === 0
                ? ct('sign.submitNoCommit')
                : ct(state.mode === 'counter' ? 'sign.counterSubmit' : 'sign.submit')}
            </Button>
          ) : (
            <Button type="primary" onClick={onNext}>
              {ct('common.next')}
            </Button>
          )}
        </span>
      </div>
    </>
  );
}
