import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Module, Prerequisite } from '../../src/domain/model';
import { costs, sum } from '../../src/domain/planner/analysis';
import { buildInstance } from '../../src/domain/planner/instance';
import {
  planGreedy,
  planOptimal,
  preparePlan,
  type PlanResult,
  type PreparedPlan,
} from '../../src/domain/planner/plan';
import { emptyRequest, type PlanRequest } from '../../src/domain/planner/request';
import type { MipSolver } from '../../src/domain/planner/mip';
import { validateTrajectory } from '../../src/domain/validate';
import { highsSolver } from '../../src/io/solver/highs';
import { AS_OF, group, hours, indexOf, mod, program, ref } from './helpers/builders';

let solver: MipSolver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

const request = (extra: Partial<PlanRequest>): PlanRequest => ({ ...emptyRequest(AS_OF), ...extra });

function prepared(modules: Module[], extra: Partial<PlanRequest>): PreparedPlan {
  const p = preparePlan(indexOf(modules), request(extra));
  if (p.kind !== 'prepared') throw new Error(`no plan: ${JSON.stringify(p)}`);
  return p;
}
const optimal = (modules: Module[], extra: Partial<PlanRequest>) =>
  planOptimal(prepared(modules, extra), solver, { timeLimitSeconds: 10 });
const stepIds = (r: PlanResult) => (r.kind === 'plan' ? r.trajectory.steps.map((s) => s.module) : []);

describe('planner on hand-made networks', () => {
  // a needs x, which the cheap path provides only through two modules; the dear one provides x and the target.
  const network = [
    mod({ id: 'base', outcomes: ['x0'], hours: hours(4) }),
    mod({ id: 'cheap-x', outcomes: ['x'], prerequisites: ['x0'], hours: hours(4) }),
    mod({ id: 'dear-x', outcomes: ['x', 't2'], hours: hours(20) }),
    mod({ id: 'goal', outcomes: ['t'], prerequisites: ['x'], hours: hours(10) }),
    mod({ id: 'goal2', outcomes: ['t2'], hours: hours(12) }),
  ];

  it('finds the least-hours plan, prerequisites first, and explains every step', () => {
    const r = optimal(network, { targets: ['t', 't2'] });
    expect(r.trajectory.totalHours).toBe(30);
    expect(r.trajectory.optimal).toBe(true);
    expect(stepIds(r)).toEqual(['dear-x', 'goal']);
    expect(r.trajectory.steps[0]!.reasons).toEqual([
      { kind: 'target', competency: 't2' },
      { kind: 'prerequisite', competency: 'x', for: 'goal' },
    ]);
    expect(r.trajectory.steps[1]!.reasons).toEqual([{ kind: 'target', competency: 't' }]);
  });

  it('counts prior learning: a held prerequisite needs no module', () => {
    const prior = [{ competency: 'x', evidence: 'employer assessment' }];
    const r = optimal(network, { targets: ['t'], prior });
    expect(stepIds(r)).toEqual(['goal']);
    expect(r.trajectory.priorCompetencies).toEqual(prior);
    expect(validateTrajectory(r.trajectory, indexOf(network), { asOf: AS_OF })).toEqual([]);
  });

  it('honours any-of prerequisites by taking the cheaper alternative', () => {
    const modules = [
      mod({ id: 'a', outcomes: ['pa'], hours: hours(30) }),
      mod({ id: 'b', outcomes: ['pb'], hours: hours(6) }),
      mod({ id: 'g', outcomes: ['t'], prerequisites: [{ anyOf: ['pa', 'pb'] }], hours: hours(8) }),
    ];
    expect(stepIds(optimal(modules, { targets: ['t'] }))).toEqual(['b', 'g']);
  });

  it('keeps chosen electives and leaves out excluded and retired modules', () => {
    const modules = [
      mod({ id: 'cheap', outcomes: ['t'], hours: hours(4) }),
      mod({ id: 'old', outcomes: ['t'], hours: hours(2), validUntil: '2025-12-31' }),
      mod({ id: 'other', outcomes: ['t'], hours: hours(9) }),
      mod({ id: 'extra', outcomes: ['e'], hours: hours(3) }),
    ];
    const r = optimal(modules, { targets: ['t'], excluded: ['cheap'], electives: [ref('extra')] });
    expect(stepIds(r).sort()).toEqual(['extra', 'other']);
    expect(r.trajectory.steps.find((s) => s.module === 'extra')!.reasons).toEqual([{ kind: 'chosen' }]);
  });

  it('breaks ties between equal-hour plans by the trainee’s preferences', () => {
    const modules = [
      mod({ id: 'p1', outcomes: ['t'], hours: hours(8), format: 'in-person' }),
      mod({ id: 'p2', outcomes: ['t'], hours: hours(8), format: 'online' }),
    ];
    const online = { partners: [], resources: [], formats: ['online' as const] };
    expect(stepIds(optimal(modules, { targets: ['t'], prefer: online }))).toEqual(['p2']);
    expect(stepIds(optimal(modules, { targets: ['t'], avoid: online }))).toEqual(['p1']);
  });

  it('plans within a programme: mandatory modules stay unless prior learning covers them, groups are filled cheaply', () => {
    const modules = [
      mod({ id: 'intro', outcomes: ['i'], hours: hours(4) }),
      mod({ id: 'known', outcomes: ['k'], hours: hours(6) }),
      mod({ id: 'e1', outcomes: ['t'], prerequisites: ['i'], hours: hours(10) }),
      mod({ id: 'e2', outcomes: ['t'], hours: hours(5) }),
      mod({ id: 'e3', outcomes: ['u'], hours: hours(7) }),
    ];
    const prog = program([[ref('intro'), ref('known')], [group(2, 'e1', 'e2', 'e3')]], {
      targetCompetencies: ['t'],
    });
    const r = optimal(modules, { program: prog, prior: [{ competency: 'k', evidence: 'diploma' }] });
    expect(stepIds(r)).toEqual(['intro', 'e2', 'e3']);
    expect(r.trajectory.programId).toBe('prog');
    expect(r.trajectory.steps[0]!.reasons[0]).toEqual({ kind: 'programme', stage: 's1' });
    expect(r.trajectory.steps[1]!.reasons[0]).toEqual({ kind: 'elective' });
  });

  it('says exactly which target cannot be reached and why, down the chain', () => {
    const modules = [
      mod({ id: 'goal', outcomes: ['t'], prerequisites: ['mid'], hours: hours(8) }),
      mod({ id: 'middle', outcomes: ['mid'], prerequisites: ['nobody'], hours: hours(8) }),
      mod({ id: 'retired', outcomes: ['mid'], hours: hours(8), validUntil: '2020-01-01' }),
      mod({ id: 'fine', outcomes: ['ok'], hours: hours(8) }),
    ];
    const r = preparePlan(indexOf(modules, ['nobody']), request({ targets: ['t', 'ok'], excluded: [] }));
    expect(r).toEqual({
      kind: 'unreachable',
      targets: ['t'],
      modules: [],
      groups: [],
      missingElectives: [],
      details: [
        { competency: 't', providers: [{ module: 'goal', blocked: { kind: 'needs', anyOf: ['mid'] } }] },
        {
          competency: 'mid',
          providers: [
            { module: 'middle', blocked: { kind: 'needs', anyOf: ['nobody'] } },
            { module: 'retired', blocked: { kind: 'outside-validity', validUntil: '2020-01-01' } },
          ],
        },
        { competency: 'nobody', providers: [] },
      ],
    });
  });

  it('reports a cycle as a chain that comes back to where it started', () => {
    const modules = [
      mod({ id: 'a', outcomes: ['ca'], prerequisites: ['cb'] }),
      mod({ id: 'b', outcomes: ['cb'], prerequisites: ['ca'] }),
    ];
    const r = preparePlan(indexOf(modules), request({ targets: ['ca'] }));
    expect(r.kind === 'unreachable' && r.details.map((d) => d.competency)).toEqual(['ca', 'cb']);
  });

  it('flags a plan that needs more hours than the trainee allowed', () => {
    const r = optimal(network, { targets: ['t'], maxHours: 10 });
    expect(r.trajectory.totalHours).toBe(18);
    expect(r.exceedsLimit).toEqual({ maxHours: 10 });
  });

  it('greedy first: a complete plan with a lower bound, before the solver runs', () => {
    const g = planGreedy(prepared(network, { targets: ['t', 't2'] }));
    expect(g.phase).toBe('greedy');
    expect(g.lowerBound).toBeLessThanOrEqual(g.trajectory.totalHours);
    expect(g.lowerBound).toBeGreaterThan(0);
  });
});

describe('planner progress', () => {
  it('reports the relaxation-guided plan and its bound before the proof, and the bound holds', () => {
    const modules = [
      mod({ id: 'a', outcomes: ['x', 'y'], hours: hours(10) }),
      mod({ id: 'b', outcomes: ['x'], hours: hours(6) }),
      mod({ id: 'c', outcomes: ['y'], hours: hours(6) }),
      mod({ id: 'g', outcomes: ['t'], prerequisites: ['x', 'y'], hours: hours(4) }),
    ];
    const progress: PlanResult[] = [];
    const final = planOptimal(prepared(modules, { targets: ['t'] }), solver, {
      timeLimitSeconds: 10,
      onProgress: (r) => progress.push(r),
    });
    expect(progress).toHaveLength(1);
    const early = progress[0]!;
    expect(early.kind === 'plan' && early.phase).toBe('greedy');
    expect(early.kind === 'plan' && early.lowerBound).toBeLessThanOrEqual(final.trajectory.totalHours);
    expect(final.trajectory.totalHours).toBe(14);
    expect(final.lowerBound).toBe(14);
  });
});

describe('planner work stays near-linear', () => {
  it('the cost estimate pops each competency a bounded number of times', () => {
    const chain = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        mod({ id: `m${i}`, outcomes: [`c${i}`], prerequisites: i ? [`c${i - 1}`] : [], hours: hours(1) }),
      );
    for (const n of [200, 2000]) {
      const instance = buildInstance(indexOf(chain(n)), request({ targets: [`c${n - 1}`] }));
      const estimate = costs(instance, sum);
      expect(estimate.competency[instance.competencyIndex.get(`c${n - 1}`)!]).toBe(n);
    }
  });
});

/** Every subset of candidates, checked directly: the exact optimum for tiny networks. */
function bruteForce(modules: Module[], targets: string[]): number {
  let best = Infinity;
  for (let mask = 0; mask < 1 << modules.length; mask++) {
    const chosen = modules.filter((_, i) => mask & (1 << i));
    const total = chosen.reduce((s, m) => s + m.hours.theory, 0);
    if (total >= best) continue;
    const have = new Set<string>();
    const pending = [...chosen];
    let progress = true;
    while (progress) {
      progress = false;
      for (const m of [...pending])
        if (m.prerequisites.every((p) => (typeof p === 'string' ? [p] : p.anyOf).some((c) => have.has(c)))) {
          m.outcomes.forEach((c) => have.add(c));
          pending.splice(pending.indexOf(m), 1);
          progress = true;
        }
    }
    if (pending.length === 0 && targets.every((t) => have.has(t))) best = total;
  }
  return best;
}

const randomNetwork = fc
  .record({ size: fc.integer({ min: 3, max: 14 }), competencies: fc.integer({ min: 3, max: 10 }) })
  .chain(({ size, competencies }) => {
    const c = fc.integer({ min: 0, max: competencies - 1 }).map((i) => `c${i}`);
    const prerequisite: fc.Arbitrary<Prerequisite> = fc.oneof(
      c,
      fc.uniqueArray(c, { minLength: 1, maxLength: 3 }).map((anyOf) => ({ anyOf })),
    );
    const module = fc.record({
      outcomes: fc.uniqueArray(c, { minLength: 1, maxLength: 2 }),
      prerequisites: fc.array(prerequisite, { maxLength: 2 }),
      hours: fc.integer({ min: 1, max: 40 }),
    });
    return fc.record({
      modules: fc.array(module, { minLength: size, maxLength: size }),
      targets: fc.uniqueArray(c, { minLength: 1, maxLength: 3 }),
    });
  })
  .map(({ modules, targets }) => ({
    modules: modules.map((m, i) =>
      mod({ id: `m${i}`, outcomes: m.outcomes, prerequisites: m.prerequisites, hours: hours(m.hours) }),
    ),
    targets,
  }));

describe('planner property: optimal, complete and prerequisite-closed on random small networks', () => {
  it('matches brute force, and every plan passes the rule engine', () => {
    fc.assert(
      fc.property(randomNetwork, ({ modules, targets }) => {
        const index = indexOf(modules);
        const best = bruteForce(modules, targets);
        const p = preparePlan(index, request({ targets }));
        if (p.kind !== 'prepared') {
          expect(best).toBe(Infinity);
          expect(p.targets.length).toBeGreaterThan(0);
          return;
        }
        for (const r of [planGreedy(p), planOptimal(p, solver, { timeLimitSeconds: 10 })]) {
          const diagnostics = validateTrajectory(r.trajectory, index, { asOf: AS_OF }).filter(
            (d) => d.severity === 'error',
          );
          expect(diagnostics).toEqual([]);
          expect(r.trajectory.totalHours).toBeGreaterThanOrEqual(best);
          expect(r.lowerBound).toBeLessThanOrEqual(best);
        }
        const exact = planOptimal(p, solver, { timeLimitSeconds: 10 });
        expect(exact.trajectory.totalHours).toBe(best);
        expect(exact.trajectory.optimal).toBe(true);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  }, 120_000);
});
