import type { Id } from '../domain/model';
import type { NetworkIndex } from '../domain/network-index';
import type { Blocked, Unreachable } from '../domain/planner/explain';
import type { NoPlan, PlanFound } from '../domain/planner/plan';
import { createFormatter } from './format';
import type { Lang } from './lang';
import { plannerEn, type PlannerMessages } from './planner.en';
import { plannerRu } from './planner.ru';

/**
 * The planner's answers in words, shared by the CLI and the app: `planStatus` for a plan found,
 * `describeNoPlan` for why there is none.
 */
const PLANNER: Record<Lang, PlannerMessages> = { en: plannerEn, ru: plannerRu };

/**
 * One line on a plan: its hours and how close to optimal they are proven, e.g. "Optimal: 112 hours",
 * "Within 3.2% of optimal: 120 hours (searching for the optimum…)" while the solver still runs (phase
 * 'greedy'), "… (time limit reached)" when it stopped without a proof, and what goes over `maxHours`.
 * The gap is rounded up, so "within" is never an overstatement.
 */
export function planStatus(result: PlanFound, lang: Lang): string {
  const m = PLANNER[lang].status;
  const { optimal, totalHours } = result.trajectory;
  const limit = result.exceedsLimit?.maxHours;
  if (optimal === true)
    return limit === undefined ? m.optimal(totalHours) : m.shortestOverLimit(totalHours, limit);
  const percent = Math.max(0.1, Math.ceil(optimal * 1000 - 1e-9) / 10);
  const over = limit === undefined ? '' : m.overLimit(limit);
  const note = result.phase === 'greedy' ? m.searching : m.timeLimit;
  return `${m.within(percent, totalHours)}${over} (${note})`;
}

/** Competencies that can only be reached through each other: strongly connected, with no way out. */
function circles(details: readonly Unreachable[]): Map<Id, Id[]> {
  const entries = new Map(details.map((d) => [d.competency, d]));
  const next = (c: Id) =>
    entries
      .get(c)!
      .providers.flatMap((p) => (p.blocked.kind === 'needs' ? p.blocked.anyOf : []))
      .filter((d) => entries.has(d));
  // Tarjan's algorithm; at most a few dozen competencies are explained, so recursion is safe.
  const order = new Map<Id, number>();
  const low = new Map<Id, number>();
  const stack: Id[] = [];
  const out = new Map<Id, Id[]>();
  const visit = (c: Id) => {
    order.set(c, order.size);
    low.set(c, order.get(c)!);
    stack.push(c);
    for (const d of next(c)) {
      if (!order.has(d)) visit(d);
      if (stack.includes(d)) low.set(c, Math.min(low.get(c)!, low.get(d)!));
    }
    if (low.get(c) !== order.get(c)) return;
    const members = stack.splice(stack.indexOf(c));
    const inside = new Set(members);
    const closed = members.every((x) =>
      entries
        .get(x)!
        .providers.every(
          ({ blocked }) =>
            blocked.kind === 'needs' && blocked.anyOf.length > 0 && blocked.anyOf.every((a) => inside.has(a)),
        ),
    );
    const cyclic = members.length > 1 || next(c).includes(c);
    if (closed && cyclic) for (const x of members) out.set(x, members);
  };
  for (const d of details) if (!order.has(d.competency)) visit(d.competency);
  return out;
}

/**
 * Why no plan exists, one sentence a line: each unreachable target with what stops every module that
 * develops it, then the modules the plan must include but cannot, then the chain of causes further down
 * (a competency nobody develops, an excluded or retired module, competencies that need each other), then
 * elective groups with too few takeable modules and chosen modules not available on the start date.
 * Competencies and modules are named from `index` in `lang`, or by id when the network does not know them.
 * `asOf`, the start date planned for, tells a retired module from one not offered yet when it has both dates.
 */
export function describeNoPlan(noPlan: NoPlan, index: NetworkIndex, lang: Lang, asOf?: string): string[] {
  const m = PLANNER[lang].noPlan;
  const f = createFormatter(lang, index);
  const entries = new Map(noPlan.details.map((d) => [d.competency, d]));
  const circle = circles(noPlan.details);
  const join = (ids: readonly Id[], conjunction: string) => {
    const names = ids.map(f.competency);
    return names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
  };
  /** `inCircle`: the competencies needed are the circle's own, so saying they cannot be reached is circular. */
  const why = (subject: string, blocked: Blocked, inCircle = false): string => {
    switch (blocked.kind) {
      case 'needs': {
        const n = blocked.anyOf.length;
        if (n === 0) return m.cannotBeTaken(subject);
        return `${m.needs(subject, join(blocked.anyOf, m.or), n)}${inCircle ? '' : m.unreachableNote(n)}`;
      }
      case 'excluded':
        return m.excluded(subject);
      case 'not-in-programme':
        return m.notInProgramme(subject);
      case 'outside-validity': {
        const { validFrom: from, validUntil: until } = blocked;
        // ISO dates compare as strings.
        const retired = until !== undefined && (from === undefined || (asOf !== undefined && until < asOf));
        const notYet = from !== undefined && (until === undefined || (asOf !== undefined && from > asOf));
        if (retired) return m.retired(subject, m.date(until));
        if (notYet) return m.notYet(subject, m.date(from));
        if (from && until) return m.validBetween(subject, m.date(from), m.date(until));
        return m.notOnStartDate(subject);
      }
    }
  };
  const providers = (d: Unreachable, inCircle = false) =>
    d.providers.map((p) => why(m.module(f.module(p.module)), p.blocked, inCircle)).join('; ');

  const said = new Set<Id>();
  const explain = (c: Id): string[] => {
    if (said.has(c)) return [];
    const members = circle.get(c) ?? [c];
    for (const x of members) said.add(x);
    const d = entries.get(c);
    const name = f.competency(c);
    if (!d) return [m.unreachableOnly(name)];
    if (circle.has(c)) {
      const steps = members.map((x) => providers(entries.get(x)!, true)).join('; ');
      const others = members.filter((x) => x !== c);
      return [others.length ? m.circle(name, join(others, m.and), steps) : m.selfCircle(name, steps)];
    }
    if (d.providers.length > 0) return [m.unreachable(name, providers(d))];
    return [m.unreachable(name, index.competencies.has(c) ? m.noProvider : m.unknownCompetency)];
  };

  const lines = [
    ...noPlan.targets.flatMap(explain),
    ...noPlan.modules.map((b) => m.blockedModule(f.module(b.module), why(m.it, b.blocked))),
    ...noPlan.details.flatMap((d) => explain(d.competency)),
  ];
  // The planner explains a few dozen competencies at most; say so when the chain goes on beyond them.
  const needed = noPlan.details.flatMap((d) =>
    d.providers.flatMap((p) => (p.blocked.kind === 'needs' ? p.blocked.anyOf : [])),
  );
  if (needed.some((c) => !entries.has(c))) lines.push(m.truncated);
  return [
    ...lines,
    ...noPlan.groups.map((g) => m.group(g.stage, g.id, g.choose, g.takeable)),
    ...noPlan.missingElectives.map((id) => m.missingElective(f.module(id))),
  ];
}
