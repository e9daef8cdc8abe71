import type { Body } from './answers.ts';
import { apiPost } from './client.ts';
import { useApi } from './use-api.ts';

// The integrity file (诚信档案, CRED-1): commitments and credit records of a party and how they stand.

/** The applicant's own file. */
export const useIntegrityFile = () => useApi('/api/credit/integrity-file');
/** A party's file in one's district, looked up by identifier. */
export const lookUpIntegrityFile = (body: Body<'/api/credit/integrity-files/lookup'>) =>
  apiPost('/api/credit/integrity-files/lookup', { body });
