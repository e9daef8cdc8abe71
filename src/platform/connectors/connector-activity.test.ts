import { describe, expect, it } from 'vitest';
import { createActivityLog } from './connector-activity.ts';

describe('the activity a connector reports (接口状态)', () => {
  it('names the last success and the last failure with its reason', () => {
    const log = createActivityLog();
    expect(log.read()).toEqual({
      lastSuccessAt: null,
      lastFailureAt: null,
      lastFailure: null,
      recentCalls: 0,
      recentFailures: 0,
    });
    log.succeeded(1000);
    log.failed(2000, { kind: 'unavailable', status: 503 });
    log.succeeded(3000);
    expect(log.read()).toEqual({
      lastSuccessAt: new Date(3000),
      lastFailureAt: new Date(2000),
      lastFailure: { kind: 'unavailable', status: 503 },
      recentCalls: 3,
      recentFailures: 1,
    });
  });

  it('counts the failures of the latest calls only', () => {
    const log = createActivityLog(4);
    for (let i = 0; i < 4; i++) log.failed(i, { kind: 'circuit-open', status: null });
    for (let i = 0; i < 3; i++) log.succeeded(10 + i);
    expect(log.read()).toMatchObject({ recentCalls: 4, recentFailures: 1 });
  });
});
