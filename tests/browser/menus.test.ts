// Issue 17 (no placeholder pages) and ORG-2: every demo user lands on the workbench of its role, opens
// every entry of their menu and lands on a working page — no error page, no 建设中, no API answer refused or failed, and a district picker that
// names its district. One browser, one context per user; the menu's links are followed inside the
// app (no reload), and a page counts as shown once its heading is there and no API call is in flight.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { baseUrl, launch } from './browser.ts';

interface DemoUser {
  username: string;
  password: string;
  role: string;
}

const users = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../demo/users.json'), 'utf8'),
) as DemoUser[];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** The API calls in flight on a page, and those answered with an error (with the page they came from). */
function watchApi(page: Page) {
  const api = (url: string) => new URL(url).pathname.startsWith('/api/');
  let pending = 0;
  let settle: (() => void) | null = null;
  const failed: string[] = [];
  page.on('request', (r) => {
    if (api(r.url())) pending += 1;
  });
  const done = (r: { url(): string }) => {
    if (!api(r.url())) return;
    pending -= 1;
    if (pending === 0) settle?.();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', (r) => {
    done(r);
    if (api(r.url())) failed.push(`${r.method()} ${r.url()} failed on ${new URL(page.url()).pathname}`);
  });
  page.on('response', (r) => {
    if (api(r.url()) && r.status() >= 400)
      failed.push(`${r.status()} ${r.request().method()} ${r.url()} on ${new URL(page.url()).pathname}`);
  });
  /** Resolves once no call is in flight. */
  const quiet = () =>
    pending === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          settle = resolve;
        });
  return { failed, quiet, busy: () => pending > 0 };
}
type Api = ReturnType<typeof watchApi>;

/**
 * The page has come to rest: its heading is there and no API call has been in flight for two frames
 * (a page that learns its district first asks for its data a render later).
 */
async function shown(page: Page, api: Api) {
  await page.locator('#main h1:not([data-was])').first().waitFor({ timeout: 30_000 });
  do {
    await api.quiet();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  } while (api.busy());
}

/** What is wrong with the page on screen: an error page, a placeholder, a district picker showing a code. */
async function problemsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('#main');
    const text = main?.textContent ?? '';
    const problems: string[] = [];
    if (main?.querySelector('.ant-result-error, .ant-result-404, .ant-result-500'))
      problems.push('error page');
    if (/\b404\b/.test(text)) problems.push('404');
    if (text.includes('建设中')) problems.push('建设中');
    for (const select of main?.querySelectorAll('.ant-select') ?? []) {
      const shownValue = select.textContent?.trim() ?? '';
      if (/^\d{6}$/.test(shownValue)) problems.push(`picker shows ${shownValue}`);
    }
    return problems;
  });
}

// A few users at once (the browser project's maxConcurrency): while one page waits for the server,
// another renders.
describe.concurrent('issue 17: every menu entry of every demo user is a working page', () => {
  it.for(users)('$username', { timeout: 90_000 }, (user, { expect }) => visitEveryEntry(user, expect));
});

async function visitEveryEntry(user: DemoUser, expect: ExpectStatic) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const login = await context.request.post(`${baseUrl()}/api/auth/login`, {
      data: { username: user.username, password: user.password },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    const api = watchApi(page);
    await page.goto(`${baseUrl()}/workbench`);
    // ORG-2: each demo user lands on the workbench of its own role (signing in by keyboard: keyboard.test.ts).
    await page.getByTestId(`workbench-${user.role}`).waitFor();
    await shown(page, api);
    const menu = page.locator('.ant-layout-sider nav a');
    const entries = await menu.evaluateAll((links) =>
      links.map((a) => ({ label: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    );
    expect(entries.length).toBeGreaterThan(3);
    const labels = entries.map((e) => e.label);
    expect(labels[0]).toBe('工作台');
    expect(labels.includes('用户与角色')).toBe(user.role === 'admin');
    if (user.role === 'justice-officer') expect(labels).toContain('备案管理');
    if (user.role === 'applicant') expect(labels).toContain('我要办事');
    const problems: string[] = [];
    for (const [i, entry] of entries.entries()) {
      if (entry.label.includes('建设中')) problems.push(`${entry.label}: marked 建设中 in the menu`);
      if (i > 0) {
        // The heading shown so far is marked, so the next page's own heading is waited for.
        await page.evaluate(() => {
          for (const h of document.querySelectorAll('#main h1')) h.setAttribute('data-was', '');
        });
        await menu.nth(i).click();
        await page.waitForURL((url) => `${url.pathname}${url.search}` === entry.href);
        await shown(page, api);
      }
      problems.push(...(await problemsOf(page)).map((p) => `${entry.label} (${entry.href}): ${p}`));
    }
    expect([...problems, ...api.failed]).toEqual([]);
  } finally {
    await context.close();
  }
}
