// Waiting in tests is for a state, never for a time: `until` asks again (at growing intervals, so a
// fast state is seen fast and a slow machine is not flooded) until the state is there or the limit
// has passed.

/** What `probe` answers once it answers something (not undefined); throws after `limitMs`. */
export async function until<T>(
  probe: () => Promise<T | undefined>,
  limitMs: number,
  what: string,
): Promise<T> {
  const started = Date.now();
  for (let interval = 20; ; interval = Math.min(interval * 2, 500)) {
    const answer = await probe();
    if (answer !== undefined) return answer;
    if (Date.now() - started > limitMs) throw new Error(`${what}: not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Resolves when `child` has exited, or after `limitMs` (answering how long it waited either way). */
export function exitWithin(
  child: {
    exitCode: number | null;
    signalCode: string | null;
    once(event: 'exit', listener: () => void): unknown;
  },
  limitMs: number,
): Promise<number> {
  const started = Date.now();
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(0);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(Date.now() - started), limitMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(Date.now() - started);
    });
  });
}
