import { diagnostic, type Diagnostic } from '../domain/diagnostics';
import type { Catalog, Competency } from '../domain/model';
import { isJsonObject, mayHoldForbiddenKey } from './json-limits';
import type { JsonObject as Json } from './migrations';
import { casePackageIn } from './case-shape';
import { loadKind, readJsonText, shapeDiagnostic } from './load';

/**
 * 1EdTech CASE packages ({CFDocument, CFItems, CFAssociations}) are how frameworks of competencies travel
 * between systems. Real exports do not always follow the specification to the letter, so they are read
 * leniently: what can be used becomes a catalog of competencies, and what was assumed or left out is said.
 */
export interface CaseImportNotes {
  /** Items without a usable statement or identifier, left out. */
  skipped: number;
  /** Competencies that needed a qualification level, which CASE does not carry: set to `assumedLevel`. */
  assumedLevel: number;
  /** `precedes` associations: prerequisite hints for whoever writes the modules' prerequisites. */
  precedes: number;
  /**
   * The other associations, by type (isChildOf, exactMatchOf, ...), not imported: a catalog has no place for a
   * framework's hierarchy or its matches to other frameworks.
   */
  leftOutLinks: Record<string, number>;
  /** Items whose language was not stated: read as `language`. */
  languageAssumed: number;
  language: string;
}

export type CaseImport =
  { ok: true; catalog: Catalog; notes: CaseImportNotes } | { ok: false; diagnostics: Diagnostic[] };

/** Qualification levels (1-9) are not a CASE notion; the lowest is assumed, for a methodologist to correct. */
export const ASSUMED_LEVEL = 1;

const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
// Some exports write identifiers as numbers.
const identifierOf = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? String(x) : text(x));
const idPart = (x: string) =>
  x
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 60);
const slug = (x: string) => idPart(x).replace(/-+$/, '') || 'case';

const refused = (d: Diagnostic): CaseImport => ({ ok: false, diagnostics: [d] });

export function importCasePackage(input: string | Uint8Array): CaseImport {
  const read = readJsonText(input);
  if ('code' in read) return refused(read);
  const shape = shapeDiagnostic(read.value, undefined, mayHoldForbiddenKey(read.text));
  if (shape) return refused(shape);
  const pkg = casePackageIn(read.value);
  if (!pkg)
    return refused(
      diagnostic('schema', 'error', '', {
        keyword: 'CFDocument',
        detail: 'not-case',
      }),
    );
  const doc = pkg.CFDocument as Json;
  const language = text(doc.language)?.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const name = text(doc.title) ?? text(doc.identifier) ?? 'framework';
  // The framework's own name groups its competencies, as a specialty does, and reads as one in pickers.
  const specialty = name.slice(0, 128);
  // Some exports reuse document and item identifiers across different frameworks (test exports number them
  // from 1), so ids are scoped by the framework's title as well: re-importing one framework gives the same
  // ids, two frameworks never collide.
  const docId = `${slug(name).slice(0, 32)}-${idPart(text(doc.identifier) ?? '').slice(0, 8)}`.replace(
    /-+$/,
    '',
  );
  const notes: CaseImportNotes = {
    skipped: 0,
    assumedLevel: 0,
    precedes: 0,
    leftOutLinks: {},
    languageAssumed: 0,
    language,
  };
  const seen = new Set<string>();
  const competencies: Competency[] = [];
  for (const item of pkg.CFItems as unknown[]) {
    // fullStatement is required by CASE, but some exports only fill the abbreviated one.
    const statement = isJsonObject(item)
      ? (text(item.fullStatement) ?? text(item.abbreviatedStatement))
      : undefined;
    const identifier = isJsonObject(item) ? identifierOf(item.identifier) : undefined;
    // Identifiers repeat across frameworks (some exports number their items from 1), so they are scoped by document.
    const id = identifier && `case-${docId}-${idPart(identifier)}`.slice(0, 128);
    if (!isJsonObject(item) || !statement || !id || seen.has(id)) {
      notes.skipped++;
      continue;
    }
    seen.add(id);
    const lang = text(item.language)?.toLowerCase().split(/[-_]/)[0];
    if (!lang) notes.languageAssumed++;
    notes.assumedLevel++;
    competencies.push({
      id,
      code: text(item.humanCodingScheme) ?? text(item.listEnumeration) ?? identifier.slice(0, 8),
      title: { [lang ?? language]: statement },
      specialty,
      level: ASSUMED_LEVEL,
      ...(text(item.uri) && { frameworkUri: text(item.uri) }),
    });
  }
  if (competencies.length === 0)
    return refused(
      diagnostic('schema', 'error', '/CFItems', {
        keyword: 'CFItems',
        detail: 'no-case-item',
        count: notes.skipped,
      }),
    );
  const associations = Array.isArray(pkg.CFAssociations) ? (pkg.CFAssociations as unknown[]) : [];
  for (const a of associations) {
    const type = isJsonObject(a) ? text(a.associationType) : undefined;
    if (type === 'precedes') notes.precedes++;
    else if (type) notes.leftOutLinks[type] = (notes.leftOutLinks[type] ?? 0) + 1;
  }
  const catalog: Catalog = {
    kind: 'catalog',
    schemaVersion: 1,
    id: `case-${docId}`.slice(0, 128),
    ...(text(doc.title) && { title: { [language]: text(doc.title)! } }),
    partners: [],
    competencies,
    modules: [],
  };
  // The result goes through the published schema like any catalog, so nothing malformed gets into the network.
  const checked = loadKind(JSON.stringify(catalog), 'catalog');
  return checked.ok
    ? { ok: true, catalog: checked.value, notes }
    : { ok: false, diagnostics: checked.diagnostics };
}
