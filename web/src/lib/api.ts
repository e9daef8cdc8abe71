import { invalidateAfterWrite } from './query.ts';

/** The server's one error shape, parsed back (Chinese and English message, field at fault). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(messageEn);
  }
  text(language: 'zh' | 'en'): string {
    return language === 'zh' ? this.messageZh : this.messageEn;
  }
}

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith('cn_csrf='))
    ?.slice('cn_csrf='.length);
}

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
  if (method !== 'GET' && token) headers['x-csrf-token'] = decodeURIComponent(token);
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (response.ok && method !== 'GET') invalidateAfterWrite(url);
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(
      response.status,
      payload.code ?? 'HTTP',
      payload.message ?? `请求失败（${response.status}）`,
      payload.message_en ?? `Request failed (${response.status})`,
      payload.field,
      payload.details,
    );
  }
  return payload as T;
}

export const get = <T>(url: string, signal?: AbortSignal) => api<T>('GET', url, undefined, {}, signal);
export const post = <T>(url: string, body?: unknown) => api<T>('POST', url, body ?? {});
export const put = <T>(url: string, body: unknown) => api<T>('PUT', url, body);
export const del = <T>(url: string) => api<T>('DELETE', url);
