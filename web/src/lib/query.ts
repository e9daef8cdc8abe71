import { QueryClient } from '@tanstack/react-query';

/**
 * The web's one cache of server state. A page always opens on a fresh answer (`gcTime: 0` drops an
 * answer once no page shows it, so a page visited again never flashes what it showed last time and
 * invites a click on a row that has since changed); while a page is on screen its queries are shared
 * by every component asking for the same address, keep their previous answer while the address
 * changes, are cancelled when the page goes, and are refetched after a write to the same resource.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { gcTime: 0, staleTime: 0, retry: false, refetchOnWindowFocus: false },
  },
});

/** `/api/list-changes/7/decision` → `/api/list-changes`: the collection a write belongs to. */
export function resourceOf(url: string): string {
  return (url.split('?')[0] ?? url).split('/').slice(0, 3).join('/');
}

/** After a write, what is on screen of the same resource is fetched again. */
export function invalidateAfterWrite(url: string): void {
  const resource = resourceOf(url);
  void queryClient.invalidateQueries({
    predicate: (query) => typeof query.queryKey[0] === 'string' && resourceOf(query.queryKey[0]) === resource,
  });
}
