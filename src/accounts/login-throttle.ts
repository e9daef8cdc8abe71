/**
 * SPEC §10: failed logins slow an account down, never lock it. Up to five failures in 15 minutes
 * cost nothing; after that each attempt waits a delay that doubles with every failure. The delay for
 * the account as a whole stops at 30 seconds, so a stranger guessing cannot keep its owner out; the
 * delay for the address the failures came from grows to 15 minutes, so one guesser is slowed hard.
 * From the sixth failure on, a human check is asked for when one is configured.
 */
export const FREE_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_DELAY_CAP_SECONDS = 30;
export const ADDRESS_DELAY_CAP_SECONDS = 15 * 60;

export interface LoginFailure {
  at: Date;
  ip: string | null;
}

/** Seconds to wait after `failures` failures: nothing for the first five, then 2, 4, 8 … up to `cap`. */
export const delayAfter = (failures: number, cap: number) =>
  failures < FREE_FAILURES ? 0 : Math.min(cap, 2 ** (failures - FREE_FAILURES + 1));

function waitAfter(failures: LoginFailure[], cap: number, now: Date): number {
  const last = failures.at(-1);
  if (!last) return 0;
  const until = last.at.getTime() + delayAfter(failures.length, cap) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

const recent = (failures: readonly LoginFailure[], now: Date) =>
  failures
    .filter((f) => now.getTime() - f.at.getTime() < FAILURE_WINDOW_MS)
    .sort((a, b) => a.at.getTime() - b.at.getTime());

/** Seconds until this address may try this account again, or 0. */
export function retryAfterSeconds(failures: readonly LoginFailure[], ip: string | null, now: Date): number {
  const all = recent(failures, now);
  const fromHere = all.filter((f) => f.ip === ip);
  return Math.max(
    waitAfter(all, ACCOUNT_DELAY_CAP_SECONDS, now),
    waitAfter(fromHere, ADDRESS_DELAY_CAP_SECONDS, now),
  );
}

/** Whether the next attempt must pass a human check (when the platform has one configured). */
export const needsHumanCheck = (failures: readonly LoginFailure[], now: Date) =>
  recent(failures, now).length >= FREE_FAILURES;

export const usernameKey = (username: string) => username.trim().toLowerCase();
