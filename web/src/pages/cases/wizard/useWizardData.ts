import { type Dispatch, useEffect } from 'react';
import { useLoad } from '../../../lib/use-load.ts';
import type { ApplicationForm, MatterOption } from '../types.ts';
import type { WizardAction, WizardState } from './state.ts';

export interface District {
  code: string;
  name: string;
  cityName: string;
}

function formUrl({ mode, matterId, counterIdentifier }: WizardState): string | null {
  if (!matterId) return null;
  const url = `/api/cases/application-form?matterId=${encodeURIComponent(matterId)}`;
  // At the counter, once the applicant is named, the form also answers their eligibility (CASE-2).
  return mode === 'counter' && counterIdentifier
    ? `${url}&identifier=${encodeURIComponent(counterIdentifier)}`
    : url;
}

/** What the wizard reads from the server: the districts, their matters and the picked matter's form. */
export function useWizardData(state: WizardState, dispatch: Dispatch<WizardAction>) {
  const districts = useLoad<District[]>(state.mode === 'counter' ? null : '/api/public/districts');
  const matters = useLoad<MatterOption[]>(`/api/cases/matters?district=${state.district}`);
  const form = useLoad<ApplicationForm>(formUrl(state));
  const loaded = form.data;
  useEffect(() => {
    if (loaded) dispatch({ type: 'formLoaded', form: loaded });
  }, [loaded, dispatch]);
  return { districts, matters, formError: form.error };
}
