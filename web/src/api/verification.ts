import { invalidateAfterWrite } from '../lib/query.ts';
import type { Body, Query } from './answers.ts';
import { apiPost, urlOf } from './client.ts';
import { type QueryOptions, useApi } from './use-api.ts';

// Verification after approval (VER-1..9) and the handling of false commitments (SUP-3). A write under
// /api/verification refetches every verification read on screen (the client does that by resource);
// where a write also changes what another resource shows (a correction on the case page), it says so.

/** VER-1: the verification tasks of one's agency (or district), soonest due first, filtered. */
export const useVerificationTasks = (filter: Query<'/api/verification/tasks'> = {}, options?: QueryOptions) =>
  useApi('/api/verification/tasks', { params: { query: filter }, ...options });
/** VER-1: one task with its commitment, facts, evidence, assistance, regularisation, visit and history. */
export const useVerificationTask = (id: string) =>
  useApi('/api/verification/tasks/{id}', { params: { path: { id } } });
/** VER-2: where a piece of evidence (the signed answer of the sharing platform, an attachment) downloads. */
export const evidenceUrl = (id: string, evidenceId: string) =>
  urlOf('/api/verification/tasks/{id}/evidence/{actionId}', { path: { id, actionId: evidenceId } });

/** VER-2: query the data-sharing platform for this task now. */
export const runOnlineCheck = (id: string) =>
  apiPost('/api/verification/tasks/{id}/run', { params: { path: { id } }, body: {} });
/** VER-1: start working on a planned task. */
export const startVerification = (id: string) =>
  apiPost('/api/verification/tasks/{id}/start', { params: { path: { id } }, body: {} });
/** VER-6, SUP-3: 属实 / 不实 / 无法核查 (with what follows). 不实 writes the integrity file. */
export const recordVerificationResult = (id: string, body: Body<'/api/verification/tasks/{id}/result'>) =>
  apiPost('/api/verification/tasks/{id}/result', { params: { path: { id } }, body });
/** VER-7: ask the applicant to correct a good-faith error, within working days. */
export const requestRegularisation = (
  id: string,
  body: Body<'/api/verification/tasks/{id}/regularisation'>,
) => apiPost('/api/verification/tasks/{id}/regularisation', { params: { path: { id } }, body });
/** VER-4: ask another agency, of this district or another one served here. */
export const requestAssistance = (id: string, body: Body<'/api/verification/tasks/{id}/assistance'>) =>
  apiPost('/api/verification/tasks/{id}/assistance', { params: { path: { id } }, body });
/** VER-4: the agencies that can be asked, in every district served. */
export const useAssistingAgencies = (options?: QueryOptions) =>
  useApi('/api/verification/assisting-agencies', options);

/** VER-4: the requests to one's agency and, for verifiers, the ones it sent. */
export const useAssistanceRequests = () => useApi('/api/verification/assistance');
export const answerAssistance = (id: string, body: Body<'/api/verification/assistance/{id}/answer'>) =>
  apiPost('/api/verification/assistance/{id}/answer', { params: { path: { id } }, body });

/** VER-3: the agency's on-site visits. */
export const useVisits = () => useApi('/api/verification/visits');
/** VER-3 (避免烦企扰民): on-site tasks one visit could check. */
export const useVisitProposals = () => useApi('/api/verification/visits/proposals');
export const scheduleVisit = (body: Body<'/api/verification/visits'>) =>
  apiPost('/api/verification/visits', { body });
export const recordVisit = (id: string, body: Body<'/api/verification/visits/{id}/record'>) =>
  apiPost('/api/verification/visits/{id}/record', { params: { path: { id } }, body });

/** SUP-3: the handling records of false commitments within reach. */
export const useHandlings = () => useApi('/api/verification/handling');
export const useHandling = (id: string) =>
  useApi('/api/verification/handling/{id}', { params: { path: { id } } });
export const takeHandlingAction = (id: string, body: Body<'/api/verification/handling/{id}/actions'>) =>
  apiPost('/api/verification/handling/{id}/actions', { params: { path: { id } }, body });
export const concludeHandlingAction = (
  id: string,
  actionId: string,
  body: Body<'/api/verification/handling/{id}/actions/{actionId}/outcome'>,
) =>
  apiPost('/api/verification/handling/{id}/actions/{actionId}/outcome', {
    params: { path: { id, actionId } },
    body,
  });
/** SUP-3: a commitment found false before the decision (the case is then terminated). */
export const recordFinding = async (body: Body<'/api/verification/findings'>) => {
  const handling = await apiPost('/api/verification/findings', { body });
  invalidateAfterWrite('/api/cases');
  return handling;
};

/** VER-7: the applicant's correction; the case page shows the task back in progress. */
export const submitCorrection = async (
  regularisationId: string,
  body: Body<'/api/verification/regularisations/{id}/correction'>,
) => {
  const answer = await apiPost('/api/verification/regularisations/{id}/correction', {
    params: { path: { id: regularisationId } },
    body,
  });
  invalidateAfterWrite('/api/cases');
  return answer;
};

/** VER-8 (谁查询了我的数据): the queries about the signed-in party. */
export const useMyDataAccessLog = () => useApi('/api/me/data-access-log');
/** VER-8: the queries one's district (agency staff: their agency) made, filtered. */
export type DataAccessFilter = Omit<Query<'/api/verification/data-access-log'>, 'format'>;
export const useDistrictDataAccessLog = (filter: DataAccessFilter) =>
  useApi('/api/verification/data-access-log', { params: { query: filter } });
/** The same queries as an .xlsx workbook (at most 5000; the server names the file). */
export const dataAccessWorkbook = (filter: DataAccessFilter) =>
  urlOf('/api/verification/data-access-log', { query: { ...filter, format: 'xlsx' } });
/** VER-8: delay showing a query to its subject, until a date, with a reason. */
export const delayDataAccessDisplay = (
  id: string,
  body: Body<'/api/verification/data-access-log/{id}/delay'>,
) => apiPost('/api/verification/data-access-log/{id}/delay', { params: { path: { id } }, body });
