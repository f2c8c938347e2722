import { windowProblems } from './dates';
import { compareDiagnostics, diagnostic, pointerOf, type Diagnostic } from './diagnostics';
import type { Id, Program, Trajectory, Waiver } from './model';
import { moduleHours } from './hours';
import { gapFor, type NetworkIndex } from './network-index';
import { buildProgramView, provisions, type ProgramView } from './program-view';
import { checkFinalAssessment } from './rules/assessment';
import { checkCoverage } from './rules/coverage';
import { checkDuplicates } from './rules/duplicates';
import { checkElectives } from './rules/electives';
import { checkHours } from './rules/hours';
import { checkPrerequisites } from './rules/prerequisites';
import { checkReferences } from './rules/references';
import { checkUsefulness } from './rules/usefulness';
import { checkValidity } from './rules/validity';

export interface ValidationOptions {
  /** The date module validity windows are checked against (YYYY-MM-DD). */
  asOf: string;
}

const matches = (w: Waiver, d: Diagnostic) =>
  w.code === d.code &&
  (w.moduleId === undefined || w.moduleId === d.moduleId) &&
  (w.pointer === undefined || w.pointer === d.pointer);

/**
 * Marks warnings and infos covered by a recorded waiver; errors cannot be waived. A waiver that matches
 * nothing is reported, so stale decisions do not linger unnoticed.
 */
export function applyWaivers(diagnostics: Diagnostic[], waivers: readonly Waiver[]): Diagnostic[] {
  const used = new Set<number>();
  const out = diagnostics.map((d) => {
    if (d.severity === 'error') return d;
    const i = waivers.findIndex((w) => matches(w, d));
    if (i < 0) return d;
    used.add(i);
    return { ...d, waived: { reason: waivers[i]!.reason, by: waivers[i]!.by } };
  });
  waivers.forEach((w, i) => {
    if (used.has(i)) return;
    // A waiver of an error matches, but cannot apply: say so, rather than that it matches nothing.
    const onError = diagnostics.some((d) => d.severity === 'error' && matches(w, d));
    out.push(
      diagnostic(
        'waiver.unused',
        'info',
        pointerOf('waivers', i),
        { detail: w.code, ...(onError && { kind: 'error' }) },
        { moduleId: w.moduleId },
      ),
    );
  });
  return out;
}

/** The rules for any ordered sequence of modules towards targets: programmes and trajectories alike. */
function checkSequence(view: ProgramView): Diagnostic[] {
  const provided = provisions(view);
  return [
    ...checkReferences(view),
    ...checkDuplicates(view),
    ...checkPrerequisites(view, provided),
    ...checkCoverage(view, provided),
    ...checkUsefulness(view),
    ...checkValidity(view),
  ];
}

/** Every programme rule, over indexes built once: linear in the size of programme plus network. */
export function validateProgram(
  program: Program,
  index: NetworkIndex,
  options: ValidationOptions,
): Diagnostic[] {
  const view = buildProgramView(program, index, options.asOf);
  const diagnostics = [
    ...checkSequence(view),
    ...checkHours(program, index),
    ...checkElectives(view),
    ...checkFinalAssessment(program),
  ];
  return applyWaivers(diagnostics, program.waivers).sort(compareDiagnostics);
}

const STEP_POINTER = /^\/stages\/0\/items\/(\d+)/;

/**
 * A trajectory is an ordered list of modules towards targets from recognised prior learning, so it is
 * checked by the programme rules that apply to it, on a one-stage programme, with pointers mapped back.
 */
export function validateTrajectory(
  trajectory: Trajectory,
  index: NetworkIndex,
  options: ValidationOptions,
): Diagnostic[] {
  const program: Program = {
    kind: 'program',
    schemaVersion: 1,
    id: trajectory.id ?? 'trajectory',
    title: 'trajectory',
    programType: 'vocational-training',
    targetCompetencies: trajectory.targetCompetencies,
    entryRequirements: [],
    stages: [
      {
        id: 'steps',
        title: 'steps',
        items: trajectory.steps.map((s) => ({ module: s.module, version: s.version })),
      },
    ],
    waivers: [],
  };
  const prior: Id[] = trajectory.priorCompetencies.map((p) => p.competency);
  const view = buildProgramView(program, index, options.asOf, prior);
  const priorUnknown = trajectory.priorCompetencies.flatMap((p, i) =>
    index.competencies.has(p.competency)
      ? []
      : [
          diagnostic('ref.unknown-competency', 'error', pointerOf('priorCompetencies', i, 'competency'), {
            competency: { id: p.competency },
            context: 'prior' as const,
            ...gapFor(index, 'competency', p.competency),
          }),
        ],
  );
  const diagnostics = checkSequence(view).map(({ fix: _fix, ...d }) => ({
    ...d,
    params: {
      ...d.params,
      trajectory: true,
      // A duplicate names where the module already is: a step, as the pointer does.
      ...(d.params.detail?.startsWith('/stages/') && {
        detail: d.params.detail.replace(STEP_POINTER, '/steps/$1'),
      }),
    },
    pointer: d.pointer.replace(STEP_POINTER, '/steps/$1'),
  }));
  const stepDates = trajectory.steps.flatMap((step, i) =>
    windowProblems(step.start, step.end, ['start', 'end']).map(({ field, params }) =>
      diagnostic('schema', 'error', pointerOf('steps', i, field), params, { moduleId: step.module }),
    ),
  );
  return applyWaivers(
    [...diagnostics, ...priorUnknown, ...stepDates, ...totalProblem(trajectory, view)],
    trajectory.waivers,
  ).sort(compareDiagnostics);
}

/** `totalHours` is the sum of the steps' hours, as the file format defines it; checked once every step resolves. */
function totalProblem(trajectory: Trajectory, view: ProgramView): Diagnostic[] {
  if (view.placements.some((p) => !p.module)) return [];
  const sum = view.placements.reduce((n, p) => n + moduleHours(p.module!), 0);
  // Hours come in quarters at the finest; a rounding difference from another tool is no disagreement.
  if (Math.abs(sum - trajectory.totalHours) < 0.01) return [];
  return [
    diagnostic('schema', 'error', '/totalHours', {
      keyword: 'sum',
      found: trajectory.totalHours,
      total: sum,
    }),
  ];
}
