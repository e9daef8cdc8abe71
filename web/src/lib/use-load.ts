import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { get } from './api.ts';

/**
 * GETs a URL through the query cache (again when it changes or on `reload`). `loading` is the first
 * load and an asked-for reload, not a background refetch, so a page does not blank out behind the user.
 */
export function useLoad<T>(url: string | null) {
  const query = useQuery({
    queryKey: [url],
    queryFn: ({ signal }) => get<T>(url as string, signal),
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
    data: (query.data ?? null) as T | null,
    error: query.error as unknown,
    loading: (url !== null && query.isPending) || reloading,
    reload,
  };
}
