import type { Module } from './model';

// ISO calendar dates compare correctly as strings, so no date library is needed for windows.
export const isWithinValidity = (m: Pick<Module, 'validFrom' | 'validUntil'>, date: string): boolean =>
  (m.validFrom === undefined || m.validFrom <= date) && (m.validUntil === undefined || date <= m.validUntil);

/** A date as YYYY-MM-DD in the machine's own time zone (toISOString would give UTC's date). */
export const localIsoDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
