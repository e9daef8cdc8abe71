// WCAG 2.1.1, 2.4.1, 2.4.3 and the loading of pages: everything done with Tab, Shift+Tab, Enter, Space
// and the arrow keys only. Where focus goes is asserted at each point a keyboard user would lose it:
// the first tab stop, the header's buttons, the workbench menu, a wizard's new step and an upload.
import type { Browser, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './browser.ts';

const PASSWORD = 'Chengnuo@2026';
// 崂山区 LS-31 (no other browser test applies for it): one unlisted proof to upload, one listed proof
// committed with one fact to choose.
const MATTER = '出生登记';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

interface Focused {
  tag: string;
  name: string;
  id: string;
  checked: boolean | null;
  /** The nearest data-testid around it (itself included). */
  testId: string | null;
  inNav: string | null;
  focusableInside: number;
}

/** What has the focus: its tag, accessible name (roughly), where it sits. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const input = e instanceof HTMLInputElement ? e : null;
    const name =
      e.getAttribute('aria-label') ?? input?.labels?.[0]?.textContent ?? (e.textContent ?? '').trim();
    return {
      tag: e.tagName,
      name: name.replace(/\s+/g, ' ').trim(),
      id: e.id,
      checked: input && ['radio', 'checkbox'].includes(input.type) ? input.checked : null,
      testId: e.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      inNav: e.closest('nav')?.getAttribute('aria-label') ?? null,
      focusableInside: e.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length,
    };
  });

/** Presses Tab until `match` holds for the focused element; fails past `limit` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, limit = 40): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error(`Tab did not reach ${what} within ${limit} presses`);
}

/** Console errors and uncaught exceptions of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

/** Signs in from the login page by keyboard (the user name field has the focus when it opens). */
async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await expect.poll(async () => (await focused(page)).id).toBe('login_username');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
}

describe('the public pages by keyboard, for a visitor', () => {
  it('the skip link is the first tab stop, shows when focused and moves focus to the content', async () => {
    const { page } = await newPage();
    await page.goto(`${baseUrl()}/`);
    await page.locator('main#main').waitFor();
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'A', name: '跳到主要内容' });
    const box = await page.locator('.skip-link').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.width).toBeGreaterThan(0);
    await screenshot(page, 'keyboard-skip-link');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    expect(new URL(page.url()).hash).toBe('');
    await page.context().close();
  });

  it('登录 and 注册 in the header are one tab stop each (links that look like buttons)', async () => {
    const { page } = await newPage();
    await page.goto(`${baseUrl()}/`);
    await page.locator('main#main').waitFor();
    const login = await tabTo(page, (f) => f.name === '登录', '登录');
    expect(login).toMatchObject({ tag: 'A', focusableInside: 0 });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', name: '注册', focusableInside: 0 });
    // Enter on it opens the login page inside the app.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/login$/);
    await page.getByLabel('用户名').waitFor();
    await page.context().close();
  });

  it('a visitor of the home page and the lists logs no console error (no 401 for the session)', async () => {
    const { page, errors } = await newPage();
    const sessions: number[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/auth/')) sessions.push(r.status());
    });
    for (const path of ['/', '/public/lists', '/public/lists/370212']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.getByRole('link', { name: '登录' }).waitFor();
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.filter((status) => status !== 200)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('signing in', () => {
  it('the login form is gone by the time the header or the workbench says one is signed in', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('用户名').waitFor();
    // Every DOM change is looked at: a state with the form still there next to a signed-in header or
    // the workbench counts, however briefly it lasted.
    await page.evaluate(() => {
      const w = window as unknown as { formWithSignedIn: boolean };
      w.formWithSignedIn = false;
      new MutationObserver(() => {
        const signedIn =
          [...document.querySelectorAll('header a')].some((a) => a.textContent?.includes('进入工作台')) ||
          document.querySelector('.ant-layout-sider') !== null;
        if (signedIn && document.querySelector('form#login')) w.formWithSignedIn = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByLabel('用户名').fill('ls-applicant');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('workbench-applicant').waitFor({ timeout: 15_000 });
    expect(await page.locator('form#login').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { formWithSignedIn: boolean }).formWithSignedIn),
    ).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('while the session is asked, the workbench shows its frame with skeletons, no overlay over the page', async () => {
    const { page, errors } = await newPage();
    await signIn(page, 'ls-applicant');
    await page.getByTestId('workbench-applicant').waitFor({ timeout: 15_000 });
    let answer!: () => void;
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route('**/api/auth/session', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/workbench/cases`);
    await page.locator('main#main[aria-busy="true"] .ant-skeleton').waitFor();
    expect(await page.locator('.ant-spin-fullscreen, .ant-modal-mask').count()).toBe(0);
    expect(await page.locator('header .cn-brand').isVisible()).toBe(true);
    answer();
    await page.getByTestId('who').waitFor();
    await page.getByTestId('my-cases').waitFor();
    expect(await page.locator('main#main[aria-busy="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the workbench on a phone', () => {
  it('the folded menu opens from a button the keyboard reaches, and folds again once a page is chosen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'ls-applicant');
    await page.getByTestId('workbench-applicant').waitFor({ timeout: 15_000 });
    const menuLink = page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name: '我的办件' });
    expect(await menuLink.isVisible()).toBe(false);
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.name.endsWith('菜单'), 'the menu button');
    await page.keyboard.press('Enter');
    await menuLink.waitFor();
    expect(await page.getByRole('button', { name: '收起菜单' }).getAttribute('aria-expanded')).toBe('true');
    await tabTo(page, (f) => f.inNav === '工作台', 'the menu');
    await menuLink.click();
    await page.getByTestId('my-cases').waitFor();
    await expect.poll(() => menuLink.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('CASE-1 an application made with the keyboard alone', () => {
  it('ls-applicant applies: skip link, one tab stop for the menu, focus on each new step and back on the upload', async () => {
    const { page, errors } = await newPage();
    // Listening from the start: Playwright turns on its interception of file dialogs when the first
    // listener comes, and a dialog opened before that takes effect is never reported.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (chooser) => choosers.push(chooser));
    await signIn(page, 'ls-applicant');
    await page.getByTestId('workbench-applicant').waitFor({ timeout: 15_000 });

    // The skip link first, to the content; the menu is one tab stop (its current page) between the
    // header and the content, not the list and then each link.
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', name: '工作台', inNav: '工作台' });
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('退出登录');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).inNav).toBeNull();
    // Within the menu the arrow keys move.
    await page.keyboard.press('Shift+Tab');
    // The menu moves focus at the next frame: each press is waited for before the next.
    for (let i = 0; i < 10; i++) {
      const before = (await focused(page)).name;
      if (before === '我要办事') break;
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await focused(page)).name).not.toBe(before);
    }
    expect(await focused(page)).toMatchObject({ name: '我要办事', inNav: '工作台' });
    await page.keyboard.press('Enter');
    await page.getByTestId('apply-wizard').waitFor();

    // The matter, searched and picked.
    await tabTo(page, (f) => f.id === 'apply-matter', 'the matter');
    await page.keyboard.type(MATTER);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: MATTER }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('proof-1').waitFor();

    // The unlisted proof: submitted as a file. Space picks the only choice open.
    const upload = await tabTo(page, (f) => f.testId === 'proof-0' && f.checked !== null, 'the first choice');
    expect(upload.name).toBe('提交证明材料');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.name === '选择文件上传：出生医学证明', 'the upload button');
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length).toBe(1);
    await choosers[0]!.setFiles({
      name: '出生医学证明.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% 出生医学证明\ntrailer << >>\n%%EOF\n'),
    });
    await page.getByTestId('proof-0-upload-done').waitFor();
    // Focus is back on the upload control, which now offers to replace the file.
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', name: '重新上传：出生医学证明' });

    // The listed proof: committed, its fact chosen with the arrow keys.
    const commit = await tabTo(page, (f) => f.testId === 'proof-1' && f.checked !== null, 'the choice');
    expect(commit.name).toMatch(/^承诺/);
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.id === 'proof-1-fact-status', 'the fact');
    await page.keyboard.press('ArrowDown');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('本次申请：承诺 1 项，提交证明 1 项').waitFor();

    // 下一步: focus moves to the new step's heading.
    await tabTo(page, (f) => f.name === '下一步', '下一步');
    await page.keyboard.press('Enter');
    await page.getByTestId('step-notices').waitFor();
    await expect
      .poll(() => focused(page))
      .toMatchObject({
        tag: 'H2',
        name: '第 2 步（共 3 步）：阅读告知书',
        testId: 'step-heading',
      });
    await screenshot(page, 'keyboard-apply-step-heading');
    await tabTo(page, (f) => f.name === '我已阅读并理解告知书', 'the notices checkbox');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.name === '下一步', '下一步');
    await page.keyboard.press('Enter');
    await page.getByTestId('step-sign').waitFor();
    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'H2', name: '第 3 步（共 3 步）：签署承诺书' });

    // Sign and submit.
    const confirm = await tabTo(page, (f) => /本人承诺所填信息真实/.test(f.name), 'the confirmation');
    expect(confirm.checked).toBe(false);
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.testId === 'submit-application', 'the submit button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/workbench\/cases\/[0-9a-f-]{36}$/);
    await page.getByTestId('case-page').waitFor();
    expect(await page.getByTestId('case-state').first().textContent()).toBe('已提交');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
