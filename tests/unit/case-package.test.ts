import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNetworkIndex } from '../../src/domain/network-index';
import { renderDiagnostics } from '../../src/i18n/render-diagnostic';
import { UI } from '../../src/i18n/ui';
import { ASSUMED_LEVEL, importCasePackage } from '../../src/io/case-package';

// Real exports from OpenSALT, kept beside the project in shared/ (see ../shared/samples/README.md).
const sample = (name: string) => readFileSync(`../shared/samples/case/${name}`);

describe('CASE packages', () => {
  it('turns the OpenSALT sample framework into competencies, saying what it assumed', () => {
    const r = importCasePackage(sample('opensalt-sample-framework.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.catalog.competencies).toHaveLength(16);
    const ratio = r.catalog.competencies.find((c) => c.code === 'CCSS.Math.Content.6.RP.A')!;
    expect(ratio).toMatchObject({
      id: 'case-what-standards-could-be-20c5134f-edfce0e7-dbbf-40d5-af1a-baccabef85e9',
      title: { en: 'Understand ratio concepts and use ratio reasoning to solve problems.' },
      specialty: 'What Standards Could Be',
      level: ASSUMED_LEVEL,
      frameworkUri: 'http://opensalt-staging.opened.com/uri/edfce0e7-dbbf-40d5-af1a-baccabef85e9',
    });
    expect(r.notes).toMatchObject({
      skipped: 0,
      assumedLevel: 16,
      precedes: 3,
      leftOutLinks: { isChildOf: 16, exactMatchOf: 16, exemplar: 2, isRelatedTo: 2 },
    });
    // The report says what was assumed and what was left out, in both languages.
    expect(UI.en.app.frameworkImported(r.catalog.competencies.length, r.notes)).toBe(
      "A CASE competency framework: 16 competencies added. CASE has no qualification levels, so 16 were set to level 1: correct them in the catalog. 3 “precedes” links are prerequisite hints for module authors. Not imported, as a catalog has no place for a framework's hierarchy or its matches to others: exactMatchOf 16, isChildOf 16, exemplar 2, isRelatedTo 2.",
    );
    expect(UI.ru.app.frameworkImported(1, { ...r.notes, assumedLevel: 1, leftOutLinks: {} })).toBe(
      'Рамка компетенций CASE: добавлена 1 компетенция. В CASE нет уровней квалификации, поэтому 1 компетенции присвоен уровень 1: уточните его в каталоге. Связи «precedes» (3) — подсказки для пререквизитов модулей.',
    );
  });

  it('keeps non-ASCII text intact', () => {
    const r = importCasePackage(sample('utf8-test-framework.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.catalog.competencies.map((c) => c.title)).toEqual([{ en: 'Item 𝑑 1' }]);
    expect(r.catalog.title).toEqual({ en: 'UTF8 𝑑 Test' });
  });

  it('scopes ids by framework, so two frameworks numbering items alike can join one network', () => {
    const a = importCasePackage(sample('smart-level-framework.json'));
    const b = importCasePackage(sample('utf8-test-framework.json'));
    if (!a.ok || !b.ok) throw new Error('import failed');
    expect(a.notes).toMatchObject({ languageAssumed: 14, language: 'en' });
    const { diagnostics } = buildNetworkIndex([
      { source: 'a', catalog: a.catalog },
      { source: 'b', catalog: b.catalog },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('skips unusable items leniently and refuses what is not a CASE package', () => {
    const pkg = {
      CFDocument: { identifier: 'D1', title: 'Odd' },
      CFItems: [{ identifier: 'x' }, 'junk', { identifier: 'Y', fullStatement: 'Works safely' }],
    };
    const r = importCasePackage(JSON.stringify(pkg));
    expect(r.ok && [r.catalog.competencies.map((c) => c.id), r.notes.skipped]).toEqual([
      ['case-odd-d1-y'],
      2,
    ]);
    const refused = importCasePackage('{"kind":"catalog"}');
    expect(!refused.ok && refused.diagnostics.map((d) => d.code)).toEqual(['schema']);
    const hostile = importCasePackage('{"CFDocument":{},"CFItems":[],"__proto__":{}}');
    expect(!hostile.ok && hostile.diagnostics.map((d) => [d.code, d.params.detail])).toEqual([
      ['json.parse', 'forbidden-key'],
    ]);
  });

  it('reads what sloppier exports write: a CFPackage wrapper, numeric identifiers, only abbreviated statements', () => {
    const pkg = {
      CFPackage: {
        CFDocument: { identifier: 'D2', title: 'Welding basics' },
        CFItems: [
          { identifier: 7, abbreviatedStatement: 'Prepares the workstation', humanCodingScheme: 'W.1' },
          { identifier: 'A-8', fullStatement: 'Welds plates', abbreviatedStatement: 'Welds' },
        ],
      },
    };
    const r = importCasePackage(JSON.stringify(pkg));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.catalog.competencies.map((c) => [c.id, c.code, c.title])).toEqual([
      ['case-welding-basics-d2-7', 'W.1', { en: 'Prepares the workstation' }],
      ['case-welding-basics-d2-a-8', 'A-8', { en: 'Welds plates' }],
    ]);
  });

  it('refuses a package with no usable item, saying why, rather than adding an empty catalog', () => {
    const r = importCasePackage(
      JSON.stringify({ CFDocument: { title: 'Empty' }, CFItems: [{ identifier: 'x' }] }),
    );
    if (r.ok) throw new Error('imported');
    expect(r.diagnostics.map((d) => [d.code, d.pointer, d.params.detail, d.params.count])).toEqual([
      ['schema', '/CFItems', 'no-case-item', 1],
    ]);
    expect(renderDiagnostics(r.diagnostics, 'en').map((d) => d.message)).toEqual([
      'No competency to import: none of the 1 item has both an identifier and a statement.',
    ]);
    expect(renderDiagnostics(r.diagnostics, 'ru').map((d) => d.message)).toEqual([
      'Нечего импортировать: ни у одного из 1 элемента нет одновременно идентификатора и формулировки.',
    ]);
  });
});
