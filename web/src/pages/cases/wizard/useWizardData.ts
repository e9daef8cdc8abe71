import { type Dispatch, useEffect } from 'react';
import type { Answer } from '../../../api/answers.ts';
import { useApi } from '../../../api/use-api.ts';
import type { WizardAction, WizardState } from './state.ts';

export type District = Answer<'/api/public/districts'>[number];

/** What the wizard reads from the server: the districts, their matters and the picked matter's form. */
export function useWizardData(state: WizardState, dispatch: Dispatch<WizardAction>) {
  const districts = useApi('/api/public/districts', { enabled: state.mode !== 'counter' });
  const matters = useApi('/api/cases/matters', { params: { query: { district: state.district } } });
  // At the counter, once the applicant is named, the form also answers their eligibility (CASE-2).
  const identifier =
    state.mode === 'counter' && state.counterIdentifier ? state.counterIdentifier : undefined;
  const form = useApi('/api/cases/application-form', {
    params: { query: { matterId: state.matterId ?? '', ...(identifier ? { identifier } : {}) } },
    enabled: Boolean(state.matterId),
  });
  const loaded = form.data;
  useEffect(() => {
    if (loaded) dispatch({ type: 'formLoaded', form: loaded });
  }, [loaded, dispatch]);
  return { districts, matters, formError: form.error };
}
