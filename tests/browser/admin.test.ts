import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, logInByKeyboard, screenshot, smsCodeTo } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await logInByKeyboard(page, 'ls-admin', 'Chengnuo@2026');
  await page.getByTestId('workbench-admin').waitFor();
});
afterAll(() => browser.close());

const open = async (menu: string) => {
  await page.getByRole('navigation').last().getByRole('link', { name: menu, exact: true }).click();
};

describe('ORG-1 ORG-2 ORG-3 admins manage jurisdictions, agencies, users and settings in the UI', () => {
  it('shows the jurisdiction tree of 崂山区 with its streets', async () => {
    await open('区划管理');
    await page.getByText('金家岭街道').waitFor();
    expect(await page.getByText('山亭区').count()).toBe(0);
    await screenshot(page, 'admin-jurisdictions');
  });

  it('creates an agency with the keyboard and lists it', async () => {
    await open('单位管理');
    await page.getByText('崂山区电子政务和大数据中心').first().waitFor();
    await page.getByRole('button', { name: '新增' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('所属区划').focus();
    await page.keyboard.type('崂山区');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('单位全称').fill('崂山区退役军人服务中心');
    await dialog.getByLabel('简称').fill('区退役军人服务中心');
    await dialog.getByLabel('单位类型').focus();
    await page.keyboard.type('办理');
    await page.keyboard.press('Enter');
    await screenshot(page, 'admin-agency-form');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '崂山区退役军人服务中心', exact: true }).waitFor();
    await screenshot(page, 'admin-agencies');
  });

  it('lists users and roles of the district only', async () => {
    await open('用户与角色');
    await page.getByRole('cell', { name: 'ls-justice', exact: true }).waitFor();
    expect(await page.getByRole('cell', { name: 'st-justice', exact: true }).count()).toBe(0);
    await screenshot(page, 'admin-users');
  });

  it('edits the district settings (ORG-3)', async () => {
    await open('区县配置');
    const filing = page.getByLabel('清单备案期限（工作日）');
    await filing.waitFor();
    expect(await filing.inputValue()).toBe('7');
    expect(await page.getByText('国家企业信用信息公示系统（山东）').count()).toBeGreaterThan(0);
    await screenshot(page, 'admin-settings');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存').waitFor();
  });

  it('computes working days and warns about a year without official data', async () => {
    await open('工作日历');
    await page.getByLabel('起算日期').fill('2026-09-28');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '工作日推算' }).click();
    await page.getByTestId('calendar-result').waitFor();
    expect(await page.getByTestId('calendar-result').textContent()).toContain('2026年10月13日');
    await screenshot(page, 'admin-calendar');
  });

  it('verifies the audit trail of the district (GOV-5)', async () => {
    await open('审计日志');
    // Entries read as sentences: who (name, role), what, which object; no ids or hashes in plain view.
    const change = page.getByTestId('audit-sentence').filter({ hasText: '修改了崂山区的区县配置' }).first();
    await change.waitFor();
    expect(await change.textContent()).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}，王海（系统管理员）修改了崂山区的区县配置。$/,
    );
    const entries = page.getByTestId('audit-entries');
    expect(await entries.textContent()).not.toMatch(
      /[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{64}|district-settings/,
    );
    // The technical details open on demand.
    const row = entries.locator('tr.ant-table-row').filter({ has: change });
    const details = row.getByRole('button', { name: /技术详情/ });
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    await details.click();
    await entries.getByText('本条校验值（SM3）').waitFor();
    expect(await entries.textContent()).toContain('district-settings.updated');
    await screenshot(page, 'admin-audit-details');
    // Filtered by one kind of action.
    await page.getByLabel('操作类型').focus();
    await page.keyboard.type('登录');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () =>
        (await page.getByTestId('audit-sentence').allTextContents()).every((s) => s.includes('登录了平台')),
      )
      .toBe(true);
    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.getByTestId('audit-report').waitFor();
    expect(await page.getByTestId('audit-report').textContent()).toContain('哈希链完整');
    await screenshot(page, 'admin-audit');
  });
});

describe('Q-1 applicant registration checks the ID number as one types', () => {
  it('refuses a wrong check digit, registers, proves the identity by SMS and opens the applicant workbench', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const p = await context.newPage();
    await p.goto(`${baseUrl()}/register`);
    await p.getByLabel('姓名').fill('李静');
    await p.getByLabel('居民身份证号').fill('370406198808080068');
    await p.getByLabel('手机号码').focus();
    await p.getByText(/校验位/).waitFor();
    await screenshot(p, 'register-bad-id');
    await p.getByLabel('居民身份证号').fill('370406198808080067');
    await p.getByLabel('办事区县').focus();
    await p.keyboard.press('Enter');
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    expect(await p.locator('.ant-select-content').first().textContent()).toContain('山亭区');
    // the mobile number is proven by a code sent to it before the account exists.
    await p.getByLabel('手机号码').fill('13912340067');
    await p.getByRole('button', { name: '获取验证码' }).click();
    await p.getByRole('button', { name: /秒后重新获取/ }).waitFor();
    await p.getByLabel('短信验证码').fill(await smsCodeTo('13912340067'));
    await p.getByLabel('用户名').fill('li.jing');
    await p.getByLabel('密码', { exact: true }).fill('Register2026');
    await p.getByLabel('确认密码').fill('Register2026');
    // 个人信息保护法: nothing is opened without consent to the notice, whose box starts unticked.
    const consent = p.getByLabel('我已阅读并同意《个人信息保护告知》');
    expect(await consent.isChecked()).toBe(false);
    await p.getByRole('button', { name: '注册并登录' }).click();
    await p.getByText('请阅读并同意《个人信息保护告知》').waitFor();
    await p.getByRole('button', { name: '阅读《个人信息保护告知》全文' }).click();
    const notice = p.getByRole('dialog', { name: '个人信息保护告知' });
    await notice.getByText('居民身份证号码属于敏感个人信息').waitFor();
    await screenshot(p, 'register-privacy-notice');
    await notice.getByRole('button', { name: '同意并关闭' }).click();
    expect(await consent.isChecked()).toBe(true);
    await screenshot(p, 'register-consent-code');
    await p.getByRole('button', { name: '注册并登录' }).click();
    // SPEC §10: the new account proves whom it is before it reaches anything.
    await p.getByTestId('identity-page').waitFor();
    expect(await p.getByText('370406********0067').count()).toBe(1);
    const nav = await p.getByRole('navigation').last().textContent();
    expect(nav).not.toContain('我要办事');
    await p.getByRole('button', { name: '发送验证码' }).click();
    // The identity check's code is the second message to the number.
    const code = await smsCodeTo('13912340067', 1);
    await p.getByLabel('验证码 / 核验码').fill(code);
    await screenshot(p, 'identity-check');
    await p.getByRole('button', { name: '提交核验' }).click();
    await p.getByText('身份核验已完成').waitFor();
    await p.goto(`${baseUrl()}/workbench`);
    await p.getByTestId('workbench-applicant').waitFor();
    expect(await p.getByText('370406********0067').count()).toBe(1);
    expect(await p.getByRole('navigation').last().textContent()).toContain('我要办事');
    await screenshot(p, 'register-done-workbench');
    await context.close();
  });
});
