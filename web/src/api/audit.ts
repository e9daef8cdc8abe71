import type { Query } from './answers.ts';
import { apiGet } from './client.ts';

// The audit trail (GOV-5): a chain's entries page by page, and the check of its hashes.

export const fetchAuditEntries = (query: Query<'/api/audit/entries'>) =>
  apiGet('/api/audit/entries', { params: { query } });
export const verifyAuditChain = (chain: string) =>
  apiGet('/api/audit/verification', { params: { query: { chain } } });
