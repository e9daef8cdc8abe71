import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, logInByKeyboard, screenshot } from './browser.ts';

interface DemoUser {
  username: string;
  password: string;
  role: string;
  district: string;
}

const users = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../demo/users.json'), 'utf8'),
) as DemoUser[];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('ORG-2 every demo role lands on its own workbench', () => {
  it.each(users.map((u) => [u.username, u] as const))(
    '%s signs in by keyboard and sees the workbench of its role',
    async (_, user) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await logInByKeyboard(page, user.username, user.password);
      await page.getByTestId(`workbench-${user.role}`).waitFor({ timeout: 15_000 });
      expect(page.url()).toBe(`${baseUrl()}/workbench`);
      const nav = await page.getByRole('navigation').last().textContent();
      expect(nav).toContain('工作台');
      if (user.role === 'admin') expect(nav).toContain('用户与角色');
      if (user.role === 'justice-officer') expect(nav).toContain('备案管理');
      if (user.role === 'applicant') expect(nav).toContain('我要办事');
      if (user.role !== 'admin') expect(nav).not.toContain('用户与角色');
      await screenshot(page, `workbench-${user.username}`);
      await context.close();
    },
  );
});
