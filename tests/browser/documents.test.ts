// DOC-1..DOC-5 as officers and the public use them: an agency edits and publishes a notice (and is
// refused while a required element is missing), the public reads it as a page and downloads the PDF,
// the justice bureau publishes the work rule and a guide and records a filing.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, logInByKeyboard, pick, screenshot } from './browser.ts';

const PASSWORD = 'Chengnuo@2026';
// an item of 崂山区人力资源和社会保障局 that the list journeys (LIST-6, LIST-8) leave as it is
const ITEM = '死亡证明';
const MATTER = '失业保险丧葬补助金和抚恤金申领';
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser.close();
});

/** A page that records console errors and uncaught exceptions, to assert there were none. */
async function newPage(language?: 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    const url = m.location().url;
    // the refusals tested answer 400, 409
    const expected = url.includes('/publication?') || m.text().includes('status of 409');
    if (m.type() === 'error' && !expected) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  if (language) await page.addInitScript(() => localStorage.setItem('cn-language', 'en'));
  return { page, errors };
}

async function signIn(username: string) {
  const opened = await newPage();
  await logInByKeyboard(opened.page, username, PASSWORD);
  await opened.page.waitForURL(/\/workbench$/);
  return opened;
}

/** Follows a link of the side navigation. */
const go = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name, exact: true }).click();

/** Publishes: the button asks for confirmation in a dialog, whose confirm button has the focus. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(保存并发布|发布)$/ }).click();
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

/** Full-page screenshots of the top of the page: sticky bars drawn where they belong. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function pdfStarts(download: Download): Promise<string> {
  return (await readFile((await download.path())!)).subarray(0, 5).toString('latin1');
}

const json = async <T>(path: string): Promise<T> => (await fetch(`${baseUrl()}${path}`)).json() as Promise<T>;

interface PublishedText {
  id: string;
  itemName: string;
  administrativeMatter: string;
  kind: 'notice' | 'commitment';
  version: number;
}

describe('DOC-2 DOC-3 an agency keeps the notice of its item: edit, publish, refused while incomplete', () => {
  let officer: Page;
  let errors: string[];

  it('DOC-3: shows published / due / overdue per agency and the items with their deadlines', async () => {
    ({ page: officer, errors } = await signIn('ls-case-officer'));
    await go(officer, '告知承诺书文本');
    await officer.getByRole('heading', { level: 1, name: '告知书、承诺书格式文本' }).waitFor();
    const agencies = officer.getByTestId('texts-agencies');
    const own = agencies.locator('tbody tr.ant-table-row', { hasText: '崂山区人力资源和社会保障局' });
    await own.getByText('本单位').waitFor();
    // the agency of the officer comes first
    expect(await agencies.locator('tbody tr.ant-table-row').first().textContent()).toContain(
      '崂山区人力资源和社会保障局',
    );
    const stats = await officer.getByTestId('texts-stats').textContent();
    expect(stats).toMatch(/已公布\d+/);
    expect(stats).toMatch(/待公布\d+/);
    expect(stats).toMatch(/已逾期\d+/);
    // 崂山区 left the texts of the items its latest list version added to be published: still due
    await pick(officer, '状态', '待公布');
    await officer.getByRole('switch', { name: '只看本单位' }).click(); // all agencies, not just mine
    const due = officer.getByTestId('texts-items').locator('tbody tr.ant-table-row');
    await due.first().waitFor();
    expect(await due.first().textContent()).toMatch(/待公布/);
    expect(await due.first().textContent()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    await officer.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await shoot(officer, 'documents-texts-dashboard');
    await officer.getByRole('switch', { name: '只看本单位' }).click();
    await pick(officer, '状态', '已公布');
  });

  it('DOC-2: edits a section of the notice and publishes it as version 2, visible to the public', async () => {
    await officer.getByLabel('搜索', { exact: true }).fill(MATTER);
    await officer.getByRole('link', { name: `编辑“${ITEM}”的告知书` }).click();
    await officer.getByRole('heading', { level: 1, name: `${ITEM} · 告知书` }).waitFor();
    await officer.getByTestId('text-preview').waitFor();
    // every required element of the default notice is stated
    expect(await officer.getByTestId('missing-elements').textContent()).toContain('必备内容齐全');
    // case data shows as chips, in the section and in the preview
    await officer.getByTestId('text-preview').locator('mark.cn-chip').first().waitFor();
    const withdrawal = officer.getByLabel('撤回承诺的方式', { exact: true });
    await withdrawal.click();
    await withdrawal.press('End');
    await withdrawal.pressSequentially('也可以在平台上在线撤回。');
    await officer.getByTestId('editor-state').getByText('有未保存的修改').waitFor();
    expect(await officer.getByTestId('text-preview').textContent()).toContain('也可以在平台上在线撤回。');
    await shoot(officer, 'documents-editor');
    await publish(officer);
    await officer.getByText('已发布第 2 版').waitFor();
    await officer.getByTestId('versions').getByText('第 2 版').waitFor();

    const texts = await json<PublishedText[]>('/api/public/districts/370212/texts');
    const notice = texts.find(
      (t) => t.itemName === ITEM && t.administrativeMatter === MATTER && t.kind === 'notice',
    );
    expect(notice?.version).toBe(2);
  });

  it('DOC-2: without the consequences of a false commitment the server refuses and names what is missing', async () => {
    const consequences = officer.getByLabel('承诺不实的法律后果', { exact: true });
    // each of the five consequences is required: without the referral one, it is listed live
    await consequences.fill('承诺不实的，终止办理，已作出决定的依法撤销，依法给予行政处罚并记入信用记录。');
    await officer
      .getByTestId('missing-elements')
      .getByText('承诺不实的法律后果未写明“移送司法机关”')
      .waitFor();
    await consequences.fill('');
    const missing = officer.getByTestId('missing-elements');
    await missing.getByText('承诺不实的法律后果', { exact: true }).waitFor();
    await publish(officer);
    const refused = officer.getByTestId('server-missing');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('服务器拒绝发布');
    expect(await refused.textContent()).toContain('承诺不实的法律后果');
    await shoot(officer, 'documents-editor-refused');
    const texts = await json<PublishedText[]>('/api/public/districts/370212/texts');
    const notice = texts.find(
      (t) => t.itemName === ITEM && t.administrativeMatter === MATTER && t.kind === 'notice',
    );
    expect(notice?.version).toBe(2);
  });

  it('DOC-2: a save over a newer save by someone else is refused and says so', async () => {
    const [, itemKey] = /\/workbench\/texts\/([^/]+)\/notice/.exec(officer.url())!;
    // someone else saves the same draft meanwhile
    const status = await officer.evaluate(async (url) => {
      const csrf = document.cookie
        .split('; ')
        .find((c) => c.startsWith('cn_csrf='))!
        .slice('cn_csrf='.length);
      const current = await (await fetch(url)).json();
      const saved = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ text: current.text, revision: current.revision }),
      });
      return saved.status;
    }, `/api/documents/texts/${itemKey}/notice?district=370212`);
    expect(status).toBe(200);
    await officer.getByLabel('文本标题', { exact: true }).fill('证明事项告知书（修订）');
    await officer.getByRole('button', { name: '保存草稿' }).click();
    await officer.getByRole('alert').filter({ hasText: '其他人已修改并保存了此文本' }).waitFor();
    await officer.getByRole('button', { name: '重新加载' }).click();
    await officer
      .getByRole('alert')
      .filter({ hasText: '其他人已修改并保存了此文本' })
      .waitFor({ state: 'detached' });
    expect(await officer.getByLabel('文本标题', { exact: true }).inputValue()).toBe('证明事项告知书');
    expect(errors).toEqual([]);
  });
});

describe('DOC-2 DOC-3 the public reads every published text as a page and downloads it as PDF', () => {
  it('lists the texts of 崂山区 by matter, opens the new notice and downloads its PDF', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('district-370212').getByRole('link', { name: '告知书、承诺书格式文本' }).click();
    await page.getByRole('heading', { level: 1, name: '崂山区告知书、承诺书格式文本' }).waitFor();
    await page.getByTestId('texts-item').first().waitFor();
    const all = await page.getByTestId('texts-item').count();
    await page.getByLabel('搜索', { exact: true }).fill(ITEM);
    await expect.poll(() => page.getByTestId('texts-item').count()).toBeLessThan(all);
    const group = page.getByTestId('texts-group').filter({ hasText: MATTER }).first();
    const row = group.getByTestId('texts-item').filter({ hasText: ITEM });
    expect(await row.textContent()).toContain('第 2 版');
    await screenshot(page, 'documents-public-texts');
    await row.getByRole('link', { name: `${ITEM}：证明事项告知书（网页版）` }).click();
    const sheet = page.getByTestId('document-sheet');
    await sheet.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('证明事项告知书');
    const text = await sheet.textContent();
    expect(text).toContain(`${MATTER} · ${ITEM}`);
    expect(text).toContain('五、承诺不实的法律后果');
    expect(text).toContain('也可以在平台上在线撤回。');
    expect(text).toContain('第 2 版');
    await screenshot(page, 'documents-public-notice');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('document-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await pdfStarts(download)).toBe('%PDF-');

    // the commitment of the same item: a blank form with the signature and date lines
    await page.goBack();
    await page.getByTestId('texts-item').first().waitFor();
    await page
      .getByTestId('texts-group')
      .filter({ hasText: MATTER })
      .first()
      .getByRole('link', { name: `${ITEM}：证明事项告知承诺书（网页版）` })
      .click();
    await page.locator('.cn-paper-signature').waitFor();
    expect(await page.locator('.cn-paper-signature').textContent()).toContain('承诺人（签字/盖章）：');
    await screenshot(page, 'documents-public-commitment');
    expect(errors).toEqual([]);
  });

  it('keeps the texts readable in care mode and in English', async () => {
    const { page, errors } = await newPage('en');
    await page.goto(`${baseUrl()}/public/templates?district=370212&care=1`);
    await page.getByRole('heading', { level: 1, name: /Notice and commitment templates/ }).waitFor();
    await page.getByTestId('texts-item').first().waitFor();
    expect(await page.getByTestId('texts-count').textContent()).toMatch(
      /\d+ matters, \d+ proofs, \d+ documents/,
    );
    await page.locator('label.ant-radio-button-wrapper', { hasText: 'Commitment' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Commitment' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('texts-item').first().textContent()).not.toContain('Notice');
    expect(await page.getByTestId('texts-item').first().textContent()).toContain('Commitment');
    await page.getByLabel('Search', { exact: true }).fill('失业');
    await expect.poll(() => page.getByTestId('texts-group').count()).toBeLessThan(5);
    await screenshot(page, 'documents-public-texts-care-en');
    expect(errors).toEqual([]);
  });
});

describe('DOC-1 DOC-4 DOC-5 the justice bureau publishes the work rule and a guide and records filings', () => {
  let justice: Page;
  let errors: string[];

  it('DOC-1: edits the work rule and publishes it as version 2', async () => {
    ({ page: justice, errors } = await signIn('ls-justice'));
    await go(justice, '工作规程');
    await justice
      .getByTestId('work-rule-version')
      .getByText(/现行第 1 版/)
      .waitFor();
    const credit = justice.getByLabel('六、信用管理', { exact: true });
    await credit.click();
    await credit.press('End');
    await credit.pressSequentially('信用修复后恢复适用告知承诺制。');
    await publish(justice);
    await justice.getByText('已发布第 2 版').waitFor();
    await justice
      .getByTestId('work-rule-version')
      .getByText(/现行第 2 版/)
      .waitFor();
    await shoot(justice, 'documents-work-rule');
    const rule = await json<{ version: number; rule: { creditManagement: string } }>(
      '/api/public/districts/370212/work-rule',
    );
    expect(rule.version).toBe(2);
    expect(rule.rule.creditManagement).toContain('信用修复后恢复适用告知承诺制。');

    // a rule section left empty is named before publishing
    await credit.fill('');
    await justice.getByTestId('missing-elements').getByText('信用管理').waitFor();
  });

  it('DOC-4: adds a step to a guide and publishes it; the public opens it as a page', async () => {
    await go(justice, '办事指南');
    await justice.getByRole('link', { name: `编辑“${MATTER}”的办事指南` }).click();
    await justice.getByTestId('guide-preview').waitFor();
    const list = justice.getByRole('group', { name: '告知承诺办理流程' });
    const before = await list.getByRole('textbox').count();
    await list.getByRole('button', { name: '添加步骤' }).click();
    await justice.keyboard.type('领取决定书，核查结果可在平台查询'); // the new step has the focus
    expect(await list.getByRole('textbox').count()).toBe(before + 1);
    expect(await justice.getByTestId('guide-preview').textContent()).toContain(
      '领取决定书，核查结果可在平台查询',
    );
    await shoot(justice, 'documents-guide-editor');
    await publish(justice);
    await justice.getByTestId('versions').getByText('第 2 版').waitFor();

    const { page, errors: publicErrors } = await newPage();
    await page.goto(`${baseUrl()}/public/guides?district=370212`);
    await page.getByTestId('guides-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByLabel('搜索', { exact: true }).fill(MATTER);
    await page
      .getByRole('link', { name: `${MATTER}办事指南（告知承诺制）` })
      .first()
      .click();
    const sheet = page.getByTestId('document-sheet');
    await sheet.waitFor();
    const text = await sheet.textContent();
    expect(text).toContain('二、告知承诺办理流程');
    expect(text).toContain('四、中途撤回承诺');
    expect(text).toContain('领取决定书，核查结果可在平台查询');
    await screenshot(page, 'documents-public-guide');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('document-pdf').click(),
    ]);
    expect(await pdfStarts(download)).toBe('%PDF-');
    expect(publicErrors).toEqual([]);
  });

  it('DOC-5: records the filing of the new notice version', async () => {
    await go(justice, '规程与文本备案');
    await justice.getByLabel('搜索', { exact: true }).fill(`${ITEM}（${MATTER}）告知书第 2 版`);
    const row = justice.getByTestId('document-filings').locator('tbody tr.ant-table-row').first();
    await row.getByText('待确认').waitFor();
    await row.getByRole('button', { name: /确认备案/ }).click();
    await row.getByText('已备案').waitFor();
    await screenshot(justice, 'documents-filings');
    expect(errors).toEqual([]);
  });
});
