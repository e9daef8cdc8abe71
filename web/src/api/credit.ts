import type { Body } from './answers.ts';
import { apiPost, urlOf } from './client.ts';
import { useApi } from './use-api.ts';

// The credit office (CRED-2..5): its rulebook, dishonesty records, grades, repair applications and
// objections; and the applicant's repair applications and objections.

/** CRED-2: the rulebook in force with its version history; publishing a new version. */
export const useCreditRules = () => useApi('/api/credit/rules');
export const publishCreditRules = (body: Body<'/api/credit/rules'>) => apiPost('/api/credit/rules', { body });

/** CRED-2: the district's dishonesty records; entering one another authority found. */
export const useCreditRecords = () => useApi('/api/credit/records');
export const enterCreditRecord = (body: Body<'/api/credit/records'>) =>
  apiPost('/api/credit/records', { body });

/** CRED-3: how the district's parties are graded. */
export const useCreditGrades = () => useApi('/api/credit/grades');

/** CRED-4: repair applications — the applicant applies, the credit office decides. */
export const useRepairQueue = () => useApi('/api/credit/repairs');
export const applyForRepair = (body: Body<'/api/credit/repairs'>) => apiPost('/api/credit/repairs', { body });
export const decideRepair = (id: string, body: Body<'/api/credit/repairs/{id}/decision'>) =>
  apiPost('/api/credit/repairs/{id}/decision', { params: { path: { id } }, body });

/** CRED-5: objections — the applicant objects, an officer other than the finder re-examines. */
export const useObjectionQueue = () => useApi('/api/credit/objections');
export const fileObjection = (body: Body<'/api/credit/objections'>) =>
  apiPost('/api/credit/objections', { body });
export const decideObjection = (id: string, body: Body<'/api/credit/objections/{id}/decision'>) =>
  apiPost('/api/credit/objections/{id}/decision', { params: { path: { id } }, body });

/** Where an evidence file of a repair or an objection downloads. */
export const creditEvidenceUrl = (id: string) => urlOf('/api/credit/evidence/{id}', { path: { id } });
