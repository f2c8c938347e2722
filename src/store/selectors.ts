import { boundsFor } from '../domain/bounds';
import type { Diagnostic } from '../domain/diagnostics';
import { currentProgram } from '../domain/history';
import type { HourBound, Id, Program, ReviewComment, ReviewComments, Trajectory } from '../domain/model';
import type { NetworkIndex } from '../domain/network-index';
import { programHourRange, type HourRange } from '../domain/rules/hours';
import { validateProgram, validateTrajectory } from '../domain/validate';
import type { AppState } from './index';

/**
 * Derived data is computed, never stored, and memoised on the programme object (edits replace it) plus the
 * other inputs, so selectors hand React the same reference until something it depends on changes.
 */
export const selectProgram = (state: AppState): Program | null =>
  state.history ? currentProgram(state.history) : null;

function memoOnProgram<T>(compute: (program: Program, index: NetworkIndex, key: string) => T) {
  const cache = new WeakMap<Program, { index: NetworkIndex; key: string; value: T }>();
  return (state: AppState, key = ''): T | undefined => {
    const program = selectProgram(state);
    const { network } = state;
    if (!program || !network) return undefined;
    const hit = cache.get(program);
    if (hit && hit.index === network.index && hit.key === key) return hit.value;
    const value = compute(program, network.index, key);
    cache.set(program, { index: network.index, key, value });
    return value;
  };
}

const NO_DIAGNOSTICS: Diagnostic[] = [];
// A User Timing measure per validation lets the browser benchmark (and the Performance panel) see its cost;
// browsers keep measures without limit, so a long session's are cleared now and then.
let measured = 0;
const diagnosticsOf = memoOnProgram((program, index, asOf) => {
  const start = performance.now();
  const diagnostics = validateProgram(program, index, { asOf });
  if (++measured % 1000 === 0) performance.clearMeasures('cc:validate');
  performance.measure('cc:validate', { start, end: performance.now() });
  return diagnostics;
});
export const selectDiagnostics = (state: AppState, asOf: string): Diagnostic[] =>
  diagnosticsOf(state, asOf) ?? NO_DIAGNOSTICS;

export const selectHours: (state: AppState) => { range: HourRange; bound: HourBound } | undefined =
  memoOnProgram((program, index) => ({
    range: programHourRange(program, index),
    bound: boundsFor(program.programType, index.bounds),
  }));

export const selectIndex = (state: AppState) => state.network?.index;

/** Memoised on the trajectory object (every change replaces it) plus the inputs named in the key. */
export function memoOnTrajectory<T>(
  compute: (trajectory: Trajectory, index: NetworkIndex, state: AppState) => T,
) {
  const cache = new WeakMap<Trajectory, { index: NetworkIndex; key: string; value: T }>();
  return (state: AppState, key: string): T | undefined => {
    const { trajectory, network } = state;
    if (!trajectory || !network) return undefined;
    const hit = cache.get(trajectory);
    if (hit && hit.index === network.index && hit.key === key) return hit.value;
    const value = compute(trajectory, network.index, state);
    cache.set(trajectory, { index: network.index, key, value });
    return value;
  };
}

const trajectoryDiagnostics = memoOnTrajectory((trajectory, index, state) =>
  validateTrajectory(trajectory, index, { asOf: state.planForm.start }),
);
/** The rule engine's verdict on the trajectory as the trainee has shaped it, on their start date. */
export const selectTrajectoryDiagnostics = (state: AppState): Diagnostic[] =>
  trajectoryDiagnostics(state, state.planForm.start) ?? NO_DIAGNOSTICS;

export interface PlacedComment {
  comment: ReviewComment;
  /** Its position in the comments file, which resolution marks address. */
  index: number;
}
const commentsCache = new WeakMap<ReviewComments, Map<Id, PlacedComment[]>>();
const NO_COMMENTS = new Map<Id, PlacedComment[]>();
/** Review comments by the module they are about, so each card finds its own at once. */
export function selectCommentsByModule(state: AppState): Map<Id, PlacedComment[]> {
  const file = state.reviewComments;
  if (!file) return NO_COMMENTS;
  let byModule = commentsCache.get(file);
  if (!byModule) {
    byModule = new Map();
    file.comments.forEach((comment, index) => {
      if (!comment.moduleId) return;
      const list =
        byModule!.get(comment.moduleId) ?? byModule!.set(comment.moduleId, []).get(comment.moduleId)!;
      list.push({ comment, index });
    });
    commentsCache.set(file, byModule);
  }
  return byModule;
}
