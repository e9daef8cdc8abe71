/** SPEC §10: five failed logins of one account within 15 minutes, then a wait. */
export const FAILURE_LIMIT = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/** Seconds until the account may try again, or 0; from the failures inside the window. */
export function retryAfterSeconds(failureTimes: Date[], now: Date): number {
  const recent = failureTimes
    .filter((at) => now.getTime() - at.getTime() < FAILURE_WINDOW_MS)
    .sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < FAILURE_LIMIT) return 0;
  // Allowed again once enough of the oldest failures have left the window.
  const freeing = recent[recent.length - FAILURE_LIMIT]!;
  return Math.max(1, Math.ceil((freeing.getTime() + FAILURE_WINDOW_MS - now.getTime()) / 1000));
}

export const usernameKey = (username: string) => username.trim().toLowerCase();
