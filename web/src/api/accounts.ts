import type { Body } from './answers.ts';
import { apiDelete, apiGet, apiPost } from './client.ts';
import { useApi } from './use-api.ts';

// Accounts: signing in, the account's identity check (SPEC §10), counter codes and a company's agents.

/** The signed-in account, `user: null` for a visitor (asked on every page, so never a 401). */
export const fetchSession = () => apiGet('/api/auth/session');
export const logIn = (body: Body<'/api/auth/login'>) => apiPost('/api/auth/login', { body });
export const logOut = () => apiPost('/api/auth/logout');
/** an applicant registers an account. */
export const register = (body: Body<'/api/auth/register'>) => apiPost('/api/auth/register', { body });
/** a code proving the mobile number of a registration. */
export const sendRegistrationCode = (body: Body<'/api/auth/register/sms-code'>) =>
  apiPost('/api/auth/register/sms-code', { body });
export const changePassword = (body: Body<'/api/auth/password'>) => apiPost('/api/auth/password', { body });

/** Where the account's identity check stands. */
export const usePartyClaim = () => useApi('/api/auth/party-claim');
/** Names whom the account is (again), replacing an open claim. */
export const fileClaim = (body: Body<'/api/auth/party-claim'>) => apiPost('/api/auth/party-claim', { body });
/** Sends a one-time code to the phone on record of the claimed party. */
export const sendClaimSmsCode = () => apiPost('/api/auth/party-claim/sms-code');
/** Proves the claim with an SMS or counter code. */
export const proveClaim = (body: Body<'/api/auth/party-claim/verification'>) =>
  apiPost('/api/auth/party-claim/verification', { body });

/** The window officer hands over a one-time code after checking documents in person. */
export const issueCounterCode = (body: Body<'/api/counter-codes'>) => apiPost('/api/counter-codes', { body });

/** A company's accounts and agent requests, for its administrator. */
export const useCompanyAgents = () => useApi('/api/company/agents');
export const decideAgentRequest = (id: string, body: Body<'/api/company/agent-requests/{id}/decision'>) =>
  apiPost('/api/company/agent-requests/{id}/decision', { params: { path: { id } }, body });
export const removeAgent = (userId: string) =>
  apiDelete('/api/company/agents/{id}', { params: { path: { id: userId } } });
