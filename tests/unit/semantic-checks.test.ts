import { describe, expect, it } from 'vitest';
import { buildNetworkIndex } from '../../src/domain/network-index';
import type { Trajectory } from '../../src/domain/model';
import { validateTrajectory } from '../../src/domain/validate';
import { renderDiagnostics } from '../../src/i18n/render-diagnostic';
import { loadKind } from '../../src/io/load';
import { loadNetwork } from '../../src/io/network-source';
import { AS_OF, catalog, hours, mod } from './helpers/builders';

const both = (ds: Parameters<typeof renderDiagnostics>[0]) =>
  ['en', 'ru'].flatMap((lang) => renderDiagnostics(ds, lang as 'en' | 'ru').map((d) => d.message));

describe('module validity windows', () => {
  const problems = (validFrom?: string, validUntil?: string) =>
    buildNetworkIndex([
      { source: 'a.json', catalog: catalog([mod({ id: 'm-1', outcomes: ['c'], validFrom, validUntil })]) },
    ]).diagnostics;

  it('flags a module that expires before it starts, at its end date', () => {
    const found = problems('2026-09-01', '2025-09-01');
    expect(found.map((d) => [d.code, d.source, d.pointer, d.moduleId])).toEqual([
      ['schema', 'a.json', '/modules/0/validUntil', 'm-1'],
    ]);
    expect(both(found)).toEqual([
      'The module is valid until 2025-09-01, before it becomes valid on 2026-09-01: it is never valid.',
      'Модуль действует до 2025-09-01, раньше даты начала действия 2026-09-01: он не действует никогда.',
    ]);
  });

  it('flags a date the calendar lacks, which the schema’s pattern lets through', () => {
    const found = problems('2024-02-29', '2025-02-29');
    expect(found.map((d) => d.pointer)).toEqual(['/modules/0/validUntil']);
    expect(both(found)).toEqual([
      '2025-02-29 is not a date in the calendar.',
      'Даты 2025-02-29 в календаре нет.',
    ]);
  });

  it('accepts a one-day window, an open window and a leap day', () => {
    expect(problems('2026-09-01', '2026-09-01')).toEqual([]);
    expect(problems(undefined, '2028-02-29')).toEqual([]);
    expect(problems('2026-09-01')).toEqual([]);
  });
});

describe('a network manifest', () => {
  const files = (manifest: object, catalogs: Record<string, object>) => {
    const all: Record<string, object> = { 'net.json': manifest, ...catalogs };
    return async (path: string) => {
      if (!(path in all)) throw new Error('no such file');
      return JSON.stringify(all[path]);
    };
  };
  const manifest = { kind: 'network', schemaVersion: 1, id: 'n', title: 'N', catalogs: ['a.json'] };
  const a = catalog([mod({ id: 'm-1', outcomes: ['c'] })]);
  const manifestProblems = async (extra: object, catalogs: Record<string, object> = { 'a.json': a }) =>
    (await loadNetwork('net.json', files({ ...manifest, ...extra }, catalogs))).files[0]!.diagnostics;

  it('flags hour bounds no programme can meet', async () => {
    const found = await manifestProblems({ bounds: { retraining: { min: 250, max: 72 } } });
    expect(found.map((d) => [d.code, d.pointer])).toEqual([['schema', '/bounds/retraining/max']]);
    expect(both(found)).toEqual([
      'The maximum, 72 h, is below the minimum, 250 h: no programme can meet both.',
      'Максимум (72 часа) меньше минимума (250 часов): ни одна программа не уложится в оба.',
    ]);
  });

  it('flags a maximum below the legal minimum a network leaves in force', async () => {
    const found = await manifestProblems({ bounds: { 'advanced-training': { max: 10 } } });
    expect(found.map((d) => [d.code, d.pointer, d.params.min, d.params.max])).toEqual([
      ['schema', '/bounds/advanced-training/max', 16, 10],
    ]);
    expect(both(found)).toEqual([
      'The maximum, 10 h, is below the minimum, 16 h (the legal minimum for this type, in force unless the network sets its own): no programme can meet both.',
      'Максимум (10 часов) меньше минимума (16 часов, установленного законом для этого вида программ, пока сеть не задала свой): ни одна программа не уложится в оба.',
    ]);
    expect(await manifestProblems({ bounds: { 'advanced-training': { min: 8, max: 10 } } })).toEqual([]);
  });

  it('flags a base organisation that is not a partner, in its own words, or says which file may hold it', async () => {
    const found = await manifestProblems({ basePartnerId: 'p-nobody' });
    expect(found.map((d) => [d.code, d.pointer, d.params.partner?.id])).toEqual([
      ['ref.unknown-partner', '/basePartnerId', 'p-nobody'],
    ]);
    expect(renderDiagnostics(found, 'en').map((d) => d.message)).toEqual([
      'The base organisation "p-nobody" (basePartnerId) is not a partner in the network\'s catalogs.',
    ]);
    expect(renderDiagnostics(found, 'ru').map((d) => d.message)).toEqual([
      'Базовая организация «p-nobody» (basePartnerId) не входит в число партнёров в каталогах сети.',
    ]);
    expect(await manifestProblems({ basePartnerId: 'p-a' })).toEqual([]);
    const partial = await manifestProblems({ basePartnerId: 'p-nobody', catalogs: ['a.json', 'gone.json'] });
    expect(partial.map((d) => [d.code, d.params.detail])).toEqual([
      ['ref.unknown-catalog', 'gone.json'],
      ['ref.unknown-partner', 'unloaded'],
    ]);
    expect(renderDiagnostics(partial, 'en')[1]!.message).toBe(
      'The base organisation "p-nobody" is not in the network as loaded: gone.json could not be loaded and may hold it. Fix that file first.',
    );
  });
});

describe('hours', () => {
  it('refuses a module part over 10,000 hours, so no total can overflow to Infinity', () => {
    const huge = catalog([mod({ id: 'm-1', outcomes: ['c'], hours: hours(1e308) })]);
    const loaded = loadKind(JSON.stringify(huge), 'catalog');
    expect(loaded.diagnostics.map((d) => [d.code, d.pointer, d.params.keyword, d.params.limit])).toEqual([
      ['schema', '/modules/0/hours/theory', 'maximum', 10000],
    ]);
    expect(
      loadKind(JSON.stringify(catalog([mod({ id: 'm-1', outcomes: ['c'], hours: hours(10000) })])), 'catalog')
        .ok,
    ).toBe(true);
  });
});

describe('trajectory steps', () => {
  it('flags a step that ends before it starts', () => {
    const index = buildNetworkIndex([
      { source: 'a.json', catalog: catalog([mod({ id: 'm-1', outcomes: ['c'] })]) },
    ]).index;
    const trajectory: Trajectory = {
      kind: 'trajectory',
      schemaVersion: 1,
      programId: null,
      targetCompetencies: ['c'],
      priorCompetencies: [],
      electives: [],
      steps: [{ module: 'm-1', version: '1.0.0', start: '2026-10-02', end: '2026-10-01', reasons: [] }],
      totalHours: 8,
      optimal: true,
      waivers: [],
    };
    const found = validateTrajectory(trajectory, index, { asOf: AS_OF });
    expect(found.map((d) => [d.code, d.pointer, d.moduleId])).toEqual([['schema', '/steps/0/end', 'm-1']]);
    expect(both(found)).toEqual([
      'The step ends on 2026-10-01, before it starts on 2026-10-02.',
      'Шаг заканчивается 2026-10-01, раньше, чем начинается (2026-10-02).',
    ]);
  });

  it('speaks of the trajectory, not a programme, and points at its steps', () => {
    const index = buildNetworkIndex([
      {
        source: 'a.json',
        catalog: catalog([
          mod({ id: 'm-1', outcomes: ['c'] }),
          mod({ id: 'm-2', outcomes: ['d'], prerequisites: ['c'] }),
        ]),
      },
    ]).index;
    const step = (module: string) => ({ module, version: '1.0.0', reasons: [] });
    const trajectory: Trajectory = {
      kind: 'trajectory',
      schemaVersion: 1,
      programId: null,
      targetCompetencies: ['d'],
      priorCompetencies: [],
      electives: [],
      steps: [step('m-2'), step('m-1'), step('m-1')],
      totalHours: 24,
      optimal: true,
      waivers: [],
    };
    const found = validateTrajectory(trajectory, index, { asOf: AS_OF });
    expect(found.map((d) => [d.code, d.pointer])).toEqual([
      ['prereq.order', '/steps/0'],
      ['module.duplicate', '/steps/2'],
    ]);
    expect(renderDiagnostics(found, 'en').map((d) => d.message)).toEqual([
      '“Module m-2” (m-2) needs C “Skill c”, which “Module m-1” (m-1) develops only later in the trajectory.',
      '“Module m-1” (m-1) is already in the trajectory (at /steps/1).',
    ]);
    expect(renderDiagnostics(found, 'ru')[1]!.message).toBe(
      'Модуль «Модуль m-1» (m-1) уже есть в траектории (/steps/1).',
    );
  });

  it('flags a total that is not the sum of its steps', () => {
    const index = buildNetworkIndex([
      {
        source: 'a.json',
        catalog: catalog([mod({ id: 'm-1', outcomes: ['c'] }), mod({ id: 'm-2', outcomes: ['d'] })]),
      },
    ]).index;
    const trajectory: Trajectory = {
      kind: 'trajectory',
      schemaVersion: 1,
      programId: null,
      targetCompetencies: ['c', 'd'],
      priorCompetencies: [],
      electives: [],
      steps: [
        { module: 'm-1', version: '1.0.0', reasons: [] },
        { module: 'm-2', version: '1.0.0', reasons: [] },
      ],
      totalHours: 5,
      optimal: true,
      waivers: [],
    };
    const found = validateTrajectory(trajectory, index, { asOf: AS_OF });
    expect(found.map((d) => [d.code, d.pointer, d.params.found, d.params.total])).toEqual([
      ['schema', '/totalHours', 5, 16],
    ]);
    expect(both(found)).toEqual([
      'totalHours says 5 h, but the steps add up to 16 h.',
      'В totalHours указано 5 часов, а шаги в сумме дают 16 часов.',
    ]);
    expect(validateTrajectory({ ...trajectory, totalHours: 16 }, index, { asOf: AS_OF })).toEqual([]);
  });
});
