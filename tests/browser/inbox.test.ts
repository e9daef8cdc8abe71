import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, logInByKeyboard, screenshot } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await logInByKeyboard(page, 'st-case-officer', 'Chengnuo@2026');
  await page.getByTestId('workbench-case-officer').waitFor();
});
afterAll(() => browser.close());

/** One choice of the topic filter, by its words. */
const topic = (words: string) =>
  page.locator('.ant-segmented-item').filter({ hasText: new RegExp(`^${words}$`) });

describe('issue 17 the inbox is typed by what happened', () => {
  it('tags each message by its topic, filters by one, and marks all read', async () => {
    await page.goto(`${baseUrl()}/workbench/inbox`);
    const tags = page.getByTestId('inbox-topic');
    await tags.first().waitFor();
    const topics = new Set(await tags.allTextContents());
    // The steps of the agency's cases and the deadline scan, not all one kind.
    expect(topics.size).toBeGreaterThan(1);
    expect([...topics]).toEqual(expect.arrayContaining(['受理']));
    await screenshot(page, 'inbox');

    await topic('决定').click();
    await expect.poll(async () => new Set(await tags.allTextContents())).toEqual(new Set(['决定']));

    await topic('全部').click();
    expect(await page.getByTestId('inbox-unread').textContent()).not.toBe('未读 0 条');
    // The header's 消息 link names the unread count too; it follows 全部已读 without a page change.
    const headerLink = page.getByRole('banner').getByRole('link', { name: /^消息/ });
    expect(await headerLink.textContent()).not.toContain('未读 0 条');
    await page.getByRole('button', { name: '全部已读' }).click();
    await expect.poll(() => page.getByTestId('inbox-unread').textContent()).toBe('未读 0 条');
    await expect.poll(() => headerLink.textContent()).toContain('未读 0 条');
    expect(await page.getByRole('button', { name: /^标为已读$/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '全部已读' }).isDisabled()).toBe(true);
  });
});
