import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('Q-1 public home page, Chinese first with English available', () => {
  it('presents the platform and both districts in Chinese, then in English', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl());
    await expect(page.locator('html')).toBeTruthy();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('heading', { level: 1, name: '证明事项告知承诺制服务平台' }).waitFor();
    await page.getByTestId('district-370212').getByText('崂山区').waitFor();
    await page.getByTestId('district-370406').getByText('山亭区').waitFor();
    expect(await page.getByTestId('district-370212').textContent()).toContain('青岛市');
    expect(await page.getByTestId('district-370406').textContent()).toContain('枣庄市');
    for (const place of ['告知书、承诺书格式文本', '办事指南', '承诺公开']) {
      expect(await page.getByText(place).count()).toBeGreaterThan(0);
    }
    await screenshot(page, 'home-zh');
    await page.getByRole('button', { name: '切换语言' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Commitment Service Platform for Certification Matters' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'home-en');
    await page.close();
  });

  it('关怀模式 raises the base text to at least 18 px and hides decoration', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl());
    await page.getByRole('switch', { name: '关怀模式' }).click();
    expect(await page.locator('html').getAttribute('class')).toContain('care-mode');
    const size = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    const paragraph = await page
      .locator('main .ant-typography')
      .nth(1)
      .evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
    expect(paragraph).toBeGreaterThanOrEqual(18);
    await screenshot(page, 'home-care-mode');
    await page.close();
  });
});
