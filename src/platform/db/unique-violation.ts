/**
 * A PostgreSQL unique violation (SQLSTATE 23505), as pg and PGlite report it; Drizzle wraps the
 * driver's error in `cause`.
 */
export function uniqueViolation(error: unknown): { constraint?: string } | undefined {
  for (let e = error, depth = 0; e instanceof Object && depth < 5; e = (e as Error).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return e as { constraint?: string };
  }
  return undefined;
}
