// Issue 17, portal conventions as a visitor meets them: the district named in the header and
// switchable, a search from the home page with results by kind, and the site's foot (主办单位, 12345,
// 网站标识码, 备案号, 政府网站找错) of the district shown — at desktop width and on a 375 px phone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('the portal of a district', () => {
  it('names the district in the header, searches it from the home page and links each result', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl());
    expect(await page.getByTestId('site-district').textContent()).toBe('青岛市崂山区');
    const footer = page.getByTestId('site-footer');
    await footer.getByText('青岛市崂山区人民政府办公室').waitFor();
    const foot = (await footer.textContent())!;
    for (const part of [
      '承办单位：青岛市崂山区司法局',
      '政务服务便民热线：12345',
      '网站标识码',
      '鲁ICP备',
      '鲁公网安备',
    ])
      expect(foot).toContain(part);
    expect(foot).toContain('示例');
    expect(await page.getByRole('link', { name: /政府网站找错/ }).getAttribute('href')).toMatch(
      /^https:\/\//,
    );
    await screenshot(page, 'portal-home');

    await page.getByLabel('站内搜索').fill('失业保险金');
    await page.getByRole('button', { name: /搜\s?索/ }).click();
    await page.waitForURL(/\/public\/search\?district=370212&q=/);
    const summary = page.getByTestId('search-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('在青岛市崂山区找到与“失业保险金”相关的结果');
    for (const group of ['matters', 'items', 'guides']) await page.getByTestId(`search-${group}`).waitFor();
    await page.getByTestId('search-matters').getByRole('link', { name: '失业保险金申领' }).waitFor();
    await page.getByTestId('search-guides').getByRole('link').first().waitFor();
    await screenshot(page, 'portal-search-results');

    // A list item opens the list in force at that item.
    await page.getByTestId('search-items').getByRole('link', { name: '解除或终止劳动关系证明' }).click();
    await page.waitForURL(/\/public\/lists\/370212\?item=/);
    await page
      .getByTestId('list-count')
      .getByText(/显示 1/)
      .waitFor();
    expect(await page.getByTestId('list-table').textContent()).toContain('失业保险金申领');
    await context.close();
  });

  it('switches to the other district: header, search and foot follow, and the choice is kept', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByRole('button', { name: /切换区县，当前为青岛市崂山区/ }).click();
    await page.getByRole('menuitem', { name: '枣庄市山亭区' }).click();
    await page.getByTestId('site-footer').getByText('枣庄市山亭区人民政府办公室').waitFor();
    expect(await page.getByTestId('site-district').textContent()).toBe('枣庄市山亭区');
    await page.getByLabel('站内搜索').fill('崂山区');
    await page.keyboard.press('Enter');
    await page.getByText('没有找到与“崂山区”相关的内容').waitFor();
    await page.goto(baseUrl());
    expect(await page.getByTestId('site-district').textContent()).toBe('枣庄市山亭区');
    await context.close();
  });

  it('reads on a 375 px phone: header, search results, foot and registration', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/public/search?district=370212&q=${encodeURIComponent('营业执照')}`);
    await page.getByTestId('search-items').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'portal-search-375');
    await page.goto(baseUrl());
    await page.getByTestId('site-footer').getByText('鲁ICP备', { exact: false }).waitFor();
    await screenshot(page, 'portal-home-375');
    await page.goto(`${baseUrl()}/register`);
    await page.getByLabel('我已阅读并同意《个人信息保护告知》').waitFor();
    await screenshot(page, 'portal-register-375');
    // The notice is a page of its own too, linked from every foot.
    await page.getByTestId('site-footer').getByRole('link', { name: '个人信息保护告知' }).click();
    await page.getByRole('heading', { level: 1, name: '个人信息保护告知' }).waitFor();
    expect(await page.getByTestId('privacy-notice').textContent()).toContain(
      '《中华人民共和国个人信息保护法》',
    );
    await context.close();
  });
});
