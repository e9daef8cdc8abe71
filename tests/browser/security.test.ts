// Security issue, point 8: the strict Content-Security-Policy holds on real pages. Ant Design's run-time
// styles carry the page's nonce; nothing the app does is refused by the browser.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, logInByKeyboard, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** Collects what the browser refused under the page's CSP. */
async function watchCsp(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return refused;
}

describe('the strict CSP', () => {
  it('refuses nothing the public pages and a workbench do, while the page is styled', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const refused = await watchCsp(page);
    for (const path of ['/', '/public/lists/370212', '/public/templates', '/login', '/register']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
    }
    // Ant Design's styles applied: the primary button is not the browser's grey default.
    const background = await page
      .getByRole('button', { name: /注\s*册/ })
      .last()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgb(239, 239, 239)');
    await logInByKeyboard(page, 'ls-justice', 'Chengnuo@2026');
    await page.getByTestId('workbench-justice-officer').waitFor({ timeout: 15_000 });
    for (const path of ['/workbench/lists', '/workbench/texts', '/workbench/filings']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await screenshot(page, 'csp-workbench');
    expect(refused).toEqual([]);
    await context.close();
  });
});
