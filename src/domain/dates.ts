import type { DiagnosticParams } from './diagnostics';
import type { Module } from './model';
import { DATE_PATTERN } from './model/patterns';

// ISO calendar dates compare correctly as strings, so no date library is needed for windows.
export const isWithinValidity = (m: Pick<Module, 'validFrom' | 'validUntil'>, date: string): boolean =>
  (m.validFrom === undefined || m.validFrom <= date) && (m.validUntil === undefined || date <= m.validUntil);

/** A date as YYYY-MM-DD in the machine's own time zone (toISOString would give UTC's date). */
export const localIsoDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Whether a string is a date that exists, YYYY-MM-DD (the pattern alone lets 2024-02-30 through). */
export function isCalendarDate(s: string): boolean {
  if (!new RegExp(DATE_PATTERN).test(s)) return false;
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** What is wrong with a date window's ends: a date the calendar lacks, or an end before the start. */
export function windowProblems(
  from: string | undefined,
  until: string | undefined,
  fields: readonly [from: string, until: string],
): { field: string; params: DiagnosticParams }[] {
  const wrong = [
    [fields[0], from],
    [fields[1], until],
  ].flatMap(([field, date]) =>
    date !== undefined && !isCalendarDate(date) ? [{ field: field!, params: { keyword: 'date', date } }] : [],
  );
  if (wrong.length || from === undefined || until === undefined || from <= until) return wrong;
  return [
    { field: fields[1], params: { keyword: 'order', detail: fields[1], validFrom: from, validUntil: until } },
  ];
}
