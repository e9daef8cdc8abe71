// LIST-3..LIST-8 as officers use them: import the city general list, claim it, publish, an agency's
// change request reviewed and republished, and the filing sent and received one level up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutHeaders, listWorkbook } from '../support/list-workbook.mjs';
import { baseUrl, launch, logInByKeyboard, pick, screenshot } from './browser.ts';

const PASSWORD = 'Chengnuo@2026';
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser.close();
});

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await logInByKeyboard(page, username, PASSWORD);
  await page.waitForURL(/\/workbench$/);
  return page;
}

/** A city general list as the city publishes it: title row, the government header, three rows. */
async function cityWorkbook(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'city-list-')), '枣庄市通用清单.xlsx');
  const rows = [
    [
      '解除或终止劳动关系证明',
      '失业保险金申领',
      '《失业保险条例》（国务院令第258号）',
      '用人单位',
      '区（市）人力资源社会保障部门',
      '线上核查',
      '',
    ],
    [
      '居住证明',
      '临时救助',
      '《社会救助暂行办法》（国务院令第649号）',
      '村（居）民委员会',
      '区（市）民政部门',
      '行政协助（公安机关）',
      '',
    ],
    [
      '学历证明',
      '教师资格认定',
      '《教师资格条例》（国务院令第188号）',
      '学校',
      '区（市）教育行政部门',
      '线上核查',
      '学信网核验',
    ],
  ];
  const title = '枣庄市实行告知承诺制的证明事项通用清单（2026年调整，示例）';
  writeFileSync(file, await listWorkbook(title, rows, { headers: layoutHeaders }));
  return file;
}

/** Follows a link of the side navigation (the workbench home repeats some of them). */
const go = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name }).click();

describe('LIST-3 LIST-4 LIST-6 LIST-7 LIST-8 the officer flows of 山亭区', () => {
  let justice: Page;

  it('LIST-8: the city justice bureau imports its general list from .xlsx: a preview of what changes, then publication on confirmation', async () => {
    const city = await signIn('zz-justice');
    await go(city, '清单管理');
    await city.getByRole('tab', { name: '导入 .xlsx' }).click();
    await city.locator('input[type=file]').setInputFiles(await cityWorkbook());
    await city.getByRole('button', { name: '预览变更' }).click();
    const preview = city.getByTestId('import-preview');
    await preview.getByText(/确认后将发布市级通用清单新版本：新增 \d+ 项/).waitFor();
    await screenshot(city, 'lists-import-preview');
    await preview.getByRole('button', { name: '确认发布新版本' }).click();
    await city.getByText('已发布第 2 版').waitFor();
  });

  it('LIST-3: a district takes the city list over but cannot import into it; it claims the new version whole', async () => {
    justice = await signIn('st-justice');
    await go(justice, '清单管理');
    await justice.getByText('现行第 2 版').waitFor();
    await screenshot(justice, 'lists-workspace');
    await justice.getByRole('tab', { name: '导入 .xlsx' }).click();
    // The district's own import goes to its draft only: no choice of the city list any more.
    await justice.getByRole('button', { name: '预览变更' }).waitFor();
    expect(await justice.getByRole('radio').count()).toBe(0);
    await pick(justice, '清单', '市级通用清单');
    // The city list's workspace has no draft of its own: once its tab is gone, the city list shows.
    await expect.poll(() => justice.getByRole('tab', { name: /草稿/ }).count()).toBe(0);
    await expect.poll(() => justice.getByRole('tab', { name: '导入 .xlsx' }).count()).toBe(0);
    await pick(justice, '清单', '山亭区');
    await justice.getByRole('tab', { name: '认领上级清单' }).click();
    await justice
      .getByText(/第 2 版/)
      .first()
      .waitFor();
    const pending = justice.locator('.ant-tag', { hasText: '待认领' });
    expect(await pending.count()).toBeGreaterThan(0);
    await screenshot(justice, 'lists-claims');
    await justice.getByRole('button', { name: '全部认领' }).click();
    await justice.getByText(/新认领 \d+ 项/).waitFor();
    // The table reloads after the message shows.
    await expect.poll(() => justice.locator('.ant-tag', { hasText: '待认领' }).count()).toBe(0);
  });

  it('LIST-4: publishes the draft as a new immutable version, visible to the public', async () => {
    await justice.getByRole('tab', { name: /草稿/ }).click();
    await justice.getByText('草稿有未发布的修改').waitFor();
    await justice.getByRole('button', { name: '发布新版本' }).click();
    await justice.getByLabel('发布说明（调整原因、依据）').fill('承接枣庄市2026年调整后的通用清单');
    await justice.locator('.ant-modal-footer').getByRole('button', { name: '发布新版本' }).click();
    await justice.getByText('已发布第 3 版').waitFor();
    const published = await (await fetch(`${baseUrl()}/api/public/districts/370406/list`)).json();
    expect(published.version).toBe(3);
  });

  it('LIST-6: an agency asks to amend its item; the justice bureau approves; the next version carries it', async () => {
    const agency = await signIn('st-case-officer');
    await go(agency, '清单调整申请');
    await agency.getByRole('button', { name: '提出变更申请' }).click();
    await pick(agency, '要修改或删除的条目', '专业技术资格证明');
    await agency.getByLabel('核查时限（工作日）').fill('1');
    await agency.getByLabel('调整理由').fill('职称评审信息已接入共享平台，协助核查 1 个工作日内可完成');
    await agency.getByLabel('调整依据').fill('《建筑业企业资质管理规定》（示例）');
    await agency.getByRole('button', { name: '提交' }).click();
    await agency.locator('.ant-table-row', { hasText: '专业技术资格证明' }).first().waitFor();
    await screenshot(agency, 'list-change-submitted');

    await go(justice, '清单调整审核');
    await justice.locator('.ant-table-row', { hasText: '专业技术资格证明' }).first().click();
    await justice.getByText('调整内容').waitFor();
    const diff = await justice.locator('.ant-drawer .ant-table').first().textContent();
    expect(diff).toContain('核查时限（工作日）');
    await screenshot(justice, 'list-change-review');
    await justice.getByLabel('意见').fill('同意');
    await justice.getByRole('button', { name: '通过', exact: true }).click();
    await justice.getByText('已办理').waitFor();
    const before = await (await fetch(`${baseUrl()}/api/public/districts/370406/list`)).json();
    expect(before.version).toBe(3);

    await go(justice, '清单管理');
    await justice.getByText('草稿有未发布的修改').waitFor();
    await justice.getByRole('button', { name: '发布新版本' }).click();
    await justice.getByLabel('发布说明（调整原因、依据）').fill('区行政审批服务局申请调整核查时限');
    await justice.locator('.ant-modal-footer').getByRole('button', { name: '发布新版本' }).click();
    await justice.getByText('已发布第 4 版').waitFor();
    const diff34 = await (
      await fetch(`${baseUrl()}/api/public/districts/370406/list/diff?from=3&to=4`)
    ).json();
    expect(diff34.changed.map((c: { name: string }) => c.name)).toContain('专业技术资格证明');
  });

  it('LIST-7: the district sends the filing and 枣庄市司法局 marks it received', async () => {
    await go(justice, '备案管理');
    const row = justice.locator('.ant-table-row', { hasText: '第 4 版' });
    await row.getByText('待报送').waitFor();
    await row.getByRole('button', { name: '报送备案' }).click();
    await row.getByText('已报送').waitFor();
    await screenshot(justice, 'list-filings');

    const city = await signIn('zz-justice');
    await go(city, '备案管理');
    const incoming = city.locator('.ant-table-row', { hasText: '第 4 版' }).first();
    await incoming.getByRole('button', { name: '确认接收' }).click();
    await incoming.getByText('已接收').waitFor();
    await city
      .locator('.ant-table-row', { hasText: '枣庄市 → 山东省' })
      .filter({ hasText: '第 4 版' })
      .getByText('待报送')
      .waitFor();
    await screenshot(city, 'list-filings-city');
  });
});

describe('LIST-1 LIST-2 the catalogue and its dashboard', () => {
  it('shows should-adopt matters and key-field coverage, and offers excluded matters as ineligible', async () => {
    const page = await signIn('st-justice');
    await go(page, '事项目录与看板');
    await page.getByTestId('field-coverage').getByText('户籍管理').waitFor();
    expect(await page.getByTestId('should-adopt').textContent()).not.toBe('');
    await screenshot(page, 'lists-dashboard');
    await page.getByRole('tab', { name: '证明事项' }).click();
    await page.getByRole('cell', { name: '生命财产安全' }).waitFor();
    await go(page, '清单管理');
    await page.getByRole('button', { name: '新增条目' }).click();
    await page.getByLabel('证明事项', { exact: true }).click();
    await page.getByLabel('证明事项', { exact: true }).fill('不适用');
    const excluded = page.locator('.ant-select-item-option-disabled');
    await excluded.first().waitFor();
    expect(await excluded.first().textContent()).toMatch(/不适用告知承诺制（.+）/);
    await screenshot(page, 'lists-item-form');
  });
});
