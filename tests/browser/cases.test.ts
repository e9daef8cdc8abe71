// CASE-1..7, VER-1, CRED-1 as people use them: an applicant applies online (committing, refusing
// disclosure, uploading) and withdraws a commitment midway; a window officer accepts and approves a
// case and sees its verification plan, and enters an application at the counter; the applicant reads
// the integrity file, a credit officer looks it up; the public reads a disclosed commitment, masked.
// Only demo users, matters and lists are relied on; every case is made here.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../../src/common/identifiers/resident-id.ts';
import { pdfText } from '../support/documents.ts';
import { baseUrl, chooseOption, launch, logInByKeyboard, pick, screenshot, settled } from './browser.ts';

const PASSWORD = 'Chengnuo@2026';
const DESKTOP = { width: 1440, height: 960 };
const PHONE = { width: 390, height: 844 };
// 崂山区 matters (demo lists): LS-11 has two listed disclosure items and one unlisted proof; LS-29 is
// handled by 崂山区人力资源和社会保障局 (ls-case-officer) with three listed, online-verified proofs.
const LS11 = '建筑业企业资质许可';
const LS29 = '高校毕业生住房补贴申领';
const LS01 = '失业保险金申领';
// 山亭区 ST-12, handled by 山亭区行政审批服务局 (st-case-officer): both proofs on the disclosure list.
const ST12 = '医疗机构执业登记';
// A decision number no demo case uses.
const DECISION_NO = `崂人社给〔2026〕${900 + Math.floor(Math.random() * 99)}号`;

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser.close();
});

async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    // the stale revision tested answers 409
    if (m.type() === 'error' && !m.text().includes('status of 409')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

async function signIn(username: string, viewport = DESKTOP): Promise<Page> {
  const page = await newPage(viewport);
  await logInByKeyboard(page, username, PASSWORD);
  await page.waitForURL(/\/workbench$/);
  return page;
}

/** Follows a link of the side navigation. */
const go = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name, exact: true }).click();

/** Q-1 on a phone: nothing wider than the screen. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`),
});

/** The card of one proof in the wizard. */
const proofCard = (page: Page, proof: string) => page.getByTestId(/^proof-\d+$/).filter({ hasText: proof });

/** VER-2: fills a fact the commitment asserts, under the proof's choice to commit. */
async function fact(page: Page, proof: string, label: string, value: string): Promise<void> {
  const field = proofCard(page, proof)
    .getByTestId(/^proof-\d+-facts$/)
    .getByLabel(label);
  if ((await field.getAttribute('role')) === 'combobox') await chooseOption(field, value);
  else await field.fill(value);
}

async function upload(page: Page, proof: string, name: string): Promise<void> {
  const card = proofCard(page, proof);
  await card.locator('input[type=file]').setInputFiles(pdf(name));
  await card.getByText(`已上传：${name}`).waitFor();
}

const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();

/** A row of a table, by text it contains. */
const row = (page: Page, table: string, text: string) =>
  page.getByTestId(table).locator('.ant-table-row', { hasText: text });

/** Opens the applicant's case `caseNo` from 我的办件. */
async function openMyCase(page: Page, caseNo: string): Promise<void> {
  await go(page, '我的办件');
  await row(page, 'my-cases', caseNo).getByRole('link').first().click();
  await page.getByTestId('case-page').waitFor();
}

async function countCases(page: Page, matter: string): Promise<number> {
  const cases = (await (await page.request.get(`${baseUrl()}/api/cases`)).json()) as { matterName: string }[];
  return cases.filter((c) => c.matterName === matter).length;
}

describe('CASE-1..7 an applicant applies online and withdraws a commitment midway', () => {
  let applicant: Page;
  let caseNo: string;

  it('CASE-1 CASE-3 CASE-4 CASE-7: commits, refuses disclosure (so uploads), uploads the unlisted proof and signs once', async () => {
    applicant = await signIn('ls-applicant');
    const before = await countCases(applicant, LS11);
    await go(applicant, '我要办事');
    await applicant.getByTestId('apply-wizard').waitFor();
    await screenshot(applicant, 'cases-apply-empty');
    await pick(applicant, '办理事项', LS11);

    // Step 1: each proof with its listing, terms and choice (CASE-1).
    const technical = proofCard(applicant, '专业技术资格证明');
    const insurance = proofCard(applicant, '社会保险缴纳证明');
    const licence = proofCard(applicant, '营业执照');
    await technical.getByText(/在清单内（第 \d+ 版）/).waitFor();
    expect(await technical.textContent()).toContain('行政协助');
    expect(await technical.textContent()).toContain('作出决定后 5 个工作日内');
    expect(await technical.textContent()).toContain('承诺公开事项');
    expect(await licence.textContent()).toContain('不在告知承诺制清单内');
    await expect.poll(() => licence.getByRole('radio', { name: /^承诺/ }).isDisabled()).toBe(true);
    await screenshot(applicant, 'cases-apply-proofs');

    // Next without choosing: every open proof says what is missing.
    await next(applicant);
    await technical.getByText('请选择承诺或提交证明材料').waitFor();

    // CASE-4: committing a disclosure item asks for consent; refusing turns it into an upload.
    await technical.getByRole('radio', { name: '承诺（以书面承诺代替证明）' }).check();
    await technical.getByRole('radio', { name: '不同意公开' }).check();
    await technical.getByText(/不同意公开的应当提交证明/).waitFor();
    expect(await technical.getByRole('radio', { name: '提交证明材料' }).isChecked()).toBe(true);
    await upload(applicant, '专业技术资格证明', '职称证书.pdf');
    await insurance.getByRole('radio', { name: '承诺（以书面承诺代替证明）' }).check();
    await insurance.getByRole('radio', { name: '同意公开承诺书' }).check();
    // VER-2: a commitment states the facts verification will compare, each checked before sending.
    await fact(applicant, '社会保险缴纳证明', '参保单位', '青岛海岸建设工程有限公司');
    await upload(applicant, '营业执照', '营业执照.pdf');
    await applicant.getByText('本次申请：承诺 1 项，提交证明 2 项').waitFor();
    await next(applicant);
    await insurance.getByText('请填写承诺事实「连续缴费月数」').waitFor();
    await fact(applicant, '社会保险缴纳证明', '连续缴费月数', '36');
    await screenshot(applicant, 'cases-apply-choices');

    // Step 2: the filled notice of the committed proof (CASE-3).
    await next(applicant);
    const notices = applicant.getByTestId('notice-previews');
    await notices.getByRole('heading', { name: '证明事项告知书' }).waitFor();
    expect(await notices.textContent()).toContain('社会保险缴纳证明');
    expect(await notices.textContent()).not.toContain('专业技术资格证明');
    await next(applicant);
    await applicant.getByText('请阅读告知书并勾选确认').waitFor();
    await applicant.getByRole('checkbox', { name: '我已阅读并理解告知书' }).check();
    await screenshot(applicant, 'cases-apply-notices');
    await next(applicant);

    // Step 3: the commitment filled with the applicant, then sign; a double click makes one case.
    const letters = applicant.getByTestId('commitment-previews');
    await letters.getByRole('heading', { name: '证明事项告知承诺书' }).waitFor();
    expect(await letters.textContent()).toContain('张立新');
    expect(await letters.textContent()).toContain('同意公开');
    expect(await letters.textContent()).toContain('青岛海岸建设工程有限公司');
    // How the signature works, in plain words; SM3/SM2 only under 技术详情.
    expect(await applicant.getByText('任何改动都能被发现').isVisible()).toBe(true);
    const signing = applicant.getByTestId('sign-technical');
    expect(await signing.getByText(/SM3/).isVisible()).toBe(false);
    await signing.getByText('技术详情').click();
    expect(await signing.getByText(/SM3/).isVisible()).toBe(true);
    await applicant.getByRole('checkbox', { name: /本人承诺所填信息真实/ }).check();
    await screenshot(applicant, 'cases-apply-sign');
    await applicant.getByTestId('submit-application').dblclick();
    await applicant.waitForURL(/\/workbench\/cases\/[0-9a-f-]{36}$/);
    await applicant.getByTestId('case-page').waitFor();
    expect(await countCases(applicant, LS11)).toBe(before + 1);

    // CASE-7: what the applicant sees of the case.
    caseNo = (await applicant.getByTestId('case-no').textContent())!;
    expect(caseNo).toMatch(/\S+/);
    expect(await applicant.getByTestId('case-state').first().textContent()).toBe('已提交');
    const committed = row(applicant, 'case-proofs', '社会保险缴纳证明');
    expect(await committed.textContent()).toContain('承诺');
    expect(await committed.textContent()).toContain('同意公开');
    expect(await committed.textContent()).toContain('已签署，待决定');
    const refused = row(applicant, 'case-proofs', '专业技术资格证明');
    expect(await refused.textContent()).toContain('提交证明');
    expect(await refused.textContent()).toContain('不同意公开');
    expect(await refused.textContent()).toContain('职称证书.pdf');
    expect(await applicant.getByTestId('case-letters').textContent()).toMatch(
      /告知书.*承诺书|承诺书.*告知书/,
    );
    expect(await applicant.getByTestId('case-eligibility').textContent()).toContain('适用告知承诺制');
    expect(await applicant.getByTestId('case-history').textContent()).toContain('提交申请');
    await screenshot(applicant, 'cases-case-submitted');
  });

  it('CASE-5: withdraws the commitment before the decision and submits the proof instead; the case goes on', async () => {
    const committed = row(applicant, 'case-proofs', '社会保险缴纳证明');
    await committed.getByRole('button', { name: '撤回承诺，改交证明' }).click();
    const modal = applicant.locator('.ant-modal', { hasText: '撤回「社会保险缴纳证明」的承诺' });
    await modal.getByLabel('撤回原因').fill('已开具社会保险缴纳证明，改为提交证明');
    await modal.locator('input[type=file]').setInputFiles(pdf('社保缴费证明.pdf'));
    await modal.getByText('已上传：社保缴费证明.pdf').waitFor();
    await screenshot(applicant, 'cases-withdraw-commitment');
    await modal.getByRole('button', { name: '撤回承诺' }).click();
    await applicant.getByText('已撤回承诺，改为提交证明材料').waitFor();
    await modal.waitFor({ state: 'hidden' });

    await expect.poll(() => committed.textContent()).toContain('社保缴费证明.pdf');
    expect(await committed.textContent()).toContain('提交证明');
    expect(await committed.textContent()).toContain('已撤回');
    expect(await committed.getByRole('button', { name: '撤回承诺，改交证明' }).count()).toBe(0);
    expect(await applicant.getByTestId('case-state').first().textContent()).toBe('已提交');
    const history = applicant.getByTestId('case-history');
    await history.getByText('撤回承诺改交证明').waitFor();
    expect(await history.textContent()).toContain('已开具社会保险缴纳证明，改为提交证明');
    await screenshot(applicant, 'cases-case-withdrawn');

    // Messages and deadlines link a case as /cases/{id}; that opens it in the workbench.
    const id = new URL(applicant.url()).pathname.split('/').pop();
    await applicant.goto(`${baseUrl()}/cases/${id}`);
    await applicant.waitForURL(`${baseUrl()}/workbench/cases/${id}`);
    await applicant.getByTestId('case-page').waitFor();

    await go(applicant, '我的办件');
    const mine = row(applicant, 'my-cases', caseNo);
    expect(await mine.textContent()).toContain(LS11);
    expect(await mine.textContent()).toContain('已提交');
    await screenshot(applicant, 'cases-my-cases');
  });

  it('applying for the same matter again: the wizard names the case under way and asks to confirm; the new case is marked', async () => {
    const before = await countCases(applicant, LS11);
    await go(applicant, '我要办事');
    await pick(applicant, '办理事项', LS11);
    const warning = applicant.getByTestId('repeat-warning');
    await warning.getByRole('link', { name: caseNo }).waitFor();
    await screenshot(applicant, 'cases-apply-repeat-warning');
    for (const proof of ['专业技术资格证明', '社会保险缴纳证明', '营业执照']) {
      await proofCard(applicant, proof).getByRole('radio', { name: '提交证明材料' }).check();
      await upload(applicant, proof, `${proof}.pdf`);
    }
    await next(applicant);
    await next(applicant);
    await applicant.getByTestId('submit-application').click();
    await applicant.getByText('您已有同一事项正在办理的申请：如确需再次申请，请先勾选确认').waitFor();
    expect(await countCases(applicant, LS11)).toBe(before);
    await applicant.getByRole('checkbox', { name: '我已知晓，确需再次申请' }).check();
    await applicant.getByTestId('submit-application').click();
    await applicant.waitForURL(/\/workbench\/cases\/[0-9a-f-]{36}$/);
    const marked = applicant.getByTestId('likely-duplicates');
    await marked.getByRole('link', { name: caseNo }).waitFor();
    expect(await countCases(applicant, LS11)).toBe(before + 1);
    await screenshot(applicant, 'cases-likely-duplicate');
  });

  it('DOC-6: the applicant checks a letter of the case is unaltered, beside the letter', async () => {
    await openMyCase(applicant, caseNo);
    const letters = applicant.getByTestId('case-letters');
    await letters
      .getByRole('button', { name: /^校验.*是否被改动$/ })
      .first()
      .click();
    await letters.getByTestId('letter-check').first().getByText('已校验：未被改动').waitFor();
    await screenshot(applicant, 'cases-letter-verified');
  });
});

describe('CASE-6 VER-1 the window officer accepts, approves and sees the verification plan', () => {
  let caseNo: string;
  let officer: Page;

  it('CASE-1 CASE-7: ls-applicant applies for a 人社局 matter committing two proofs and submitting one', async () => {
    const applicant = await signIn('ls-applicant');
    await applicant.goto(`${baseUrl()}/workbench/apply`);
    await pick(applicant, '办理事项', LS29);
    await proofCard(applicant, '学历证明').getByRole('radio', { name: /^承诺/ }).check();
    await fact(applicant, '学历证明', '毕业院校', '青岛大学');
    await fact(applicant, '学历证明', '专业', '土木工程');
    await fact(applicant, '学历证明', '毕业年份', '2024');
    await fact(applicant, '学历证明', '学历层次', '本科');
    await proofCard(applicant, '社会保险缴纳证明').getByRole('radio', { name: /^承诺/ }).check();
    await fact(applicant, '社会保险缴纳证明', '参保单位', '青岛崂山湾科技有限公司');
    await fact(applicant, '社会保险缴纳证明', '连续缴费月数', '18');
    // CASE-1: not choosing commitment is always allowed, even for a listed proof.
    await proofCard(applicant, '不动产权属证明').getByRole('radio', { name: '提交证明材料' }).check();
    await upload(applicant, '不动产权属证明', '不动产权证书.pdf');
    await next(applicant);
    expect(
      await applicant.getByTestId('notice-previews').getByRole('heading', { name: '证明事项告知书' }).count(),
    ).toBe(2);
    await applicant.getByRole('checkbox', { name: '我已阅读并理解告知书' }).check();
    await next(applicant);
    await applicant.getByRole('checkbox', { name: /本人承诺所填信息真实/ }).check();
    await applicant.getByRole('button', { name: '签署并提交' }).click();
    await applicant.getByTestId('case-page').waitFor();
    caseNo = (await applicant.getByTestId('case-no').textContent())!;
  });

  it('CASE-7 CASE-6: the officer finds it in the queue, accepts it (a stale page is refused and reloaded) and approves it with a document number', async () => {
    officer = await signIn('ls-case-officer');
    await go(officer, '办件队列');
    const queued = row(officer, 'case-queue', caseNo);
    await queued.waitFor();
    expect(await queued.textContent()).toContain('张立新');
    expect(await queued.textContent()).toContain('网上申请');
    expect(await queued.textContent()).toContain('2 / 3');
    expect(await queued.textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await screenshot(officer, 'cases-queue');
    await queued.getByRole('link', { name: caseNo }).click();
    await officer.getByTestId('case-page').waitFor();
    // A colleague has the same case open at the next window.
    const colleague = await signIn('ls-case-officer');
    await colleague.goto(officer.url());
    await colleague.getByRole('button', { name: '受理', exact: true }).waitFor();

    await officer.getByRole('button', { name: '受理', exact: true }).click();
    await officer.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => officer.getByTestId('case-state').first().textContent()).toBe('已受理');
    expect(await officer.getByTestId('case-history').textContent()).toContain('受理申请');
    await screenshot(officer, 'cases-case-accepted');

    // The colleague's page is one revision behind: the server refuses, the page reloads and says so.
    await colleague.getByRole('button', { name: '受理', exact: true }).click();
    await colleague.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await colleague.getByText('案件已被他人更新，已重新加载最新内容').waitFor();
    await expect.poll(() => colleague.getByTestId('case-state').first().textContent()).toBe('已受理');

    // CASE-6: a benefit (行政给付) is granted, not licensed: the buttons and the state say so
    expect(await officer.getByRole('button', { name: '准予许可' }).count()).toBe(0);
    await officer.getByRole('button', { name: '准予给付' }).click();
    const modal = officer.locator('.ant-modal', { hasText: '决定文号' });
    await modal.getByLabel('决定文号').fill(DECISION_NO);
    expect(await modal.getByLabel('决定日期').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await screenshot(officer, 'cases-decision');
    await modal.getByRole('button', { name: '准予给付' }).click();
    await expect.poll(() => officer.getByTestId('case-state').first().textContent()).toBe('准予给付');
    expect(await officer.getByTestId('decision-no').textContent()).toBe(DECISION_NO);
    await officer.getByTestId('decision-pdf').waitFor();
    await officer.getByText('已生成 2 项核查任务').waitFor();
  });

  it('VER-1: each committed proof has a verification task with method and due date, on the case and in the task list', async () => {
    const tasks = officer.getByTestId('case-tasks');
    await tasks.waitFor();
    expect(await tasks.getByTestId('case-task').count()).toBe(2);
    for (const proof of ['学历证明', '社会保险缴纳证明']) {
      const task = tasks.getByTestId('case-task').filter({ hasText: proof });
      expect(await task.textContent()).toContain('核查单位');
      expect(await task.textContent()).toContain('线上核查');
      expect(await task.textContent()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    }
    expect(await tasks.textContent()).not.toContain('不动产权属证明');
    expect(await row(officer, 'case-proofs', '学历证明').textContent()).toContain('核查中');
    expect(await officer.getByTestId('case-history').textContent()).toContain('准予给付');
    // the decision dialog has closed before the picture is taken
    await officer.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await screenshot(officer, 'cases-case-approved');

    await go(officer, '核查任务');
    await row(officer, 'verification-tasks', caseNo).first().waitFor();
    expect(await row(officer, 'verification-tasks', caseNo).count()).toBe(2);
    await screenshot(officer, 'cases-verification-tasks');
  });

  it('CASE-6 DOC-6: the applicant tracks the benefit granted and downloads the 准予行政给付决定书', async () => {
    const applicant = await signIn('ls-applicant');
    await go(applicant, '我的办件');
    const mine = row(applicant, 'my-cases', caseNo);
    await mine.waitFor();
    expect(await mine.getByTestId('case-state').textContent()).toBe('准予给付');
    await openMyCase(applicant, caseNo);
    expect(await applicant.getByTestId('case-state').first().textContent()).toBe('准予给付');
    const download = applicant.getByRole('link', { name: /^下载决定书：准予行政给付决定书/ });
    const response = await applicant.request.get(
      new URL((await download.getAttribute('href'))!, baseUrl()).href,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const text = pdfText(await response.body());
    for (const words of ['准予行政给付决定书', DECISION_NO, '张立新', LS29, '作出决定机关（印章）'])
      expect(text, words).toContain(words);
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(await applicant.getByTestId('case-letters').textContent()).toContain('准予行政给付决定书');
    await screenshot(applicant, 'cases-decision-applicant');
  });

  it('CASE-1 CASE-3: the officer enters an application at the counter, signed on paper', async () => {
    const first17 = `370212199001011${String(Math.floor(Math.random() * 90) + 10)}`;
    const check = residentIdCheckCharacter(first17);
    await go(officer, '窗口代录');
    await officer.getByTestId('intake-wizard').waitFor();
    await pick(officer, '办理事项', LS01);
    await officer.getByLabel('姓名').fill('李秀英');
    // the same GB 11643 check as the register page, while typing
    await officer.getByLabel('居民身份证号').fill(`${first17}${check === '0' ? '1' : '0'}`);
    await officer.getByText('身份证号校验位不正确').waitFor();
    await officer.getByLabel('居民身份证号').fill(`${first17}${check}`);
    await officer.getByLabel('联系电话').fill('13800001234');
    await screenshot(officer, 'cases-intake-applicant');
    await next(officer);
    await officer.getByRole('radio', { name: /^承诺/ }).first().check();
    await next(officer);
    await officer.getByText('预览中的申请人信息将在提交时按录入的申请人信息填写').waitFor();
    await officer.getByRole('checkbox', { name: '我已阅读并理解告知书' }).check();
    await next(officer);
    await officer.getByRole('button', { name: '提交申请' }).click();
    await officer.getByText('请勾选承诺声明').waitFor();
    await officer.getByRole('checkbox', { name: /申请人已当面阅读告知书/ }).check();
    await officer.getByRole('button', { name: '提交申请' }).click();
    await officer.getByText('请上传纸质签字扫描件').waitFor();
    await officer
      .getByTestId('signature-scan')
      .locator('input[type=file]')
      .setInputFiles(pdf('承诺书签字.pdf'));
    await officer.getByText('已上传：承诺书签字.pdf').waitFor();
    await screenshot(officer, 'cases-intake-sign');
    await officer.getByRole('button', { name: '提交申请' }).click();
    await officer.getByTestId('case-page').waitFor();
    expect(await officer.getByTestId('case-page').textContent()).toContain('窗口代录');
    expect(await officer.getByTestId('case-page').textContent()).toContain('李秀英');
    expect(
      await officer.getByTestId('case-proofs').locator('.ant-table-row').first().textContent(),
    ).toContain('已签署，待决定');
    await screenshot(officer, 'cases-case-counter');
  });

  it('CASE-2: at the counter, an applicant with an unrepaired false commitment is told before choosing', async () => {
    await go(officer, '窗口代录');
    await officer.getByTestId('intake-wizard').waitFor();
    await pick(officer, '办理事项', LS01);
    // 宋建国 (ls-applicant2): a false commitment migrated from last year, not repaired
    await officer.getByLabel('姓名').fill('宋建国');
    await officer.getByLabel('居民身份证号').fill('370212196912053517');
    await next(officer);
    const barred = officer.getByTestId('eligibility-barred');
    await barred.waitFor();
    expect(await barred.textContent()).toContain('该申请人当前不适用告知承诺制');
    expect(await barred.textContent()).toContain('信用修复');
    expect(await officer.getByRole('radio', { name: /^承诺/ }).first().isDisabled()).toBe(true);
    await screenshot(officer, 'cases-intake-barred');
  });
});

describe('CRED-1 the integrity file', () => {
  it('CRED-1: the applicant sees every commitment and how it stands, and may still commit', async () => {
    const applicant = await signIn('ls-applicant');
    await go(applicant, '诚信档案');
    const file = applicant.getByTestId('integrity-file');
    await file.waitFor();
    expect(await applicant.getByTestId('integrity-eligibility').textContent()).toContain(
      '可以选择告知承诺方式办理',
    );
    const commitments = applicant.getByTestId('integrity-commitments');
    const inVerification = commitments.locator('.ant-table-row', { hasText: LS29 });
    expect(await inVerification.count()).toBeGreaterThanOrEqual(2);
    expect(await inVerification.filter({ hasText: '学历证明' }).first().textContent()).toContain('核查中');
    expect(await inVerification.filter({ hasText: '学历证明' }).first().textContent()).toContain(DECISION_NO);
    const withdrawn = commitments
      .locator('.ant-table-row', { hasText: LS11 })
      .filter({ hasText: '社会保险缴纳证明' });
    expect(await withdrawn.first().textContent()).toContain('已撤回');
    const summary = await applicant.getByTestId('integrity-summary').textContent();
    expect(summary).toMatch(/核查中\s*[2-9]|核查中\s*\d{2}/);
    await screenshot(applicant, 'cases-integrity');

    // the case links back from the file
    await inVerification.first().getByRole('link').click();
    await applicant.getByTestId('case-page').waitFor();
  });

  it('CRED-1: a credit officer looks the file up by ID number', async () => {
    const credit = await signIn('ls-credit');
    await go(credit, '诚信档案查询');
    await credit.getByLabel('证件号码').fill('370212197803122136');
    await credit.getByRole('button', { name: '查询' }).click();
    await credit.getByText('证件号码校验未通过，请核对').waitFor();
    await credit.getByLabel('证件号码').fill('370212197803122135');
    await credit.getByRole('button', { name: '查询' }).click();
    const file = credit.getByTestId('integrity-file');
    await file.waitFor();
    expect(await file.textContent()).toContain('张立新');
    expect(await file.textContent()).toContain('370212********2135');
    expect(await credit.getByTestId('integrity-commitments').textContent()).toContain(LS29);
    await screenshot(credit, 'cases-integrity-lookup');
  });
});

describe('CASE-4 a disclosed commitment on the public site, personal data masked', () => {
  let caseNo: string;

  it('CASE-4: st-applicant applies on a phone, consenting to disclosure of both commitments', async () => {
    const applicant = await signIn('st-applicant', PHONE);
    await applicant.goto(`${baseUrl()}/workbench/apply`);
    await applicant.getByTestId('apply-wizard').waitFor();
    await pick(applicant, '办理事项', ST12);
    for (const proof of ['经营场所证明', '医师执业证书']) {
      const card = proofCard(applicant, proof);
      await card.getByRole('radio', { name: /^承诺/ }).check();
      await card.getByRole('radio', { name: '同意公开承诺书' }).check();
    }
    await fact(applicant, '经营场所证明', '坐落', '山东省枣庄市山亭区山城街道府前路58号');
    await fact(applicant, '医师执业证书', '资格名称', '执业医师（临床类别）');
    await fact(applicant, '医师执业证书', '证书编号', '110370406000123');
    expect(await overflow(applicant)).toBeLessThanOrEqual(0);
    await screenshot(applicant, 'cases-apply-phone-proofs');
    await next(applicant);
    await applicant.getByRole('checkbox', { name: '我已阅读并理解告知书' }).check();
    await screenshot(applicant, 'cases-apply-phone-notices');
    await next(applicant);
    await applicant.getByRole('checkbox', { name: /本人承诺所填信息真实/ }).check();
    expect(await overflow(applicant)).toBeLessThanOrEqual(0);
    await screenshot(applicant, 'cases-apply-phone-sign');
    await applicant.getByRole('button', { name: '签署并提交' }).click();
    await applicant.getByTestId('case-page').waitFor();
    caseNo = (await applicant.getByTestId('case-no').textContent())!;
    await screenshot(applicant, 'cases-case-phone');
  });

  it('CASE-4: once accepted, the public page lists it with the committer and identifiers masked', async () => {
    const officer = await signIn('st-case-officer');
    await go(officer, '办件队列');
    await row(officer, 'case-queue', caseNo).getByRole('link', { name: caseNo }).click();
    await officer.getByRole('button', { name: '受理', exact: true }).click();
    await officer.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => officer.getByTestId('case-state').first().textContent()).toBe('已受理');

    for (const viewport of [DESKTOP, PHONE]) {
      const visitor = await newPage(viewport);
      await visitor.goto(`${baseUrl()}/`);
      await visitor.getByTestId('district-370406').getByRole('link', { name: '承诺公开' }).click();
      await visitor.waitForURL(/\/public\/disclosures\?district=370406/);
      await visitor.getByLabel('搜索').fill(caseNo);
      const entries = visitor.getByTestId('disclosures').locator('.ant-collapse-item');
      await expect.poll(() => entries.count()).toBe(2);
      expect(await entries.first().getByTestId('disclosure-committer').textContent()).toBe('孙**');
      await entries.first().locator('.ant-collapse-header').click();
      await visitor.getByTestId('disclosure-text').first().waitFor();
      await settled(visitor);
      const text = (await visitor.getByTestId('disclosure-text').first().textContent())!;
      expect(text).toContain('证明事项告知承诺书');
      expect(text).toContain('370406********3513');
      expect(text).not.toContain('370406197209053513');
      expect(text).not.toContain('孙洪涛');
      if (viewport === PHONE) expect(await overflow(visitor)).toBeLessThanOrEqual(0);
      await screenshot(visitor, viewport === PHONE ? 'cases-disclosures-phone' : 'cases-disclosures');
    }
  });
});

describe('Q-1 the case pages in English', () => {
  it('Q-1: the pages read in English too, with no untranslated keys', async () => {
    const applicant = await signIn('ls-applicant');
    await applicant.getByRole('button', { name: '切换语言' }).click();
    await applicant
      .getByRole('navigation', { name: 'Workbench' })
      .getByRole('link', { name: 'My cases' })
      .click();
    await applicant.getByTestId('my-cases').locator('.ant-table-row').first().getByRole('link').click();
    await applicant.getByTestId('case-page').waitFor();
    await applicant.getByRole('heading', { name: /^Proofs/ }).waitFor();
    const body = (await applicant.locator('#main').textContent())!;
    expect(body).not.toMatch(/\b(case|apply|proof|col|queue)\.[a-zA-Z]/);
    await screenshot(applicant, 'cases-case-en');
    await applicant.goto(`${baseUrl()}/workbench/apply`);
    await pick(applicant, 'Matter', LS11);
    await proofCard(applicant, '营业执照').getByText('Not on the commitment list').waitFor();
    await screenshot(applicant, 'cases-apply-en');
    expect(errors).toEqual([]);
  });
});
