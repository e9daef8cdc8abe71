import { ApiError } from '../../api/errors.ts';

/** The server refused a save or publication because someone saved first (409 STALE_VERSION). */
export const isConflict = (error: unknown) =>
  error instanceof ApiError && (error.code === 'STALE_VERSION' || error.status === 409);

/** The `details.missing` of a 400 refusing publication, if the server sent one. */
export function missingFrom(error: unknown): unknown[] | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const details = error.details as { missing?: unknown[] } | undefined;
  return Array.isArray(details?.missing) ? details.missing : null;
}

/** Moves element `from` of a list by `by` places (−1 up, +1 down); the list unchanged at its ends. */
export function move<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Inserts `{{key}}` into a text at the caret last seen there (the end when never placed). */
export function insertPlaceholder(value: string, key: string, caret: number | undefined): string {
  const at = caret === undefined || caret > value.length ? value.length : caret;
  return `${value.slice(0, at)}{{${key}}}${value.slice(at)}`;
}

/** Asks before leaving a page with unsaved changes (reload, close, typed address). */
export function warnBeforeUnload(dirty: boolean) {
  if (!dirty) return () => {};
  const handler = (event: BeforeUnloadEvent) => {
    event.preventDefault();
  };
  window.addEventListener('beforeunload', handler);
  return () => window.removeEventListener('beforeunload', handler);
}
