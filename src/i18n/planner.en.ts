import { formatNumber, plural, type PluralForms } from './lang';

const hours: PluralForms = { one: '# hour', other: '# hours' };
const modules: PluralForms = { one: '# module', other: '# modules' };
const h = (n: number) => plural('en', n, hours);
const num = (n: number) => formatNumber('en', n);

/**
 * What the planner's answers say (src/i18n/describe-plan.ts puts them together). Names arrive formatted:
 * competencies as `CODE “Title”`, modules as `“Title” (id)`; `subject` is a module's name or `it`.
 */
export const plannerEn = {
  status: {
    optimal: (total: number) => `Optimal: ${h(total)}`,
    /** `percent` is the proven bound on the gap, rounded up to one decimal. */
    within: (percent: number, total: number) => `Within ${num(percent)}% of optimal: ${h(total)}`,
    overLimit: (maxHours: number) => `, more than the ${num(maxHours)} allowed`,
    shortestOverLimit: (total: number, maxHours: number) =>
      `The shortest plan needs ${h(total)}, more than the ${num(maxHours)} allowed`,
    searching: 'searching for the optimum…',
    timeLimit: 'time limit reached',
  },
  noPlan: {
    unreachable: (competency: string, why: string) => `${competency} cannot be reached: ${why}.`,
    unreachableOnly: (competency: string) => `${competency} cannot be reached.`,
    unknownCompetency: 'the network has no competency with this id',
    noProvider: 'no module in the network develops it',
    /** Every module that develops it needs one of the others first, round in a circle. */
    circle: (competency: string, others: string, steps: string) =>
      `${competency} cannot be reached: it and ${others} can only be reached through each other (${steps}).`,
    selfCircle: (competency: string, steps: string) =>
      `${competency} cannot be reached: every module that develops it needs it first (${steps}).`,
    /** The module as the subject of a sentence. */
    module: (name: string) => name,
    it: 'it',
    needs: (subject: string, competencies: string, count: number) =>
      count === 1 ? `${subject} needs ${competencies}` : `${subject} needs one of ${competencies}`,
    unreachableNote: (count: number): string =>
      count === 1 ? ' (cannot be reached)' : ' (none can be reached)',
    cannotBeTaken: (subject: string) => `${subject} cannot be taken`,
    excluded: (subject: string) => `${subject} is excluded`,
    retired: (subject: string, until: string) => `${subject} is retired (valid until ${until})`,
    notYet: (subject: string, from: string) => `${subject} is not offered yet (valid from ${from})`,
    validBetween: (subject: string, from: string, until: string) =>
      `${subject} is not offered on the start date (valid from ${from} until ${until})`,
    notOnStartDate: (subject: string) => `${subject} is not offered on the start date`,
    notInProgramme: (subject: string) => `${subject} is not in the programme`,
    blockedModule: (module: string, why: string) =>
      `${module} must be in the plan but cannot be taken: ${why}.`,
    group: (stage: string, group: string | undefined, choose: number, takeable: number) =>
      `Stage ${stage}: ${group ? `the elective group ${group}` : 'an elective group'} asks for ${plural('en', choose, modules)}, but ${
        takeable === 0 ? 'none' : `only ${num(takeable)}`
      } can be taken.`,
    missingElective: (module: string) => `${module} was chosen, but it is not available on the start date.`,
    truncated: 'Further reasons are left out.',
    or: 'or',
    and: 'and',
    date: (iso: string) => iso,
  },
};
export type PlannerMessages = typeof plannerEn;
