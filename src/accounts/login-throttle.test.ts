import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_DELAY_CAP_SECONDS,
  ADDRESS_DELAY_CAP_SECONDS,
  delayAfter,
  type LoginFailure,
  needsHumanCheck,
  retryAfterSeconds,
  usernameKey,
} from './login-throttle.ts';

const now = new Date('2026-09-24T02:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const failures = (ip: string, ...ages: number[]): LoginFailure[] =>
  ages.map((s) => ({ at: secondsAgo(s), ip }));

describe('login throttle: a delay that grows, never a lock the owner cannot lift', () => {
  it('lets five failures cost nothing', () => {
    expect(delayAfter(4, 900)).toBe(0);
    expect(retryAfterSeconds(failures('10.0.0.1', 5, 4, 3, 2), '10.0.0.1', now)).toBe(0);
  });

  it('doubles the delay with every failure after the fifth', () => {
    expect([5, 6, 7, 8, 9].map((n) => delayAfter(n, 900))).toEqual([2, 4, 8, 16, 32]);
    expect(delayAfter(30, 900)).toBe(900);
  });

  it('slows the guessing address up to 15 minutes', () => {
    const many = failures('10.0.0.9', ...Array.from({ length: 20 }, (_, i) => 60 - i));
    expect(retryAfterSeconds(many, '10.0.0.9', now)).toBe(ADDRESS_DELAY_CAP_SECONDS - 41);
  });

  it('keeps the account as a whole waiting at most 30 seconds, so its owner gets in', () => {
    const many = failures('10.0.0.9', ...Array.from({ length: 20 }, (_, i) => 29 - i));
    expect(retryAfterSeconds(many, '10.0.0.9', now)).toBe(ADDRESS_DELAY_CAP_SECONDS - 10);
    expect(retryAfterSeconds(many, '192.168.1.5', now)).toBe(ACCOUNT_DELAY_CAP_SECONDS - 10);
  });

  it('forgets failures older than 15 minutes', () => {
    expect(retryAfterSeconds(failures('10.0.0.1', 1000, 1001, 1002, 1003, 1004, 1005), '10.0.0.1', now)).toBe(
      0,
    );
    expect(needsHumanCheck(failures('10.0.0.1', 1000, 1001, 1002, 1003, 1004), now)).toBe(false);
  });

  it('asks for a human check from the sixth attempt', () => {
    expect(needsHumanCheck(failures('10.0.0.1', 5, 4, 3, 2), now)).toBe(false);
    expect(needsHumanCheck(failures('10.0.0.1', 5, 4, 3, 2, 1), now)).toBe(true);
  });

  it('treats usernames without regard to case and spaces', () => {
    expect(usernameKey('  LS-Admin ')).toBe('ls-admin');
  });
});
