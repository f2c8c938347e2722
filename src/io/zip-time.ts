/**
 * The date written into zip entry headers for something made at `created`: its UTC day at noon, local time.
 * Zip headers hold local time, and noon never falls in a daylight-saving gap, so the bytes are the same in every
 * time zone. Undefined when `created` is not a date.
 */
export function zipEntryTime(created: string | Date): Date | undefined {
  const t = new Date(created);
  if (Number.isNaN(t.getTime())) return undefined;
  const year = Math.min(2099, Math.max(1980, t.getUTCFullYear()));
  return new Date(year, t.getUTCMonth(), t.getUTCDate(), 12, 0, 0);
}
