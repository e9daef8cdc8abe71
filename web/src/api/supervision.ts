import type { Body } from './answers.ts';
import { apiDelete, apiPost, apiPut, urlOf } from './client.ts';
import { type QueryOptions, useApi } from './use-api.ts';

// Double-random supervision (SUP-1), key supervision (SUP-2) and item risks (GOV-3): the workbench of
// regulators, admins and credit officers, and the open data (一公开) everyone reads without login.

type District = { district: string };
const inDistrict = (district: string) => ({ params: { path: { district } } });

/** SUP-1: the district's inspector pools with their declared conflicts. */
export const useInspectors = (district: string, options?: QueryOptions) =>
  useApi('/api/supervision/{district}/inspectors', { ...inDistrict(district), ...options });
export const addInspector = ({ district }: District, body: Body<'/api/supervision/{district}/inspectors'>) =>
  apiPost('/api/supervision/{district}/inspectors', { ...inDistrict(district), body });
export const changeInspector = (
  district: string,
  id: string,
  body: Body<'/api/supervision/{district}/inspectors/{id}', 'put'>,
) => apiPut('/api/supervision/{district}/inspectors/{id}', { params: { path: { district, id } }, body });
export const importInspectors = (
  district: string,
  body: Body<'/api/supervision/{district}/inspectors/import'>,
) => apiPost('/api/supervision/{district}/inspectors/import', { ...inDistrict(district), body });
export const declareConflict = (id: string, body: Body<'/api/supervision/inspectors/{id}/conflicts'>) =>
  apiPost('/api/supervision/inspectors/{id}/conflicts', { params: { path: { id } }, body });
export const withdrawConflict = (id: string, conflictId: string) =>
  apiDelete('/api/supervision/inspectors/{id}/conflicts/{conflictId}', {
    params: { path: { id, conflictId } },
  });

/** SUP-1: the district's sampling plans, and one plan with its strata, hashes, objects and results. */
export const usePlans = (district: string, options?: QueryOptions) =>
  useApi('/api/supervision/{district}/plans', { ...inDistrict(district), ...options });
export const usePlan = (id: string) => useApi('/api/supervision/plans/{id}', { params: { path: { id } } });
export const createPlan = (district: string, body: Body<'/api/supervision/{district}/plans'>) =>
  apiPost('/api/supervision/{district}/plans', { ...inDistrict(district), body });
export const editPlan = (id: string, body: Body<'/api/supervision/plans/{id}', 'put'>) =>
  apiPut('/api/supervision/plans/{id}', { params: { path: { id } }, body });
/** SUP-1: approve (freeze, publish the hashes), draw (reveal the seed), complete, or cancel a draft. */
export const takePlanStep = (
  id: string,
  step: 'approve' | 'draw' | 'complete' | 'cancel',
  revision: number,
) =>
  apiPost(`/api/supervision/plans/{id}/${step}` as '/api/supervision/plans/{id}/approve', {
    params: { path: { id } },
    body: { revision },
  });
export const recordInspectionResult = (
  id: string,
  objectId: string,
  body: Body<'/api/supervision/plans/{id}/objects/{objectId}/result'>,
) =>
  apiPost('/api/supervision/plans/{id}/objects/{objectId}/result', {
    params: { path: { id, objectId } },
    body,
  });

/** SUP-1: where an inspection record kept with a result downloads. */
export const inspectionAttachmentUrl = (id: string, objectId: string, documentId: string) =>
  urlOf('/api/supervision/plans/{id}/objects/{objectId}/attachments/{documentId}', {
    path: { id, objectId, documentId },
  });

/** SUP-2: key supervision of the district, and what puts one case under it today. */
export const useKeySupervisions = (district: string, options?: QueryOptions) =>
  useApi('/api/supervision/{district}/key-supervisions', { ...inDistrict(district), ...options });
export const useCaseKeySupervision = (caseId: string, options?: QueryOptions) =>
  useApi('/api/supervision/cases/{id}/key-supervision', { params: { path: { id: caseId } }, ...options });
export const putUnderKeySupervision = (
  district: string,
  body: Body<'/api/supervision/{district}/key-supervisions'>,
) => apiPost('/api/supervision/{district}/key-supervisions', { ...inDistrict(district), body });
export const liftKeySupervision = (id: string, reason: string) =>
  apiPost('/api/supervision/key-supervisions/{id}/lift', { params: { path: { id } }, body: { reason } });

/** GOV-3: the risk level of each item in force. */
export const useItemRisks = (district: string, options?: QueryOptions) =>
  useApi('/api/supervision/{district}/item-risks', { ...inDistrict(district), ...options });
export const assessItemRisk = (
  district: string,
  itemKey: string,
  body: Body<'/api/supervision/{district}/item-risks/{itemKey}', 'put'>,
) =>
  apiPut('/api/supervision/{district}/item-risks/{itemKey}', {
    params: { path: { district, itemKey } },
    body,
  });

/** 一公开: a district's published plans and results; a plan's frozen pool; a re-run anyone can ask for. */
export const usePublicInspections = (code: string, options?: QueryOptions) =>
  useApi('/api/public/districts/{code}/inspections', { params: { path: { code } }, ...options });
export const usePublicPool = (planId: string, options?: QueryOptions) =>
  useApi('/api/public/inspections/{planId}/pool', { params: { path: { planId } }, ...options });
export const rerunDraw = (planId: string) =>
  apiPost('/api/public/inspections/{planId}/rerun', { params: { path: { planId } }, body: {} });
/** The plan as `npm run verify-draw` reads it (download). */
export const publicPlanUrl = (planId: string) =>
  urlOf('/api/public/inspections/{planId}', { path: { planId } });
