import { useApi } from './use-api.ts';

// The portal (issue 17): one search over a district's published matters, list items and guides.

/** Nothing is asked until there are words to look for. */
export const useDistrictSearch = (code: string, q: string) =>
  useApi('/api/public/districts/{code}/search', {
    params: { path: { code }, query: { q } },
    enabled: q.trim() !== '',
  });
