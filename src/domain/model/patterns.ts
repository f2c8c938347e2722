// Plain constants shared by the zod model and by readers that must not load zod (the CLI's fast path).
export const ID_PATTERN = '^[a-z0-9][a-z0-9._-]{0,127}$';
// A BCP 47 tag in its common shapes (en, ru, en-GB, zh-Hant-TW); exotic extensions are not used for titles.
export const LANGUAGE_TAG_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
export const SEMVER_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$';
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** What each pattern is for, so a value that fails one is told what it should look like, not shown a regex. */
export const PATTERN_NAMES: Record<string, 'id' | 'language' | 'version' | 'date'> = {
  [ID_PATTERN]: 'id',
  [LANGUAGE_TAG_PATTERN]: 'language',
  [SEMVER_PATTERN]: 'version',
  [DATE_PATTERN]: 'date',
};

export const PARTNER_KINDS = [
  'college',
  'university',
  'school',
  'employer',
  'government',
  'methodological-centre',
  'other',
] as const;
export const MODULE_FORMATS = ['in-person', 'online', 'blended', 'workplace'] as const;
export const PROGRAM_TYPES = ['advanced-training', 'retraining', 'vocational-training'] as const;
export const ASSESSMENT_KINDS = ['test', 'project', 'demonstration-exam', 'none'] as const;

export const FILE_KINDS = ['catalog', 'network', 'program', 'trajectory', 'review-comments'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const SCHEMA_BASE_URI = 'https://competency-constructor.org/schemas/v1/';
/** The published schema's $id, written into exported files so any JSON Schema tool can check them. */
export const schemaId = (kind: FileKind) => `${SCHEMA_BASE_URI}${kind}.schema.json`;

/** The file-format version this app writes; older ones are migrated on load. */
export const SCHEMA_VERSION = 1;
