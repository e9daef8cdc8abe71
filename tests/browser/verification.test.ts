// VER-1..9 and SUP-3 as people use them, on the demo's verification story: the 崂山区 verifier's
// workbench and the 于晨阳 学历证明 found false (the platform's comparison, the handling record); a
// 山亭区 request for assistance answered across districts in 崂山区 and the task finished in 山亭区; the
// on-site visit of the 翼云 company's two premises, and a new one scheduled and recorded; who looked at
// an applicant's data, and a query's display delayed; the company's case page with its correction.
// Only demo users and the demo's verification records are relied on; other suites may add tasks.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, chooseOption, launch, logInByKeyboard, screenshot, settled } from './browser.ts';

const PASSWORD = 'Chengnuo@2026';
const DESKTOP = { width: 1440, height: 960 };
const YICHEN = '于晨阳';
const YIYUN = '枣庄山亭翼云农产品有限公司';
const ST21 = '农作物种子生产经营许可';
const ST22 = '兽药经营许可';
const ANSWER = `经核实，该农艺师证书由崂山区人力资源和社会保障局核发，证书真实有效（浏览器测试 ${Date.now() % 100_000}）。`;

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

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await logInByKeyboard(page, username, PASSWORD);
  await page.waitForURL(/\/workbench$/);
  return page;
}

/** Follows a link of the side navigation. */
const go = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name, exact: true }).click();

/** The rows of a table that contain every text given. */
const rows = (page: Page, table: string, ...texts: string[]) =>
  texts.reduce<Locator>(
    (found, text) => found.filter({ hasText: text }),
    page.getByTestId(table).locator('.ant-table-row'),
  );

/** The open dialog whose title is `title`. */
const dialog = (page: Page, title: string) =>
  page.locator('.ant-modal-wrap:visible .ant-modal', {
    has: page.locator('.ant-modal-title', { hasText: title }),
  });

/** No developer details on a page: no UUIDs, no raw JSON. */
async function noDeveloperDetails(page: Page): Promise<void> {
  const text = (await page.locator('#main').textContent()) ?? '';
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  expect(text).not.toMatch(/"\w+":/);
}

describe("VER-1 VER-2 SUP-3 the verifier's workbench and a false commitment", () => {
  let verifier: Page;

  it('VER-1: ls-verifier opens 核查任务 and sees the demo tasks with state, outcome and due dates, and filters them', async () => {
    verifier = await signIn('ls-verifier');
    await go(verifier, '核查任务');
    const degree = rows(verifier, 'verification-tasks', YICHEN, '学历证明');
    await degree.first().waitFor();
    expect(await degree.first().textContent()).toContain('已完成');
    expect(await degree.first().textContent()).toContain('不实');
    // LS-02: the kinship of 张立新's wife was verified true by the police; the death date committed
    // differs by a day from the household record and waits, overdue, for the verifier's judgement.
    const ls02 = rows(verifier, 'verification-tasks', '失业保险丧葬补助金和抚恤金申领');
    expect(await ls02.count()).toBe(2);
    const kinship = ls02.filter({ hasText: '亲属关系证明' });
    expect(await kinship.textContent()).toContain('已完成');
    expect(await kinship.textContent()).toContain('属实');
    const death = ls02.filter({ hasText: '死亡证明' });
    expect(await death.textContent()).toContain('核查中');
    expect(await death.textContent()).toContain('已逾期');
    expect(await rows(verifier, 'verification-tasks', '亲属关系证明').first().textContent()).toContain(
      '行政协助（青岛市公安局崂山分局）',
    );
    await noDeveloperDetails(verifier);
    await screenshot(verifier, 'verification-tasks');

    // Filters: the state and the method narrow the list on the server.
    await chooseOption(verifier.getByLabel('状态', { exact: true }), '已完成');
    await chooseOption(verifier.getByLabel('核查方式', { exact: true }), '行政协助');
    const shown = async () => {
      const texts = await rows(verifier, 'verification-tasks').allTextContents();
      return texts.length > 0 && texts.every((t) => t.includes('已完成') && t.includes('行政协助'));
    };
    await expect.poll(shown).toBe(true);
    expect(await rows(verifier, 'verification-tasks', '亲属关系证明').count()).toBeGreaterThan(0);
    expect(verifier.url()).toContain('state=done');
    expect(verifier.url()).toContain('method=assistance');
    await verifier.getByLabel('办理事项', { exact: true }).fill('住房补贴');
    await verifier.getByLabel('办理事项', { exact: true }).press('Enter');
    await verifier.getByTestId('verification-tasks').getByText('没有符合条件的核查任务').waitFor();
    await verifier.goto(`${baseUrl()}/workbench/verification-tasks?matter=${encodeURIComponent('住房补贴')}`);
    await rows(verifier, 'verification-tasks', '学历证明').first().waitFor();
    expect(await rows(verifier, 'verification-tasks', '失业保险').count()).toBe(0);
  });

  it('VER-2 SUP-3: the 于晨阳 学历证明 task shows the committed facts, the comparison 博士研究生 vs 硕士研究生 and the handling record', async () => {
    // A click anywhere on the row (here: the matter) opens the task.
    const degree = rows(verifier, 'verification-tasks', YICHEN, '学历证明').first();
    await degree.locator('td', { hasText: '高校毕业生住房补贴申领' }).click();
    await verifier.getByTestId('task-page').waitFor();
    expect(await verifier.getByTestId('task-state').first().textContent()).toBe('已完成');
    expect(await verifier.getByTestId('task-outcome').first().textContent()).toBe('不实');
    const facts = verifier.getByTestId('committed-facts');
    expect(await facts.textContent()).toContain('学历层次');
    expect(await facts.textContent()).toContain('博士研究生');
    expect(await facts.textContent()).toContain('中国海洋大学');
    // The SM3 of the signed text is there, behind 校验信息, not in the main view.
    expect(await verifier.getByText('承诺书 SM3 摘要').isVisible()).toBe(false);

    const comparison = verifier.getByTestId('discrepancies').locator('.ant-table-row');
    expect(await comparison.count()).toBe(1);
    expect(await comparison.textContent()).toContain('学历层次');
    expect(await comparison.locator('td').nth(1).textContent()).toBe('博士研究生');
    expect(await comparison.locator('td').nth(2).textContent()).toBe('硕士研究生');
    const evidence = verifier.getByTestId('task-evidence');
    expect(await evidence.textContent()).toContain('共享数据');
    expect(await evidence.getByRole('link', { name: /下载/ }).getAttribute('href')).toMatch(
      /^\/api\/verification\/tasks\/[0-9a-f-]{36}\/evidence\/[0-9a-f-]{36}$/,
    );
    expect(await verifier.getByTestId('task-history').textContent()).toContain('记录核查结果');
    // Nothing is left to do on a finished task.
    expect(await verifier.getByTestId('task-actions').count()).toBe(0);
    await noDeveloperDetails(verifier);
    await screenshot(verifier, 'verification-task-false');

    await verifier.getByTestId('task-handling').getByRole('link', { name: '查看处理记录' }).click();
    await verifier.getByTestId('handling-page').waitFor();
    expect(await verifier.getByTestId('handling-stage').textContent()).toBe('作出决定后发现');
    expect(await verifier.getByTestId('handling-finding').textContent()).toContain('硕士研究生');
    const revoked = verifier.getByTestId('handling-actions').locator('.ant-table-row').first();
    expect(await revoked.textContent()).toContain('撤销行政决定');
    expect(await revoked.textContent()).toMatch(/崂人社撤〔\d{4}〕3号/);
    expect(await verifier.getByRole('heading', { level: 1 }).textContent()).toContain('已办结');
    await noDeveloperDetails(verifier);
    await screenshot(verifier, 'verification-handling');

    await go(verifier, '虚假承诺处理');
    expect(await rows(verifier, 'handlings', YICHEN, '学历证明').first().textContent()).toContain(
      '撤销行政决定',
    );
  });
});

describe('VER-4 assistance across districts', () => {
  it('VER-4: ls-verifier (崂山区人社局) sees the open request from 山亭区 and answers it 属实, seeing only what the request carries', async () => {
    const verifier = await signIn('ls-verifier');
    await go(verifier, '协查请求');
    const request = rows(verifier, 'assistance-requests', '山亭区', '专业技术资格证明');
    await request.first().waitFor();
    const text = (await request.first().textContent())!;
    expect(text).toContain('山亭区行政审批服务局');
    expect(text).toContain(ST21);
    expect(text).toContain(YIYUN);
    expect(text).toContain('农艺师');
    expect(text).toContain('待答复');
    await noDeveloperDetails(verifier);
    await screenshot(verifier, 'verification-assistance');

    await request.first().getByRole('button', { name: '答复' }).click();
    const modal = dialog(verifier, '答复协查请求');
    await modal.waitFor();
    await settled(verifier);
    await modal.getByRole('button', { name: '提交答复' }).click();
    await modal.getByText('请选择核查结果').waitFor();
    await modal.getByRole('radio', { name: '属实' }).check();
    await modal.getByLabel('答复意见').fill(ANSWER);
    await screenshot(verifier, 'verification-assistance-answer');
    await modal.getByRole('button', { name: '提交答复' }).click();
    await modal.waitFor({ state: 'hidden' });
    await expect.poll(() => request.first().getByTestId('assistance-state').textContent()).toBe('已答复');
    expect(await request.first().textContent()).toContain(ANSWER);
  });

  it('VER-4 VER-6: st-verifier sees the task back in 核查中 with the answer as evidence, and records it 属实', async () => {
    const verifier = await signIn('st-verifier');
    await go(verifier, '核查任务');
    const task = rows(verifier, 'verification-tasks', YIYUN, '专业技术资格证明');
    await task.first().waitFor();
    expect(await task.first().textContent()).toContain('核查中');
    await task.first().getByRole('link', { name: '专业技术资格证明' }).click();
    await verifier.getByTestId('task-page').waitFor();
    expect(await verifier.getByTestId('task-state').first().textContent()).toBe('核查中');
    const evidence = verifier.getByTestId('task-evidence');
    expect(await evidence.textContent()).toContain('协查答复');
    expect(await evidence.textContent()).toContain(ANSWER);
    const assistance = verifier.getByTestId('task-assistance');
    expect(await assistance.textContent()).toContain('崂山区人力资源和社会保障局');
    expect(await assistance.getByTestId('assistance-answer').textContent()).toContain('属实');
    await screenshot(verifier, 'verification-task-answered');

    await verifier.getByTestId('task-actions').getByRole('button', { name: '记录结果' }).click();
    const modal = dialog(verifier, '记录结果');
    await modal.waitFor();
    await modal.getByRole('radio', { name: '无法核查' }).check();
    await modal.getByLabel('后续处理').waitFor();
    await modal.getByRole('radio', { name: '属实' }).check();
    expect(await modal.getByLabel('后续处理').count()).toBe(0);
    await modal.getByLabel('理由').fill('崂山区人力资源和社会保障局协查答复：农艺师证书真实有效，属实');
    await modal.getByRole('button', { name: '确定' }).click();
    await modal.waitFor({ state: 'hidden' });
    await expect.poll(() => verifier.getByTestId('task-state').first().textContent()).toBe('已完成');
    expect(await verifier.getByTestId('task-outcome').first().textContent()).toBe('属实');
    expect(await verifier.getByTestId('task-result').textContent()).toContain('农艺师证书真实有效');
  });
});

describe('VER-3 on-site verification', () => {
  let verifier: Page;

  it("VER-3: st-verifier sees the recorded visit that checked the 翼云 company's two premises (ST-21, ST-22) at once", async () => {
    verifier = await signIn('st-verifier');
    await go(verifier, '现场核查');
    const visit = rows(verifier, 'visits', '翼云路16号');
    await visit.first().waitFor();
    const tasks = visit.first().getByTestId('visit-tasks').locator('li');
    await expect.poll(() => tasks.filter({ hasText: YIYUN }).count()).toBe(2);
    expect(await tasks.filter({ hasText: ST21 }).textContent()).toContain('经营场所证明');
    expect(await tasks.filter({ hasText: ST22 }).textContent()).toContain('经营场所证明');
    const text = (await visit.first().textContent())!;
    expect(text).toContain('卫东（执法证号 37040621005）');
    expect(text).toContain('王建军（执法证号 37040621018）');
    expect(text).toContain('已记录');
    expect(text).toContain('温湿度记录齐全');
    await noDeveloperDetails(verifier);
    await screenshot(verifier, 'verification-visits');
  });

  it('VER-3 VER-6: schedules a visit with two inspectors and their 执法证号, then records its result', async () => {
    await verifier.getByRole('button', { name: '安排现场核查' }).click();
    const modal = dialog(verifier, '安排现场核查');
    await modal.waitFor();
    await settled(verifier);
    await chooseOption(modal.getByLabel('核查任务', { exact: true }), '孙洪涛');
    await modal.locator('.ant-modal-title').click();
    await modal.getByLabel('核查地点').fill('山东省枣庄市山亭区山城街道府前路58号');
    // Two inspectors at least: the second row cannot be removed, a third can.
    expect(await modal.getByTestId('inspector-row').count()).toBe(2);
    expect(await modal.getByRole('button', { name: '移除执法人员 2' }).isDisabled()).toBe(true);
    await modal.getByRole('button', { name: '增加执法人员' }).click();
    expect(await modal.getByTestId('inspector-row').count()).toBe(3);
    await modal.getByRole('button', { name: '移除执法人员 3' }).click();
    await modal.getByLabel('执法人员 1 姓名').fill('卫东');
    await modal.getByLabel('执法人员 1 执法证号').fill('3704 0621');
    await modal.getByLabel('执法人员 2 姓名').fill('王建军');
    await modal.getByLabel('执法人员 2 执法证号').fill('37040621018');
    await modal.getByRole('button', { name: '安排', exact: true }).click();
    await modal.getByText('执法证号为 6 至 24 位数字、字母或连字符').waitFor();
    await modal.getByLabel('执法人员 1 执法证号').fill('37040621005');
    await screenshot(verifier, 'verification-visit-schedule');
    await modal.getByRole('button', { name: '安排', exact: true }).click();
    await modal.waitFor({ state: 'hidden' });

    const visit = rows(verifier, 'visits', '府前路58号');
    await visit.first().waitFor();
    expect(await visit.first().textContent()).toContain('孙洪涛');
    await visit.first().getByRole('button', { name: '记录结果' }).click();
    const record = dialog(verifier, '记录现场核查结果');
    await record.waitFor();
    await record.getByLabel('现场核查情况').fill('经营场所位于府前路58号，系申请人自有房产，与承诺一致。');
    await record.getByRole('radio', { name: '属实' }).check();
    await record.getByLabel('理由').fill('现场核查：经营场所与承诺一致');
    await record.getByRole('button', { name: '保存结果' }).click();
    await record.waitFor({ state: 'hidden' });
    await expect.poll(() => visit.first().textContent()).toContain('已记录');
    expect(await visit.first().textContent()).toContain('属实');
  });
});

describe('VER-8 who looked at my data', () => {
  it('VER-8: ls-applicant opens 谁查询了我的数据 and sees the 户籍 query of the 死亡证明 check', async () => {
    const applicant = await signIn('ls-applicant');
    await go(applicant, '谁查询了我的数据');
    const entry = rows(applicant, 'data-log', '户籍', '死亡证明');
    await entry.first().waitFor();
    const text = (await entry.first().textContent())!;
    expect(text).toContain('崂山区人力资源和社会保障局');
    expect(text).toContain('平台线上核查（自动）');
    expect(text).toMatch(/370212-\d{4}-\d{6}/);
    expect(text).toContain('查到记录');
    await noDeveloperDetails(applicant);
    await screenshot(applicant, 'verification-data-log');
  });

  it('VER-8: ls-verifier delays showing a query to its subject, with a date and a reason', async () => {
    const verifier = await signIn('ls-verifier');
    await go(verifier, '数据查询记录');
    const entry = rows(verifier, 'data-access-log', '不动产登记').first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('已展示');
    await entry.getByRole('button', { name: '延迟展示' }).click();
    const modal = dialog(verifier, '延迟向当事人展示');
    await modal.waitFor();
    await settled(verifier);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await modal.getByLabel('展示日期').fill(until);
    await modal.getByLabel('展示日期').press('Enter');
    await modal.getByLabel('理由').fill('涉嫌骗取补贴，正在立案调查，暂不宜让当事人知悉');
    await modal.getByRole('button', { name: '延迟展示' }).click();
    await modal.waitFor({ state: 'hidden' });
    const [y, m, d] = until.split('-').map(Number);
    await expect.poll(() => entry.textContent()).toContain(`延迟至 ${y}年${m}月${d}日`);
    await screenshot(verifier, 'verification-data-access');
  });
});

describe('VER-9 VER-7 the applicant sees how each commitment is verified', () => {
  let company: Page;

  async function openSt21(page: Page): Promise<void> {
    await go(page, '我的办件');
    await rows(page, 'my-cases', ST21).first().getByRole('link').first().click();
    await page.getByTestId('case-page').waitFor();
  }

  it("VER-9 VER-7: st-company opens its ST-21 case and sees each commitment's verification and the correction asked (补正中)", async () => {
    company = await signIn('st-company');
    await openSt21(company);
    const tasks = company.getByTestId('case-tasks').getByTestId('case-task');
    expect(await tasks.count()).toBe(3);
    const licence = tasks.filter({ hasText: '营业执照' });
    expect(await licence.getByTestId('task-state').textContent()).toBe('补正中');
    expect(await licence.textContent()).toContain('山亭区行政审批服务局');
    const regularisation = licence.getByTestId('case-regularisation');
    expect(await regularisation.textContent()).toContain('长阜村');
    expect(await regularisation.textContent()).toContain('待补正');
    expect(await regularisation.textContent()).toContain('不影响您的信用');
    expect(await regularisation.textContent()).toMatch(/请于\d{4}年\d{1,2}月\d{1,2}日前提交补正/);
    const premises = tasks.filter({ hasText: '经营场所证明' });
    expect(await premises.getByTestId('task-outcome').textContent()).toBe('属实');
    expect(await premises.getByTestId('case-task-result').textContent()).toContain('现场核查');
    // The applicant is not sent to the staff's task page.
    expect(await company.getByTestId('case-tasks').getByRole('link', { name: '核查详情' }).count()).toBe(0);
    await noDeveloperDetails(company);
    await screenshot(company, 'verification-case-regularisation');
  });

  it('VER-7: st-company submits its correction; the task goes back to 核查中', async () => {
    const licence = company
      .getByTestId('case-tasks')
      .getByTestId('case-task')
      .filter({ hasText: '营业执照' });
    const form = licence.getByTestId('correction-form');
    await form.getByRole('button', { name: '提交补正' }).click();
    await form.getByText('请填写补正说明').waitFor();
    await form
      .getByLabel('补正说明')
      .fill('经核实，营业执照住所“长阜村”系登记笔误，已向山亭区市场监督管理局申请更正为“长埠村”。');
    await form.getByRole('button', { name: '提交补正' }).click();
    await expect.poll(() => licence.getByTestId('task-state').textContent()).toBe('核查中');
    expect(await licence.getByTestId('case-regularisation').textContent()).toContain('已补正');
    expect(await licence.getByTestId('correction-form').count()).toBe(0);
    await screenshot(company, 'verification-case-corrected');
  });
});

describe('Q-1 the verification pages in English', () => {
  it('Q-1: the workbench, a task and the assistance queue read in English, with no untranslated keys', async () => {
    const verifier = await signIn('ls-verifier');
    await verifier.getByRole('button', { name: '切换语言' }).click();
    const nav = verifier.getByRole('navigation', { name: 'Workbench' });
    await nav.getByRole('link', { name: 'Verification tasks' }).click();
    const degree = rows(verifier, 'verification-tasks', YICHEN, '学历证明').first();
    await degree.waitFor();
    expect(await degree.textContent()).toContain('False');
    await degree.getByRole('link').first().click();
    await verifier.getByTestId('task-page').waitFor();
    await verifier.getByRole('heading', { name: 'Evidence' }).waitFor();
    const keys =
      /\b(tasks|task|col|evidence|action|result|assist|visit|visits|handling|log|case|outcome)\.[a-zA-Z]/;
    expect(await verifier.locator('#main').textContent()).not.toMatch(keys);
    expect(await verifier.getByTestId('task-evidence').textContent()).toContain('committed 博士研究生');
    await screenshot(verifier, 'verification-task-en');
    await nav.getByRole('link', { name: 'Assistance requests' }).click();
    await verifier.getByTestId('assistance-requests').waitFor();
    expect(await verifier.locator('#main').textContent()).not.toMatch(keys);
  });

  it('VER-5: st-regulator opens 免予核查意见 and sees the exemption it agreed to, with its opinion', async () => {
    const regulator = await signIn('st-regulator');
    await go(regulator, '免予核查意见');
    const main = regulator.locator('#main');
    await main.getByText('个体工商户登记').first().waitFor();
    expect(await main.textContent()).toContain('经营场所证明');
    expect(await main.textContent()).toContain('同意');
    await noDeveloperDetails(regulator);
    await screenshot(regulator, 'verification-exemptions');
  });
});
