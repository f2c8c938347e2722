// The same language fallback the reader sees, so results are ordered by the titles on screen.
import { localize } from './localized-text';
import { moduleHours } from './hours';
import type { AssessmentKind, Id, LocalizedText, Module, ModuleFormat, PartnerKind } from './model';
import { ASSESSMENT_KINDS, MODULE_FORMATS, PARTNER_KINDS } from './model/patterns';
import type { NetworkIndex } from './network-index';
import { alternativesOf } from './prereq-graph';

/** What a methodologist asks the catalog for; an empty or missing filter list means "any". */
export interface CatalogQuery {
  /** Free text: every whitespace-separated token must occur somewhere in the module's searchable text. */
  text: string;
  partners?: readonly Id[];
  partnerKinds?: readonly PartnerKind[];
  specialties?: readonly string[];
  formats?: readonly ModuleFormat[];
  assessments?: readonly AssessmentKind[];
  /** Inclusive bounds on a module's total hours. */
  minHours?: number;
  maxHours?: number;
}

export interface PartnerFacet {
  id: Id;
  name: LocalizedText;
  shortName?: LocalizedText;
  kind: PartnerKind;
}

/** The values present in the network, so filter controls offer only choices that can match something. */
export interface CatalogFacets {
  partners: PartnerFacet[];
  partnerKinds: PartnerKind[];
  specialties: string[];
  formats: ModuleFormat[];
  assessments: AssessmentKind[];
  hours: { min: number; max: number };
}

/** Counters of work done, so tests and benchmarks can check the cost of a query without timing it. */
export interface CatalogSearchStats {
  /** Modules whose searchable text was folded: each one once, when the search is created. */
  indexed: number;
  /** Modules visited by queries: one pass over the catalog per query. */
  scanned: number;
  /** Title sorts: one per language, on its first query. */
  sorts: number;
}

export interface CatalogSearch {
  /** How many modules the catalog holds (the newest version of each). */
  readonly total: number;
  readonly stats: Readonly<CatalogSearchStats>;
  /** The newest version of each matching module: best relevance first, then by title in `lang`. */
  search(query: CatalogQuery, lang: string): Module[];
  facets(): CatalogFacets;
}

// Anything but printable ASCII and white space needs the Unicode folding below.
const NEEDS_FOLDING = /[^ -~\s]/;
// Combining marks, except the breve of `й`: a letter of its own in Russian, not `и` with an accent.
const MARKS = /(?!\u0306)\p{M}|(?<![иИ])\u0306/gu;

/**
 * Folds what people type and what partners wrote to one form: case, accents (`ё` is `е`), compatibility forms
 * (`№` is `No`) and runs of spaces do not matter. Plain ASCII, most ids and English titles, skips the Unicode
 * work.
 */
export function normaliseSearchText(text: string): string {
  let folded = text;
  if (NEEDS_FOLDING.test(folded)) {
    folded = folded.normalize('NFKD').replace(MARKS, '');
    if (folded.includes('\u0306')) folded = folded.normalize('NFC');
  }
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

// Russian inflects nouns and adjectives by their endings (сварка, сварки, сварку): a query word is matched by
// its stem, so any case of it is found. Longest endings first; a stem keeps at least four letters.
const RUSSIAN_ENDINGS = (
  'ами ями ого его ому ему ыми ими ой ей ий ый ая яя ое ее ые ие ых их ом ем ам ям ах ях ов ев ую юю ' +
  'а я ы и у ю е о ь й'
).split(' ');
const RUSSIAN_WORD = /^[а-я]+$/;
const MIN_STEM = 4;

/** The part of a query word every inflected form shares: Russian words lose their ending, others stay. */
export function queryStem(token: string): string {
  if (!RUSSIAN_WORD.test(token)) return token;
  const ending = RUSSIAN_ENDINGS.find((e) => token.endsWith(e) && token.length - e.length >= MIN_STEM);
  return ending ? token.slice(0, -ending.length) : token;
}

const textsOf = (text: LocalizedText | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Where a token first occurs in a text, or -1. A token that starts or ends with a digit matches whole numbers
 * only, so "PC 3.1" finds competency PC 3.1 but not PC 3.10 or PC 13.1, while "PC 3" still finds every PC 3.x.
 */
function tokenFinder(token: string): (text: string) => number {
  const numericStart = isDigit(token[0]);
  const numericEnd = isDigit(token[token.length - 1]);
  if (!numericStart && !numericEnd) return (text) => text.indexOf(token);
  return (text) => {
    for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
      const before = text[at - 1];
      if (numericStart && (isDigit(before) || (before === '.' && isDigit(text[at - 2])))) continue;
      if (numericEnd && isDigit(text[at + token.length])) continue;
      return at;
    }
    return -1;
  };
}

/** Gives each distinct value a small number, so per-module facts fit typed arrays and filters are lookups. */
class Numbering<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<T, number>();
  of(value: T): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.push(value) - 1;
      this.numbers.set(value, n);
    }
    return n;
  }
  /** A lookup of which numbers are allowed, or undefined when the filter is empty (anything goes). */
  allowed(values: readonly T[] | undefined): Uint8Array | undefined {
    if (!values || values.length === 0) return undefined;
    const mask = new Uint8Array(this.values.length);
    for (const v of values) {
      const n = this.numbers.get(v);
      if (n !== undefined) mask[n] = 1;
    }
    return mask;
  }
}

const NONE = -1;
const NO_MATCH = -1;

/**
 * Builds the search once per network. Module facts live in typed arrays in catalog order, so a query is one
 * pass over compact memory rather than a walk over scattered objects. Competencies and partners are shared by
 * many modules: their text is folded once and tested once per query token, not once per module naming them.
 */
export function createCatalogSearch(index: NetworkIndex): CatalogSearch {
  const stats: CatalogSearchStats = { indexed: 0, scanned: 0, sorts: 0 };
  const latest = [...index.moduleVersions.values()].flatMap((versions) => versions.slice(0, 1));
  const n = latest.length;
  const competencies = new Numbering<Id>();
  const partners = new Numbering<Id>();
  const kinds = new Numbering<PartnerKind>();
  const specialties = new Numbering<string>();
  const formats = new Numbering<ModuleFormat>();
  const assessments = new Numbering<AssessmentKind>();
  /** Titles in every language, then the module id: a match before `titleEnds[i]` is a title match. */
  const texts: string[] = [];
  const titleEnds = new Uint32Array(n);
  const hours = new Float64Array(n);
  const partnerOf = new Int32Array(n);
  const kindOf = new Int32Array(n);
  const specialtyOf = new Int32Array(n);
  const formatOf = new Int32Array(n);
  const assessmentOf = new Int32Array(n);
  // The competencies module i names (outcomes and prerequisites) are competencyList[competencyStart[i]..[i+1]].
  const competencyStart = new Uint32Array(n + 1);
  const competencyList: number[] = [];
  latest.forEach((m, i) => {
    const titles = normaliseSearchText(textsOf(m.title).join(' '));
    texts.push(`${titles} ${normaliseSearchText(m.id)}`);
    titleEnds[i] = titles.length;
    hours[i] = moduleHours(m);
    partnerOf[i] = partners.of(m.partnerId);
    const kind = index.partners.get(m.partnerId)?.kind;
    kindOf[i] = kind ? kinds.of(kind) : NONE;
    specialtyOf[i] = m.specialty ? specialties.of(m.specialty) : NONE;
    formatOf[i] = formats.of(m.format);
    assessmentOf[i] = assessments.of(m.assessment);
    const named = new Set([...m.outcomes, ...m.prerequisites.flatMap(alternativesOf)]);
    for (const c of named) competencyList.push(competencies.of(c));
    competencyStart[i + 1] = competencyList.length;
    stats.indexed++;
  });
  const competencyTexts = competencies.values.map((id) => {
    const c = index.competencies.get(id);
    return normaliseSearchText([id, c?.code ?? '', ...textsOf(c?.title)].join(' '));
  });
  const partnerTexts = partners.values.map((id) => {
    const p = index.partners.get(id);
    return normaliseSearchText([...textsOf(p?.name), ...textsOf(p?.shortName)].join(' '));
  });
  const competencyOf = Uint32Array.from(competencyList);

  // Sorting 10k titles with a collator costs more than a query, so each language's order is kept.
  const byTitle = new Map<string, Uint32Array>();
  const titleOrder = (lang: string): Uint32Array => {
    let order = byTitle.get(lang);
    if (!order) {
      // Numeric collation puts "Lyceum 7" before "Lyceum 12", as a reader expects.
      const collator = new Intl.Collator(lang, { numeric: true });
      const titles = latest.map((m) => localize(m.title, lang));
      order = Uint32Array.from(titles.keys()).sort((a, b) => collator.compare(titles[a]!, titles[b]!));
      byTitle.set(lang, order);
      stats.sorts++;
    }
    return order;
  };

  const matches = (all: readonly string[], find: (text: string) => number): Uint8Array =>
    Uint8Array.from(all, (text) => (find(text) >= 0 ? 1 : 0));

  let facets: CatalogFacets | undefined;

  return {
    total: n,
    stats,
    search(query, lang) {
      const words = normaliseSearchText(query.text).split(' ').filter(Boolean);
      const tokens = [...new Set(words.map(queryStem))].map((token) => {
        const find = tokenFinder(token);
        return { find, competencies: matches(competencyTexts, find), partners: matches(partnerTexts, find) };
      });
      const partnerMask = partners.allowed(query.partners);
      const kindMask = kinds.allowed(query.partnerKinds);
      const specialtyMask = specialties.allowed(query.specialties);
      const formatMask = formats.allowed(query.formats);
      const assessmentMask = assessments.allowed(query.assessments);
      const { minHours = -Infinity, maxHours = Infinity } = query;
      const allows = (mask: Uint8Array | undefined, value: number) =>
        !mask || (value !== NONE && mask[value] === 1);

      // Each token scores 0 in a title, 1 in the module id or a competency, 2 in the partner; a module scores
      // the sum, and needs every token.
      const scores = new Int16Array(n);
      stats.scanned += n;
      for (let i = 0; i < n; i++) {
        let score: number = NO_MATCH;
        if (
          allows(partnerMask, partnerOf[i]!) &&
          allows(kindMask, kindOf[i]!) &&
          allows(specialtyMask, specialtyOf[i]!) &&
          allows(formatMask, formatOf[i]!) &&
          allows(assessmentMask, assessmentOf[i]!) &&
          hours[i]! >= minHours &&
          hours[i]! <= maxHours
        ) {
          score = 0;
          for (const t of tokens) {
            const at = t.find(texts[i]!);
            if (at >= 0) {
              score += at < titleEnds[i]! ? 0 : 1;
              continue;
            }
            let named = false;
            for (let k = competencyStart[i]!; k < competencyStart[i + 1]! && !named; k++)
              named = t.competencies[competencyOf[k]!] === 1;
            if (named) score += 1;
            else if (t.partners[partnerOf[i]!] === 1) score += 2;
            else {
              score = NO_MATCH;
              break;
            }
          }
        }
        scores[i] = score;
      }
      // One bucket per score, filled in title order, gives relevance-then-title order without sorting modules.
      const buckets: Module[][] = Array.from({ length: tokens.length * 2 + 1 }, () => []);
      for (const i of titleOrder(lang)) {
        const score = scores[i]!;
        if (score !== NO_MATCH) buckets[score]!.push(latest[i]!);
      }
      return ([] as Module[]).concat(...buckets);
    },
    facets() {
      facets ??= {
        partners: partners.values.flatMap((id) => {
          const p = index.partners.get(id);
          return p
            ? [{ id, name: p.name, kind: p.kind, ...(p.shortName ? { shortName: p.shortName } : {}) }]
            : [];
        }),
        // Enumerations keep the model's order, which is how the controls list them.
        partnerKinds: PARTNER_KINDS.filter((k) => kinds.values.includes(k)),
        specialties: [...specialties.values].sort(),
        formats: MODULE_FORMATS.filter((f) => formats.values.includes(f)),
        assessments: ASSESSMENT_KINDS.filter((a) => assessments.values.includes(a)),
        hours:
          n > 0
            ? { min: hours.reduce((a, b) => Math.min(a, b)), max: hours.reduce((a, b) => Math.max(a, b)) }
            : { min: 0, max: 0 },
      };
      return facets;
    },
  };
}
