import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../fixtures/generator/generate-network';
import {
  createCatalogSearch,
  normaliseSearchText,
  queryStem,
  type CatalogSearch,
} from '../../src/domain/catalog-search';
import { moduleHours } from '../../src/domain/hours';
import type { Module } from '../../src/domain/model';
import { buildNetworkIndex, type NetworkIndex } from '../../src/domain/network-index';
import { loadNetwork } from '../../src/io/network-source';
import { catalog, mod } from './helpers/builders';

const read = async (p: string) => readFileSync(p);
const ids = (modules: readonly Module[]) => modules.map((m) => m.id);
const names = (m: Module, c: string) =>
  m.outcomes.includes(c) ||
  m.prerequisites.some((p) => (typeof p === 'string' ? p === c : p.anyOf.includes(c)));

let index: NetworkIndex;
let catalogSearch: CatalogSearch;
let all: Module[];
beforeAll(async () => {
  ({ index } = await loadNetwork('fixtures/sample/network.json', read));
  catalogSearch = createCatalogSearch(index);
  all = [...index.moduleVersions.values()].map((v) => v[0]!);
});
const find = (text: string, lang = 'en', filters = {}) => catalogSearch.search({ text, ...filters }, lang);

describe('folding text for search', () => {
  it('ignores case, ё, accents and runs of spaces, and keeps й', () => {
    expect(normaliseSearchText('  Ёлка\tНАДЁЖНОСТЬ  Café  naïve ЙОД ')).toBe(
      'елка надежность cafe naive йод',
    );
    expect(normaliseSearchText('Лицей №\u00a07')).toBe('лицей no 7');
  });

  it('matches a Russian word by its stem, and leaves short and non-Russian words alone', () => {
    expect(new Set(['сварка', 'сварки', 'сварку', 'сваркой'].map(queryStem))).toEqual(new Set(['сварк']));
    for (const word of ['впк', 'welding', 'pc', '3.1', 'm-weld']) expect(queryStem(word)).toBe(word);
  });
});

describe('catalog search over the sample network', () => {
  const welding = ['m-weld-mig-basic', 'm-weld-tig', 'm-weld-mma-basic', 'm-weld-robot', 'm-weld-pipe'];

  it('returns every module, newest version, by title in the reader language when nothing is asked', () => {
    const en = find('');
    expect(en).toHaveLength(all.length);
    expect(catalogSearch.total).toBe(all.length);
    const titles = en.map((m) => (m.title as Record<string, string>).en!);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('en', { numeric: true }).compare));
    const ru = find('', 'ru').map((m) => (m.title as Record<string, string>).ru!);
    expect(ru).toEqual([...ru].sort(new Intl.Collator('ru', { numeric: true }).compare));
  });

  it('finds the welding modules in English and in Russian, any case of the Russian word', () => {
    for (const [text, lang] of [
      ['welding', 'en'],
      ['сварка', 'ru'],
      ['СВАРКИ', 'ru'],
    ]) {
      const found = find(text!, lang);
      expect(ids(found)).toEqual(expect.arrayContaining(welding));
      expect(new Set(found.map((m) => m.specialty))).toEqual(new Set(['welding']));
    }
    // The Russian query finds titles in the other language's words too: they are searched in every language.
    expect(ids(find('welding', 'ru')).sort()).toEqual(ids(find('welding', 'en')).sort());
  });

  it('ranks title matches first, then id and competency matches, then partner matches', () => {
    const found = find('welding');
    const inTitle = (m: Module) => (m.title as Record<string, string>).en!.toLowerCase().includes('welding');
    const firstOther = found.findIndex((m) => !inTitle(m));
    expect(firstOther).toBeGreaterThan(0);
    expect(found.slice(firstOther).some(inTitle)).toBe(false);
    // "VPC" is only a partner's short name: every match is a partner match, ordered by title.
    const vpc = find('vpc');
    expect(vpc.length).toBeGreaterThan(0);
    expect(vpc.every((m) => m.partnerId === 'p-vpk')).toBe(true);
  });

  it('finds the modules that develop or require a competency by its code, and only that code', () => {
    const expected = all.filter((m) => names(m, 'c-cnc-metrology'));
    expect(index.competencies.get('c-cnc-metrology')!.code).toBe('PC 3.1');
    expect(ids(find('PC 3.1')).sort()).toEqual(ids(expected).sort());
    expect(expected.some((m) => !m.outcomes.includes('c-cnc-metrology'))).toBe(true);
    // Modules naming only PC 3.10 exist, so a plain substring match would have found them too.
    const pc310 = ids(find('PC 3.10'));
    expect(pc310.filter((id) => !ids(expected).includes(id)).length).toBeGreaterThan(0);
    // A shorter prefix finds every PC 3.x.
    expect(ids(find('pc 3'))).toEqual(expect.arrayContaining([...pc310, ...ids(expected)]));
  });

  it('finds a module by its id, and a competency by its title in either language', () => {
    expect(ids(find('m-weld-tig'))).toEqual(['m-weld-tig']);
    expect(ids(find('Надёжность', 'ru'))).toEqual(ids(find('надежность', 'ru')));
    expect(ids(find('надежность', 'ru'))).toContain('m-mine-reliability');
  });

  it('needs every word to match', () => {
    const both = find('welding vpc');
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((m) => m.partnerId === 'p-vpk' && m.specialty === 'welding')).toBe(true);
    expect(both.length).toBeLessThan(find('welding').length);
    expect(find('welding drones')).toEqual([]);
    expect(find('zzzz')).toEqual([]);
  });

  it('applies each filter, and all of them together', () => {
    const check = (filters: object, pass: (m: Module) => boolean) => {
      const found = find('', 'en', filters);
      expect(found.length).toBeGreaterThan(0);
      expect(ids(found).sort()).toEqual(ids(all.filter(pass)).sort());
    };
    check({ partners: ['p-vpk'] }, (m) => m.partnerId === 'p-vpk');
    check({ partnerKinds: ['school'] }, (m) => index.partners.get(m.partnerId)!.kind === 'school');
    check(
      { specialties: ['drones', 'welding'] },
      (m) => m.specialty === 'drones' || m.specialty === 'welding',
    );
    check({ formats: ['workplace'] }, (m) => m.format === 'workplace');
    check({ assessments: ['demonstration-exam'] }, (m) => m.assessment === 'demonstration-exam');
    check({ minHours: 40, maxHours: 48 }, (m) => moduleHours(m) >= 40 && moduleHours(m) <= 48);
    check(
      { text: 'welding', partnerKinds: ['college'], formats: ['in-person'], maxHours: 40 },
      (m) =>
        ids(find('welding')).includes(m.id) &&
        index.partners.get(m.partnerId)!.kind === 'college' &&
        m.format === 'in-person' &&
        moduleHours(m) <= 40,
    );
    expect(find('', 'en', { partners: [], formats: [] })).toHaveLength(all.length);
    expect(find('', 'en', { partners: ['p-nobody'] })).toEqual([]);
  });

  it('lists the facets the filter controls offer', () => {
    const facets = catalogSearch.facets();
    expect(facets.partners.map((p) => p.id).sort()).toEqual([...new Set(all.map((m) => m.partnerId))].sort());
    expect(facets.partners.find((p) => p.id === 'p-vpk')).toMatchObject({
      kind: 'college',
      name: { en: 'Verkhnerudinsk Polytechnic College' },
      shortName: { en: 'VPC', ru: 'ВПК' },
    });
    expect(facets.partnerKinds).toEqual([
      'college',
      'university',
      'school',
      'employer',
      'government',
      'methodological-centre',
      'other',
    ]);
    expect(facets.specialties).toEqual([
      'cnc-machining',
      'construction-bim',
      'digital-literacy',
      'drones',
      'electrical',
      'general',
      'mining-equipment',
      'welding',
    ]);
    expect(facets.formats).toEqual(['in-person', 'online', 'blended', 'workplace']);
    expect(facets.assessments).toContain('demonstration-exam');
    const hours = all.map(moduleHours);
    expect(facets.hours).toEqual({ min: Math.min(...hours), max: Math.max(...hours) });
    expect(catalogSearch.facets()).toBe(facets);
  });

  it('searches the newest version of each module only', () => {
    const c = catalog([
      mod({ id: 'm-1', version: '1.0.0', outcomes: ['c-1'], title: 'Old arc welding' }),
      mod({ id: 'm-1', version: '2.0.0', outcomes: ['c-1'], title: 'Gas welding' }),
    ]);
    const s = createCatalogSearch(buildNetworkIndex([{ source: 'c.json', catalog: c }]).index);
    expect(s.search({ text: 'welding' }, 'en').map((m) => m.version)).toEqual(['2.0.0']);
    expect(s.search({ text: 'arc' }, 'en')).toEqual([]);
  });
});

describe('catalog search over a 10,000-module network', () => {
  const generated = generateNetwork({ modules: 10000, competencies: 5000, programmeModules: 10, seed: 1 });
  const sources = Object.entries(generated.catalogs).map(([source, c]) => ({ source, catalog: c }));
  const { index: big } = buildNetworkIndex(sources);
  const modules = [...big.moduleVersions.values()].map((v) => v[0]!);

  it('folds each module once, then answers each query in one pass', () => {
    const s = createCatalogSearch(big);
    expect(s.stats).toEqual({ indexed: 10000, scanned: 0, sorts: 0 });
    // The obvious way, for comparison: every text of every module, searched one by one.
    const texts = (m: Module) => {
      const cs = [...m.outcomes, ...m.prerequisites.flatMap((p) => (typeof p === 'string' ? [p] : p.anyOf))];
      const p = big.partners.get(m.partnerId)!;
      return [
        m.title,
        m.id,
        p.name,
        ...cs.flatMap((c) => [c, big.competencies.get(c)!.code, big.competencies.get(c)!.title]),
      ]
        .flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))
        .join(' ')
        .toLowerCase();
    };
    const naive = (word: string) => modules.filter((m) => texts(m).includes(word)).length;
    expect(naive('welding')).toBeGreaterThan(1000);
    expect(s.search({ text: 'Welding' }, 'en')).toHaveLength(naive('welding'));
    expect(s.search({ text: 'сварка' }, 'ru')).toHaveLength(naive('сварк'));
    const partner = modules[0]!.partnerId;
    const expected = modules.filter((m) => m.partnerId === partner && m.format === 'online').length;
    expect(s.search({ text: '', partners: [partner], formats: ['online'] }, 'en')).toHaveLength(expected);
    expect(s.search({ text: 'zzzz' }, 'en')).toEqual([]);
    // Four queries: nothing folded again, each module visited once per query, one title sort per language.
    expect(s.stats).toEqual({ indexed: 10000, scanned: 40000, sorts: 2 });
  });
});
