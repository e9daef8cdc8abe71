// A signed-in user over real HTTP, as the web app is: session cookie, CSRF header, JSON.
export interface Answer {
  status: number;
  body: string;
  json<T = unknown>(): T;
  headers: Headers;
}

export class HttpSession {
  private constructor(
    readonly url: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async logIn(url: string, username: string, password = 'Chengnuo@2026'): Promise<HttpSession> {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200)
      throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    return new HttpSession(url, cookie, csrfToken);
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text, json: () => JSON.parse(text), headers: response.headers };
  }
}
