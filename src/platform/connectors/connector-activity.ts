/**
 * How a call failed, in terms an operator acts on: the system refused it (a 4xx: the request is
 * wrong), it could not be reached or answered with an error (5xx, time-out), or the circuit breaker
 * held the call back. The status is the HTTP status the system answered, if it answered.
 */
export interface ConnectorFailure {
  kind: 'refused' | 'unavailable' | 'circuit-open';
  status: number | null;
}

/**
 * What a connector saw of its outside system since this instance started: when a call last
 * succeeded and last failed (and how), and how many of the latest calls failed. Kept in memory, like
 * the circuit breaker: each instance reports its own calls; what waits to be sent is in the outboxes.
 */
export interface ConnectorActivity {
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  lastFailure: ConnectorFailure | null;
  /** The latest calls (at most the window), and how many of them failed. */
  recentCalls: number;
  recentFailures: number;
}

export interface ActivityLog {
  succeeded(at: number): void;
  failed(at: number, failure: ConnectorFailure): void;
  read(): ConnectorActivity;
}

export function createActivityLog(window = 50): ActivityLog {
  const outcomes: boolean[] = [];
  let lastSuccessAt: number | null = null;
  let lastFailureAt: number | null = null;
  let lastFailure: ConnectorFailure | null = null;
  const push = (ok: boolean) => {
    outcomes.push(ok);
    if (outcomes.length > window) outcomes.shift();
  };
  return {
    succeeded(at) {
      lastSuccessAt = at;
      push(true);
    },
    failed(at, failure) {
      lastFailureAt = at;
      lastFailure = failure;
      push(false);
    },
    read: () => ({
      lastSuccessAt: lastSuccessAt === null ? null : new Date(lastSuccessAt),
      lastFailureAt: lastFailureAt === null ? null : new Date(lastFailureAt),
      lastFailure,
      recentCalls: outcomes.length,
      recentFailures: outcomes.filter((ok) => !ok).length,
    }),
  };
}
