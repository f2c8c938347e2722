import { COUNTS } from '../counts';

export const diagnosticsEn = {
  region: 'Diagnostics',
  none: 'No problems found: the programme meets every rule.',
  summary: (errors: string, warnings: string) => `${errors}, ${warnings}`,
  ...COUNTS.en,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' } as Record<string, string>,
  fix: 'Suggested fix',
  where: 'Where',
  waived: (by: string, reason: string) => `Accepted by ${by}: ${reason}`,
};
export type DiagnosticsMessages = typeof diagnosticsEn;
