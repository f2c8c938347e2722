import { isJsonObject } from '../json-limits';

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * JSON with object keys sorted at every level, so two values that differ only in key order (as a structured
 * clone read back from storage may) compare equal as strings.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isJsonObject(v) ? Object.fromEntries(Object.entries(v).sort(byKey)) : v,
  );
}
