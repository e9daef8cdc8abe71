import type { Answer } from './answers.ts';
import { apiPost } from './client.ts';
import { useApi } from './use-api.ts';

// CRED-6: the credit outbox — what was pushed to the credit platforms, and a retry of a failed push.

export type CreditPushes = Answer<'/api/credit/pushes'>;
export type CreditPush = CreditPushes['items'][number];
export type PushState = CreditPush['state'];

/** The pushes in one state (with the counts of every state). */
export const useCreditPushes = (state: PushState) =>
  useApi('/api/credit/pushes', { params: { query: { state } } });

export const retryCreditPush = (id: string) =>
  apiPost('/api/credit/pushes/{id}/retry', { params: { path: { id } }, body: {} });
