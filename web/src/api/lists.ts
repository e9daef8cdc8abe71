import type { DerivedListKind } from '@common/derived-lists.ts';
import type { Body, Query } from './answers.ts';
import { apiDelete, apiPost, apiPut, urlOf } from './client.ts';
import { type QueryOptions, useApi } from './use-api.ts';

// Lists of certification matters under commitment: the catalogue (LIST-1/2), a level's list with its
// draft and versions (LIST-3..5, LIST-8), change requests (LIST-6), filings (LIST-7), and what the
// public reads of them.

export const useCatalogue = (district: string, options?: QueryOptions) =>
  useApi('/api/catalogue', { params: { query: { district } }, ...options });
export const addCertificationMatter = (district: string, body: Body<'/api/catalogue/matters'>) =>
  apiPost('/api/catalogue/matters', { params: { query: { district } }, body });
export const updateCertificationMatter = (
  id: string,
  district: string,
  body: Body<'/api/catalogue/matters/{id}', 'put'>,
) => apiPut('/api/catalogue/matters/{id}', { params: { path: { id }, query: { district } }, body });
export const addAdministrativeMatter = (
  district: string,
  body: Body<'/api/catalogue/administrative-matters'>,
) => apiPost('/api/catalogue/administrative-matters', { params: { query: { district } }, body });
export const updateAdministrativeMatter = (
  id: string,
  district: string,
  body: Body<'/api/catalogue/administrative-matters/{id}', 'put'>,
) =>
  apiPut('/api/catalogue/administrative-matters/{id}', {
    params: { path: { id }, query: { district } },
    body,
  });

/** A level's list: its draft, versions and the list above it to claim from. */
export const useListWorkspace = (code: string, options?: QueryOptions) =>
  useApi('/api/lists/{code}', { params: { path: { code } }, ...options });
/** LIST-2: should-adopt matters and key-field coverage. */
export const useListDashboard = (code: string) =>
  useApi('/api/lists/{code}/dashboard', { params: { path: { code } } });
export const addDraftItem = (code: string, body: Body<'/api/lists/{code}/items'>) =>
  apiPost('/api/lists/{code}/items', { params: { path: { code } }, body });
export const amendDraftItem = (code: string, id: string, body: Body<'/api/lists/{code}/items/{id}', 'put'>) =>
  apiPut('/api/lists/{code}/items/{id}', { params: { path: { code, id } }, body });
export const removeDraftItem = (code: string, id: string, revision: number) =>
  apiDelete('/api/lists/{code}/items/{id}', { params: { path: { code, id }, query: { revision } } });
/** VER-5: exempt draft rows naming an industry regulator, with the opinion recorded (or none). */
export const useExemptions = () => useApi('/api/lists/exemptions');
/** VER-5: the industry regulator's opinion on exempting a draft row from verification. */
export const recordRegulatorOpinion = (
  code: string,
  rowId: string,
  body: Body<'/api/lists/{code}/draft/{rowId}/regulator-opinion'>,
) =>
  apiPost('/api/lists/{code}/draft/{rowId}/regulator-opinion', { params: { path: { code, rowId } }, body });
/** LIST-3: takes over items of the list above, all of them or those named. */
export const claimItems = (code: string, body: Body<'/api/lists/{code}/claims'>) =>
  apiPost('/api/lists/{code}/claims', { params: { path: { code } }, body });
/** LIST-8: a list workbook (.xlsx) into the draft, or as a published city list. */
export const previewListImport = (code: string, body: Body<'/api/lists/{code}/imports/preview'>) =>
  apiPost('/api/lists/{code}/imports/preview', { params: { path: { code } }, body });
export const importList = (code: string, body: Body<'/api/lists/{code}/imports'>) =>
  apiPost('/api/lists/{code}/imports', { params: { path: { code } }, body });
/** LIST-4: the draft as a new immutable version. */
export const publishVersion = (code: string, body: Body<'/api/lists/{code}/versions'>) =>
  apiPost('/api/lists/{code}/versions', { params: { path: { code } }, body });

export const useChangeRequests = (query: Query<'/api/list-changes'>) =>
  useApi('/api/list-changes', { params: { query } });
/** One change request with its history; nothing is asked while none is open. */
export const useChangeRequest = (id: string | null) =>
  useApi('/api/list-changes/{id}', { params: { path: { id } } });
export const submitChangeRequest = (body: Body<'/api/list-changes'>) =>
  apiPost('/api/list-changes', { body });
export const reviewChangeRequest = (id: string, body: Body<'/api/list-changes/{id}/review'>) =>
  apiPost('/api/list-changes/{id}/review', { params: { path: { id } }, body });
export const resubmitChangeRequest = (id: string, body: Body<'/api/list-changes/{id}/resubmit'>) =>
  apiPost('/api/list-changes/{id}/resubmit', { params: { path: { id } }, body });
export const withdrawChangeRequest = (id: string, body: Body<'/api/list-changes/{id}/withdraw'>) =>
  apiPost('/api/list-changes/{id}/withdraw', { params: { path: { id } }, body });

export const useListFilings = () => useApi('/api/list-filings');
/** Sends a filing to the level above, or marks one received there. */
export const actOnFiling = (
  id: string,
  action: 'submit' | 'receive',
  body: Body<'/api/list-filings/{id}/submit'>,
) => apiPost(`/api/list-filings/{id}/${action}`, { params: { path: { id } }, body });

/** The places with a published list (city, district, town). */
export const usePublishedLists = () => useApi('/api/public/lists');
/** A place's list in force, or its version `version`. */
export const usePublicList = (code: string, version?: number) =>
  useApi('/api/public/districts/{code}/list', { params: { path: { code }, query: { version } } });
/** Every published version, newest first. */
export const useListVersions = (code: string) =>
  useApi('/api/public/districts/{code}/list/versions', { params: { path: { code } } });
export const useVersionDiff = (
  code: string,
  query: Query<'/api/public/districts/{code}/list/diff'>,
  options: QueryOptions,
) => useApi('/api/public/districts/{code}/list/diff', { params: { path: { code }, query }, ...options });
/** LIST-5: a derived list of the version in force, or of version `version`. */
export const useDerivedList = (code: string, kind: DerivedListKind, version?: number) =>
  useApi('/api/public/districts/{code}/derived/{kind}', {
    params: { path: { code, kind }, query: { version } },
  });

/** The open-data workbooks: each list the pages show, as .xlsx. */
export const workbooks = {
  list: (code: string, version: number) =>
    urlOf('/api/public/districts/{code}/list', { path: { code }, query: { version, format: 'xlsx' } }),
  derived: (code: string, kind: DerivedListKind, version: number) =>
    urlOf('/api/public/districts/{code}/derived/{kind}', {
      path: { code, kind },
      query: { version, format: 'xlsx' },
    }),
};
