/** A run that can be asked for soon (after a change) besides its job's schedule; one at a time. */
export interface NudgedRun {
  /** Best effort: starts a run now, or another right after the one under way. */
  nudge(): void;
  /** Resolves when the runs a nudge started have finished. */
  settled(): Promise<void>;
}

/**
 * Work that a durable job does on its schedule (the job guarantees it) which a change may also ask
 * for at once, e.g. an SMS code or the online checks of a decision: never two runs at once here.
 */
export function nudgedRun(run: () => Promise<void>, onError?: (error: unknown) => void): NudgedRun {
  let running: Promise<void> | null = null;
  let again = false;
  const nudge = () => {
    if (running) {
      again = true;
      return;
    }
    running = run()
      .catch((error: unknown) => onError?.(error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          nudge();
        }
      });
  };
  return {
    nudge,
    settled: async () => {
      while (running) await running;
    },
  };
}
