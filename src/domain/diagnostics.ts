import type { AssessmentKind, Id, LocalizedText, Severity } from './model';
import type { ProgramEdit } from './edits';

export const DIAGNOSTIC_CODES = [
  'json.parse',
  'schema',
  'version.unsupported',
  'id.duplicate',
  'ref.unknown-module',
  'ref.unknown-competency',
  'ref.unknown-partner',
  'ref.unknown-resource',
  'ref.unknown-catalog',
  'prereq.unmet',
  'prereq.order',
  'prereq.cycle',
  'coverage.missing',
  'module.duplicate',
  'module.unused',
  'hours.below-minimum',
  'hours.above-maximum',
  'elective.unsatisfiable',
  'assessment.missing-final',
  'module.retired',
  'waiver.unused',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** Something named in a message: its id plus the text a reader recognises it by. */
export interface Named {
  id: string;
  name?: LocalizedText;
  code?: string;
}

/**
 * Message parameters: data, not prose, so the same diagnostic reads in any language.
 * Each code uses the subset it needs; renderers in src/i18n phrase them.
 */
export interface DiagnosticParams {
  detail?: string;
  keyword?: string;
  what?: 'partner' | 'competency' | 'module' | 'resource' | 'stage' | 'elective';
  module?: Named;
  competency?: Named;
  competencies?: Named[];
  provider?: Named;
  modules?: Named[];
  partner?: Named;
  resource?: Named;
  version?: string;
  versions?: string[];
  found?: number;
  supported?: number;
  total?: number;
  min?: number;
  max?: number;
  choose?: number;
  usable?: number;
  date?: string;
  validFrom?: string;
  validUntil?: string;
  /** The competency is only provided by some choices of an elective group. */
  electiveOnly?: boolean;
  context?: 'target' | 'entry' | 'outcome' | 'prerequisite' | 'prior' | 'step';
  kind?: string;
  expected?: string;
  limit?: number;
  line?: number;
  column?: number;
  count?: number;
  assessment?: AssessmentKind;
  /** Set when the sequence checked is a trainee's trajectory, not a programme: the words say so. */
  trajectory?: boolean;
  /** What a network catalog's schema problem cost: the item it sits in was left out of the network. */
  leftOut?: 'partner' | 'competency' | 'module';
  /** Files the network could not load whole, where a reference that resolves to nothing may point. */
  catalogs?: string[];
  /** A schema union's alternatives, each with what it wanted (`keyword`, `detail` and its facts). */
  alternatives?: Pick<DiagnosticParams, 'keyword' | 'detail' | 'kind' | 'expected' | 'limit'>[];
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  params: DiagnosticParams;
  /** JSON pointer into the file the diagnostic is about. */
  pointer: string;
  moduleId?: Id;
  fix?: ProgramEdit;
  /** The file the pointer refers to, when a check spans several files (a network's catalogs). */
  source?: string;
  waived?: { reason: string; by: string };
}

export const diagnostic = (
  code: DiagnosticCode,
  severity: Severity,
  pointer: string,
  params: DiagnosticParams = {},
  extra: Partial<Pick<Diagnostic, 'moduleId' | 'fix' | 'source'>> = {},
): Diagnostic => ({ code, severity, pointer, params, ...extra });

/** RFC 6901: the value a JSON pointer names in `doc`; undefined when it names nothing (or is no pointer). */
export function valueAtPointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) return undefined;
  let at: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** RFC 6901: a JSON pointer from path segments. */
export const pointerOf = (...segments: (string | number)[]): string =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** Waived diagnostics are accepted decisions, so they do not count against the file. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.waived) continue;
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Errors first, then by place in the file, so reports read top to bottom. */
export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
  (a.source ?? '').localeCompare(b.source ?? '') ||
  a.pointer.localeCompare(b.pointer, 'en', { numeric: true }) ||
  a.code.localeCompare(b.code);
