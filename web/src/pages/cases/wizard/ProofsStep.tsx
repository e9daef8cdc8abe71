import type { Dispatch } from 'react';
import { EligibilityAlert } from '../EligibilityAlert.tsx';
import { useCaseTexts } from '../texts.ts';
import type { ApplicationForm } from '../types.ts';
import { ProofCard } from './ProofCard.tsx';
import { canCommit, type WizardAction, type WizardState } from './state.ts';

/** CASE-1, CASE-2: every proof of the matter with its choice; a barred applicant is told why first. */
export function ProofsStep({
  state,
  form,
  dispatch,
}: {
  state: WizardState;
  form: ApplicationForm;
  dispatch: Dispatch<WizardAction>;
}) {
  const { ct } = useCaseTexts();
  return (
    <>
      {form.eligibility && !form.eligibility.eligible && (
        <EligibilityAlert
          eligibility={form.eligibility}
          title={ct(state.mode === 'counter' ? 'eligibility.barredCounter' : 'eligibility.barred')}
          testId="eligibility-barred"
        />
      )}
      {form.proofs.map((proof, i) => (
        <ProofCard
          key={proof.name}
          index={i}
          proof={proof}
          listVersionNo={form.list?.versionNo ?? null}
          canCommit={canCommit(form, proof)}
          draft={state.drafts[i]!}
          districtCode={form.matter.districtCode}
          error={state.proofErrors[i] ?? null}
          dispatch={dispatch}
        />
      ))}
    </>
  );
}
