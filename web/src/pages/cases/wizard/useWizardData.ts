import { type Dispatch, useEffect } from 'react';
import type { Answer } from '../../../api/answers.ts';
import { useApplicationForm, useCaseMatters } from '../../../api/cases.ts';
import { useServedDistricts } from '../../../api/organisation.ts';
import type { WizardAction, WizardState } from './state.ts';

export type District = Answer<'/api/public/districts'>[number];

/** What the wizard reads from the server: the districts, their matters and the picked matter's form. */
export function useWizardData(state: WizardState, dispatch: Dispatch<WizardAction>) {
  const districts = useServedDistricts({ enabled: state.mode !== 'counter' });
  const matters = useCaseMatters(state.district);
  // At the counter, once the applicant is named, the form also answers their eligibility (CASE-2).
  const identifier =
    state.mode === 'counter' && state.counterIdentifier ? state.counterIdentifier : undefined;
  const form = useApplicationForm(state.matterId, identifier);
  const loaded = form.data;
  useEffect(() => {
    if (loaded) dispatch({ type: 'formLoaded', form: loaded });
  }, [loaded, dispatch]);
  return { districts, matters, formError: form.error };
}
