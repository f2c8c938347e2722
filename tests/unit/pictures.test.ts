import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOUR_KINDS, moduleHours } from '../../src/domain/hours';
import type { Program } from '../../src/domain/model';
import type { NetworkIndex } from '../../src/domain/network-index';
import {
  coverageMatrix,
  hoursByPartner,
  hoursByStage,
  prerequisiteGraph,
  type PrerequisiteGraph,
} from '../../src/domain/pictures';
import { programHourRange } from '../../src/domain/rules/hours';
import { validateProgram } from '../../src/domain/validate';
import { loadKind } from '../../src/io/load';
import { loadNetwork } from '../../src/io/network-source';
import {
  edgePath,
  layoutGraph,
  roundedPath,
  runs,
  stackedBar,
  textWidth,
  wrapLabel,
} from '../../src/ui/pictures/layout';
import { group, hours, indexOf, mod, program, ref } from './helpers/builders';

const read = async (p: string) => readFileSync(p);
let index: NetworkIndex;
beforeAll(async () => {
  index = (await loadNetwork('fixtures/sample/network.json', read)).index;
});
function sample(name: string): Program {
  const loaded = loadKind(readFileSync(`fixtures/sample/programmes/${name}`), 'program');
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return loaded.value;
}
const SAMPLES = [
  'a-draft-welder-mma.json',
  'cnc-operator-72h.json',
  'retraining-256h.json',
  'vocational-drones.json',
  'welding-safety-16h.json',
];
const edgeList = (g: PrerequisiteGraph) =>
  g.edges.map((e) =>
    [
      e.status,
      e.status === 'unmet' ? 'missing' : g.nodes[e.from]!.moduleId,
      g.nodes[e.to]!.moduleId,
      ...e.competencies,
    ].join(' '),
  );

describe('coverageMatrix', () => {
  it('names the exact module developing each target of the CNC programme, all covered', () => {
    const matrix = coverageMatrix(sample('cnc-operator-72h.json'), index);
    expect(matrix.columns.map((c) => [c.pointer, c.moduleId, c.elective])).toEqual([
      ['/stages/0/items/0', 'm-cnc-metrology', false],
      ['/stages/0/items/1', 'm-cnc-drawings', false],
      ['/stages/1/items/0', 'm-cnc-operator-basics', false],
      ['/stages/1/items/1', 'm-cnc-tooling', false],
    ]);
    expect(
      matrix.rows.map((r) => [r.code, r.status, r.providers.map((j) => matrix.columns[j]!.moduleId)]),
    ).toEqual([
      ['PC 3.1', 'covered', ['m-cnc-metrology']],
      ['PC 3.2', 'covered', ['m-cnc-drawings']],
      ['PC 3.4', 'covered', ['m-cnc-operator-basics']],
      ['PC 3.5', 'covered', ['m-cnc-operator-basics']],
      ['PC 3.10', 'covered', ['m-cnc-tooling']],
    ]);
    expect(matrix.columns[0]!.title).toEqual({
      ru: 'Технические измерения в металлообработке',
      en: 'Measurement in metal cutting',
    });
  });

  it('marks the draft welder programme’s MIG target as not covered, as coverage.missing does', () => {
    const draft = sample('a-draft-welder-mma.json');
    const rows = coverageMatrix(draft, index).rows;
    expect(rows.map((r) => [r.id, r.status, r.providers])).toEqual([
      ['c-weld-safety', 'covered', [1]],
      ['c-weld-mma', 'covered', [0]],
      ['c-weld-mig', 'missing', []],
    ]);
    const missing = validateProgram(draft, index, { asOf: '2026-09-01' }).filter(
      (d) => d.code === 'coverage.missing',
    );
    expect(missing.map((d) => d.params.competency?.id)).toEqual(['c-weld-mig']);
  });

  it('addresses elective members by their group pointer and counts a group where every choice provides', () => {
    const drones = coverageMatrix(sample('vocational-drones.json'), index);
    const fpv = drones.columns.findIndex((c) => c.moduleId === 'm-drone-fpv');
    expect(drones.columns[fpv]).toMatchObject({
      pointer: '/stages/2/items/0/of/1',
      elective: true,
      stageIndex: 2,
    });
    const preflight = drones.rows.find((r) => r.id === 'c-drone-preflight')!;
    expect(preflight.providers.map((j) => drones.columns[j]!.moduleId)).toEqual([
      'm-drone-vlos',
      'm-drone-assembly',
      'm-drone-fpv',
      'm-drone-fixed-wing',
      'm-drone-agro',
      'm-drone-inspection-grid',
      'm-drone-inspection-mining',
      'm-drone-mapping-site',
    ]);

    const modules = [mod({ id: 'a', outcomes: ['x', 'y'] }), mod({ id: 'b', outcomes: ['x'] })];
    const p = program([[group(1, 'a', 'b')]], { targetCompetencies: ['x', 'y', 'z'] });
    expect(coverageMatrix(p, indexOf(modules, ['z'])).rows.map((r) => [r.id, r.status])).toEqual([
      ['x', 'covered'],
      ['y', 'elective-only'],
      ['z', 'missing'],
    ]);
  });

  it('keeps a column for a module the network does not have, developing nothing', () => {
    const p = program([[ref('ghost'), ref('a')]], { targetCompetencies: ['x'] });
    const matrix = coverageMatrix(p, indexOf([mod({ id: 'a', outcomes: ['x'] })]));
    expect(matrix.columns.map((c) => [c.moduleId, c.title === undefined])).toEqual([
      ['ghost', true],
      ['a', false],
    ]);
    expect(matrix.rows[0]!.providers).toEqual([1]);
  });
});

describe('hoursByStage', () => {
  it.each(SAMPLES)('%s: the stages add up to programHourRange, and kinds add up to totals', (name) => {
    const p = sample(name);
    const stages = hoursByStage(p, index);
    const sum = (f: (s: (typeof stages)[number]) => number) => stages.reduce((a, s) => a + f(s), 0);
    expect({ min: sum((s) => s.total.min), max: sum((s) => s.total.max) }).toEqual(
      programHourRange(p, index),
    );
    for (const s of stages) {
      expect(moduleHours({ hours: s.min })).toBe(s.total.min);
      expect(moduleHours({ hours: s.max })).toBe(s.total.max);
    }
  });

  it('gives the drones programme 196–228 h, the range all in the elective stage', () => {
    const stages = hoursByStage(sample('vocational-drones.json'), index);
    expect(stages.map((s) => [s.id, s.total.min, s.total.max, s.hasElectives])).toEqual([
      ['st-basics', 60, 60, false],
      ['st-missions', 48, 48, false],
      ['st-specialisation', 88, 120, true],
    ]);
    expect(stages[2]!.min).toEqual({ theory: 12, practice: 64, selfStudy: 2, assessment: 10 });
    expect(stages[2]!.max).toEqual({ theory: 20, practice: 78, selfStudy: 8, assessment: 14 });
    expect(programHourRange(sample('vocational-drones.json'), index)).toEqual({ min: 196, max: 228 });
  });

  it('splits the CNC programme’s 72 h by stage and kind', () => {
    expect(hoursByStage(sample('cnc-operator-72h.json'), index).map((s) => [s.id, s.min, s.total])).toEqual([
      ['st-foundations', { theory: 10, practice: 16, selfStudy: 4, assessment: 2 }, { min: 32, max: 32 }],
      ['st-cnc', { theory: 12, practice: 20, selfStudy: 5, assessment: 3 }, { min: 40, max: 40 }],
    ]);
  });

  it('adds up to programHourRange for any programme (property)', () => {
    const modules = Array.from({ length: 8 }, (_, i) =>
      mod({
        id: `m${i}`,
        outcomes: [`c${i}`],
        hours: { theory: i, practice: 2 * (i % 3), selfStudy: 1, assessment: 0 },
      }),
    );
    const idx = indexOf(modules);
    const item = fc.oneof(
      fc.integer({ min: 0, max: 8 }).map((i) => ref(`m${i}`)),
      fc
        .record({
          choose: fc.integer({ min: 1, max: 4 }),
          of: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 5 }),
        })
        .map(({ choose, of }) => group(choose, ...of.map((i) => `m${i}`))),
    );
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 5 }), { maxLength: 4 }), (stages) => {
        const p = program(stages);
        const per = hoursByStage(p, idx);
        const range = programHourRange(p, idx);
        expect(per.reduce((a, s) => a + s.total.min, 0)).toBe(range.min);
        expect(per.reduce((a, s) => a + s.total.max, 0)).toBe(range.max);
        for (const s of per) expect(HOUR_KINDS.reduce((a, k) => a + s.min[k], 0)).toBe(s.total.min);
        const partners = hoursByPartner(p, idx);
        expect(partners.reduce((a, x) => a + x.share, 0)).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });
});

describe('hoursByPartner', () => {
  it('gives each partner of the CNC programme its hours and share of the minimum', () => {
    expect(
      hoursByPartner(sample('cnc-operator-72h.json'), index).map((p) => [
        p.partnerId,
        p.kind,
        p.mandatory,
        p.elective,
        p.share,
      ]),
    ).toEqual([
      [
        'p-vpk',
        'college',
        { theory: 16, practice: 30, selfStudy: 6, assessment: 4 },
        { min: 0, max: 0 },
        56 / 72,
      ],
      [
        'p-smt',
        'college',
        { theory: 6, practice: 6, selfStudy: 3, assessment: 1 },
        { min: 0, max: 0 },
        16 / 72,
      ],
    ]);
  });

  it('gives drone partners the range their elective members can add and what they deliver for sure', () => {
    const partners = hoursByPartner(sample('vocational-drones.json'), index);
    expect(
      partners.map((p) => [p.partnerId, moduleHours({ hours: p.mandatory }), p.elective, p.share]),
    ).toEqual([
      ['p-sugtu', 48, { min: 0, max: 48 }, 48 / 196],
      ['p-lyceum-7', 28, { min: 0, max: 24 }, 28 / 196],
      ['p-vpk', 24, { min: 0, max: 32 }, 24 / 196],
      ['p-rcpk', 8, { min: 0, max: 0 }, 8 / 196],
      ['p-tikhaya-niva', 0, { min: 0, max: 40 }, 0],
      ['p-vesk', 0, { min: 0, max: 32 }, 0],
      ['p-severoruda', 0, { min: 0, max: 32 }, 0],
      ['p-rudny-kvartal', 0, { min: 0, max: 32 }, 0],
    ]);
    // The 88 h of the elective stage depend on the choice, so they are nobody's sure share.
    expect(partners.reduce((a, p) => a + p.share, 0) * 196).toBeCloseTo(196 - 88, 9);
  });

  it('makes a partner deliver what no choice can avoid', () => {
    const modules = [
      mod({ id: 'a', outcomes: ['x'], hours: hours(10) }),
      mod({ id: 'b', outcomes: ['x'], hours: hours(20) }),
      mod({ id: 'c', outcomes: ['x'], hours: hours(5), partnerId: 'p-b' }),
    ];
    // Choose 2 of 3: partner p-a has two members, so every choice takes at least one of them.
    const [a, b] = hoursByPartner(program([[group(2, 'a', 'b', 'c')]]), indexOf(modules));
    // The programme minimum is 15 h (c and a): p-a surely delivers 10 h of it, p-b nothing for sure.
    expect([a!.partnerId, a!.elective, a!.share]).toEqual(['p-a', { min: 10, max: 30 }, 10 / 15]);
    expect([b!.partnerId, b!.elective, b!.share, b!.name]).toEqual(['p-b', { min: 0, max: 5 }, 0, undefined]);
  });

  it('gives each partner the exact range over every choice of a group (property, by brute force)', () => {
    const subsets = <T>(xs: readonly T[], k: number): T[][] =>
      k === 0 ? [[]] : xs.flatMap((x, i) => subsets(xs.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
    const member = fc.record({
      hours: fc.integer({ min: 0, max: 40 }),
      partner: fc.constantFrom('p-a', 'p-b', 'p-c'),
    });
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (specs, choose) => {
          const modules = specs.map((m, i) =>
            mod({ id: `m${i}`, outcomes: ['x'], hours: hours(m.hours), partnerId: m.partner }),
          );
          const partners = hoursByPartner(
            program([[group(choose, ...modules.map((m) => m.id))]]),
            indexOf(modules),
          );
          const choices = subsets(modules, Math.min(choose, modules.length));
          for (const p of partners) {
            const delivered = choices.map((c) =>
              c.filter((m) => m.partnerId === p.partnerId).reduce((a, m) => a + moduleHours(m), 0),
            );
            expect(p.elective).toEqual({ min: Math.min(...delivered), max: Math.max(...delivered) });
          }
        },
      ),
    );
  });
});

describe('prerequisiteGraph', () => {
  it('finds the draft’s one order edge where its prereq.order diagnostic says', () => {
    const draft = sample('a-draft-welder-mma.json');
    const graph = prerequisiteGraph(draft, index);
    expect(graph.nodes.map((n) => [n.pointer, n.moduleId, n.stageIndex])).toEqual([
      ['/stages/0/items/0', 'm-weld-mma-basic-2019', 0],
      ['/stages/1/items/0', 'm-weld-safety-basic', 1],
    ]);
    expect(edgeList(graph)).toEqual(['order m-weld-safety-basic m-weld-mma-basic-2019 c-weld-safety']);
    const [order] = validateProgram(draft, index, { asOf: '2026-09-01' }).filter(
      (d) => d.code === 'prereq.order',
    );
    const edge = graph.edges[0]!;
    expect(edge.status === 'order' && graph.nodes[edge.from]!.moduleId).toBe(order!.params.provider!.id);
    expect(graph.nodes[edge.to]!.pointer).toBe(order!.pointer);
    expect(String(edge.item)).toBe(order!.params.detail);
    expect(edge.competencies).toEqual(order!.params.competencies!.map((c) => c.id));
  });

  it('draws an unmet edge from the missing source once the entry requirement is removed', () => {
    const draft = sample('a-draft-welder-mma.json');
    const graph = prerequisiteGraph({ ...draft, entryRequirements: [] }, index);
    expect(edgeList(graph)).toEqual([
      'order m-weld-safety-basic m-weld-mma-basic-2019 c-weld-safety',
      'unmet missing m-weld-safety-basic c-gen-ohs-basic',
    ]);
  });

  it('links every provider of an any-of item, in programme order', () => {
    expect(edgeList(prerequisiteGraph(sample('cnc-operator-72h.json'), index))).toEqual([
      'ok m-cnc-metrology m-cnc-operator-basics c-cnc-metrology',
      'ok m-cnc-drawings m-cnc-operator-basics c-cnc-drawings',
      'ok m-cnc-operator-basics m-cnc-tooling c-cnc-operation',
    ]);
    const grid = edgeList(prerequisiteGraph(sample('vocational-drones.json'), index)).filter((e) =>
      e.includes(' m-drone-inspection-grid '),
    );
    expect(grid).toEqual([
      'ok m-drone-aerial-photo m-drone-inspection-grid c-drone-aerial-photo',
      'ok m-drone-fpv m-drone-inspection-grid c-drone-fpv',
      'ok m-drone-mission m-drone-inspection-grid c-drone-mission',
    ]);
  });

  it('draws no edge from a later provider of an item already met, and none for one met on entry', () => {
    const modules = [
      mod({ id: 'early', outcomes: ['x'] }),
      mod({ id: 'user', outcomes: ['y'], prerequisites: [{ anyOf: ['x', 'z'] }, 'e'] }),
      mod({ id: 'late', outcomes: ['z', 'e'] }),
    ];
    const p = program([[ref('early'), ref('user')], [ref('late')]], { entryRequirements: ['e'] });
    expect(edgeList(prerequisiteGraph(p, indexOf(modules)))).toEqual(['ok early user x']);
  });
});

describe('layout', () => {
  it('puts stages in columns left to right, the missing source in a column of its own', () => {
    const draft = sample('a-draft-welder-mma.json');
    const graph = prerequisiteGraph({ ...draft, entryRequirements: [] }, index);
    const layout = layoutGraph(graph, draft.stages.length);
    expect(layout.missing!.x).toBeLessThan(layout.columns[0]!);
    expect(layout.nodes.map((n) => n.x)).toEqual(layout.columns);
    expect(layout.edges).toHaveLength(2);
    expect(layout.width).toBeGreaterThan(layout.columns[1]! + layout.nodes[1]!.width);
  });

  it('frames elective groups and stacks a stage’s nodes', () => {
    const drones = sample('vocational-drones.json');
    const layout = layoutGraph(prerequisiteGraph(drones, index), drones.stages.length);
    expect(layout.groups.map((g) => g.pointer)).toEqual(['/stages/2/items/0', '/stages/2/items/1']);
    const [aircraft, application] = layout.groups;
    expect(aircraft!.y + aircraft!.height).toBeLessThan(application!.y);
    expect(layout.missing).toBeUndefined();
  });

  it('routes edges through the free lanes between columns and rows', () => {
    const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
    // Next column: one S-curve from the right side to the left side.
    expect(edgePath(box(0, 0), box(136, 60))).toBe('M100,20 C118,20 118,80 136,80');
    // Further: out into the first gap, along the row gap above the target, into its left side.
    expect(edgePath(box(0, 54), box(272, 0))).toBe(
      'M100,74 L112,74 Q118,74 118,68 L118,-1 Q118,-7 124,-7 L248,-7 Q254,-7 254,-1 L254,14 Q254,20 260,20 L272,20',
    );
    // Backward: from the source's bottom to the target's bottom, through the row gaps below them.
    expect(edgePath(box(136, 0), box(0, 0))).toBe(
      'M150,40 L150,43.5 Q150,47 146.5,47 L89.5,47 Q86,47 86,43.5 L86,40',
    );
    // Within a column: an arc into the gap on the right.
    expect(edgePath(box(0, 0), box(0, 80))).toBe('M100,20 C128.8,20 128.8,100 100,100');
    expect(
      roundedPath(
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        4,
      ),
    ).toBe('M0,0 L6,0 Q10,0 10,4 L10,10');
  });

  it('wraps labels into lines of a width, the last taking the rest, and marks what is cut', () => {
    expect(textWidth('iii', 10)).toBeCloseTo(9);
    expect(textWidth('шш', 10)).toBeGreaterThan(textWidth('ee', 10));
    expect(wrapLabel('Safety in welding and hot work', 98, 2, 10.5)).toEqual([
      'Safety in welding',
      'and hot work',
    ]);
    expect(wrapLabel('Manual metal arc welding (2019 edition)', 98, 2, 10.5)).toEqual([
      'Manual metal arc',
      'welding (2019 edi…',
    ]);
    expect(wrapLabel('Simulator flying', 98, 2, 10.5)).toEqual(['Simulator flying']);
    expect(wrapLabel('Электробезопасность (III группа)', 98, 2, 10.5)).toEqual([
      'Электробезопас…',
      '(III группа)',
    ]);
  });

  it('stacks bar parts on a common scale and groups stage runs', () => {
    expect(stackedBar({ theory: 10, practice: 0, selfStudy: 5, assessment: 5 }, 20, 80)).toEqual([
      { part: 'theory', hours: 10, percent: 12.5 },
      { part: 'selfStudy', hours: 5, percent: 6.25 },
      { part: 'assessment', hours: 5, percent: 6.25 },
      { part: 'elective', hours: 20, percent: 25 },
    ]);
    expect(runs([0, 0, 1, 2, 2])).toEqual([
      { value: 0, start: 0, length: 2 },
      { value: 1, start: 2, length: 1 },
      { value: 2, start: 3, length: 2 },
    ]);
  });
});
