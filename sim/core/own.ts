/**
 * Lookups by name in plain records, for names that come from people (URL parameters,
 * command logs, embed messages). A record such as a parameter schema inherits
 * `toString`, `constructor` and the rest from Object.prototype, so `schema[name]` would
 * find a function for `?toString=1`; these see only the record's own entries.
 */

/** The value stored under `key` itself, never an inherited one. Pure. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
