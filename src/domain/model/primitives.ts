import { z } from 'zod';
import {
  ASSESSMENT_KINDS,
  DATE_PATTERN,
  ID_PATTERN,
  LANGUAGE_TAG_PATTERN,
  SCHEMA_VERSION,
  SEMVER_PATTERN,
} from './patterns';

export { DATE_PATTERN, ID_PATTERN, LANGUAGE_TAG_PATTERN, SCHEMA_VERSION, SEMVER_PATTERN };

/** Ids are stable, URL-safe and lower-case so they survive file names, JSON pointers and CSV. */
export const Id = z
  .string()
  .regex(new RegExp(ID_PATTERN))
  .meta({ id: 'Id', description: 'An identifier: lower-case letters, digits, dot, underscore, hyphen.' });
export type Id = z.infer<typeof Id>;

/** Human text: a plain string, or translations keyed by language tag; readers fall back to any language present. */
export const LocalizedText = z
  .union([
    z.string().min(1),
    z
      .record(z.string().regex(new RegExp(LANGUAGE_TAG_PATTERN)), z.string().min(1))
      .refine((o) => Object.keys(o).length > 0, 'at least one language')
      // The refine is invisible to JSON Schema; say the same thing there.
      .meta({ minProperties: 1 }),
  ])
  .meta({ id: 'LocalizedText', description: 'A string, or an object of BCP 47 language tags to strings.' });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const SemVer = z
  .string()
  .regex(new RegExp(SEMVER_PATTERN))
  .meta({ id: 'SemVer', description: 'A semantic version, e.g. 1.2.0.' });

export const IsoDate = z
  .string()
  .regex(new RegExp(DATE_PATTERN))
  .meta({ id: 'IsoDate', description: 'A calendar date, YYYY-MM-DD.' });

export const SchemaVersion = z.number().int().min(0).describe('The version of the file format.');

export const AssessmentKind = z.enum(ASSESSMENT_KINDS);
export type AssessmentKind = z.infer<typeof AssessmentKind>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A recorded decision to accept a warning, travelling with the file. */
export const Waiver = z
  .strictObject({
    code: z.string().min(1),
    moduleId: Id.optional(),
    pointer: z.string().optional(),
    reason: z.string().min(1),
    by: z.string().min(1),
  })
  .meta({ id: 'Waiver' });
export type Waiver = z.infer<typeof Waiver>;

export const ModuleRef = z.strictObject({ module: Id, version: SemVer }).meta({ id: 'ModuleRef' });
export type ModuleRef = z.infer<typeof ModuleRef>;

/** Every file shares this envelope so a reader can route it before knowing anything else. */
export const envelope = <K extends string>(kind: K) => ({
  $schema: z.string().optional(),
  kind: z.literal(kind),
  schemaVersion: SchemaVersion,
});
