// What the accessibility suites share: the pages a visitor and each demo role can reach, a page that
// has finished loading, axe-core's WCAG 2.1 A/AA verdict, and the 关怀模式 layout checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { navigationFor } from '../../web/src/lib/navigation.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The widths a page is looked at: a desktop, and a phone (Q-1; 关怀模式 must hold there too). */
export const desktop = 1280;
export const phone = 375;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Mode = 'normal' | 'elderly';

/** One axe violation of impact serious or critical on one page in one mode. */
export interface Finding {
  page: string;
  mode: Mode;
  rule: string;
  impact: string;
  targets: string[];
}

/** A view of a page that only shows after a click (the list versions of 清单管理, a picked matter). */
interface View {
  path: string;
  name: string;
  open(page: Page): Promise<void>;
}

/** Public pages (web/src/App.tsx, inside PublicLayout) with real parameters from the demo data. */
export const publicPages = [
  '/',
  '/public/lists',
  '/public/lists/370212',
  '/public/lists/370212/derived',
  '/public/lists/370212/derived/retained',
  '/public/lists/370212/versions',
  '/public/lists/370212/diff?from=1&to=2',
  '/public/templates?district=370212',
  '/public/guides?district=370212',
  '/public/work-rule?district=370212',
  '/public/disclosures?district=370212',
  '/public/inspections?district=370212',
  '/public/statistics',
  '/public/search?district=370212&q=%E8%AF%81%E6%98%8E',
  '/login',
  '/register',
  '/privacy',
];

/** Detail pages reached from a listing: the first link of each kind a page shows is walked too. */
export const detailLinks: { route: string; selector: string }[] = [
  { route: 'public/texts/:id', selector: 'main a[href^="/public/texts/"]' },
  { route: 'public/guides/:id', selector: 'main a[href^="/public/guides/"]' },
  { route: 'cases/:id', selector: 'main a[href^="/workbench/cases/"]' },
  { route: 'verification/:id', selector: 'main a[href^="/workbench/verification/"]' },
  { route: 'handling/:id', selector: 'main a[href^="/workbench/handling/"]' },
  { route: 'inspection-plans/:id', selector: 'main a[href^="/workbench/inspection-plans/"]' },
  { route: 'texts/:itemKey/:kind', selector: 'main a[href^="/workbench/texts/"]' },
  { route: 'guides/:id', selector: 'main a[href^="/workbench/guides/"]' },
];

/** The first matter of the application wizard's list, picked: the wizard's steps show. */
async function pickFirstMatter(page: Page): Promise<void> {
  await page.locator('#apply-matter').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
}

/** Views walked after their page. */
export const views: View[] = [
  {
    path: '/workbench/lists',
    name: 'versions',
    open: (page) => page.getByRole('tab', { name: /^(已发布版本|Published versions)/ }).click(),
  },
  { path: '/workbench/apply', name: 'matter', open: pickFirstMatter },
  { path: '/workbench/intake', name: 'matter', open: pickFirstMatter },
];

export interface DemoUser {
  username: string;
  password: string;
  role: string;
  district: string;
  party?: { kind: string };
}

/** One demo user per role (崂山区), and the company applicant besides the person. */
export function demoRoles(): DemoUser[] {
  const users = JSON.parse(readFileSync(path.join(root, 'demo/users.json'), 'utf8')) as DemoUser[];
  const kind = (u: DemoUser) => (u.party ? `${u.role}-${u.party.kind}` : u.role);
  const seen = new Set<string>();
  return users.filter((u) => {
    if (u.district !== '370212' || seen.has(kind(u))) return false;
    seen.add(kind(u));
    return true;
  });
}

/** The requests a page has open, and how many it has started: a page is loaded once none is open. */
export interface Requests {
  idle(): Promise<void>;
  started(): number;
}

export function watchRequests(page: Page): Requests {
  const open = new Set<Request>();
  let started = 0;
  let waiting: (() => void)[] = [];
  const close = (request: Request) => {
    open.delete(request);
    if (open.size) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  page.on('request', (request) => {
    started++;
    open.add(request);
  });
  page.on('requestfinished', close);
  page.on('requestfailed', close);
  return {
    idle: async () => {
      if (open.size) await new Promise<void>((resolve) => waiting.push(resolve));
    },
    started: () => started,
  };
}

/** Waits until the page's requests are answered, its content rendered and its animations over. */
export async function loaded(page: Page, requests: Requests): Promise<void> {
  for (;;) {
    await requests.idle();
    const before = requests.started();
    await page.waitForFunction(
      () =>
        !!document.querySelector('main')?.textContent?.trim() &&
        !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'),
      undefined,
      { timeout: 20_000 },
    );
    await page.evaluate(async () => {
      await document.fonts.ready;
      // Settled: no animation running and the content's box the same three frames running (a menu
      // that folds away on a phone does so a moment after the resize).
      // (No function declared in here: the test runner's transform would name it with a helper the page lacks.)
      for (let last = '', same = 0; same < 3; ) {
        await Promise.all(
          document
            .getAnimations()
            .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
            .map((a) => a.finished.catch(() => undefined)),
        );
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const main = document.querySelector('main')?.getBoundingClientRect();
        const now = `${main?.left} ${main?.width} ${document.documentElement.scrollWidth}`;
        same = now === last ? same + 1 : 0;
        last = now;
      }
    });
    if (requests.started() === before) return;
  }
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is; what is serious or critical. */
export async function axeViolations(page: Page): Promise<Omit<Finding, 'page' | 'mode'>[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

const isElderly = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('care-mode'));

/** Turns 关怀模式 on or off by its switch in the page header, as a visitor does. */
export async function setElderly(page: Page, on: boolean, requests: Requests): Promise<void> {
  if ((await isElderly(page)) !== on) await page.locator('#care-mode-switch').click();
  await page.waitForFunction((want) => document.documentElement.classList.contains('care-mode') === want, on);
  await loaded(page, requests);
}

/**
 * Text broken one or two characters per line: the lines a text node is laid out on, against its
 * characters. A label of two characters on two lines, or a column too narrow for a word, is caught;
 * a paragraph wrapping at the width of its card is not.
 */
export async function brokenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const main = document.querySelector('main');
    if (!main) return broken;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, '') ?? '';
      const element = node.parentElement;
      if (text.length < 2 || !element || element.closest('.cn-visually-hidden, [aria-hidden="true"]'))
        continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2 || getComputedStyle(element).visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set<number>();
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
      if (tops.size >= 2 && text.length / tops.size < 2.5)
        broken.push(`"${text.slice(0, 30)}" on ${tops.size} lines`);
    }
    return broken;
  });
}

/** A context signed in as `user` (through the login form), able to take the axe script (CSP). */
export async function signedIn(browser: Browser, baseUrl: string, user: DemoUser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: desktop, height: 860 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码').fill(user.password);
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL(/\/workbench/);
  await page.close();
  return context;
}

/** The menu of the signed-in user, as the workbench builds it (web/src/lib/navigation.ts). */
export async function menuOf(context: BrowserContext, baseUrl: string): Promise<string[]> {
  const me = await (await context.request.get(`${baseUrl}/api/auth/me`)).json();
  return navigationFor(me).map((item) => item.path);
}

/** Whether `url` is a page of the route pattern `route` (relative to /workbench or /). */
export const matchesRoute = (route: string, url: string) =>
  new RegExp(`^/(workbench/)?${route.replace(/:[^/]+/g, '[^/?]+')}(\\?|$)`).test(url);

const widthOf = (page: Page) => page.viewportSize()?.width ?? desktop;

/** The page at `width` (its height kept), once it has laid itself out again. */
async function resize(page: Page, requests: Requests, width: number): Promise<void> {
  await page.setViewportSize({ width, height: page.viewportSize()?.height ?? 860 });
  await loaded(page, requests);
}

/**
 * The screenshots people look at (`A11Y_SCREENSHOTS=1 npx vitest run --project browser
 * tests/browser/accessibility*.test.ts`); the checks themselves do not need them, and a full-page
 * picture of every page at two widths is a good part of the suite's time, so CI leaves them out.
 */
async function keepScreenshot(page: Page, dir: string, name: string): Promise<void> {
  if (process.env.A11Y_SCREENSHOTS) await page.screenshot({ path: path.join(dir, name), fullPage: true });
}

/** What one page showed: axe's findings in both modes, and texts broken a character a line. */
export interface PageReport {
  findings: Finding[];
  broken: string[];
}

/**
 * Looks at the page as it opened: axe on the desktop in normal and in 关怀模式 (the switch is in
 * every page's header); in 关怀模式 also the check for texts broken a character a line on the
 * desktop and on a phone, with screenshots `${shot}-1280.png` and `${shot}-375.png` (when asked) in
 * `screenshotDir`. It starts from the mode and width the previous page left (the mode is a stored
 * preference) and ends in the other, so a page costs one switch of mode and one of width.
 */
export async function checkPage(
  page: Page,
  requests: Requests,
  url: string,
  shot: string,
  screenshotDir: string,
): Promise<PageReport> {
  const report: PageReport = { findings: [], broken: [] };
  const done = { normal: false, elderly: false, phone: false };
  while (!(done.normal && done.elderly && done.phone)) {
    const mode: Mode = (await isElderly(page)) ? 'elderly' : 'normal';
    if (widthOf(page) === phone) {
      if (mode === 'elderly' && !done.phone) {
        for (const text of await brokenTexts(page)) report.broken.push(`${url} (${phone} px): ${text}`);
        await keepScreenshot(page, screenshotDir, `${shot}-${phone}.png`);
        done.phone = true;
      } else await resize(page, requests, desktop);
    } else if (!done[mode]) {
      for (const v of await axeViolations(page)) report.findings.push({ page: url, mode, ...v });
      if (mode === 'elderly') {
        for (const text of await brokenTexts(page)) report.broken.push(`${url} (${desktop} px): ${text}`);
        await keepScreenshot(page, screenshotDir, `${shot}-${desktop}.png`);
      }
      done[mode] = true;
    } else if (mode === 'elderly' && !done.phone) await resize(page, requests, phone);
    else await setElderly(page, mode === 'normal', requests);
  }
  return report;
}

/** A short name for a page in screenshots: its path without ids, e.g. `credit-records`, `cases-id`. */
const slug = (path: string) =>
  path
    .replace(/^\/(workbench\/?)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/[:/]+/g, '-') || 'home';

/**
 * Opens `url`: a page of the workbench's menu inside the running app, as its menu link does (the
 * menu marks it once the app has shown it); any other page by loading it.
 */
async function open(page: Page, baseUrl: string, url: string, requests: Requests): Promise<void> {
  const inMenu = `.ant-menu-item-selected a[href="${url}"]`;
  const menuShows = await page
    .evaluate((u) => !!document.querySelector(`.ant-menu a[href="${u}"]`), url)
    .catch(() => false);
  if (menuShows) {
    await page.evaluate((u) => {
      history.pushState(null, '', u);
      dispatchEvent(new PopStateEvent('popstate'));
    }, url);
    await page.waitForSelector(inMenu, { state: 'attached' });
  } else await page.goto(`${baseUrl}${url}`);
  await loaded(page, requests);
}

/**
 * Walks `start` and the detail pages their links lead to (the first of each kind in `detailLinks`),
 * calling `visit` on each once it has loaded; answers the pages walked.
 */
export async function walk(
  page: Page,
  baseUrl: string,
  start: string[],
  visit: (url: string, name: string, requests: Requests) => Promise<void>,
): Promise<string[]> {
  const requests = watchRequests(page);
  const queue = start.map((url) => ({ url, name: slug(url) }));
  const seenRoutes = new Set<string>();
  const walked: string[] = [];
  for (let next = queue.shift(); next; next = queue.shift()) {
    await open(page, baseUrl, next.url, requests);
    walked.push(next.url);
    await visit(next.url, next.name, requests);
    for (const view of views.filter((v) => v.path === next.url)) {
      if (widthOf(page) !== desktop) await resize(page, requests, desktop);
      await view.open(page);
      await loaded(page, requests);
      walked.push(`${next.url}#${view.name}`);
      await visit(`${next.url}#${view.name}`, `${next.name}-${view.name}`, requests);
    }
    for (const link of detailLinks) {
      // A public page the workbench links to is the visitor's walk.
      if (seenRoutes.has(link.route) || link.route.startsWith('public/') !== next.url.startsWith('/public'))
        continue;
      const href = await page.evaluate((s) => document.querySelector(s)?.getAttribute('href'), link.selector);
      if (!href) continue;
      seenRoutes.add(link.route);
      queue.push({ url: href, name: slug(link.route) });
    }
  }
  return walked;
}

/** The roles of accessibility.test.ts; accessibility-staff.test.ts takes the others. */
export const firstHalf = (user: DemoUser) => ['applicant', 'case-officer', 'verifier'].includes(user.role);
