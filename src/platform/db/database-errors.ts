/**
 * What the platform needs to know of a failed statement, whichever driver failed it: pg and PGlite
 * report SQLSTATE in `code`; Drizzle wraps the driver's error in `cause` with the SQL and its
 * parameters, which may hold personal data and so never reach a log.
 */

type Failure = { code?: unknown; message?: unknown; cause?: unknown };

function* causes(error: unknown): Generator<Failure> {
  for (let e = error, depth = 0; e instanceof Object && depth < 5; e = (e as Error).cause, depth++) {
    yield e as Failure;
  }
}

/** A PostgreSQL unique violation (SQLSTATE 23505). */
export function uniqueViolation(error: unknown): { constraint?: string } | undefined {
  for (const e of causes(error)) if (e.code === '23505') return e as { constraint?: string };
  return undefined;
}

/** SQLSTATE classes and socket errors that mean "the database is away", not "the request is wrong". */
const UNAVAILABLE_STATES = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end/i;

/**
 * The server ended the session (SQLSTATE 57P01–57P03: terminated, crash shutdown, cannot connect
 * now). A statement answered so did not commit: the server reports a statement's completion before
 * it acts on a termination, so retrying such a statement on a new connection cannot apply it twice.
 */
export function sessionEndedByServer(error: unknown): boolean {
  for (const e of causes(error)) if (typeof e.code === 'string' && /^57P0[1-3]$/.test(e.code)) return true;
  return false;
}

/** The database connection failed or was cut: the request may succeed if retried later. */
export function databaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (typeof e.code === 'string' && (UNAVAILABLE_STATES.test(e.code) || UNAVAILABLE_SOCKET.has(e.code)))
      return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

export interface LoggableError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}

const KEPT_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'routine', 'schema'] as const;

/**
 * An error as it may be logged: its type, message and stack, and of database errors only the SQL
 * text and SQLSTATE fields, never the bound parameters or the `detail` (which quotes values).
 */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) {
    const message = typeof error === 'object' && error !== null ? JSON.stringify(error) : String(error);
    return { type: typeof error, message: message.slice(0, 500), stack: '' };
  }
  const out: LoggableError = { type: error.name, message: '', stack: '' };
  const query = (error as { query?: unknown }).query;
  if (typeof query === 'string') {
    out.message = 'Failed query';
    out.query = query;
  } else {
    // Driver messages quote the offending value ('invalid input syntax for type uuid: "…"').
    out.message = error.message.replace(/"[^"]*"/g, '"…"');
  }
  out.stack = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  for (const field of KEPT_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  if (error.cause !== undefined) out.cause = loggableError(error.cause);
  return out;
}
