import type { TextKind } from '@common/text-elements.ts';
import type { Body } from './answers.ts';
import { apiPost, apiPut } from './client.ts';
import { type QueryOptions, useApi } from './use-api.ts';

// Documents of a district: the general work rule (DOC-1), each list item's format texts (DOC-2/3), the
// service guides (DOC-4) and their filings (DOC-5); each edited as a draft saved at the revision read
// and published at the revision saved; and what the public reads of them.

export const useWorkRuleDraft = (district: string) =>
  useApi('/api/documents/work-rule', { params: { query: { district } } });
export const saveWorkRule = (district: string, body: Body<'/api/documents/work-rule', 'put'>) =>
  apiPut('/api/documents/work-rule', { params: { query: { district } }, body });
export const publishWorkRule = (district: string, body: Body<'/api/documents/work-rule/publication'>) =>
  apiPost('/api/documents/work-rule/publication', { params: { query: { district } }, body });

/** DOC-3: each item's texts and how they stand. */
export const useTextsDashboard = (district: string) =>
  useApi('/api/documents/texts', { params: { query: { district } } });
export const useFormatTextDraft = (itemKey: string, kind: TextKind, district: string) =>
  useApi('/api/documents/texts/{itemKey}/{kind}', {
    params: { path: { itemKey, kind }, query: { district } },
  });
export const saveFormatText = (
  itemKey: string,
  kind: TextKind,
  district: string,
  body: Body<'/api/documents/texts/{itemKey}/{kind}', 'put'>,
) =>
  apiPut('/api/documents/texts/{itemKey}/{kind}', {
    params: { path: { itemKey, kind }, query: { district } },
    body,
  });
export const publishFormatText = (
  itemKey: string,
  kind: TextKind,
  district: string,
  body: Body<'/api/documents/texts/{itemKey}/{kind}/publication'>,
) =>
  apiPost('/api/documents/texts/{itemKey}/{kind}/publication', {
    params: { path: { itemKey, kind }, query: { district } },
    body,
  });

/** Every administrative matter of the district with its guide's version and draft. */
export const useServiceGuides = (district: string) =>
  useApi('/api/documents/guides', { params: { query: { district } } });
export const useServiceGuideDraft = (id: string, district: string) =>
  useApi('/api/documents/guides/{id}', { params: { path: { id }, query: { district } } });
export const saveServiceGuide = (
  id: string,
  district: string,
  body: Body<'/api/documents/guides/{id}', 'put'>,
) => apiPut('/api/documents/guides/{id}', { params: { path: { id }, query: { district } }, body });
export const publishServiceGuide = (
  id: string,
  district: string,
  body: Body<'/api/documents/guides/{id}/publication'>,
) =>
  apiPost('/api/documents/guides/{id}/publication', { params: { path: { id }, query: { district } }, body });

export const useDocumentFilings = (district: string) =>
  useApi('/api/documents/filings', { params: { query: { district } } });
/** The justice bureau records a filing received (确认备案). */
export const receiveDocumentFiling = (id: string, body: Body<'/api/documents/filings/{id}/receipt'>) =>
  apiPost('/api/documents/filings/{id}/receipt', { params: { path: { id } }, body });

/** A district's published format texts, service guides and work rule in force. */
export const usePublishedTexts = (code: string) =>
  useApi('/api/public/districts/{code}/texts', { params: { path: { code } } });
export const usePublishedGuides = (code: string) =>
  useApi('/api/public/districts/{code}/guides', { params: { path: { code } } });
export const useWorkRuleInForce = (code: string) =>
  useApi('/api/public/districts/{code}/work-rule', { params: { path: { code } } });
/** One published text or guide as a document. */
export const usePublishedText = (id: string, options: QueryOptions) =>
  useApi('/api/public/texts/{id}', { params: { path: { id } }, ...options });
export const usePublishedGuide = (id: string, options: QueryOptions) =>
  useApi('/api/public/guides/{id}', { params: { path: { id } }, ...options });
