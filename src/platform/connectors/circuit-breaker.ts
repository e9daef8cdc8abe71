/**
 * A circuit breaker: after `failureThreshold` failures in a row the circuit opens and calls fail at
 * once for `openMs`; then one trial call is let through (half-open), whose outcome closes or reopens it.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreaker {
  state(now: number): CircuitState;
  /** Whether a call may go out now (a half-open circuit lets one through). */
  allow(now: number): boolean;
  succeeded(): void;
  failed(now: number): void;
}

export function createCircuitBreaker(options: { failureThreshold: number; openMs: number }): CircuitBreaker {
  let failures = 0;
  let openedAt: number | null = null;
  let trialOut = false;
  const state = (now: number): CircuitState =>
    openedAt === null ? 'closed' : now - openedAt >= options.openMs ? 'half-open' : 'open';
  return {
    state,
    allow(now) {
      const current = state(now);
      if (current === 'closed') return true;
      if (current === 'open' || trialOut) return false;
      trialOut = true;
      return true;
    },
    succeeded() {
      failures = 0;
      openedAt = null;
      trialOut = false;
    },
    failed(now) {
      failures += 1;
      trialOut = false;
      if (openedAt !== null || failures >= options.failureThreshold) openedAt = now;
    },
  };
}
