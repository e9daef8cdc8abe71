import { describe, expect, it } from 'vitest';
import { FAILURE_WINDOW_MS, retryAfterSeconds, usernameKey } from './login-throttle.ts';

const now = new Date('2026-09-24T02:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('login throttle: 5 failures per account in 15 minutes, then a wait', () => {
  it('allows up to four recent failures', () => {
    expect(retryAfterSeconds([1, 2, 3, 4].map(minutesAgo), now)).toBe(0);
  });

  it('makes the fifth failure wait until the oldest of the five leaves the window', () => {
    const wait = retryAfterSeconds([1, 2, 3, 4, 10].map(minutesAgo), now);
    expect(wait).toBe((FAILURE_WINDOW_MS - 10 * 60_000) / 1000);
  });

  it('ignores failures older than the window', () => {
    expect(retryAfterSeconds([1, 2, 3, 4, 16, 20].map(minutesAgo), now)).toBe(0);
  });

  it('treats usernames without regard to case and spaces', () => {
    expect(usernameKey('  LS-Admin ')).toBe('ls-admin');
  });
});
