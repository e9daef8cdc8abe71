// SUP-1 and SUP-2 as people use them: a 崂山区 regulator drafts a sampling plan, approves it (the
// seed's hash is published at once), draws on its date (the seed revealed), records every result and
// completes it; anyone then sees the results on the public page and re-runs the draw there, and the
// offline script (npm run verify-draw) agrees with the downloaded plan. Key supervision shows on the
// regulator's list. Only demo users and the demo's records are relied on; other suites may add cases.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, logInByKeyboard, screenshot } from './browser.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'Chengnuo@2026';
const DESKTOP = { width: 1440, height: 960 };
const TITLE = `浏览器测试抽查计划 ${Date.now() % 100_000}`;

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser.close();
  expect(errors).toEqual([]);
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

async function signIn(username: string): Promise<Page> {
  const page = await newPage();
  await logInByKeyboard(page, username, PASSWORD);
  await page.waitForURL(/\/workbench$/);
  return page;
}

/** Follows a link of the side navigation. */
const go = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name, exact: true }).click();

/** The open dialog whose title is `title`. */
const dialog = (page: Page, title: string) =>
  page.locator('.ant-modal-wrap:visible .ant-modal', {
    has: page.locator('.ant-modal-title', { hasText: title }),
  });

/** Today in Shanghai, as the server counts days. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Types a date into an antd picker input and confirms it. */
async function typeDate(input: ReturnType<Page['locator']>, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('SUP-1 a sampling plan from draft to published results, re-run by anyone', () => {
  let planId = '';

  it('SUP-1 the regulator drafts a plan and approves it: the seed’s hash is published before the draw', async () => {
    const page = await signIn('ls-regulator');
    await go(page, '双随机抽查');
    await page.getByRole('button', { name: '新建抽查计划' }).click();
    const form = dialog(page, '新建抽查计划');
    await form.getByLabel('计划名称').fill(TITLE);
    const period = form.locator('.ant-picker-range input');
    await typeDate(period.first(), `${today().slice(0, 4)}-01-01`);
    await typeDate(period.last(), today());
    await typeDate(form.getByLabel('抽取日期'), today());
    await form.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/workbench\/inspection-plans\/[0-9a-f-]{36}$/);
    planId = page.url().split('/').pop()!;
    await expect.poll(() => page.getByTestId('strata').textContent()).toContain('中风险');
    // CRED-3: a demo party with a 较重失信 record in effect has a stratum of its grade
    expect(await page.getByTestId('strata').textContent()).toContain('C级（失信）');
    await screenshot(page, 'supervision-plan-draft');

    await page.getByRole('button', { name: '批准并冻结对象库' }).click();
    await page.getByRole('button', { name: '确认批准' }).click();
    // A refused approval says why on the page: the poll's failure then quotes it.
    const stateAndErrors = async () =>
      [
        await page.getByTestId('plan-state').textContent(),
        ...(await page.locator('.ant-alert-error, .ant-message-error, [role="alert"]').allTextContents()),
      ].join(' | ');
    await expect.poll(stateAndErrors).toMatch(/^已批准/);
    const publication = (await page.getByTestId('publication').first().textContent()) ?? '';
    expect(publication).toMatch(/[0-9a-f]{64}/);

    // Published at once, seed withheld: the public page shows the hash and says when the seed comes.
    const visitor = await newPage();
    await visitor.goto(`${baseUrl()}/public/inspections?district=370212`);
    const card = visitor.getByTestId('inspection-plan').filter({ hasText: TITLE });
    await expect.poll(() => card.getByTestId('seed-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(await card.getByTestId('seed').count()).toBe(0);
  });

  it('SUP-1 on its date the regulator draws (the seed revealed), records every result and completes', async () => {
    const page = await signIn('ls-regulator');
    await page.goto(`${baseUrl()}/workbench/inspection-plans/${planId}`);
    // The hourly draw job may have drawn it first; either way the seed is revealed once.
    await expect.poll(() => page.getByTestId('plan-state').textContent()).toMatch(/已批准|已抽取/);
    if ((await page.getByTestId('plan-state').textContent())?.includes('已批准')) {
      await page.getByRole('button', { name: '公开抽取' }).click();
      await page.getByRole('button', { name: '确认抽取' }).click();
    }
    await expect.poll(() => page.getByTestId('plan-state').textContent()).toContain('已抽取');
    const objects = page.getByTestId('plan-objects').locator('.ant-table-row');
    const count = await objects.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await page.getByTestId('plan-objects').getByRole('button', { name: '录入结果' }).first().click();
      const modal = dialog(page, '录入检查结果');
      await modal.getByText('合格', { exact: true }).click();
      await typeDate(modal.getByLabel('检查日期'), today());
      if (i === 0) {
        // The inspection record goes with the first result and downloads from the plan afterwards.
        await modal
          .getByTestId('result-attachment')
          .locator('input[type=file]')
          .setInputFiles({
            name: '现场检查记录.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
          });
        await modal.getByTestId('result-attachment-done').waitFor();
      }
      await modal.getByRole('button', { name: '保存结果' }).click();
      await expect
        .poll(() => page.getByTestId('plan-objects').getByRole('button', { name: '录入结果' }).count())
        .toBe(count - i - 1);
    }
    const record = page.getByTestId('plan-objects').getByRole('link', { name: '检查记录附件 1' });
    expect(
      (await page.request.get(new URL((await record.getAttribute('href'))!, baseUrl()).href)).status(),
    ).toBe(200);
    await screenshot(page, 'supervision-plan-drawn');
    await page.getByRole('button', { name: '办结并公示' }).click();
    await page.getByRole('button', { name: '确认办结' }).click();
    await expect.poll(() => page.getByTestId('plan-state').textContent()).toContain('已完成');
  });

  it('SUP-1 anyone sees the results, re-runs the draw on the public page, and the offline script agrees', async () => {
    const visitor = await newPage();
    await visitor.goto(`${baseUrl()}/public/inspections?district=370212`);
    const card = visitor.getByTestId('inspection-plan').filter({ hasText: TITLE });
    await expect.poll(() => card.getByTestId('seed').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(await card.locator('.ant-table-row', { hasText: '合格' }).count()).toBeGreaterThan(0);
    await card.getByRole('button', { name: '重新演算抽取' }).click();
    await expect
      .poll(() => card.getByRole('status').textContent())
      .toContain('重新演算的结果与公布的抽取结果一致');
    await screenshot(visitor, 'supervision-public-rerun');

    const plan = await (await visitor.request.get(`${baseUrl()}/api/public/inspections/${planId}`)).text();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'plan-')), 'plan.json');
    writeFileSync(file, plan);
    const offline = await run(process.execPath, ['--import', 'tsx', 'scripts/verify-draw.ts', file], {
      cwd: root,
    });
    expect(offline.stdout).toContain('核验通过');
    // A tampered plan (one drawn case swapped for another of the pool) is caught offline.
    const tampered = JSON.parse(plan) as {
      drawn: { caseNo: string }[];
      input: { pool: { caseNo: string }[] };
    };
    const outsider = tampered.input.pool.find((p) => !tampered.drawn.some((d) => d.caseNo === p.caseNo));
    if (outsider) {
      tampered.drawn[0]!.caseNo = outsider.caseNo;
      writeFileSync(file, JSON.stringify(tampered));
      await expect(
        run(process.execPath, ['--import', 'tsx', 'scripts/verify-draw.ts', file], { cwd: root }),
      ).rejects.toMatchObject({ code: 1 });
    }
  });
});

describe('SUP-2 key supervision', () => {
  it('SUP-2 the regulator sees who is under key supervision and why', async () => {
    const page = await signIn('ls-regulator');
    await go(page, '重点监管');
    await expect.poll(() => page.getByTestId('key-supervisions').textContent()).toContain('于晨阳');
    await expect.poll(() => page.getByTestId('key-supervisions').textContent()).toContain('生效中');
    await screenshot(page, 'supervision-key');
  });
});
