import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { until } from '../support/until.ts';

export const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/**
 * Chromium for a suite. Its pages ask for reduced motion, which the app honours (WCAG 2.3.3): no zoom,
 * slide or wave to wait out, and no option clicked while its list still slides in. (Headless
 * Chromium ignores the command-line switch for it, so every new context sets it.)
 */
export async function launch(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options });
  browser.newPage = (options) => newPage({ reducedMotion: 'reduce', ...options });
  return browser;
}

/** The server of this worker (VITEST_POOL_ID counts the workers from 1). */
export const baseUrl = () => {
  const urls = inject('baseUrls');
  return urls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length]!;
};

/** Waits until the page's finite animations (a modal's zoom, a drawer's slide) have run their course. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Chooses `text` in the AntD Select `box` as a user does: opens it, types to search where it can, and
 * clicks the option once the list has come to rest (a click while it still slides in can miss, most
 * of all on a busy machine); done when the box shows the choice.
 */
export async function chooseOption(box: Locator, text: string): Promise<void> {
  const page = box.page();
  await box.click();
  if (await box.isEditable()) await box.fill(text);
  // The option in the open list: a list that is still closing (the Select chosen just before) may be
  // visible beside it for a moment.
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first();
  await option.waitFor();
  await settled(page);
  await option.click();
  await box
    .locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')
    .filter({ hasText: text })
    .waitFor();
}

/** `chooseOption` in the Select labelled `label`. */
export const pick = (page: Page, label: string, text: string) =>
  chooseOption(page.getByLabel(label, { exact: true }), text);

/** A full-page screenshot once what moves on the page has come to rest. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Signs in through the login form by keyboard alone (WCAG: every form works without a mouse). */
export async function logInByKeyboard(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('用户名').focus();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/**
 * The latest code the SMS stand-in the server started received for `phone` (the demo "handset"), once
 * it holds more than `seen` messages for it (a registration's code comes before the identity check's).
 */
export async function smsCodeTo(phone: string, seen = 0): Promise<string> {
  const health = (await (await fetch(`${baseUrl()}/api/health`)).json()) as {
    connectors: { name: string; url: string }[];
  };
  const gateway = health.connectors.find((c) => c.name === 'sms')!.url;
  return until(
    async () => {
      const messages = (await (await fetch(`${gateway}/v1/sms?to=${phone}`)).json()) as { text: string }[];
      return (messages.length > seen && /\d{6}/.exec(messages[0]!.text)?.[0]) || undefined;
    },
    10_000,
    `an SMS reaching ${phone}`,
  );
}

/**
 * Q-1 on the registration form: the mobile number proven by the code the stand-in delivers, and the
 * personal-information notice agreed to (the box starts unticked).
 */
export async function provePhoneAndConsent(page: Page, phone: string): Promise<void> {
  await page.getByLabel('手机号码').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByLabel('短信验证码').fill(await smsCodeTo(phone));
  const consent = page.getByLabel('我已阅读并同意《个人信息保护告知》');
  expect(await consent.isChecked()).toBe(false);
  await consent.check();
}
