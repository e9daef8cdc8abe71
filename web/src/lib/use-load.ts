import { useQueryAt } from '../api/use-api.ts';
import { get } from './api.ts';

/** GETs a URL through the query cache (again when it changes or on `reload`); see `useQueryAt`. */
export function useLoad<T>(url: string | null) {
  return useQueryAt(url, (signal) => get<T>(url as string, signal));
}
