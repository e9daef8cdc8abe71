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

/** A non-2xx answer as an ApiError; a body that is not the error shape still gives a readable message. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const payload = await response.json().catch(() => ({}));
  return new ApiError(
    response.status,
    payload.code ?? 'HTTP',
    payload.message ?? `请求失败（${response.status}）`,
    payload.message_en ?? `Request failed (${response.status})`,
    payload.field,
    payload.details,
  );
}
