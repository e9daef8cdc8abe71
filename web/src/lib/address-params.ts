import { useSearchParams } from 'react-router-dom';

/** A day written in the address (`?from=2026-01-01`), or undefined when it is missing or malformed. */
export const dayParam = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

/**
 * The address's query, and a change of several of its parameters at once (a period sets both its
 * ends): a value sets one, undefined or '' removes it. A filtered view can be shared and reloaded;
 * the change replaces the history entry rather than adding one per filter.
 */
export function useAddressParams(): [URLSearchParams, (change: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const change = (values: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(values)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return [params, change];
}
