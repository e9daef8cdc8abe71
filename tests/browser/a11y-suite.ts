// The accessibility suite, cut in two files so each stays a few minutes: every page a visitor or a
// demo role reaches, in normal and in 关怀模式, by axe-core (WCAG 2.1 A/AA) and by the phone check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPage,
  type DemoUser,
  demoRoles,
  desktop,
  detailLinks,
  type Finding,
  matchesRoute,
  menuOf,
  publicPages,
  signedIn,
  walk,
} from './a11y.ts';
import { baseUrl, launch, screenshotDir } from './browser.ts';

const describeFindings = (findings: Finding[]) =>
  findings.map((f) => `${f.page} [${f.mode}] ${f.rule} (${f.impact}): ${f.targets.join(' | ')}`).join('\n');

/** Walks the pages from `start` in `context`; fails on any serious or critical finding or broken text. */
async function audit(context: BrowserContext, who: string, start: string[]): Promise<string[]> {
  const page = await context.newPage();
  const findings: Finding[] = [];
  const broken: string[] = [];
  const walked = await walk(page, baseUrl(), start, async (url, name, requests) => {
    const report = await checkPage(page, requests, url, `elderly-${who}-${name}`, screenshotDir);
    findings.push(...report.findings);
    broken.push(...report.broken);
  });
  await context.close();
  expect.soft(describeFindings(findings), 'axe: serious or critical violations').toBe('');
  expect.soft(broken.join('\n'), '关怀模式: text broken a character a line').toBe('');
  return walked;
}

/** The routes inside PublicLayout in web/src/App.tsx (a new public page must be walked too). */
function publicRoutes(): string[] {
  const app = readFileSync(path.resolve(import.meta.dirname, '../../web/src/App.tsx'), 'utf8');
  const block = app.slice(app.indexOf('<PublicLayout />'), app.indexOf('path="workbench"'));
  return [...block.matchAll(/<Route (?:index |path="([^"]+)")/g)].map((m) => m[1] ?? '');
}

export function accessibilitySuite(part: { publicPages: boolean; users: (user: DemoUser) => boolean }) {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  describe('WCAG 2.1 AA by axe-core, and 关怀模式 on a phone, on every page in both modes', () => {
    if (part.publicPages) {
      it('every public page', async () => {
        const context = await browser.newContext({
          viewport: { width: desktop, height: 860 },
          bypassCSP: true,
        });
        const walked = await audit(context, 'visitor', publicPages);
        const publicDetails = detailLinks.filter((l) => l.route.startsWith('public/')).map((l) => l.route);
        for (const route of [...publicRoutes(), ...publicDetails]) {
          expect(
            walked.some((url) => matchesRoute(route, url)),
            `public route "${route}" walked`,
          ).toBe(true);
        }
      }, 300_000);
    }
    it.each(demoRoles().filter(part.users))(
      'every page of the menu of $username ($role)',
      async (user) => {
        const context = await signedIn(browser, baseUrl(), user);
        const menu = await menuOf(context, baseUrl());
        const walked = await audit(context, user.username, menu);
        expect(walked).toEqual(expect.arrayContaining(menu));
      },
      300_000,
    );
  });
}
