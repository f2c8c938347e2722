import { addHours, moduleHours, ZERO_HOURS } from '../hours';
import type { Hours, Id, LocalizedText, Module, PartnerKind, Program, StageItem } from '../model';
import type { NetworkIndex } from '../network-index';
import { resolveModule } from '../network-index';
import { programHourRange, type HourRange } from '../rules/hours';

interface Choices {
  cheapest: (Module | undefined)[];
  dearest: (Module | undefined)[];
}

const hoursOf = (m: Module | undefined) => (m ? moduleHours(m) : 0);

/**
 * The k cheapest and k dearest members of a stage item, as programHourRange counts them (unresolved modules
 * count zero). Ties keep programme order.
 */
function choicesOf(item: StageItem, index: NetworkIndex): Choices {
  // A plain module reference is a group of one that every trainee takes.
  const refs = 'choose' in item ? item.of : [item];
  const members = refs.map((r) => resolveModule(index, r.module, r.version));
  const k = Math.min('choose' in item ? item.choose : 1, members.length);
  // Wrapped before sorting: Array#sort would move unresolved (undefined) members to the end uncompared.
  const sorted = members
    .map((m) => ({ m, hours: hoursOf(m) }))
    .sort((a, b) => a.hours - b.hours)
    .map((x) => x.m);
  return { cheapest: sorted.slice(0, k), dearest: sorted.slice(sorted.length - k) };
}

const sumHours = (modules: readonly (Module | undefined)[], from: Hours = ZERO_HOURS): Hours =>
  modules.reduce((acc, m) => (m ? addHours(acc, m.hours) : acc), from);

export interface StageHours {
  stageIndex: number;
  id: Id;
  title: LocalizedText;
  /** Hours by kind with every elective group's cheapest choice, and with its dearest. */
  min: Hours;
  max: Hours;
  /** The stage's part of programHourRange: the stages' totals add up to the programme's. */
  total: HourRange;
  hasElectives: boolean;
}

export function hoursByStage(program: Program, index: NetworkIndex): StageHours[] {
  return program.stages.map((stage, stageIndex) => {
    let min = ZERO_HOURS;
    let max = ZERO_HOURS;
    for (const item of stage.items) {
      const c = choicesOf(item, index);
      min = sumHours(c.cheapest, min);
      max = sumHours(c.dearest, max);
    }
    return {
      stageIndex,
      id: stage.id,
      title: stage.title,
      min,
      max,
      // programHourRange sums stage by stage, so a one-stage programme gives exactly this stage's part.
      total: programHourRange({ ...program, stages: [stage] }, index),
      hasElectives: stage.items.some((item) => 'choose' in item),
    };
  });
}

export interface PartnerHours {
  partnerId: Id;
  /** Absent when the partner is not in the network. */
  name?: LocalizedText;
  shortName?: LocalizedText;
  kind?: PartnerKind;
  /** Hours of its modules every trainee takes, by kind. */
  mandatory: Hours;
  /** What its elective members add, from the choice that takes fewest of its hours to the one that takes most. */
  elective: HourRange;
  /**
   * What it delivers whatever the choice (mandatory hours plus the low end of `elective`) as a fraction of the
   * programme minimum. It does not depend on which choice is cheapest, so ties among electives cannot skew it;
   * the shares add up to at most 1, the rest being hours that depend on the choice.
   */
  share: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Hours per delivering partner, largest share first, then largest elective range, then first appearance.
 * In a `choose k of n` group a partner with p members among n must deliver its max(0, k - (n - p)) cheapest
 * and can deliver at most its min(k, p) dearest; groups are chosen independently, so the ranges add up.
 */
export function hoursByPartner(program: Program, index: NetworkIndex): PartnerHours[] {
  const byPartner = new Map<Id, PartnerHours>();
  const of = (m: Module): PartnerHours => {
    let p = byPartner.get(m.partnerId);
    if (!p) {
      const partner = index.partners.get(m.partnerId);
      p = {
        partnerId: m.partnerId,
        name: partner?.name,
        shortName: partner?.shortName,
        kind: partner?.kind,
        mandatory: ZERO_HOURS,
        elective: { min: 0, max: 0 },
        share: 0,
      };
      byPartner.set(m.partnerId, p);
    }
    return p;
  };
  for (const stage of program.stages)
    for (const item of stage.items) {
      if (!('choose' in item)) {
        const m = resolveModule(index, item.module, item.version);
        if (m) of(m).mandatory = addHours(of(m).mandatory, m.hours);
        continue;
      }
      const members = item.of.map((r) => resolveModule(index, r.module, r.version));
      const k = Math.min(item.choose, members.length);
      const own = new Map<PartnerHours, number[]>();
      for (const m of members) {
        if (!m) continue;
        const list = own.get(of(m));
        if (list) list.push(moduleHours(m));
        else own.set(of(m), [moduleHours(m)]);
      }
      for (const [p, hours] of own) {
        hours.sort((a, b) => a - b);
        p.elective.min += sum(hours.slice(0, Math.max(0, k - (members.length - hours.length))));
        p.elective.max += sum(hours.slice(Math.max(0, hours.length - k)));
      }
    }
  const total = programHourRange(program, index).min;
  const list = [...byPartner.values()];
  for (const p of list)
    p.share = total > 0 ? (moduleHours({ hours: p.mandatory }) + p.elective.min) / total : 0;
  return list.sort((a, b) => b.share - a.share || b.elective.max - a.elective.max);
}
