import type { Module } from './model';

// ISO calendar dates compare correctly as strings, so no date library is needed for windows.
export const isWithinValidity = (m: Pick<Module, 'validFrom' | 'validUntil'>, date: string): boolean =>
  (m.validFrom === undefined || m.validFrom <= date) && (m.validUntil === undefined || date <= m.validUntil);
