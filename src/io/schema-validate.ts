import type { ErrorObject } from 'ajv';
import { diagnostic, type Diagnostic } from '../domain/diagnostics';
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

function detailOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return `unknown property "${String(p.additionalProperty)}"`;
    case 'required':
      return `missing property "${String(p.missingProperty)}"`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    default:
      return e.message ?? e.keyword;
  }
}

/**
 * Union errors (anyOf) repeat what their branches said at the same place; keep the branch errors that point
 * deeper, and the union error itself only when nothing more specific was found there.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const unionPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const deeper = (path: string) => errors.some((e) => e.keyword !== 'anyOf' && e.instancePath.startsWith(`${path}/`));
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'anyOf' ? deeper(e.instancePath) : unionPaths.has(e.instancePath) && e.schemaPath.includes('anyOf')) return false;
    const key = `${e.instancePath}|${e.keyword}|${detailOf(e)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Validates against the published schema (filling the model's defaults); one diagnostic per problem, capped. */
export function validateSchema(kind: FileKind, doc: unknown): Diagnostic[] {
  const validate = VALIDATORS[kind];
  if (validate(doc)) return [];
  const errors = simplify(validate.errors ?? []);
  const out = errors
    .slice(0, MAX_SCHEMA_DIAGNOSTICS)
    .map((e) => diagnostic('schema', 'error', e.instancePath, { keyword: e.keyword, detail: detailOf(e) }));
  if (errors.length > MAX_SCHEMA_DIAGNOSTICS)
    out.push(diagnostic('schema', 'error', '', { keyword: 'limit', count: errors.length - MAX_SCHEMA_DIAGNOSTICS, limit: MAX_SCHEMA_DIAGNOSTICS }));
  return out;
}
