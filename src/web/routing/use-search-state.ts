import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

type Patch<K extends string> = Partial<Record<K, string | number | null | undefined>>;

/**
 * Filters, sort and page live in the URL query string so that a view can be reloaded, bookmarked
 * and shared. Empty values are removed; any change except to `offset` goes back to the first page.
 */
export function useSearchState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () =>
      Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>,
    [params, keys],
  );
  const update = useCallback(
    (patch: Patch<K>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch) as [
            string,
            string | number | null | undefined,
          ][]) {
            if (value === undefined || value === null || value === "") next.delete(key);
            else next.set(key, String(value));
          }
          if (!("offset" in patch)) next.delete("offset");
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [values, update] as const;
}
