import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculum, spanTotal } from '../../src/domain/documents/curriculum';
import { Program } from '../../src/domain/model';
import type { NetworkIndex } from '../../src/domain/network-index';
import { programHourRange } from '../../src/domain/rules/hours';
import { loadSampleIndex } from './helpers/sample-trajectory';

const sample = (name: string): Program =>
  Program.parse(JSON.parse(readFileSync(`fixtures/sample/programmes/${name}.json`, 'utf8')));

let index: NetworkIndex;
let cnc: Program;
let drones: Program;
beforeAll(async () => {
  index = await loadSampleIndex();
  cnc = sample('cnc-operator-72h');
  drones = sample('vocational-drones');
});

describe('the curriculum as data', () => {
  it('numbers every module line, with its hours by kind, partner and assessment', () => {
    const c = curriculum(cnc, index);
    expect(c.stages.map((s) => [s.number, s.id])).toEqual([
      ['1', 'st-foundations'],
      ['2', 'st-cnc'],
    ]);
    expect(
      c.stages.flatMap((s) =>
        s.rows.map((r) => [r.number, r.module, r.version, r.partnerId, r.hours, r.total, r.assessment]),
      ),
    ).toEqual([
      [
        '1.1',
        'm-cnc-metrology',
        '1.0.0',
        'p-vpk',
        { theory: 4, practice: 10, selfStudy: 1, assessment: 1 },
        16,
        'test',
      ],
      [
        '1.2',
        'm-cnc-drawings',
        '1.0.0',
        'p-vpk',
        { theory: 6, practice: 6, selfStudy: 3, assessment: 1 },
        16,
        'test',
      ],
      [
        '2.1',
        'm-cnc-operator-basics',
        '1.2.0',
        'p-vpk',
        { theory: 6, practice: 14, selfStudy: 2, assessment: 2 },
        24,
        'test',
      ],
      [
        '2.2',
        'm-cnc-tooling',
        '1.0.0',
        'p-smt',
        { theory: 6, practice: 6, selfStudy: 3, assessment: 1 },
        16,
        'test',
      ],
    ]);
    expect(c.stages.map((s) => s.subtotalHours)).toEqual([
      { min: 32, max: 32 },
      { min: 40, max: 40 },
    ]);
    expect(c.total).toEqual({
      min: { theory: 22, practice: 36, selfStudy: 9, assessment: 5 },
      max: { theory: 22, practice: 36, selfStudy: 9, assessment: 5 },
    });
    expect([c.totalHours, c.variable]).toEqual([{ min: 72, max: 72 }, false]);
    expect(c.stages[1]!.rows[0]!.resolved?.title).toEqual({
      ru: 'Оператор станков с ЧПУ: наладка и обработка',
      en: 'CNC operator: setup and machining',
    });
  });

  it('marks elective members with their group and counts the group from the cheapest to the dearest choice', () => {
    const c = curriculum(drones, index);
    const specialisation = c.stages[2]!;
    expect(
      specialisation.rows.map((r) => [
        r.number,
        r.module,
        r.total,
        r.elective?.number,
        r.elective?.choose,
        r.elective?.of,
      ]),
    ).toEqual([
      ['3.1.1', 'm-drone-assembly', 32, '3.1', 1, 3],
      ['3.1.2', 'm-drone-fpv', 24, '3.1', 1, 3],
      ['3.1.3', 'm-drone-fixed-wing', 48, '3.1', 1, 3],
      ['3.2.1', 'm-drone-agro', 40, '3.2', 2, 4],
      ['3.2.2', 'm-drone-inspection-grid', 32, '3.2', 2, 4],
      ['3.2.3', 'm-drone-inspection-mining', 32, '3.2', 2, 4],
      ['3.2.4', 'm-drone-mapping-site', 32, '3.2', 2, 4],
    ]);
    const groups = specialisation.items.flatMap((i) => (i.kind === 'elective' ? [i.group] : []));
    expect(groups.map((g) => [g.number, g.id, g.total])).toEqual([
      ['3.1', 'el-aircraft', { min: 24, max: 48 }],
      ['3.2', 'el-application', { min: 64, max: 72 }],
    ]);
    // Each end is one real choice: FPV (min) and fixed-wing (max), so kinds add up to the end's total.
    expect(groups[0]!.hours).toEqual({
      min: { theory: 4, practice: 16, selfStudy: 2, assessment: 2 },
      max: { theory: 10, practice: 30, selfStudy: 4, assessment: 4 },
    });
    expect(specialisation.subtotalHours).toEqual({ min: 88, max: 120 });
    expect([c.totalHours, c.variable]).toEqual([{ min: 196, max: 228 }, true]);
    expect(JSON.parse(JSON.stringify(c)).stages[2].rows[0].elective.number).toBe('3.1');
  });

  it('adds up: subtotals are the sums of their lines, the total the sum of subtotals, equal to the hour rules', () => {
    for (const name of [
      'cnc-operator-72h',
      'retraining-256h',
      'vocational-drones',
      'welding-safety-16h',
      'a-draft-welder-mma',
    ]) {
      const p = sample(name);
      const c = curriculum(p, index);
      for (const s of c.stages) {
        const lines = s.items.map((i) =>
          i.kind === 'module' ? { min: i.row.total, max: i.row.total } : i.group.total,
        );
        expect(s.subtotalHours).toEqual({
          min: lines.reduce((a, l) => a + l.min, 0),
          max: lines.reduce((a, l) => a + l.max, 0),
        });
      }
      expect(c.totalHours).toEqual({
        min: c.stages.reduce((a, s) => a + s.subtotalHours.min, 0),
        max: c.stages.reduce((a, s) => a + s.subtotalHours.max, 0),
      });
      expect(spanTotal(c.total)).toEqual(programHourRange(p, index));
    }
  });

  it('keeps an unknown module as a line of 0 hours with nothing resolved', () => {
    const p: Program = {
      ...cnc,
      stages: [{ id: 's', title: 'S', items: [{ module: 'm-nowhere', version: '9.9.9' }] }],
    };
    const [r] = curriculum(p, index).stages[0]!.rows;
    expect([r!.number, r!.resolved, r!.partnerId, r!.total, r!.assessment]).toEqual([
      '1.1',
      undefined,
      undefined,
      0,
      undefined,
    ]);
  });
});
