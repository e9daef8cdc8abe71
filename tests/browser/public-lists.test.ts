import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutHeaders } from '../support/list-workbook.mjs';
import { baseUrl, launch, pick, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** A page that records console errors and uncaught exceptions, to assert there were none. */
async function openPage(path: string, width = 1366): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl()}${path}`);
  return { page, errors };
}

const rows = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr.ant-table-row');

/** Opens a page and waits for the first row of its table. */
async function openTable(path: string, testId = 'list-table', width?: number) {
  const opened = await openPage(path, width);
  await rows(opened.page, testId).first().waitFor();
  return opened;
}

/** The page logged no error and threw nothing; it closes. */
async function closeClean(page: Page, errors: string[]): Promise<void> {
  expect(errors).toEqual([]);
  await page.close();
}

/** Switches to the tab of a derived list and waits for its rows. */
async function openDerivedTab(page: Page, tab: string, kind: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByTestId(`derived-${kind}`).waitFor();
  await rows(page, 'derived-table').first().waitFor();
}

async function cellTexts(page: Page, testId: string, column: string): Promise<string[]> {
  return rows(page, testId).locator(`td.${column}`).allTextContents();
}

async function xlsxStarts(download: Download): Promise<string> {
  const bytes = await readFile((await download.path())!);
  return bytes.subarray(0, 2).toString('latin1');
}

describe('LIST-4 LIST-8 the list in force, searchable, with earlier versions and .xlsx', () => {
  it('shows the 崂山区 list in the government column layout; search and filters narrow it', async () => {
    const { page, errors } = await openTable('/public/lists/370212');
    await page.getByRole('heading', { level: 1, name: '崂山区实行告知承诺制的证明事项清单' }).waitFor();
    const total = await rows(page, 'list-table').count();
    expect(total).toBeGreaterThanOrEqual(40);
    const headers = await page.getByTestId('list-table').locator('thead th').allTextContents();
    for (const header of layoutHeaders) expect(headers).toContain(header);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain('第 2 版');
    // The check value is folded away under 核验信息 with a plain sentence, open on demand.
    const check = page.getByTestId('list-check');
    expect(await page.getByTestId('list-sm3').isVisible()).toBe(false);
    await check.getByText('核验信息').click();
    expect(await check.textContent()).toContain('内容没有被改动');
    expect(await page.getByTestId('list-sm3').textContent()).toMatch(/[0-9a-f]{64}/);

    // Search by name, matter, agency or legal basis.
    await page.getByLabel('搜索', { exact: true }).fill('婚姻');
    await expect.poll(() => rows(page, 'list-table').count()).toBeLessThan(total);
    const found = await rows(page, 'list-table').allTextContents();
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) expect(row).toContain('婚姻');
    await page.getByLabel('搜索', { exact: true }).fill('');
    await expect.poll(() => rows(page, 'list-table').count()).toBe(total);

    // 核查方式 = 行政协助 leaves only assisted items, each naming who assists.
    await pick(page, '核查方式', '行政协助');
    await expect.poll(() => rows(page, 'list-table').count()).toBeLessThan(total);
    const verification = await cellTexts(page, 'list-table', 'col-verification');
    expect(verification.length).toBeGreaterThan(0);
    for (const cell of verification) {
      expect(cell).toMatch(/^行政协助/);
      expect(cell).toContain('协助单位');
    }
    expect(page.url()).toContain('verification=assistance');

    // A row opens, by keyboard, to its verification terms.
    await rows(page, 'list-table').first().locator('button.ant-table-row-expand-icon').focus();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('list-table').locator('.cn-lists-detail').first();
    await detail.waitFor();
    for (const term of ['核查时限', '核查标准', '核查方法', '告知承诺书公开'])
      expect(await detail.textContent()).toContain(term);
    await screenshot(page, 'public-list-filtered');

    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => rows(page, 'list-table').count()).toBe(total);
    await screenshot(page, 'public-list');

    // The 保留清单 is shown beside the list.
    await page.getByRole('tab', { name: /保留证明事项清单/ }).click();
    await rows(page, 'retained-table').first().waitFor();
    expect(await rows(page, 'retained-table').count()).toBeGreaterThan(0);
    await closeClean(page, errors);
  });

  it('shows version 1, which differs from version 2 in force', async () => {
    const { page, errors } = await openTable('/public/lists/370212');
    const v2Names = await cellTexts(page, 'list-table', 'col-name');
    const v2Sm3 = await page.getByTestId('list-sm3').textContent();
    expect(v2Names).not.toContain('无工作单位证明');

    await pick(page, '查看版本', '第 1 版');
    await page.waitForURL(/version=1/);
    await page.getByText('您正在查看第 1 版（历史版本）').waitFor();
    await expect.poll(() => page.getByTestId('list-sm3').textContent()).not.toBe(v2Sm3);
    const v1Names = await cellTexts(page, 'list-table', 'col-name');
    expect(v1Names).toContain('无工作单位证明');
    expect(v1Names.length).not.toBe(v2Names.length);
    // 退役证明 is asked for one more matter (退役军人优待证申领) from version 2 on.
    expect(v1Names.filter((n) => n === '退役证明').length).toBe(
      v2Names.filter((n) => n === '退役证明').length - 1,
    );
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain('第 1 版');
    await screenshot(page, 'public-list-version-1');

    await page.getByRole('link', { name: '查看现行第 2 版' }).click();
    await page.waitForURL((url) => !url.search.includes('version='));
    await expect.poll(() => page.getByTestId('list-sm3').textContent()).toBe(v2Sm3);
    await closeClean(page, errors);
  });

  it('downloads the list as .xlsx in the government layout', async () => {
    const { page } = await openTable('/public/lists/370212');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('list-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await xlsxStarts(download)).toBe('PK');
    await page.close();
  });

  it('offers the 店子镇 town list in the place picker', async () => {
    const { page, errors } = await openTable('/public/lists/370212');
    await pick(page, '选择地区', '店子镇');
    await page.waitForURL(/\/public\/lists\/370406101$/);
    await page.getByRole('heading', { level: 1, name: '店子镇实行告知承诺制的证明事项清单' }).waitFor();
    await rows(page, 'list-table').first().waitFor();
    expect(await rows(page, 'list-table').count()).toBeGreaterThanOrEqual(40);
    await closeClean(page, errors);
  });
});

describe('LIST-4 every version and the differences between two', () => {
  it('lists the versions with date and note, and shows 1 → 2: added, removed, changed fields', async () => {
    const { page, errors } = await openPage('/public/lists/370212/versions');
    const versions = page.getByTestId('versions').locator(':scope > li');
    await versions.first().waitFor();
    expect(await versions.count()).toBe(2);
    expect(await versions.first().textContent()).toContain('现行');
    expect(await versions.first().textContent()).toContain('调整说明');
    await page.getByRole('link', { name: '与第 1 版比较' }).click();
    await page.waitForURL(/\/diff\?from=1&to=2/);
    await page.getByTestId('diff-added').getByText('退役证明').waitFor();
    expect(await page.getByTestId('diff-removed').textContent()).toContain('无工作单位证明');
    expect(await page.getByTestId('diff-added').textContent()).not.toContain('无工作单位证明');
    const changed = page.getByTestId('diff-changed');
    expect(await changed.locator('del').count()).toBeGreaterThan(0);
    expect(await changed.locator('ins').count()).toBeGreaterThan(0);
    expect(await changed.textContent()).toContain('核查方式');
    await screenshot(page, 'public-diff');

    // Swapping the versions shows the reverse.
    await page.getByRole('button', { name: '交换' }).click();
    await page.waitForURL(/\/diff\?from=2&to=1/);
    await page.getByTestId('diff-added').getByText('无工作单位证明').waitFor();
    expect(await page.getByTestId('diff-removed').textContent()).toContain('退役证明');
    await closeClean(page, errors);
  });
});

describe('LIST-5 LIST-8 the derived lists', () => {
  it('shows each derived list with only its class, the assisting agency, and its .xlsx', async () => {
    const { page, errors } = await openTable('/public/lists/370212/derived/assistance', 'derived-table');
    const assisted = await cellTexts(page, 'derived-table', 'col-verification');
    expect(assisted.length).toBeGreaterThan(0);
    for (const cell of assisted) expect(cell).toBe('行政协助');
    expect(await page.getByTestId('derived-table').locator('thead th').allTextContents()).toContain(
      '协助单位',
    );
    for (const agency of await cellTexts(page, 'derived-table', 'col-assisting-agency'))
      expect(agency.length).toBeGreaterThan(0);
    await screenshot(page, 'public-derived');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('derived-assistance-download').click(),
    ]);
    expect(await xlsxStarts(download)).toBe('PK');

    await openDerivedTab(page, '线上核查清单', 'online');
    await page.waitForURL(/\/derived\/online$/);
    const online = await cellTexts(page, 'derived-table', 'col-verification');
    expect(online.length).toBeGreaterThan(0);
    for (const cell of online) expect(cell).toBe('线上核查');

    await openDerivedTab(page, '免于核查清单', 'exempt');
    for (const cell of await cellTexts(page, 'derived-table', 'col-verification'))
      expect(cell).toBe('免于核查');

    await openDerivedTab(page, '保留证明事项清单', 'retained');
    expect(await page.getByTestId('derived-table').locator('thead th').allTextContents()).toContain(
      '保留理由',
    );
    await closeClean(page, errors);
  });
});

describe('LIST-4 public lists in 关怀模式, in English and on a phone', () => {
  it('keeps the list readable in care mode and translates it to English', async () => {
    const { page, errors } = await openTable('/public/lists/370212?care=1');
    const size = await rows(page, 'list-table')
      .first()
      .locator('td.col-name')
      .evaluate((td) => Number.parseFloat(getComputedStyle(td).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await screenshot(page, 'public-list-care-mode');
    await page.goto(`${baseUrl()}/public/lists/370212/diff?from=1&to=2`);
    await page.getByTestId('diff-added').getByText('退役证明').waitFor();
    await screenshot(page, 'public-diff-care-mode');
    await page.getByRole('switch', { name: '关怀模式' }).click();

    await page.goto(`${baseUrl()}/public/lists/370212`);
    await page.getByRole('button', { name: '切换语言' }).click();
    await page.getByRole('link', { name: 'List in force' }).waitFor();
    // The table may still be drawing its head when the section's links show.
    await page.getByTestId('list-table').locator('thead th', { hasText: 'Legal basis' }).first().waitFor();
    const headers = await page.getByTestId('list-table').locator('thead th').allTextContents();
    for (const header of ['No.', 'Proof', 'Legal basis', 'Issuing body', 'Handling agency', 'Verification'])
      expect(headers).toContain(header);
    await screenshot(page, 'public-list-en');
    await page.getByRole('button', { name: 'Switch language' }).click();
    await closeClean(page, errors);
  });

  it('fits a phone screen', async () => {
    const { page, errors } = await openTable('/public/lists/370212', 'list-table', 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'public-list-phone');
    await closeClean(page, errors);
  });
});
