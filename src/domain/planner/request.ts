import type { Id, ModuleFormat, ModuleRef, PriorCompetency, Program } from '../model';

/** Partners, resources (sites) and formats a trainee leans towards or away from. */
export interface Leaning {
  partners: readonly Id[];
  resources: readonly Id[];
  formats: readonly ModuleFormat[];
}

/** What a trainee asks the planner for: the form in trainee mode and the CLI's flags both produce one. */
export interface PlanRequest {
  /** Competencies to develop; ignored when planning within a programme, which brings its own. */
  targets: readonly Id[];
  /** Recognised prior learning: counts as held, so its modules can be skipped. */
  prior: readonly PriorCompetency[];
  /** Plan within this programme's modules instead of the whole network. */
  program?: Program;
  /** Modules the trainee chose to take (electives): always in the plan. */
  electives: readonly ModuleRef[];
  /** Modules the trainee will not take. */
  excluded: readonly Id[];
  /** Preferences only break ties between plans of equal hours. */
  prefer: Leaning;
  avoid: Leaning;
  /** The first day of study: modules must be valid then. */
  asOf: string;
  maxHours?: number;
  /** Evidence recorded for a programme's entry requirements, which count as held; in the reader's language. */
  entryEvidence?: string;
}

export const NO_LEANING: Leaning = { partners: [], resources: [], formats: [] };

export const emptyRequest = (asOf: string): PlanRequest => ({
  targets: [],
  prior: [],
  electives: [],
  excluded: [],
  prefer: NO_LEANING,
  avoid: NO_LEANING,
  asOf,
});
