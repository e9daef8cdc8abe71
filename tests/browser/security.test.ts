// Security issue, point 8: the strict Content-Security-Policy holds on real pages. Ant Design's run-time
// styles carry the page's nonce; nothing the app does is refused by the browser.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, logInByKeyboard, provePhoneAndConsent, screenshot } from './browser.ts';

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

describe('SPEC §10 claiming a party, as the people involved see it', () => {
  it('a window officer issues a counter code after checking the documents, and the bearer proves with it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const officer = await context.newPage();
    await logInByKeyboard(officer, 'ls-case-officer', 'Chengnuo@2026');
    await officer.getByTestId('workbench-case-officer').waitFor({ timeout: 15_000 });
    await officer.getByRole('link', { name: '柜台核验码' }).first().click();
    await officer.getByLabel('证件号码').fill('370212197803122135');
    await officer.getByLabel('证件上的姓名 / 单位名称').fill('张立新');
    await officer.getByRole('button', { name: '签发核验码' }).click();
    await officer.getByText('请先当面核对证件').waitFor();
    await officer.getByText('我已当面核对上述证件原件').click();
    await officer.getByRole('button', { name: '签发核验码' }).click();
    const code = (await officer.getByTestId('counter-code').textContent())!.replace(/\s/g, '');
    expect(code).toMatch(/^[2-9A-Z]{8}$/);
    await screenshot(officer, 'counter-code-issued');
    await context.close();

    const applicantContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await applicantContext.newPage();
    await page.goto(`${baseUrl()}/register`);
    await page.getByLabel('姓名').fill('张立新');
    await page.getByLabel('居民身份证号').fill('370212197803122135');
    await page.getByLabel('办事区县').click();
    await page.getByTitle('青岛市 崂山区').click();
    await provePhoneAndConsent(page, '13912340071');
    await page.getByLabel('用户名').fill('zhang.lixin.web');
    await page.getByLabel('密码', { exact: true }).fill('Register2026');
    await page.getByLabel('确认密码').fill('Register2026');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.getByTestId('identity-page').waitFor();
    await page.getByLabel('验证码 / 核验码').fill(code);
    await page.getByRole('button', { name: '提交核验' }).click();
    await page.getByText('身份核验已完成').waitFor();
    await page.goto(`${baseUrl()}/workbench/cases`);
    await page.locator('.ant-table-row').first().waitFor({ timeout: 15_000 });
    await applicantContext.close();
  });

  it("a company's administrator accepts an agent who registered with the company's credit code", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/register`);
    await page.getByText('法人及其他组织').click();
    await page.getByLabel('单位名称').fill('青岛崂信海洋科技有限公司');
    await page.getByLabel('统一社会信用代码').fill('91370212MA3C4K7H2P');
    await page.getByLabel('经办人姓名').fill('刘经办');
    await page.getByLabel('经办人身份证号').fill('370212199109300578');
    await page.getByLabel('办事区县').click();
    await page.getByTitle('青岛市 崂山区').click();
    await provePhoneAndConsent(page, '13912340072');
    await page.getByLabel('用户名').fill('liu.agent.web');
    await page.getByLabel('密码', { exact: true }).fill('Register2026');
    await page.getByLabel('确认密码').fill('Register2026');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.getByTestId('identity-page').waitFor();
    await page.getByText('单位管理员同意').first().waitFor();
    await context.close();

    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const admin = await adminContext.newPage();
    await logInByKeyboard(admin, 'ls-company', 'Chengnuo@2026');
    await admin.getByTestId('workbench-applicant').waitFor({ timeout: 15_000 });
    await admin.getByRole('link', { name: '经办人管理' }).first().click();
    const row = admin.locator('.ant-table-row', { hasText: '刘经办' });
    await row.waitFor();
    await screenshot(admin, 'company-agents');
    await row.getByRole('button', { name: '同意' }).click();
    await admin
      .locator('.ant-table-row', { hasText: '刘经办' })
      .getByRole('button', { name: '解除' })
      .waitFor();
    await adminContext.close();
  });
});

describe('Q-2 personal data shown masked to staff', () => {
  it('the handling officer sees the applicant masked and shows the full ID number on purpose', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logInByKeyboard(page, 'ls-case-officer', 'Chengnuo@2026');
    await page.getByTestId('workbench-case-officer').waitFor({ timeout: 15_000 });
    await page.goto(`${baseUrl()}/workbench/queue`);
    await page.locator('.ant-table-row').first().waitFor({ timeout: 15_000 });
    await page.locator('.ant-table-row a').first().click();
    const identity = page.getByTestId('applicant-identifier');
    await identity.waitFor();
    expect(await identity.textContent()).toMatch(/\d{6}\*{8}[\dX]{4}/);
    await page.getByRole('button', { name: '查看完整信息（留痕）' }).click();
    await expect.poll(async () => identity.textContent()).toMatch(/\d{17}[\dX]/);
    await screenshot(page, 'case-applicant-unmasked');
    await context.close();
  });
});
