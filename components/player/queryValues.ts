/**
 * One rule for repeated query parameters everywhere: the last one wins, and the page
 * says so. `URLSearchParams.get` returns the first, so nothing reads a query with it.
 */
import { clipText } from '@/sim/core';

export interface QueryValues {
  /** The last value given for `name`, or null. */
  get(name: string): string | null;
  /** Every name with its last value, in the order names first appear. */
  readonly entries: readonly (readonly [name: string, value: string])[];
  /** A notice for each name in `names` (or any name) given more than once. */
  duplicates(include: (name: string) => boolean): string[];
}

/** Pure. */
export function readQueryValues(query: URLSearchParams): QueryValues {
  const last = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [name, value] of query) {
    last.set(name, value);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return {
    get: (name) => last.get(name) ?? null,
    entries: [...last],
    duplicates: (include) =>
      [...counts]
        .filter(([name, count]) => count > 1 && include(name))
        .map(
          ([name, count]) =>
            `${clipText(name, 40)} is given ${count} times; the last one, "${clipText(last.get(name)!, 60)}", is used`,
        ),
  };
}
