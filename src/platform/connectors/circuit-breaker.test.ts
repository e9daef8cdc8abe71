import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './circuit-breaker.ts';

describe('circuit breaker of a connector', () => {
  it('opens after the threshold of failures in a row, then lets one trial through after the pause', () => {
    const breaker = createCircuitBreaker({ failureThreshold: 3, openMs: 1000 });
    for (let i = 0; i < 3; i++) {
      expect(breaker.allow(0)).toBe(true);
      breaker.failed(0);
    }
    expect(breaker.state(500)).toBe('open');
    expect(breaker.allow(500)).toBe(false);
    expect(breaker.state(1000)).toBe('half-open');
    expect(breaker.allow(1000)).toBe(true);
    expect(breaker.allow(1000)).toBe(false);
    breaker.failed(1000);
    expect(breaker.state(1500)).toBe('open');
    expect(breaker.allow(2000)).toBe(true);
    breaker.succeeded();
    expect(breaker.state(2000)).toBe('closed');
  });
  it('a success resets the count of failures', () => {
    const breaker = createCircuitBreaker({ failureThreshold: 2, openMs: 1000 });
    breaker.failed(0);
    breaker.succeeded();
    breaker.failed(0);
    expect(breaker.state(0)).toBe('closed');
  });
});
