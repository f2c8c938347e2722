import { addHours, moduleHours, ZERO_HOURS } from '../hours';
import type {
  AssessmentKind,
  ElectiveGroup,
  Hours,
  Id,
  LocalizedText,
  Module,
  ModuleRef,
  Program,
} from '../model';
import { resolveModule, type NetworkIndex } from '../network-index';
import type { HourRange } from '../rules/hours';

export type { HourRange };

/**
 * Hours by kind at both ends of the trainee's choice: `min` with the k members of every elective group that
 * have the fewest hours, `max` with the k that have the most (the selection src/domain/rules/hours.ts checks
 * against the legal bounds). Without electives the two are the same. Each end is one real selection, not a
 * per-column extreme, so each end's four kinds add up to that end's total, row by row and column by column.
 */
export interface HourSpan {
  min: Hours;
  max: Hours;
}

/** One module line of the curriculum. */
export interface CurriculumRow {
  /** "1.2": stage 1, item 2; a member of an elective group is numbered under the group: "3.1.2". */
  number: string;
  module: Id;
  version: string;
  /** The module as the network has it; undefined when the reference resolves to nothing (counted as 0 hours). */
  resolved: Module | undefined;
  partnerId: Id | undefined;
  hours: Hours;
  total: number;
  assessment: AssessmentKind | undefined;
  /** Set on the members of an elective group: the group they are chosen from ("choose k of n"). */
  elective?: ElectiveMark;
}

/** Which group a member belongs to; plain data (no link back), so a curriculum serialises as it is. */
export interface ElectiveMark {
  /** "3.1": the group's place in its stage; its members are "3.1.1", "3.1.2"… */
  number: string;
  id: Id | undefined;
  title: LocalizedText | undefined;
  choose: number;
  /** n: how many members the group offers. */
  of: number;
}

/** A `choose k of n` group: its members are alternatives, and the group counts the k a trainee picks. */
export interface CurriculumElective extends ElectiveMark {
  members: CurriculumRow[];
  /** What the group adds to its stage: the k cheapest members (min) to the k dearest (max). */
  hours: HourSpan;
  total: HourRange;
}

export type CurriculumItem =
  { kind: 'module'; row: CurriculumRow } | { kind: 'elective'; group: CurriculumElective };

export interface CurriculumStage {
  /** "1", "2"… in programme order. */
  number: string;
  id: Id;
  title: LocalizedText;
  /** The stage's items in order: a module, or an elective group with its members. */
  items: CurriculumItem[];
  /** Every module line in order, elective members included and marked: what a flat export (CSV) writes. */
  rows: CurriculumRow[];
  /** The modules outside groups plus each group's `hours` once; members are not added on their own. */
  subtotal: HourSpan;
  subtotalHours: HourRange;
}

export interface Curriculum {
  stages: CurriculumStage[];
  /** The sum of the stage subtotals; its totals equal programHourRange(program, index). */
  total: HourSpan;
  totalHours: HourRange;
  /** True when the choice of electives changes some total (of any kind): totals are then ranges. */
  variable: boolean;
}

export const spanOf = (hours: Hours): HourSpan => ({ min: hours, max: hours });
export const addSpans = (a: HourSpan, b: HourSpan): HourSpan => ({
  min: addHours(a.min, b.min),
  max: addHours(a.max, b.max),
});
export const spanTotal = (s: HourSpan): HourRange => ({
  min: moduleHours({ hours: s.min }),
  max: moduleHours({ hours: s.max }),
});
const ZERO_SPAN = spanOf(ZERO_HOURS);
/** Whether a span is one figure per kind (no choice changes it). */
export const sameHours = (a: Hours, b: Hours): boolean =>
  a.theory === b.theory &&
  a.practice === b.practice &&
  a.selfStudy === b.selfStudy &&
  a.assessment === b.assessment;

function row(number: string, ref: ModuleRef, index: NetworkIndex): CurriculumRow {
  const m = resolveModule(index, ref.module, ref.version);
  const hours = m ? m.hours : ZERO_HOURS;
  return {
    number,
    module: ref.module,
    version: ref.version,
    resolved: m,
    partnerId: m?.partnerId,
    hours,
    total: moduleHours({ hours }),
    assessment: m?.assessment,
  };
}

/**
 * The hours a group adds. Members sort by total hours (stably, so ties keep the group's order) and the group
 * counts the first k at the minimum and the last k at the maximum, exactly as programHourRange does; k is
 * capped at n, as there (an unsatisfiable group is reported by the rules, not hidden here).
 */
function electiveSpan(members: readonly CurriculumRow[], choose: number): HourSpan {
  const sorted = [...members].sort((a, b) => a.total - b.total);
  const k = Math.min(choose, sorted.length);
  const sum = (rows: CurriculumRow[]) => rows.reduce((acc, r) => addHours(acc, r.hours), ZERO_HOURS);
  return { min: sum(sorted.slice(0, k)), max: sum(sorted.slice(sorted.length - k)) };
}

function elective(number: string, g: ElectiveGroup, index: NetworkIndex): CurriculumElective {
  const mark: ElectiveMark = { number, id: g.id, title: g.title, choose: g.choose, of: g.of.length };
  const members = g.of.map((ref, i) => ({ ...row(`${number}.${i + 1}`, ref, index), elective: mark }));
  const hours = electiveSpan(members, g.choose);
  return { ...mark, members, hours, total: spanTotal(hours) };
}

/**
 * The curriculum (учебный план) as data: every stage's module lines with hours by kind, stage subtotals and the
 * grand total. No words: the programme document, the network annex and the CSV export phrase it each their own way.
 *
 * Elective groups count the k members a trainee picks, and which k is the trainee's choice: so a group, a
 * subtotal and the grand total are a range from the cheapest choice to the dearest, the same range the hour
 * rules check against the legal bounds. We print that range rather than one arbitrary choice (the k cheapest,
 * say) because the title page must state the hours a trainee may actually spend, and the bounds must hold at
 * both ends. Each end is one concrete selection, so every total is still the exact sum of its lines.
 */
export function curriculum(program: Program, index: NetworkIndex): Curriculum {
  const stages = program.stages.map((stage, s): CurriculumStage => {
    const number = String(s + 1);
    const items = stage.items.map((item, i): CurriculumItem => {
      const at = `${number}.${i + 1}`;
      return 'choose' in item
        ? { kind: 'elective', group: elective(at, item, index) }
        : { kind: 'module', row: row(at, item, index) };
    });
    const subtotal = items.reduce(
      (acc, item) => addSpans(acc, item.kind === 'module' ? spanOf(item.row.hours) : item.group.hours),
      ZERO_SPAN,
    );
    return {
      number,
      id: stage.id,
      title: stage.title,
      items,
      rows: items.flatMap((item) => (item.kind === 'module' ? [item.row] : item.group.members)),
      subtotal,
      subtotalHours: spanTotal(subtotal),
    };
  });
  const total = stages.reduce((acc, s) => addSpans(acc, s.subtotal), ZERO_SPAN);
  const totalHours = spanTotal(total);
  return { stages, total, totalHours, variable: !sameHours(total.min, total.max) };
}
