import type { ErrorObject } from 'ajv';
import { diagnostic, pointerOf, type Diagnostic, type DiagnosticParams } from '../domain/diagnostics';
import type { FileKind } from '../domain/model';
import * as validators from './generated/validators.js';
import type { StandaloneValidator } from './generated/validators.js';

const VALIDATORS: Record<FileKind, StandaloneValidator> = {
  catalog: validators.validate_catalog,
  network: validators.validate_network,
  program: validators.validate_program,
  trajectory: validators.validate_trajectory,
  'review-comments': validators.validate_review_comments,
};

/** Enough to fix a file in a few passes; a broken generator could otherwise produce millions. */
export const MAX_SCHEMA_DIAGNOSTICS = 50;

/** The failure inside a `propertyNames` check (what the name should have been), folded into it by foldPropertyNames. */
const innerOf = (e: ErrorObject): ErrorObject | undefined => (e.params as { inner?: ErrorObject }).inner;

/**
 * ajv reports a bad property name twice: the name's own failure (an enum, a pattern) at the object, as if the
 * value were wrong, then `propertyNames`. One diagnostic says both: which name, and what it should be.
 */
function foldPropertyNames(errors: ErrorObject[]): ErrorObject[] {
  // By place and name, in one pass: a broken file can carry thousands of errors.
  const nameKey = (path: string, name: unknown) => `${path}\u0000${String(name)}`;
  const inside = new Map<string, ErrorObject>();
  for (const e of errors)
    if (e.propertyName !== undefined && e.keyword !== 'propertyNames') {
      // The first failure of a name says what it should be; later ones (if any) repeat the point.
      const key = nameKey(e.instancePath, e.propertyName);
      if (!inside.has(key)) inside.set(key, e);
    }
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.propertyName !== undefined && e.keyword !== 'propertyNames') continue;
    const inner =
      e.keyword === 'propertyNames'
        ? inside.get(nameKey(e.instancePath, (e.params as { propertyName?: string }).propertyName))
        : undefined;
    out.push(inner ? { ...e, params: { ...e.params, inner } } : e);
  }
  return out;
}

/** The property an unknown-property or a missing-property failure is about. */
const unknownName = (e: ErrorObject) =>
  String((e.params as { additionalProperty: unknown }).additionalProperty);
const missingName = (e: ErrorObject) => String((e.params as { missingProperty: unknown }).missingProperty);

/** The property a misspelt one was probably meant to be, set by pairTypos. */
const suggestionOf = (e: ErrorObject): string | undefined => (e.params as { suggestion?: string }).suggestion;

/**
 * Edits between two names, a swap of neighbours counting as one (optimal string alignment): a typo is mostly
 * one letter wrong, missing, extra, or two swapped.
 */
function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}
const isTypoOf = (written: string, meant: string) =>
  written.toLowerCase() === meant.toLowerCase() || typoDistance(written, meant) <= (meant.length > 5 ? 2 : 1);

/**
 * Whether renaming the unknown property to the missing one is all it takes. Outside a union, yes. Inside one,
 * only if the two are all that one alternative failed on: `{module, version, chooses}` is no misspelt elective
 * group (which would still lack `of` and have `module`). An alternative's failures are its missing properties,
 * then its unknown ones, so a missing one after an unknown one starts the next alternative; where that cannot
 * tell two alternatives apart, the run holds more than the pair and no rename is suggested.
 */
function renamesAlone(errors: ErrorObject[]): (unknown: ErrorObject, missing: ErrorObject) => boolean {
  const branchOf = unionBranches(errors);
  const runOf = new Map<ErrorObject, number>();
  const size: number[] = [];
  let previous: ErrorObject | undefined;
  for (const e of errors) {
    const union = branchOf.get(e);
    if (!union) {
      previous = undefined;
      continue;
    }
    const starts =
      !previous ||
      branchOf.get(previous) !== union ||
      (e.keyword === 'required' && previous.keyword !== 'required');
    if (starts) size.push(0);
    runOf.set(e, size.length - 1);
    size[size.length - 1]!++;
    previous = e;
  }
  return (unknown, missing) => {
    const run = runOf.get(unknown);
    if (run === undefined && !runOf.has(missing)) return true;
    return run !== undefined && runOf.get(missing) === run && size[run] === 2;
  };
}

/**
 * A misspelt property is both unknown and, under its right name, missing: one failure, said once, at the
 * misspelt name with the name it was probably meant to be (`hourz`: did you mean `hours`?).
 */
function pairTypos(errors: ErrorObject[]): ErrorObject[] {
  const missing = errors.filter((e) => e.keyword === 'required');
  if (missing.length === 0) return errors;
  const alone = renamesAlone(errors);
  const meant = new Map<ErrorObject, string>();
  const used = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const written = unknownName(e);
    const match = missing.find(
      (m) =>
        !used.has(m) && m.instancePath === e.instancePath && alone(e, m) && isTypoOf(written, missingName(m)),
    );
    if (!match) continue;
    used.add(match);
    meant.set(e, missingName(match));
  }
  if (meant.size === 0) return errors;
  return errors
    .filter((e) => !used.has(e))
    .map((e) => (meant.has(e) ? { ...e, params: { ...e.params, suggestion: meant.get(e) } } : e));
}

/**
 * A failure in English, as files carry it, from its keyword's facts (ajv's own messages are left out of the
 * generated validators), worded as ajv words them so files written before read the same.
 */
function detailOf(e: ErrorObject): string {
  const { kind, expected, limit } = schemaFacts(e);
  const bound = (more: string, fewer: string, what: string) =>
    `must NOT have ${e.keyword.startsWith('max') ? more : fewer} than ${limit} ${what}`;
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return `unknown property "${kind}"${expected ? ` (did you mean "${expected}"?)` : ''}`;
    case 'required': {
      const missing = missingOf(e);
      return missing.length > 1
        ? `missing properties ${missing.map((m) => `"${m}"`).join(', ')}`
        : `missing property "${kind}"`;
    }
    case 'enum':
      return `must be one of ${expected}`;
    case 'const':
      return `must be ${expected}`;
    case 'type':
      return `must be ${expected?.split(',').join(' or ')}`;
    case 'pattern':
      return `must match pattern "${expected}"`;
    case 'minimum':
      return `must be >= ${limit}`;
    case 'maximum':
      return `must be <= ${limit}`;
    case 'minLength':
    case 'maxLength':
      return bound('more', 'fewer', 'characters');
    case 'minItems':
    case 'maxItems':
      return bound('more', 'fewer', 'items');
    case 'minProperties':
    case 'maxProperties':
      return bound('more', 'fewer', 'properties');
    case 'propertyNames': {
      const inner = innerOf(e);
      return inner
        ? `property name "${kind}" ${detailOf(inner)}`
        : `property name "${kind}" is not allowed here`;
    }
    case 'anyOf':
      return 'must match a schema in anyOf';
    default:
      return `fails "${e.keyword}"`;
  }
}

const within = (e: ErrorObject, path: string) =>
  e.instancePath === path || e.instancePath.startsWith(`${path}/`);

/**
 * ajv reports a failed union (anyOf) after its branches' errors, as one contiguous run at or below the union's
 * place. Branch schemas reached through $ref have unrelated schema paths, so the run is how branches are found.
 */
function unionBranches(errors: ErrorObject[]): Map<ErrorObject, ErrorObject> {
  const branchOf = new Map<ErrorObject, ErrorObject>();
  errors.forEach((u, i) => {
    if (u.keyword !== 'anyOf') return;
    for (let j = i - 1; j >= 0 && within(errors[j]!, u.instancePath); j--)
      if (!branchOf.has(errors[j]!)) branchOf.set(errors[j]!, u);
  });
  return branchOf;
}

interface Simplified {
  error: ErrorObject;
  detail: string;
  /** For a union reported once: one error per distinct alternative. */
  alternatives?: ErrorObject[];
}

/**
 * Union errors repeat what their branches said. Keep branch errors that point deeper (they are specific);
 * otherwise report the union once, saying what each alternative wanted.
 */
function simplify(errors: ErrorObject[]): Simplified[] {
  const branchOf = unionBranches(errors);
  const top = errors.filter((e) => !branchOf.has(e));
  const seen = new Set<string>();
  const out: Simplified[] = [];
  const emit = (error: ErrorObject, detail: string, alternatives?: ErrorObject[]) => {
    const key = `${error.instancePath}|${error.keyword}|${detail}`;
    if (!seen.has(key)) out.push({ error, detail, alternatives });
    seen.add(key);
  };
  for (const e of top) {
    if (e.keyword !== 'anyOf') {
      emit(e, detailOf(e));
      continue;
    }
    const branches = errors.filter((b) => branchOf.get(b) === e);
    const specific = branches.filter((b) => b.keyword !== 'anyOf' && b.instancePath !== e.instancePath);
    // A misspelt property names the alternative that was meant: its typo is the problem, not the union.
    const typos = branches.filter((b) => suggestionOf(b) !== undefined);
    if (specific.length) specific.forEach((b) => emit(b, detailOf(b)));
    else if (typos.length) typos.forEach((b) => emit(b, detailOf(b)));
    else {
      const distinct = [...new Map(branches.map((b) => [detailOf(b), b])).entries()];
      emit(
        e,
        distinct.map(([detail]) => detail).join('; or '),
        distinct.map(([, b]) => b),
      );
    }
  }
  return mergeMissing(out);
}

/** Properties missing from one object, said once: `missing properties "module", "version"`. */
function mergeMissing(problems: Simplified[]): Simplified[] {
  const first = new Map<string, Simplified>();
  const out: Simplified[] = [];
  for (const p of problems) {
    if (p.error.keyword !== 'required') {
      out.push(p);
      continue;
    }
    const earlier = first.get(p.error.instancePath);
    if (!earlier) {
      first.set(p.error.instancePath, p);
      out.push(p);
      continue;
    }
    const missing = [...missingOf(earlier.error), ...missingOf(p.error)];
    earlier.error = { ...earlier.error, params: { ...earlier.error.params, missing } };
    earlier.detail = detailOf(earlier.error);
  }
  return out;
}
const missingOf = (e: ErrorObject): string[] =>
  (e.params as { missing?: string[] }).missing ?? [missingName(e)];

/**
 * What each keyword's failure is about, as message parameters, so it reads in the user's language: `kind` the
 * property, `expected` the allowed values, type or pattern, `limit` the bound. `detail` keeps ajv's English for
 * files and for keywords without their own wording.
 */
function schemaFacts(e: ErrorObject): Pick<DiagnosticParams, 'kind' | 'expected' | 'limit' | 'count'> {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return { kind: String(p.additionalProperty), expected: suggestionOf(e) };
    case 'required': {
      const missing = missingOf(e);
      return missing.length > 1 ? { kind: missing.join(', '), count: missing.length } : { kind: missing[0] };
    }
    case 'enum':
      return { expected: (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') };
    case 'const':
      return { expected: JSON.stringify(p.allowedValue) };
    case 'type':
      return { expected: String(p.type) };
    case 'pattern':
      return { expected: String(p.pattern) };
    case 'minimum':
    case 'maximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return { limit: Number(p.limit) };
    case 'propertyNames':
      return { kind: String(p.propertyName), expected: innerOf(e) && schemaFacts(innerOf(e)!).expected };
    default:
      return {};
  }
}

/** Every failure against the published schema (filling the model's defaults on the way); empty when valid. */
export function schemaErrors(kind: FileKind, doc: unknown): ErrorObject[] {
  const validate = VALIDATORS[kind];
  return validate(doc) ? [] : (validate.errors ?? []);
}

/** Validates against the published schema (filling the model's defaults); one diagnostic per problem, capped. */
export const validateSchema = (kind: FileKind, doc: unknown): Diagnostic[] =>
  describeSchemaErrors(schemaErrors(kind, doc));

/** Where a failure is: an unknown property at itself (ajv reports it at its object), so it can be found and deleted. */
const placeOf = (e: ErrorObject): string =>
  e.keyword === 'additionalProperties' ? e.instancePath + pointerOf(unknownName(e)) : e.instancePath;

/** Schema failures as diagnostics, one per problem, capped. */
export function describeSchemaErrors(raw: ErrorObject[]): Diagnostic[] {
  if (raw.length === 0) return [];
  const errors = simplify(pairTypos(foldPropertyNames(raw)));
  const out = errors.slice(0, MAX_SCHEMA_DIAGNOSTICS).map(({ error, detail, alternatives }) =>
    diagnostic('schema', 'error', placeOf(error), {
      keyword: error.keyword,
      detail,
      ...schemaFacts(error),
      ...(alternatives && {
        alternatives: alternatives.map((a) => ({
          keyword: a.keyword,
          detail: detailOf(a),
          ...schemaFacts(a),
        })),
      }),
    }),
  );
  if (errors.length > MAX_SCHEMA_DIAGNOSTICS)
    out.push(
      diagnostic('schema', 'error', '', {
        keyword: 'limit',
        count: errors.length - MAX_SCHEMA_DIAGNOSTICS,
        limit: MAX_SCHEMA_DIAGNOSTICS,
      }),
    );
  return out;
}
