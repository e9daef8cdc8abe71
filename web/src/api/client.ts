import createClient, {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  type Middleware,
} from 'openapi-fetch';
import { invalidateAfterWrite } from '../lib/query.ts';
import type { Answer, Body, Method, Params, PathsWith } from './answers.ts';
import { apiErrorOf } from './errors.ts';
import type { paths } from './schema.d.ts';

/** The token the server set in a cookie at sign-in; a change echoes it in a header (double submit). */
export function csrfToken(): string | undefined {
  const token = document.cookie
    .split('; ')
    .find((c) => c.startsWith('cn_csrf='))
    ?.slice('cn_csrf='.length);
  return token === undefined ? undefined : decodeURIComponent(token);
}

/** Session cookie and, for changes, the CSRF header; errors thrown; what a write touched fetched again. */
const session: Middleware = {
  onRequest({ request }) {
    const token = csrfToken();
    if (request.method !== 'GET' && token) request.headers.set('x-csrf-token', token);
    return request;
  },
  async onResponse({ request, response }) {
    if (!response.ok) throw await apiErrorOf(response);
    if (request.method !== 'GET') {
      const url = new URL(request.url);
      invalidateAfterWrite(url.pathname + url.search);
    }
  },
};

export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
});
client.use(session);

/** What a call takes besides its path: parameters, a body, an abort signal. */
export interface Init {
  params?: { path?: object; query?: object; header?: object };
  body?: unknown;
  signal?: AbortSignal;
}

/** No required keys: what every optional-only object type extends. */
type Empty = Record<never, never>;

/** The arguments after the path: required when the path has required parameters or a required body. */
export type InitOf<I> = Empty extends I ? [init?: I] : [init: I];

/** `params` as the path declares them: required when some are. */
export type ParamsInit<T> = [T] extends [never]
  ? { params?: never }
  : Empty extends T
    ? { params?: T }
    : { params: T };

type CallInit<P extends PathsWith<M>, M extends Method> = ParamsInit<Params<P, M>> &
  (undefined extends Body<P, M> ? { body?: Body<P, M> } : { body: Body<P, M> });

const querySerializer = createQuerySerializer();

/** The concrete URL a call goes to, as openapi-fetch builds it (the query cache's key). */
export function urlOf(path: string, params: Init['params'] = {}): string {
  return createFinalURL(path, {
    baseUrl: '',
    params: params as { path?: Record<string, unknown>; query?: Record<string, unknown> },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}

/** One call; the middleware has thrown on any answer but 2xx, so what comes back is the answer. */
export async function call(method: Uppercase<Method>, path: string, init: Init = {}): Promise<unknown> {
  // openapi-fetch's signature cannot be met with a path that is still generic; `caller` and `useApi`
  // type their callers instead.
  const send = client.request as unknown as (
    method: Uppercase<Method>,
    path: string,
    init: Init,
  ) => Promise<{ data?: unknown }>;
  return (await send(method, path, init)).data;
}

function caller<M extends Method>(method: M) {
  return <P extends PathsWith<M>>(path: P, ...[init]: InitOf<CallInit<P, M>>) =>
    call(method.toUpperCase() as Uppercase<M>, path, init as Init) as Promise<Answer<P, M>>;
}

/**
 * Typed calls by OpenAPI path, e.g. `apiPost('/api/cases/{id}/decision', { params, body })`. A creating
 * POST sends its Idempotency-Key as the contract declares it: `params: { header: { 'idempotency-key' } }`.
 */
export const apiGet = caller('get');
export const apiPost = caller('post');
export const apiPut = caller('put');
export const apiDelete = caller('delete');
