import { describe, expect, it } from 'vitest';
import { buildNetworkIndex } from '../../src/domain/network-index';
import { validateProgram } from '../../src/domain/validate';
import { renderDiagnostics } from '../../src/i18n/render-diagnostic';
import { loadKind } from '../../src/io/load';
import type { Module } from '../../src/domain/model';
import { AS_OF, catalog, mod, program, ref } from './helpers/builders';
import { cliRunner, scratchDir, writeNetwork } from './helpers/cli';

// A catalog's file where the second of three modules lacks its hours, and the third says `hourz`.
const a = mod({ id: 'm-a', outcomes: ['c-a'] });
const b = mod({ id: 'm-b', outcomes: ['c-b'], prerequisites: ['c-a'] });
const c = mod({ id: 'm-c', outcomes: ['c-c'] });
const slipped = () => {
  const cat = structuredClone(catalog([a, b, c])) as unknown as { modules: Record<string, unknown>[] };
  delete cat.modules[1]!.hours;
  cat.modules[2]!.hourz = 2;
  return cat;
};

describe('a network catalog with a schema slip', () => {
  it('keeps the items the schema accepts, reports the others, and says which it left out', () => {
    const loaded = loadKind(JSON.stringify(slipped()), 'catalog', { salvage: true });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.modules.map((m) => m.id)).toEqual(['m-a']);
    expect(loaded.diagnostics.map((d) => [d.code, d.pointer, d.params.kind, d.moduleId])).toEqual([
      ['schema', '/modules/1', 'hours', 'm-b'],
      ['schema', '/modules/2/hourz', 'hourz', 'm-c'],
    ]);
    expect(renderDiagnostics(loaded.diagnostics, 'ru')[0]!.message).toBe(
      'Нет обязательного поля «hours». Этот модуль (m-b) исключён из сети, пока ошибка не исправлена.',
    );
    expect(loaded.salvage).toEqual({
      refused: {
        partners: [],
        resources: [],
        competencies: [],
        modules: [
          { id: 'm-b', version: '1.0.0' },
          { id: 'm-c', version: '1.0.0' },
        ],
      },
      positions: { partners: [0], competencies: [0, 1, 2], modules: [0] },
    });
  });

  it('is refused whole when imported by choice, or when the catalog itself is broken', () => {
    expect(loadKind(JSON.stringify(slipped()), 'catalog').ok).toBe(false);
    const noId = { ...slipped(), id: undefined };
    const loaded = loadKind(JSON.stringify(noId), 'catalog', { salvage: true });
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => d.pointer)).toEqual(['', '/modules/1', '/modules/2/hourz']);
  });

  it('points cross-catalog problems at the file’s own positions, not the kept list’s', () => {
    const cat = slipped();
    cat.modules.push({ ...cat.modules[0]! }); // m-a again, at /modules/3 in the file
    const loaded = loadKind(JSON.stringify(cat), 'catalog', { salvage: true });
    if (!loaded.ok) throw new Error('not salvaged');
    const { diagnostics } = buildNetworkIndex([
      { source: 'c.json', catalog: loaded.value, salvage: loaded.salvage },
    ]);
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([['id.duplicate', '/modules/3']]);
  });
});

describe('references into a network that did not load whole', () => {
  const refusedIndex = () => {
    const loaded = loadKind(JSON.stringify(slipped()), 'catalog', { salvage: true });
    if (!loaded.ok) throw new Error('not salvaged');
    return buildNetworkIndex([{ source: 'partner.json', catalog: loaded.value, salvage: loaded.salvage }])
      .index;
  };
  const p = program([[ref('m-a'), ref('m-b')]], { targetCompetencies: ['c-b'] });

  it('names the catalog that refused a module, and offers no fix that deletes it', () => {
    const [d] = validateProgram(p, refusedIndex(), { asOf: AS_OF }).filter(
      (x) => x.code === 'ref.unknown-module',
    );
    expect(d).toMatchObject({ pointer: '/stages/0/items/1', moduleId: 'm-b' });
    expect(d!.fix).toBeUndefined();
    const [en] = renderDiagnostics([d!], 'en');
    const [ru] = renderDiagnostics([d!], 'ru');
    expect(en!.message).toBe(
      'Module "m-b" version 1.0.0 is in partner.json, but its entry there fails the schema check and was left out: fix it there, then check again.',
    );
    expect(ru!.message).toBe(
      'Модуль «m-b» версии 1.0.0: описание в файле partner.json не проходит проверку схемы и пропущено. Исправьте его там и проверьте снова.',
    );
  });

  it('says which files did not load, and keeps modules and targets they may hold', () => {
    const { index } = buildNetworkIndex([{ source: 'a.json', catalog: catalog([a]) }], undefined, ['b.json']);
    const found = validateProgram(p, index, { asOf: AS_OF });
    expect(found.map((d) => [d.code, d.pointer, d.fix?.op])).toEqual([
      ['ref.unknown-module', '/stages/0/items/1', undefined],
      ['ref.unknown-competency', '/targetCompetencies/0', undefined],
    ]);
    expect(renderDiagnostics(found, 'en').map((d) => d.message)).toEqual([
      'Module "m-b" is not in the network as loaded: b.json could not be loaded and may hold it. Fix that file first.',
      'The target competency "c-b" is not in the network as loaded: b.json could not be loaded and may hold it. Fix that file first.',
    ]);
  });

  it('still offers to remove a module the whole network lacks, which hides no unused module', () => {
    const { index } = buildNetworkIndex([{ source: 'a.json', catalog: catalog([a], ['c-b']) }]);
    const found = validateProgram(p, index, { asOf: AS_OF });
    expect(found.map((d) => [d.code, d.pointer, d.fix?.op])).toEqual([
      ['ref.unknown-module', '/stages/0/items/1', 'remove-item'],
      ['coverage.missing', '/targetCompetencies/0', undefined],
      ['module.unused', '/stages/0/items/0', 'remove-item'],
    ]);
    expect(renderDiagnostics(found, 'en')[1]!.message).toBe(
      'No module in the programme develops the target C-B “Skill c-b”, and no module in the network does.',
    );
  });

  it('does not claim the network lacks a provider when it did not load whole', () => {
    const { index } = buildNetworkIndex([{ source: 'a.json', catalog: catalog([a], ['c-b']) }], undefined, [
      'b.json',
    ]);
    const found = validateProgram(program([[ref('m-a')]], { targetCompetencies: ['c-b'] }), index, {
      asOf: AS_OF,
    });
    const coverage = found.filter((d) => d.code === 'coverage.missing');
    expect(renderDiagnostics(coverage, 'en').map((d) => d.message)).toEqual([
      'No module in the programme develops the target C-B “Skill c-b”, and no module in the network as loaded does (b.json could not be loaded whole).',
    ]);
  });
});

describe('a module named at a version the network lacks', () => {
  const { index } = buildNetworkIndex([{ source: 'a.json', catalog: catalog([a, b]) }]);

  it('offers its right version, not a second copy, for the target it develops', () => {
    const p = program([[ref('m-a'), ref('m-b', '9.9.9')]], { targetCompetencies: ['c-b'] });
    const found = validateProgram(p, index, { asOf: AS_OF });
    expect(found.map((d) => [d.code, d.params.provider?.id, d.fix])).toEqual([
      [
        'ref.unknown-module',
        undefined,
        { op: 'set-version', pointer: '/stages/0/items/1', version: '1.0.0' },
      ],
      ['coverage.missing', 'm-b', { op: 'set-version', pointer: '/stages/0/items/1', version: '1.0.0' }],
    ]);
    expect(renderDiagnostics(found, 'en')[1]!.message).toBe(
      'No module in the programme develops the target C-B “Skill c-b”.',
    );
  });

  it('offers its right version for the prerequisite it provides', () => {
    const p = program([[ref('m-a', '0.1.0'), ref('m-b')]], { targetCompetencies: ['c-b'] });
    const found = validateProgram(p, index, { asOf: AS_OF });
    const unmet = found.find((d) => d.code === 'prereq.unmet');
    expect(unmet?.fix).toEqual({ op: 'set-version', pointer: '/stages/0/items/0', version: '1.0.0' });
    expect(unmet?.params.provider?.id).toBe('m-a');
  });
});

describe('validate, with one module of a network catalog broken', () => {
  const run = cliRunner({ today: AS_OF });
  const { file } = scratchDir('cc-gaps-');

  it('checks the programme against the rest of that catalog', async () => {
    const { catalogPath, net } = writeNetwork(file, [a, b, c], (broken) => delete broken.modules[2]!.hours);
    const prog = file(
      'p.json',
      program([[ref('m-a'), ref('m-b'), ref('m-c')]], { targetCompetencies: ['c-b'] }),
    );
    const r = await run('validate', prog, '--network', net, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      files: { path: string; diagnostics: { code: string; pointer: string; fix?: unknown }[] }[];
    };
    expect(report.files.map((f) => [f.path, f.diagnostics.map((d) => [d.code, d.pointer, d.fix])])).toEqual([
      [catalogPath, [['schema', '/modules/2', undefined]]],
      [prog, [['ref.unknown-module', '/stages/0/items/2', undefined]]],
    ]);
  });
});

describe('a network catalog with a refused competency, partner or module version', () => {
  // The framework refuses one competency (level 12) and its only partner (a bad kind); a college's catalog
  // refers to both, and holds m-a at 1.0.0 while another catalog's m-a 2.0.0 is refused.
  type Raw = Record<'partners' | 'competencies' | 'modules', Record<string, unknown>[]> & { id: string };
  const salvaged = (source: string, broken: (c: Raw) => void, modules: Module[]) => {
    const raw = structuredClone(catalog(modules)) as unknown as Raw;
    raw.id = source;
    broken(raw);
    const loaded = loadKind(JSON.stringify(raw), 'catalog', { salvage: true });
    if (!loaded.ok) throw new Error(`${source} not salvaged`);
    return { source, catalog: loaded.value, salvage: loaded.salvage };
  };
  const framework = salvaged(
    'framework.json',
    (c) => {
      c.competencies.find((x) => x.id === 'c-b')!.level = 12;
      c.partners[0]!.kind = 'guild';
    },
    [b],
  );
  const college = { source: 'college.json', catalog: { ...catalog([a]), id: 'college', partners: [] } };
  const newer = salvaged(
    'newer.json',
    (c) => {
      Object.assign(c, { partners: [], competencies: [] });
      c.modules[0]!.hourz = 1;
    },
    [{ ...a, version: '2.0.0' }],
  );
  const built = buildNetworkIndex([
    framework,
    {
      ...college,
      catalog: { ...college.catalog, modules: [{ ...a, prerequisites: ['c-b'], resources: ['r-lab'] }] },
    },
    newer,
  ]);

  it('says where a reference in another catalog points, instead of calling it unknown', () => {
    const fromCollege = built.diagnostics.filter(
      (d) => d.source === 'college.json' && d.code.startsWith('ref.'),
    );
    expect(
      fromCollege.map((d) => [d.code, d.pointer, d.moduleId, d.params.detail, d.params.catalogs]),
    ).toEqual([
      ['ref.unknown-partner', '/modules/0/partnerId', 'm-a', 'refused', ['framework.json']],
      ['ref.unknown-competency', '/modules/0/prerequisites/0', 'm-a', 'refused', ['framework.json']],
      ['ref.unknown-resource', '/modules/0/resources/0', 'm-a', 'refused', ['framework.json']],
    ]);
    expect(renderDiagnostics(fromCollege, 'en').map((d) => d.message)).toEqual([
      'The partner "p-a" is in framework.json, but its entry there fails the schema check and was left out: fix it there, then check again.',
      'The module prerequisite "c-b" is in framework.json, but its entry there fails the schema check and was left out: fix it there, then check again.',
      'The resource "r-lab" is in framework.json, but its entry there fails the schema check and was left out: fix it there, then check again.',
    ]);
    expect(renderDiagnostics(fromCollege, 'ru').map((d) => d.message)).toEqual([
      'Партнёр «p-a»: описание в файле framework.json не проходит проверку схемы и пропущено. Исправьте его там и проверьте снова.',
      'Компетенция «c-b» (пререквизит модуля): описание в файле framework.json не проходит проверку схемы и пропущено. Исправьте его там и проверьте снова.',
      'Ресурс «r-lab»: описание в файле framework.json не проходит проверку схемы и пропущено. Исправьте его там и проверьте снова.',
    ]);
  });

  it('does not offer another version of a module whose own version its catalog refused', () => {
    const p = program([[ref('m-a', '2.0.0')]], { targetCompetencies: ['c-a'] });
    const found = validateProgram(p, built.index, { asOf: AS_OF });
    const unknown = found.filter((d) => d.code === 'ref.unknown-module');
    expect(unknown.map((d) => [d.pointer, d.params.detail, d.params.catalogs, d.fix])).toEqual([
      ['/stages/0/items/0', 'refused', ['newer.json'], undefined],
    ]);
    expect(found.find((d) => d.code === 'coverage.missing')?.fix).not.toEqual(
      expect.objectContaining({ op: 'set-version' }),
    );
    // The version the network holds is still offered for a version nobody published.
    const typo = validateProgram(program([[ref('m-a', '9.0.0')]]), built.index, { asOf: AS_OF });
    expect(typo.find((d) => d.code === 'ref.unknown-module')?.fix).toEqual({
      op: 'set-version',
      pointer: '/stages/0/items/0',
      version: '1.0.0',
    });
  });
});
