import type { Body } from './answers.ts';
import { apiGet, apiPost, apiPut } from './client.ts';
import { type QueryOptions, useApi } from './use-api.ts';

// Organisation: the served districts, jurisdictions (ORG-1), agencies, users (ORG-2), district settings (ORG-3).

export const useServedDistricts = (options?: QueryOptions) => useApi('/api/public/districts', options);
export const fetchServedDistricts = () => apiGet('/api/public/districts');
/** A served district's name and the foot of its public site (主办单位, 备案号…). */
export const useDistrictSite = (code: string | undefined) =>
  useApi('/api/public/districts/{code}/site', { params: { path: { code } } });

export const useJurisdictions = () => useApi('/api/jurisdictions');
export const addJurisdiction = (body: Body<'/api/jurisdictions'>) => apiPost('/api/jurisdictions', { body });
export const renameJurisdiction = (code: string, body: Body<'/api/jurisdictions/{code}', 'put'>) =>
  apiPut('/api/jurisdictions/{code}', { params: { path: { code } }, body });

/** The agencies of the viewer's reach, or of one district. */
export const useAgencies = (district?: string, options?: QueryOptions) =>
  useApi('/api/agencies', { params: { query: { district } }, ...options });
export const createAgency = (body: Body<'/api/agencies'>) => apiPost('/api/agencies', { body });
export const updateAgency = (id: string, body: Body<'/api/agencies/{id}', 'put'>) =>
  apiPut('/api/agencies/{id}', { params: { path: { id } }, body });

export const useUsers = () => useApi('/api/users');
export const createUser = (body: Body<'/api/users'>) => apiPost('/api/users', { body });
export const updateUser = (id: string, body: Body<'/api/users/{id}', 'put'>) =>
  apiPut('/api/users/{id}', { params: { path: { id } }, body });
export const resetPassword = (id: string, body: Body<'/api/users/{id}/password-reset'>) =>
  apiPost('/api/users/{id}/password-reset', { params: { path: { id } }, body });

export const useDistrictSettings = (code: string, options?: QueryOptions) =>
  useApi('/api/districts/{code}/settings', { params: { path: { code } }, ...options });
export const updateDistrictSettings = (code: string, body: Body<'/api/districts/{code}/settings', 'put'>) =>
  apiPut('/api/districts/{code}/settings', { params: { path: { code } }, body });
