import { randomUUID } from 'node:crypto';
import { type CircuitBreaker, type CircuitState, createCircuitBreaker } from './circuit-breaker.ts';
import { type ConnectorActivity, type ConnectorFailure, createActivityLog } from './connector-activity.ts';
import { signRequest } from './request-signature.ts';

/** The outside system could not be reached (or the circuit is open): the caller retries later. */
export class ConnectorUnavailableError extends Error {
  override name = 'ConnectorUnavailableError';
  constructor(
    readonly connector: string,
    reason: string,
    /** What the system answered, when it answered (5xx, 429). */
    readonly status: number | null = null,
  ) {
    super(`${connector}: ${reason}`);
  }
}

/** The outside system answered, but refused the request (a 4xx): retrying the same will not help. */
export class ConnectorRefusedError extends Error {
  override name = 'ConnectorRefusedError';
  constructor(
    readonly connector: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${connector}: refused with ${status}`);
  }
}

export interface ConnectorOptions {
  /** Names the system in errors, logs and health ('sms'). */
  name: string;
  baseUrl: string;
  /** The platform's SM2 key pair that signs every request. */
  key: { privateKey: string; publicKey: string };
  timeoutMs?: number;
  /** Attempts after the first, each after a doubling back-off with jitter. */
  retries?: number;
  backoffMs?: number;
  failureThreshold?: number;
  openMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /**
   * A receiver that refuses any request id it has seen (replay protection of reads) needs a fresh id
   * per attempt; one that answers repeats with its first receipt (writes) keeps one id for all.
   */
  freshRequestIdPerAttempt?: boolean;
}

export interface ConnectorAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
  /** The request id the answer is to (each attempt's own where ids are fresh per attempt). */
  requestId: string;
}

export interface HttpConnector {
  readonly name: string;
  readonly baseUrl: string;
  /**
   * Sends one signed request under one request id (the same on every retry, so the receiver can
   * answer a repeat with its first receipt). Answers 2xx; throws Refused on 4xx, Unavailable else.
   */
  request(
    method: string,
    path: string,
    options?: { body?: unknown; requestId?: string },
  ): Promise<ConnectorAnswer>;
  /** Whether the system answers its health path now (for /api/health), without retries. */
  ping(path?: string): Promise<boolean>;
  circuit(): CircuitState;
  /** The calls this instance made since it started: last success, last failure, recent failures. */
  activity(): ConnectorActivity;
}

/** What the platform reports of a connector (health, 接口状态) without calling through it. */
export type ConnectorView = Pick<HttpConnector, 'name' | 'ping' | 'circuit' | 'baseUrl' | 'activity'>;

const headersOf = (headers: Headers) => {
  const all: Record<string, string> = {};
  headers.forEach((value, name) => {
    all[name] = value;
  });
  return all;
};

/** How a call failed, for the connector's activity (no receiver's words: they may name records). */
const failureOf = (error: unknown): ConnectorFailure =>
  error instanceof ConnectorRefusedError
    ? { kind: 'refused', status: error.status }
    : error instanceof ConnectorUnavailableError && error.message.endsWith(': circuit open')
      ? { kind: 'circuit-open', status: null }
      : { kind: 'unavailable', status: error instanceof ConnectorUnavailableError ? error.status : null };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one way the platform talks to an outside system over HTTP: a time-out per attempt, retries of
 * failures that may pass (network errors, time-outs, 5xx, 429) with back-off, a circuit breaker so a
 * dead system costs nothing, request ids, and an SM2 signature on every request.
 */
export function createHttpConnector(options: ConnectorOptions): HttpConnector {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 3000;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 200;
  const breaker: CircuitBreaker = createCircuitBreaker({
    failureThreshold: options.failureThreshold ?? 5,
    openMs: options.openMs ?? 30_000,
  });
  const base = options.baseUrl.replace(/\/+$/, '');
  const activity = createActivityLog();

  /** One call: its attempts under one request id, with back-off, through the circuit breaker. */
  async function send(method: string, path: string, body: unknown, requestId: string) {
    const text = body === undefined ? '' : JSON.stringify(body);
    let lastReason = 'not tried';
    for (let tryNo = 0; tryNo <= retries; tryNo++) {
      if (!breaker.allow(now())) throw new ConnectorUnavailableError(options.name, 'circuit open');
      try {
        const id = options.freshRequestIdPerAttempt && tryNo > 0 ? randomUUID() : requestId;
        const answer = await attempt(method, path, text, id);
        if (answer.status < 400) {
          breaker.succeeded();
          return answer;
        }
        if (answer.status < 500 && answer.status !== 429) {
          // The system is up and said no: not a failure of the connection.
          breaker.succeeded();
          throw new ConnectorRefusedError(options.name, answer.status, answer.body);
        }
        lastReason = `answered ${answer.status}`;
      } catch (error) {
        if (error instanceof ConnectorRefusedError) throw error;
        lastReason = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
      }
      breaker.failed(now());
      if (tryNo < retries) await sleep(backoffMs * 2 ** tryNo * (0.5 + random()));
    }
    throw new ConnectorUnavailableError(options.name, lastReason);
  }

  async function attempt(method: string, path: string, body: string, requestId: string) {
    const headers = {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...signRequest(
        { method, path, requestId, timestamp: new Date(now()).toISOString(), body },
        options.key,
      ),
    };
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body || undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return {
      status: response.status,
      body: await response.text(),
      headers: headersOf(response.headers),
      requestId,
    };
  }

  return {
    name: options.name,
    baseUrl: base,
    async request(method, path, { body, requestId = randomUUID() } = {}) {
      try {
        const answer = await send(method, path, body, requestId);
        activity.succeeded(now());
        return answer;
      } catch (error) {
        activity.failed(now(), failureOf(error));
        throw error;
      }
    },
    async ping(path = '/v1/health') {
      try {
        const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(1000) });
        return response.ok;
      } catch {
        return false;
      }
    },
    circuit: () => breaker.state(now()),
    activity: activity.read,
  };
}
