import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Answer, Params, PathsWith, Read } from './answers.ts';
import { call, type Init, type InitOf, type ParamsInit, urlOf } from './client.ts';

/**
 * GETs a URL through the query cache, keyed by the URL itself so a write to the same resource
 * (`invalidateAfterWrite`) fetches it again. `loading` is the first load and an asked-for reload, not
 * a background refetch, so a page does not blank out behind the user.
 */
function useQueryAt<T>(url: string | null, load: (signal: AbortSignal) => Promise<T>): Read<T> {
  const query = useQuery({
    queryKey: [url],
    queryFn: ({ signal }) => load(signal),
    enabled: url !== null,
    placeholderData: keepPreviousData,
  });
  const [reloading, setReloading] = useState(false);
  const { refetch } = query;
  const reload = useCallback(async () => {
    if (url === null) return;
    setReloading(true);
    try {
      await refetch();
    } finally {
      setReloading(false);
    }
  }, [url, refetch]);
  return {
    data: query.data ?? null,
    error: query.error,
    loading: (url !== null && query.isPending) || reloading,
    reload,
  };
}

/** Path parameters may still be unknown (a route segment, a choice not made yet): nothing is asked then. */
type Pending<T> = {
  [K in keyof T]: K extends 'path' ? { [N in keyof T[K]]: T[K][N] | null | undefined } : T[K];
};

/** What a read hook takes besides its parameters. */
export interface QueryOptions {
  /** false holds the query (e.g. while the dialog that shows it is closed). */
  enabled?: boolean;
}

type QueryInit<P extends PathsWith<'get'>> = ParamsInit<Pending<Params<P>>> & QueryOptions;

const missing = (value: unknown) => value === undefined || value === null || value === '';

/** A typed GET of an OpenAPI path, e.g. `useApi('/api/cases/{id}', { params: { path: { id } } })`. */
export function useApi<P extends PathsWith<'get'>>(path: P, ...[init]: InitOf<QueryInit<P>>) {
  const params = init?.params as Init['params'];
  const ready = init?.enabled !== false && !Object.values(params?.path ?? {}).some(missing);
  return useQueryAt(
    ready ? urlOf(path, params) : null,
    (signal) => call('GET', path, { params, signal }) as Promise<Answer<P>>,
  );
}
