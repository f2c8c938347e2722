import type { Program } from '../../domain/model';
import type { LibraryRecord, LibrarySummary, SavedHistory } from './library-types';

export const freshHistory = (program: Program): SavedHistory => ({ base: program, edits: [], cursor: 0 });

const moduleCount = (program: Program): number =>
  program.stages.reduce(
    (sum, stage) => sum + stage.items.reduce((n, item) => n + ('choose' in item ? item.of.length : 1), 0),
    0,
  );

export function summarise(record: LibraryRecord): LibrarySummary {
  const { key, program, savedAt, revision, deletedAt } = record;
  return {
    key,
    title: program.title,
    programType: program.programType,
    savedAt,
    revision,
    modules: moduleCount(program),
    ...(deletedAt === undefined ? {} : { deletedAt }),
  };
}

const newestFirst = (a: string, b: string, tieA: string, tieB: string) =>
  a > b ? -1 : a < b ? 1 : tieA < tieB ? -1 : tieA > tieB ? 1 : 0;

/** Live records by last save, newest first; the key breaks ties so the order is stable. */
export const liveSummaries = (records: LibraryRecord[]): LibrarySummary[] =>
  records
    .filter((r) => r.deletedAt === undefined)
    .sort((a, b) => newestFirst(a.savedAt, b.savedAt, a.key, b.key))
    .map(summarise);

export const deletedSummaries = (records: LibraryRecord[]): LibrarySummary[] =>
  records
    .flatMap((r) => (r.deletedAt === undefined ? [] : [{ record: r, deletedAt: r.deletedAt }]))
    .sort((a, b) => newestFirst(a.deletedAt, b.deletedAt, a.record.key, b.record.key))
    .map(({ record }) => summarise(record));
