import { plural, type PluralForms } from '../lang';

const comments: PluralForms = { one: '# comment', other: '# comments' };

export const reviewEn = {
  region: 'Review comments',
  summary: (open: number, total: number) => `${open} open of ${plural('en', total, comments)}`,
  count: (n: number) => plural('en', n, comments),
  badge: (n: number) => `${plural('en', n, comments)} from review`,
  verdicts: { approve: 'approve', change: 'change requested', reject: 'reject' } as Record<string, string>,
  by: (reviewer: string, verdict: string) => `${reviewer}: ${verdict}`,
  onModule: (name: string) => `On ${name}`,
  onPointer: (pointer: string) => `On ${pointer}`,
  onProgramme: 'On the programme as a whole',
  pointerNotInProgramme: (pointer: string) => `On ${pointer}, which is not in this programme`,
  notInProgramme: (name: string) => `On ${name}, which is not in this programme`,
  resolved: 'Resolved',
  resolve: (reviewer: string, where: string) => `Resolved: ${reviewer}’s comment ${where}`,
  show: 'Show',
  export: 'Export comments',
  close: 'Close comments',
  imported: (name: string, n: number) => `${name}: ${plural('en', n, comments)} imported.`,
  otherProgramme: (fileId: string, openId: string) =>
    `These comments are on programme ${fileId}, but ${openId} is open: they are shown, but may not fit.`,
};
export type ReviewMessages = typeof reviewEn;
