import { describe, expect, it } from 'vitest';
import type { Module, Trajectory } from '../../src/domain/model';
import { preparePlan, type NoPlan, type PlanFound } from '../../src/domain/planner/plan';
import { emptyRequest, type PlanRequest } from '../../src/domain/planner/request';
import { describeNoPlan, planStatus } from '../../src/i18n/describe-plan';
import { AS_OF, group, indexOf, mod, program, ref } from './helpers/builders';

const found = (extra: Partial<PlanFound>, totalHours: number, optimal: true | number): PlanFound => ({
  kind: 'plan',
  phase: 'final',
  lowerBound: totalHours,
  trajectory: { totalHours, optimal } as Trajectory,
  ...extra,
});

describe('planStatus', () => {
  it.each([
    [found({}, 112, true), 'Optimal: 112 hours', 'Оптимальный план: 112 часов'],
    [found({}, 1, true), 'Optimal: 1 hour', 'Оптимальный план: 1 час'],
    [found({}, 22, true), 'Optimal: 22 hours', 'Оптимальный план: 22 часа'],
    [
      found({ phase: 'greedy' }, 120, 0.032),
      'Within 3.2% of optimal: 120 hours (searching for the optimum…)',
      'В пределах 3,2\u00a0% от оптимума: 120 часов (идёт поиск оптимума…)',
    ],
    [
      found({}, 8820, 0.0053),
      'Within 0.6% of optimal: 8,820 hours (time limit reached)',
      'В пределах 0,6\u00a0% от оптимума: 8\u00a0820 часов (время поиска истекло)',
    ],
    [
      found({ exceedsLimit: { maxHours: 100 } }, 120, true),
      'The shortest plan needs 120 hours, more than the 100 allowed',
      'Самый короткий план занимает 120 часов, а допустимо не более 100',
    ],
    [
      found({ exceedsLimit: { maxHours: 100 } }, 121, 0.0001),
      'Within 0.1% of optimal: 121 hours, more than the 100 allowed (time limit reached)',
      'В пределах 0,1\u00a0% от оптимума: 121 час, а допустимо не более 100 (время поиска истекло)',
    ],
  ])('%#: says how good the plan is, in English and Russian', (result, en, ru) => {
    expect(planStatus(result, 'en')).toBe(en);
    expect(planStatus(result, 'ru')).toBe(ru);
  });
});

const request = (extra: Partial<PlanRequest>): PlanRequest => ({ ...emptyRequest(AS_OF), ...extra });
function noPlan(modules: Module[], extra: Partial<PlanRequest>, competencies: string[] = []) {
  const index = indexOf(modules, competencies);
  const p = preparePlan(index, request(extra));
  if (p.kind !== 'unreachable') throw new Error('expected no plan');
  return {
    p,
    en: describeNoPlan(p, index, 'en', AS_OF),
    ru: describeNoPlan(p, index, 'ru', AS_OF),
  };
}

describe('describeNoPlan', () => {
  it('follows the chain from each unreachable target down to what stops it', () => {
    const modules = [
      mod({ id: 'goal', outcomes: ['t'], prerequisites: ['mid'] }),
      mod({ id: 'middle', outcomes: ['mid'], prerequisites: ['nobody'] }),
      mod({ id: 'retired', outcomes: ['mid'], validUntil: '2025-12-31' }),
      mod({ id: 'future', outcomes: ['mid'], validFrom: '2027-01-01', validUntil: '2029-01-01' }),
      mod({ id: 'x', outcomes: ['cx'] }),
    ];
    const r = noPlan(modules, { targets: ['t', 'bogus', 'cx'], excluded: ['x'] }, ['nobody']);
    expect(r.en).toEqual([
      'T “Skill t” cannot be reached: “Module goal” (goal) needs MID “Skill mid” (cannot be reached).',
      'bogus cannot be reached: the network has no competency with this id.',
      'CX “Skill cx” cannot be reached: “Module x” (x) is excluded.',
      'MID “Skill mid” cannot be reached: “Module middle” (middle) needs NOBODY “Skill nobody” (cannot be reached); “Module retired” (retired) is retired (valid until 2025-12-31); “Module future” (future) is not offered yet (valid from 2027-01-01).',
      'NOBODY “Skill nobody” cannot be reached: no module in the network develops it.',
    ]);
    expect(r.ru).toEqual([
      'Компетенция T «Навык t» недостижима: модуль «Модуль goal» (goal) требует компетенцию MID «Навык mid» (она недостижима).',
      'Компетенция bogus недостижима: в сети нет компетенции с таким идентификатором.',
      'Компетенция CX «Навык cx» недостижима: модуль «Модуль x» (x) исключён.',
      'Компетенция MID «Навык mid» недостижима: модуль «Модуль middle» (middle) требует компетенцию NOBODY «Навык nobody» (она недостижима); модуль «Модуль retired» (retired) больше не действует (действовал до 31.12.2025); модуль «Модуль future» (future) ещё не действует (действует с 01.01.2027).',
      'Компетенция NOBODY «Навык nobody» недостижима: ни один модуль сети её не формирует.',
    ]);
  });

  it('says when competencies can only be reached through each other, or only through themselves', () => {
    const modules = [
      mod({ id: 'a', outcomes: ['ca'], prerequisites: ['cb'] }),
      mod({ id: 'b', outcomes: ['cb'], prerequisites: ['ca'] }),
      mod({ id: 'self', outcomes: ['cs'], prerequisites: ['cs'] }),
    ];
    const r = noPlan(modules, { targets: ['ca', 'cs'] });
    expect(r.en).toEqual([
      'CA “Skill ca” cannot be reached: it and CB “Skill cb” can only be reached through each other (“Module a” (a) needs CB “Skill cb”; “Module b” (b) needs CA “Skill ca”).',
      'CS “Skill cs” cannot be reached: every module that develops it needs it first (“Module self” (self) needs CS “Skill cs”).',
    ]);
    expect(r.ru).toEqual([
      'Компетенция CA «Навык ca» недостижима: её и CB «Навык cb» можно освоить только друг через друга (модуль «Модуль a» (a) требует компетенцию CB «Навык cb»; модуль «Модуль b» (b) требует компетенцию CA «Навык ca»).',
      'Компетенция CS «Навык cs» недостижима: каждый модуль, который её формирует, сам требует её (модуль «Модуль self» (self) требует компетенцию CS «Навык cs»).',
    ]);
  });

  it('a circle with another way out is told as a chain, each link with its own reasons', () => {
    const modules = [
      mod({ id: 'a', outcomes: ['ca'], prerequisites: ['cb'] }),
      mod({ id: 'b', outcomes: ['cb'], prerequisites: ['ca'] }),
      mod({ id: 'c', outcomes: ['cb'] }),
    ];
    const r = noPlan(modules, { targets: ['ca'], excluded: ['c'] });
    expect(r.en).toEqual([
      'CA “Skill ca” cannot be reached: “Module a” (a) needs CB “Skill cb” (cannot be reached).',
      'CB “Skill cb” cannot be reached: “Module b” (b) needs CA “Skill ca” (cannot be reached); “Module c” (c) is excluded.',
    ]);
  });

  it('names required modules that cannot be taken, short elective groups and unavailable chosen modules', () => {
    const modules = [
      mod({ id: 'goal', outcomes: ['t'], prerequisites: ['mid'] }),
      mod({ id: 'middle', outcomes: ['mid'] }),
      mod({ id: 'e1', outcomes: ['e'], prerequisites: ['mid'] }),
      mod({ id: 'e2', outcomes: ['e'], validUntil: '2020-01-01' }),
    ];
    const prog = program([[ref('goal')], [group(2, 'e1', 'e2')]], { targetCompetencies: ['t'] });
    const r = noPlan(modules, { program: prog, electives: [ref('middle')] });
    expect(r.en).toEqual([
      'T “Skill t” cannot be reached: “Module goal” (goal) needs MID “Skill mid” (cannot be reached).',
      '“Module goal” (goal) must be in the plan but cannot be taken: it needs MID “Skill mid” (cannot be reached).',
      'MID “Skill mid” cannot be reached: “Module middle” (middle) is not in the programme.',
      'Stage s2: an elective group asks for 2 modules, but none can be taken.',
      '“Module middle” (middle) was chosen, but it is not available on the start date.',
    ]);
    expect(r.ru).toEqual([
      'Компетенция T «Навык t» недостижима: модуль «Модуль goal» (goal) требует компетенцию MID «Навык mid» (она недостижима).',
      'Модуль «Модуль goal» (goal) обязателен, но пройти его нельзя: он требует компетенцию MID «Навык mid» (она недостижима).',
      'Компетенция MID «Навык mid» недостижима: модуль «Модуль middle» (middle) не входит в программу.',
      'Этап s2: в группе по выбору нужно выбрать 2 модуля, а пройти нельзя ни одного.',
      'Модуль «Модуль middle» (middle) выбран, но недоступен на дату начала обучения.',
    ]);
  });

  it('reads any-of prerequisites, both validity dates, unknown ids and a chain cut short', () => {
    const index = indexOf([
      mod({ id: 'goal', outcomes: ['t'], prerequisites: [{ anyOf: ['p', 'q'] }] }),
      mod({ id: 'old', outcomes: ['t'], validFrom: '2019-09-01', validUntil: '2024-12-31' }),
    ]);
    const hand: NoPlan = {
      kind: 'unreachable',
      targets: ['t'],
      modules: [{ module: 'gone', blocked: { kind: 'needs', anyOf: ['p'] } }],
      groups: [{ id: 'g-weld', stage: 's3', choose: 3, takeable: 1 }],
      missingElectives: [],
      details: [
        {
          competency: 't',
          providers: [
            { module: 'goal', blocked: { kind: 'needs', anyOf: ['p', 'q'] } },
            {
              module: 'old',
              blocked: { kind: 'outside-validity', validFrom: '2019-09-01', validUntil: '2024-12-31' },
            },
            { module: 'ghost', blocked: { kind: 'needs', anyOf: [] } },
          ],
        },
      ],
    };
    expect(describeNoPlan(hand, index, 'en')).toEqual([
      'T “Skill t” cannot be reached: “Module goal” (goal) needs one of P “Skill p” or Q “Skill q” (none can be reached); “Module old” (old) is not offered on the start date (valid from 2019-09-01 until 2024-12-31); ghost cannot be taken.',
      'gone must be in the plan but cannot be taken: it needs P “Skill p” (cannot be reached).',
      'Further reasons are left out.',
      'Stage s3: the elective group g-weld asks for 3 modules, but only 1 can be taken.',
    ]);
    expect(describeNoPlan(hand, index, 'ru', AS_OF)).toEqual([
      'Компетенция T «Навык t» недостижима: модуль «Модуль goal» (goal) требует одну из компетенций P «Навык p» или Q «Навык q» (ни одна не достижима); модуль «Модуль old» (old) больше не действует (действовал до 31.12.2024); модуль ghost недоступен.',
      'Модуль gone обязателен, но пройти его нельзя: он требует компетенцию P «Навык p» (она недостижима).',
      'Остальные причины не приводятся.',
      'Этап s3: в группе по выбору g-weld нужно выбрать 3 модуля, а пройти можно только 1.',
    ]);
  });
});
