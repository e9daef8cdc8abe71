import { ApiError, apiErrorOf, csrfToken } from '../api/client.ts';
import { invalidateAfterWrite } from './query.ts';

export { ApiError };

/** JSON over fetch with the session cookie and, for changes, the CSRF header. */
export async function api<T = unknown>(
  method: string,
  url: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (response.ok && method !== 'GET') invalidateAfterWrite(url);
  if (response.status === 204) return undefined as T;
  if (!response.ok) throw await apiErrorOf(response);
  return (await response.json().catch(() => ({}))) as T;
}

export const get = <T>(url: string, signal?: AbortSignal) => api<T>('GET', url, undefined, {}, signal);
export const post = <T>(url: string, body?: unknown) => api<T>('POST', url, body ?? {});
export const put = <T>(url: string, body: unknown) => api<T>('PUT', url, body);
export const del = <T>(url: string) => api<T>('DELETE', url);
