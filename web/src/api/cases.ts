import type { Answer, Body, PathsWith } from './answers.ts';
import { apiGet, apiPost } from './client.ts';
import { useApi } from './use-api.ts';

// Applications (cases, CASE-1..7) and the commitments they disclose (CASE-4).

/** CASE-1: the matters one may apply for in a district. */
export const useCaseMatters = (district: string) =>
  useApi('/api/cases/matters', { params: { query: { district } } });
/**
 * CASE-1..4: the application form of a matter (nothing is asked before one is picked); given the
 * applicant at the counter, it also answers their eligibility (CASE-2).
 */
export const useApplicationForm = (matterId: string | null, identifier?: string) =>
  useApi('/api/cases/application-form', {
    params: { query: { matterId: matterId ?? '', ...(identifier ? { identifier } : {}) } },
    enabled: Boolean(matterId),
  });
/** A proof or signature scan, stored for the uploader's application. */
export const uploadFile = (body: Body<'/api/cases/files'>) => apiPost('/api/cases/files', { body });
/** the same key answers a retry with the case the first attempt created. */
export const applyForMatter = (body: Body<'/api/cases'>, idempotencyKey: string) =>
  apiPost('/api/cases', {
    body,
    params: { header: { 'idempotency-key': idempotencyKey, prefer: 'return=minimal' } },
  });

/** CASE-7: the applicant's cases, or the officer's queue. */
export const useCases = () => useApi('/api/cases');
export const useCase = (id: string) => useApi('/api/cases/{id}', { params: { path: { id } } });
/** DOC-6: a letter's stored PDF checked again against the SM3 recorded with it. */
export const verifyCaseDocument = (id: string, documentId: string) =>
  apiGet('/api/cases/{id}/documents/{documentId}/verification', { params: { path: { id, documentId } } });
/** the applicant's full ID number and phone, audited. */
export const viewApplicantPersonalData = (id: string) =>
  apiPost('/api/cases/{id}/personal-data', { params: { path: { id } } });

/** A case as read: each change is made at the revision it was read at. */
type AtRevision = Pick<Answer<'/api/cases/{id}'>, 'id' | 'revision'>;
type Change<P extends PathsWith<'post'>> = Omit<Body<P>, 'revision'>;

/** CASE-6/7: accept, ask for correction, terminate, withdraw or resubmit. */
export const actOnCase = ({ id, revision }: AtRevision, body: Change<'/api/cases/{id}/actions'>) =>
  apiPost('/api/cases/{id}/actions', { params: { path: { id } }, body: { ...body, revision } });
/** CASE-6: approve or refuse, with date and document number. */
export const decideCase = ({ id, revision }: AtRevision, body: Change<'/api/cases/{id}/decision'>) =>
  apiPost('/api/cases/{id}/decision', { params: { path: { id } }, body: { ...body, revision } });
/** CASE-5: withdraw a commitment and submit the proof instead. */
export const withdrawCommitment = (
  { id, revision }: AtRevision,
  proofId: string,
  body: Change<'/api/cases/{id}/proofs/{proofId}/withdraw-commitment'>,
) =>
  apiPost('/api/cases/{id}/proofs/{proofId}/withdraw-commitment', {
    params: { path: { id, proofId } },
    body: { ...body, revision },
  });
export const attachProofFile = (
  { id, revision }: AtRevision,
  proofId: string,
  body: Change<'/api/cases/{id}/proofs/{proofId}/attach-file'>,
) =>
  apiPost('/api/cases/{id}/proofs/{proofId}/attach-file', {
    params: { path: { id, proofId } },
    body: { ...body, revision },
  });

/** CASE-4: a district's disclosed commitments, personal data masked. */
export const useDisclosures = (code: string) =>
  useApi('/api/public/districts/{code}/disclosures', { params: { path: { code } } });
