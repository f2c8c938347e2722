import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkAnnex } from '../../src/domain/documents/network-annex';
import { programmeDocument } from '../../src/domain/documents/programme-document';
import { applyEdit } from '../../src/domain/edits';
import type { Program, StageItem } from '../../src/domain/model';
import type { NetworkIndex } from '../../src/domain/network-index';
import { coverageMatrix } from '../../src/domain/pictures/coverage';
import { prerequisiteGraph } from '../../src/domain/pictures/graph';
import { hoursByPartner, hoursByStage } from '../../src/domain/pictures/hours';
import { planGreedy, preparePlan } from '../../src/domain/planner/plan';
import { emptyRequest } from '../../src/domain/planner/request';
import { validateProgram } from '../../src/domain/validate';
import { ANNEX_STRINGS, PROGRAMME_STRINGS } from '../../src/i18n/documents';
import { describeNoPlan } from '../../src/i18n/describe-plan';
import { renderDiagnostics } from '../../src/i18n/render-diagnostic';
import { curriculumCsv } from '../../src/io/documents/curriculum-csv';
import { renderHtmlDocument } from '../../src/io/html-document';
import { loadKind } from '../../src/io/load';
import { AS_OF } from './helpers/builders';
import { loadSampleIndex } from './helpers/sample-trajectory';

/**
 * Programmes that pass the schema but are wrong in ways no fixture shows: modules that do not exist or in
 * versions nobody published, the same module twice, empty stages and groups, groups choosing more than they
 * offer, targets and entry requirements nobody develops, the same stage id twice, waivers pointing nowhere.
 * Every reader of a programme must give an answer for each, never an exception.
 */
const DIR = 'fixtures/sample/programmes';
const samples: Program[] = readdirSync(DIR).map((f) => {
  const loaded = loadKind(readFileSync(`${DIR}/${f}`), 'program');
  if (!loaded.ok) throw new Error(`${f} does not load`);
  return loaded.value;
});

let index: NetworkIndex;
beforeAll(async () => {
  index = await loadSampleIndex();
});

const moduleIds = () => [...index.moduleVersions.keys()];
const competencyIds = () => [...index.competencies.keys()];

/** One schema-valid change that may break the programme's meaning. */
type Breakage = (p: Program, pick: (n: number) => number) => void;

const anyItem = (p: Program, pick: (n: number) => number): StageItem[] | undefined => {
  const stage = p.stages[pick(p.stages.length)];
  return stage?.items;
};

const BREAKAGES: Breakage[] = [
  // A module nobody publishes, or a version nobody published.
  (p, pick) => anyItem(p, pick)?.push({ module: `m-ghost-${pick(1000)}`, version: '1.0.0' }),
  (p, pick) => anyItem(p, pick)?.push({ module: moduleIds()[pick(moduleIds().length)]!, version: '9.9.9' }),
  // Any module of the network, anywhere, possibly twice.
  (p, pick) => anyItem(p, pick)?.push({ module: moduleIds()[pick(moduleIds().length)]!, version: '1.0.0' }),
  (p, pick) => {
    const items = anyItem(p, pick);
    if (items?.length) items.push(structuredClone(items[pick(items.length)]!));
  },
  // Groups choosing more than they offer, or offering modules twice.
  (p, pick) => {
    const items = anyItem(p, pick);
    const mod = moduleIds()[pick(moduleIds().length)]!;
    items?.push({ choose: 1 + pick(4), of: [{ module: mod, version: '1.0.0' }] });
  },
  (p, pick) => {
    const items = anyItem(p, pick);
    const mod = { module: moduleIds()[pick(moduleIds().length)]!, version: '1.0.0' };
    items?.push({ id: 'g-twice', choose: 1, of: [mod, mod] });
  },
  // Stages emptied, duplicated (same id), reordered, removed.
  (p, pick) => {
    const stage = p.stages[pick(p.stages.length)];
    if (stage) stage.items = [];
  },
  (p, pick) => {
    const stage = p.stages[pick(p.stages.length)];
    if (stage) p.stages.push(structuredClone(stage));
  },
  (p) => p.stages.reverse(),
  (p, pick) => void p.stages.splice(pick(p.stages.length), 1),
  (p) => (p.stages = []),
  // Targets and entry requirements nobody develops, or that the programme's own modules develop.
  (p, pick) => p.targetCompetencies.push(`c-ghost-${pick(1000)}`),
  (p, pick) => p.entryRequirements.push(competencyIds()[pick(competencyIds().length)]!),
  (p, pick) => p.targetCompetencies.push(...p.entryRequirements.slice(0, 1 + pick(2))),
  (p) => (p.targetCompetencies = []),
  // Waivers for codes and places that do not exist.
  (p, pick) =>
    p.waivers.push({
      code: 'prereq.missing',
      pointer: `/stages/${pick(9)}/items/${pick(9)}`,
      reason: 'r',
      by: 'b',
    }),
  (p, pick) => p.waivers.push({ code: 'no.such.code', moduleId: `m-ghost-${pick(9)}`, reason: 'r', by: 'b' }),
];

const brokenProgramme = fc
  .record({
    sample: fc.nat(),
    breakages: fc.array(
      fc.record({ which: fc.nat(), seeds: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }) }),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
  })
  .map(({ sample, breakages }) => {
    const p = structuredClone(samples[sample % samples.length]!);
    for (const { which, seeds } of breakages) {
      let k = 0;
      BREAKAGES[which % BREAKAGES.length]!(p, (n) => (n > 0 ? seeds[k++ % seeds.length]! % n : 0));
    }
    return p;
  });

describe('schema-valid programmes broken in other ways', () => {
  it('still load: every breakage above is a programme the schema accepts', () => {
    fc.assert(
      fc.property(brokenProgramme, (p) => {
        expect(loadKind(JSON.stringify(p), 'program').diagnostics).toEqual([]);
      }),
      { seed: 20261125, numRuns: 100 },
    );
  });

  it('get diagnostics, documents, pictures, fixes and plans, never an exception', () => {
    const seen = new Set<string>();
    let fixes = 0;
    fc.assert(
      fc.property(brokenProgramme, (p) => {
        const diagnostics = validateProgram(p, index, { asOf: AS_OF });
        // Every diagnostic reads in both languages, with its place and, where it has one, its fix's label.
        for (const lang of ['en', 'ru'] as const)
          for (const r of renderDiagnostics(diagnostics, lang, index)) {
            expect(r.message).not.toMatch(/^$|undefined|NaN|\[object/);
            expect(r.pointer === '' || r.pointer.startsWith('/')).toBe(true);
            if (r.fix) expect(r.fix.label).not.toMatch(/^$|undefined|NaN/);
          }
        // A fix applies and gives a programme the rules can check again.
        for (const d of diagnostics) {
          seen.add(d.code);
          if (!d.fix) continue;
          fixes++;
          validateProgram(applyEdit(p, d.fix), index, { asOf: AS_OF });
        }
        for (const lang of ['en', 'ru'] as const) {
          const doc = programmeDocument(p, index, diagnostics, lang, PROGRAMME_STRINGS[lang], {
            asOf: AS_OF,
          });
          expect(renderHtmlDocument(doc)).toContain('</html>');
          networkAnnex(p, index, lang, ANNEX_STRINGS[lang], { asOf: AS_OF });
          expect(curriculumCsv(p, index, lang).length).toBeGreaterThan(0);
        }
        coverageMatrix(p, index);
        prerequisiteGraph(p, index);
        hoursByStage(p, index);
        hoursByPartner(p, index);
        const prepared = preparePlan(index, { ...emptyRequest(AS_OF), program: p });
        if (prepared.kind === 'prepared') planGreedy(prepared);
        else expect(describeNoPlan(prepared, index, 'ru', AS_OF).length).toBeGreaterThan(0);
      }),
      { seed: 20261125, numRuns: 150 },
    );
    // The breakages reach a wide range of rules and fixes, not one problem over and over.
    expect(seen.size).toBeGreaterThanOrEqual(10);
    expect(fixes).toBeGreaterThan(100);
  });
});
