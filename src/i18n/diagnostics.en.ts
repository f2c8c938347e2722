import type { DiagnosticCode, DiagnosticParams } from '../domain/diagnostics';
import type { EditOp, ProgramEdit } from '../domain/edits';
import type { Formatter } from './format';
import { plural } from './lang';
import { PATTERN_NAMES } from '../domain/model/patterns';

export type DiagnosticMessages = Record<DiagnosticCode, (p: DiagnosticParams, f: Formatter) => string>;
/** Labels for every edit: one-click fixes and the undo and redo history say what they will do. */
export type FixMessages = { [K in EditOp]: (e: Extract<ProgramEdit, { op: K }>, f: Formatter) => string };
export type Vocabulary = {
  what: Record<NonNullable<DiagnosticParams['what']>, string>;
  context: Record<NonNullable<DiagnosticParams['context']>, string>;
  programType: Record<string, string>;
  assessment: Record<string, string>;
};

/** Why a reference may resolve to nothing: its entry was refused by its catalog's schema, or its file did not load. */
const gapEn = (detail: string | undefined, files: string[]) =>
  detail === 'refused'
    ? `is in ${files[0]}, but its entry there fails the schema check and was left out: fix it there, then check again.`
    : `is not in the network as loaded: ${files.join(', ')} could not be loaded and may hold it. Fix ${files.length > 1 ? 'those files' : 'that file'} first.`;

export const vocabularyEn: Vocabulary = {
  what: {
    partner: 'partner',
    competency: 'competency',
    module: 'module',
    resource: 'resource',
    stage: 'stage',
    elective: 'elective group',
  },
  context: {
    target: 'target competency',
    entry: 'entry requirement',
    outcome: 'module outcome',
    prerequisite: 'module prerequisite',
    prior: 'prior competency',
    step: 'step',
  },
  programType: {
    'advanced-training': 'advanced training',
    retraining: 'professional retraining',
    'vocational-training': 'vocational training',
  },
  assessment: {
    test: 'test',
    project: 'project defence',
    'demonstration-exam': 'demonstration exam',
    none: 'none',
  },
};

/** What a JSON parser stumbled on (load.ts's syntaxReason), as a reader would look for it. */
const SYNTAX_EN: Record<string, (token?: string) => string> = {
  'ends-early': () => 'the text ends in the middle of a value (a closing bracket or quote missing?)',
  'property-name': () => 'a property name in double quotes, or "}", was expected here',
  trailing: () => 'there is more text after the end of the JSON value',
  'control-character': () =>
    'a string holds a raw control character (write a line break as \\n, a tab as \\t)',
  'bad-escape': () => 'a string holds an invalid escape after "\\"',
  'unterminated-string': () => 'a string is not closed with a double quote',
  colon: () => '":" was expected after the property name',
  'comma-object': () => '"," or "}" was expected after the property value',
  'comma-array': () => '"," or "]" was expected after the array element',
  number: () => 'a number is malformed',
  string: () => 'a string stands where it cannot (a comma or colon missing before it?)',
  token: (token = '') => `unexpected character ${token.length > 1 ? token : `"${token}"`}`,
};

const parseDetail = (p: DiagnosticParams, f: Formatter): string => {
  switch (p.detail) {
    case 'too-large':
      // A reader may stop one byte past the limit (a huge or endless file): then only that much is known.
      return (p.total ?? 0) > (p.limit ?? 0) + 1
        ? `The file is ${f.num((p.total ?? 0) / 1048576)} MB, over the ${f.num((p.limit ?? 0) / 1048576)} MB limit.`
        : `The file is over the ${f.num((p.limit ?? 0) / 1048576)} MB limit.`;
    case 'too-deep':
      return `The JSON is nested more than ${p.limit} levels deep; real files need about ten.`;
    case 'forbidden-key':
      return `The key "${p.kind}" is not allowed in any file (it could alter objects' prototypes); rename or remove it.`;
    case 'lone-surrogate':
      return 'This text holds half of a character (a lone \\u surrogate escape such as \\ud800), which no document can show: remove it or write the whole character.';
    case 'not UTF-8 text':
      return 'The file is not UTF-8 text. Save it as UTF-8 JSON.';
    case 'unreadable':
      return `The file could not be read: ${p.kind}.`;
    default:
      return `Not valid JSON${p.line ? ` (line ${p.line}, column ${p.column})` : ''}: ${SYNTAX_EN[p.kind ?? '']?.(p.expected) ?? p.detail}.`;
  }
};

const PATTERN_EN: Record<(typeof PATTERN_NAMES)[string], string> = {
  id: 'an id: lower-case Latin letters, digits, ".", "_" or "-", starting with a letter or digit (at most 128)',
  language: 'a language tag such as "en", "ru" or "en-GB"',
  version: 'a version number such as 1.0.0',
  date: 'a date written YYYY-MM-DD',
};

export type LeftOutMessage = (what: NonNullable<DiagnosticParams['leftOut']>, id?: string) => string;

/** Said after a network catalog's schema problem: what the network goes without until it is fixed. */
export const leftOutEn: LeftOutMessage = (what, id) =>
  `This ${vocabularyEn.what[what]}${id ? ` (${id})` : ''} is left out of the network until it is fixed.`;

export const diagnosticsEn: DiagnosticMessages = {
  'json.parse': parseDetail,
  schema: (p, f) => {
    if (p.keyword === 'kind' && p.kind === 'case')
      return 'This is a CASE competency framework, not one of this app\u2019s files: import it in the editor (Import), where its items become the competencies of a catalog.';
    if (p.keyword === 'kind')
      return p.kind
        ? `This is a "${p.kind}" file, but a file of kind ${p.expected} was expected.`
        : `The file has no valid "kind"; expected one of: ${p.expected}.`;
    if (p.keyword === 'date') return `${p.date} is not a date in the calendar.`;
    if (p.keyword === 'sum')
      return `totalHours says ${f.num(p.found)} h, but the steps add up to ${f.num(p.total)} h.`;
    if (p.keyword === 'order')
      return p.detail === 'max'
        ? `The maximum, ${f.num(p.max)} h, is below the minimum, ${f.num(p.min)} h${p.kind === 'default' ? ' (the legal minimum for this type, in force unless the network sets its own)' : ''}: no programme can meet both.`
        : p.detail === 'end'
          ? `The step ends on ${p.validUntil}, before it starts on ${p.validFrom}.`
          : `The module is valid until ${p.validUntil}, before it becomes valid on ${p.validFrom}: it is never valid.`;
    if (p.keyword === 'limit')
      return `${plural(f.lang, p.count ?? 0, { one: '# more schema problem', other: '# more schema problems' })} not shown.`;
    if (p.detail === 'not-an-object')
      return 'The file must be a JSON object with "kind" and "schemaVersion".';
    if (p.detail === 'not-case')
      return 'This is not a CASE competency framework either: it has no CFDocument and CFItems.';
    if (p.detail === 'no-case-item')
      return `No competency to import: none of the ${plural(f.lang, p.count ?? 0, { one: '# item', other: '# items' })} has both an identifier and a statement.`;
    const shape = PATTERN_NAMES[p.expected ?? ''];
    if (shape && p.keyword === 'pattern')
      return `Does not match the schema (pattern): must be ${PATTERN_EN[shape]}.`;
    if (shape && p.keyword === 'propertyNames')
      return `Does not match the schema (propertyNames): property name "${p.kind}" must be ${PATTERN_EN[shape]}.`;
    return `Does not match the schema (${p.keyword}): ${p.detail}.`;
  },
  'version.unsupported': (p) =>
    p.detail === 'no-migration'
      ? `schemaVersion ${p.found} is too old to open: no migration from it to version ${p.supported}.`
      : `schemaVersion ${p.found} is newer than this app supports (up to ${p.supported}). Update the app to open this file.`,
  'id.duplicate': (p) =>
    p.context
      ? `The ${vocabularyEn.context[p.context]} "${p.detail}" is listed twice; once is enough.`
      : `Another ${vocabularyEn.what[p.what ?? 'module']} already has the id "${p.detail}". Ids must be unique.`,
  'ref.unknown-module': (p) =>
    p.catalogs
      ? `Module "${p.module?.id}"${p.detail === 'refused' ? ` version ${p.version}` : ''} ${gapEn(p.detail, p.catalogs)}`
      : p.versions?.length
        ? `Module ${p.module?.id} has no version ${p.version}; the network has ${p.versions.join(', ')}.`
        : `No module "${p.module?.id}" in the network.`,
  'ref.unknown-competency': (p) =>
    p.catalogs
      ? `The ${vocabularyEn.context[p.context ?? 'target']} "${p.competency?.id}" ${gapEn(p.detail, p.catalogs)}`
      : `The ${vocabularyEn.context[p.context ?? 'target']} "${p.competency?.id}" is not a competency in the network.`,
  'ref.unknown-partner': (p) =>
    p.catalogs
      ? `The ${p.kind === 'base' ? 'base organisation' : 'partner'} "${p.partner?.id}" ${gapEn(p.detail, p.catalogs)}`
      : p.kind === 'base'
        ? `The base organisation "${p.partner?.id}" (basePartnerId) is not a partner in the network's catalogs.`
        : `No partner "${p.partner?.id}" in the network delivers this module.`,
  'ref.unknown-resource': (p) =>
    p.catalogs
      ? `The resource "${p.resource?.id}" ${gapEn(p.detail, p.catalogs)}`
      : `No partner in the network offers the resource "${p.resource?.id}".`,
  'ref.unknown-catalog': (p) => `The catalog "${p.detail}" could not be read: ${p.kind}.`,
  'prereq.unmet': (p, f) =>
    p.electiveOnly
      ? `${f.name(p.module)} needs ${f.list(p.competencies, 'or')}, which only some choices of an earlier elective group develop.`
      : `${f.name(p.module)} needs ${f.list(p.competencies, 'or')}, which no earlier module or entry requirement provides.`,
  'prereq.order': (p, f) =>
    `${f.name(p.module)} needs ${f.list(p.competencies, 'or')}, which ${f.name(p.provider)} develops only later in the ${p.trajectory ? 'trajectory' : 'programme'}.`,
  'prereq.cycle': (p, f) =>
    `${f.list(p.modules)} can only be reached through each other (via ${f.list(p.competencies)}).`,
  'coverage.missing': (p, f) =>
    p.electiveOnly
      ? `Target ${f.name(p.competency)} is developed only by some choices of an elective group.`
      : `No module in the ${p.trajectory ? 'trajectory' : 'programme'} develops the target ${f.name(p.competency)}${p.provider ? '' : p.catalogs ? `, and no module in the network as loaded does (${p.catalogs.join(', ')} could not be loaded whole)` : ', and no module in the network does'}.`,
  'module.duplicate': (p, f) =>
    `${f.name(p.module)} is already in the ${p.trajectory ? 'trajectory' : 'programme'} (at ${p.detail}).`,
  'module.unused': (p, f) =>
    `${f.name(p.module)} develops no target competency and nothing a later module needs.`,
  'hours.below-minimum': (p, f) =>
    `${p.electiveOnly ? 'With its lightest elective choices, the programme has' : 'The programme has'} ${f.num(p.total)} h, below the minimum of ${f.num(p.min)} h for ${vocabularyEn.programType[p.kind ?? ''] ?? p.kind}.`,
  'hours.above-maximum': (p, f) =>
    `${p.electiveOnly ? 'With its heaviest elective choices, the programme has' : 'The programme can reach'} ${f.num(p.total)} h, above the maximum of ${f.num(p.max)} h for ${vocabularyEn.programType[p.kind ?? ''] ?? p.kind}.`,
  'elective.unsatisfiable': (p, f) =>
    `The elective group asks to choose ${f.num(p.choose)}, but only ${plural(f.lang, p.usable ?? 0, { one: '# module is', other: '# modules are' })} usable.`,
  'assessment.missing-final': () => 'The programme has no final assessment (final attestation).',
  'module.retired': (p, f) =>
    `${f.name(p.module)} is not valid on ${p.date}${p.validUntil && p.validUntil < (p.date ?? '') ? ` (retired after ${p.validUntil})` : p.validFrom ? ` (valid from ${p.validFrom})` : ''}.`,
  'waiver.unused': (p) =>
    p.kind === 'error'
      ? `The waiver for "${p.detail}" names an error, and errors cannot be waived: fix the problem, then remove the waiver.`
      : `The waiver for "${p.detail}" matches no diagnostic any more; remove it.`,
};

export const fixesEn: FixMessages = {
  'add-module': (e, f) => `Add ${f.module(e.module)}`,
  'remove-item': () => 'Remove it from the programme',
  'move-item': (e, f) => (e.after ? `Move it after ${f.module(e.after)}` : 'Move the module'),
  'set-version': (e) => `Use version ${e.version}`,
  'replace-module': (e, f) => `Replace with ${f.module(e.module)}`,
  'set-choose': (e) => `Choose ${e.choose} instead`,
  'set-final-assessment': (e) => `Add a final assessment: ${vocabularyEn.assessment[e.kind]}`,
  'add-entry-requirement': (e, f) => `Require ${f.competency(e.competency)} on entry`,
  'remove-target': (e) => `Remove the target "${e.competency}"`,
  'remove-entry-requirement': (e) => `Remove the entry requirement "${e.competency}"`,
  'set-group-title': () => 'Rename the elective group',
  ungroup: () => 'Dissolve the elective group',
  'add-target': (e, f) => `Add the target ${f.competency(e.competency)}`,
  'add-stage': () => 'Add a stage',
  'rename-stage': () => 'Rename the stage',
  'move-stage': () => 'Move the stage',
  'remove-stage': () => 'Delete the stage',
  'set-stage-id': (e) => `Give this stage the id "${e.stageId}"`,
  'set-text': (e) => `Edit the ${{ title: 'title', purpose: 'purpose', audience: 'audience' }[e.field]}`,
  'set-program-type': (e) => `Make it ${vocabularyEn.programType[e.programType]}`,
};
