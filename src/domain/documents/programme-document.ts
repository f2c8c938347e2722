import type { Diagnostic } from '../diagnostics';
import { localize } from '../localized-text';
import type {
  AssessmentKind,
  Hours,
  Id,
  Module,
  ModuleFormat,
  PartnerKind,
  Prerequisite,
  Program,
  ProgramType,
  Resource,
  ResourceType,
  Severity,
} from '../model';
import type { NetworkIndex } from '../network-index';
import { HOUR_KINDS } from '../hours';
import {
  curriculum,
  spanOf,
  spanTotal,
  type Curriculum,
  type ElectiveMark,
  type CurriculumRow,
  type HourRange,
  type HourSpan,
} from './curriculum';
import type { Block, DocumentModel, MetaItem, Section, TableBlock, TableColumn } from './document-model';

/**
 * Words the programme document and the network annex share, in one language. Declared here so the domain
 * phrases nothing itself and does not depend on the message catalogs (src/i18n/documents.*.ts implement it).
 */
export interface DocumentWords {
  /** Printed where the data has nothing: a missing part is itself a review finding. */
  notSpecified: string;
  quote: (text: string) => string;
  number: (n: number) => string;
  /** Hours that a choice of electives can change: "72", or "196–228" from the cheapest choice to the dearest. */
  range: (min: number, max: number) => string;
  /** The same with the unit: "72 academic hours", "196–228 academic hours". */
  academicHours: (min: number, max: number) => string;
  /** A share in per cent, already multiplied by 100: "22.5%", or at both ends of the choice "4.1–3.5%". */
  percent: (min: number, max: number) => string;
  /** A list of names or numbers in running text. */
  list: (items: readonly string[]) => string;
  /** How a module is named in tables: its title, then its id and version to find it in the network. */
  module: (title: string, id: string, version: string) => string;
  /** A reference that resolves to no module of the network. */
  unknownModule: (id: string, version: string) => string;
  /** An elective group's line: "Elective modules 3.1 “Aircraft type”: choose 1 of 3". */
  elective: (title: string | undefined, choose: number, of: number) => string;
  stage: (number: string, title: string) => string;
  programmeTypes: Record<ProgramType, string>;
  partnerKinds: Record<PartnerKind, string>;
  formats: Record<ModuleFormat, string>;
  assessments: Record<AssessmentKind, string>;
  resourceTypes: Record<ResourceType, string>;
  /** Column labels for the four kinds of hours (theory, practice, self-study, assessment). */
  hourKinds: Record<keyof Hours, string>;
  roles: { base: string; participant: string };
  /** Places at a site, units of equipment. */
  capacity: (n: number) => string;
  quantity: (n: number) => string;
  /** How the electives count, printed wherever totals are ranges. */
  electivesNote: string;
  meta: {
    organisation: string;
    programme: string;
    programmeType: string;
    totalHours: string;
    year: string;
    digest: string;
  };
  columns: {
    number: string;
    module: string;
    total: string;
    partner: string;
    formOfAssessment: string;
    modules: string;
    resource: string;
    type: string;
    amount: string;
    specialty: string;
  };
  total: string;
}

/** What the programme document says, in one language. */
export interface ProgrammeDocumentStrings {
  words: DocumentWords;
  /** "1. General characteristics", "2.1. Curriculum". */
  numbered: (number: string, heading: string) => string;
  headings: {
    characteristics: string;
    purpose: string;
    outcomes: string;
    audience: string;
    entry: string;
    hours: string;
    form: string;
    content: string;
    curriculum: string;
    calendar: string;
    workProgrammes: string;
    conditions: string;
    sites: string;
    staff: string;
    materials: string;
    assessment: string;
    moduleAssessments: string;
    finalAssessment: string;
    demonstrationExams: string;
    validation: string;
    diagnostics: string;
    waivers: string;
  };
  columns: {
    code: string;
    competency: string;
    level: string;
    weeks: string;
    hours: string;
    format: string;
    materials: string;
    address: string;
    assessmentHours: string;
    severity: string;
    message: string;
    where: string;
    reason: string;
    by: string;
  };
  curriculum: {
    /** The sum of one stage's lines. */
    subtotal: (stage: string) => string;
    finalAssessment: string;
    /** The grand total line. */
    total: string;
    /** Says that subtotals add lines n.m, and that n.m.k are the choices within group n.m. */
    electiveLines: string;
  };
  calendar: {
    /** How the weeks were counted. */
    note: (hoursPerWeek: number) => string;
    /** Week numbers from the start of training: "1", "1–2". */
    weeks: (from: number, to: number) => string;
  };
  form: {
    contact: string;
    distance: string;
    mixed: string;
    /** "in person: 4 modules". */
    byFormat: (format: string, modules: number) => string;
  };
  module: {
    heading: (numbers: readonly string[], title: string) => string;
    content: string;
    partner: string;
    format: string;
    hours: string;
    /** "24 academic hours, of which theory 6, practice 14, self-study 2, assessment 2". */
    hoursBreakdown: (total: string, byKind: Record<keyof Hours, string>) => string;
    assessment: string;
    outcomes: string;
    prerequisites: string;
    noPrerequisites: string;
    /** An `anyOf` prerequisite: any one of the competencies will do. */
    anyOf: (items: readonly string[]) => string;
    notInNetwork: string;
  };
  materials: {
    /** The modules delivered online or blended, with distance learning technologies. */
    online: (modules: string, count: number) => string;
    noOnline: string;
  };
  finalAssessment: (form: string) => string;
  demonstrationExam: {
    module: (module: string, partner: string) => string;
    final: string;
    none: string;
  };
  validation: {
    severities: Record<Severity, string>;
    waived: (severity: string) => string;
    /** "1 error, 2 warnings": what is not waived, then how many were waived. */
    summary: (counts: { errors: number; warnings: number; infos: number; waived: number }) => string;
    clean: string;
    noWaivers: string;
    /** The diagnostic's message in words. */
    message: (d: Diagnostic, index: NetworkIndex) => string;
    where: {
      programme: string;
      curriculum: string;
      item: (number: string) => string;
      stage: (number: string) => string;
      target: (n: number) => string;
      entry: (n: number) => string;
      finalAssessment: string;
      waiver: (n: number) => string;
    };
  };
}

export interface DocumentOptions {
  /** SHA-256 of the programme's canonical JSON, printed on the title page and in page footers. */
  digest?: string;
  /** The centre's name; the network's base partner when not given. */
  organisation?: string;
  /** The year on the title page; the year of `asOf` when not given. */
  year?: number;
  /** The date the document is made for, YYYY-MM-DD. */
  asOf: string;
}

export interface ProgrammeDocumentOptions extends DocumentOptions {
  /** The study load the calendar schedule counts weeks by: 36 academic hours a week unless given. */
  hoursPerWeek?: number;
}

/**
 * The calendar schedule counts weeks at 36 academic hours a week, the full-time load Russian continuing education
 * programmes commonly state, unless the caller gives another.
 */
const DEFAULT_HOURS_PER_WEEK = 36;

// ---------------------------------------------------------------------------------------------------------------
// Helpers the network annex shares.

export const partnerName = (
  index: NetworkIndex,
  id: Id | undefined,
  lang: string,
  words: DocumentWords,
): string => {
  if (id === undefined) return words.notSpecified;
  const p = index.partners.get(id);
  return p ? localize(p.name, lang) : id;
};

export const rowModuleName = (row: CurriculumRow, lang: string, words: DocumentWords): string =>
  row.resolved
    ? words.module(localize(row.resolved.title, lang), row.module, row.version)
    : words.unknownModule(row.module, row.version);

export const electiveName = (g: ElectiveMark, lang: string, words: DocumentWords): string =>
  words.elective(g.title === undefined ? undefined : localize(g.title, lang), g.choose, g.of);

/** Cells for the total, then hours by kind, for a span: single figures unless a choice changes them. */
export function hourCells(span: HourSpan, words: DocumentWords): string[] {
  const { min, max } = spanTotal(span);
  return [words.range(min, max), ...HOUR_KINDS.map((k) => words.range(span.min[k], span.max[k]))];
}

/** The columns hourCells fills: the total, then the four kinds, aligned to the end. */
export const hourColumns = (words: DocumentWords): TableColumn[] =>
  [words.columns.total, ...HOUR_KINDS.map((k) => words.hourKinds[k])].map(numeric);

/** Every module line of the curriculum in order, elective members included. */
export const allRows = (c: Curriculum): CurriculumRow[] => c.stages.flatMap((s) => s.rows);

/** The curriculum lines that use each resource, in curriculum order. */
export function resourceUse(c: Curriculum): Map<Id, CurriculumRow[]> {
  const use = new Map<Id, CurriculumRow[]>();
  for (const row of allRows(c))
    for (const r of new Set(row.resolved?.resources ?? [])) {
      const list = use.get(r);
      if (list) list.push(row);
      else use.set(r, [row]);
    }
  return use;
}

/** The title page facts both documents print: organisation, hours, year and digest. */
export function titleFacts(
  index: NetworkIndex,
  total: HourRange,
  lang: string,
  words: DocumentWords,
  options: DocumentOptions,
): { organisation: MetaItem; hours: MetaItem; year: MetaItem; digest: MetaItem } {
  const base = index.basePartnerId === undefined ? undefined : index.partners.get(index.basePartnerId);
  const organisation = options.organisation ?? (base ? localize(base.name, lang) : words.notSpecified);
  return {
    organisation: { label: words.meta.organisation, value: organisation },
    hours: { label: words.meta.totalHours, value: words.academicHours(total.min, total.max) },
    year: { label: words.meta.year, value: String(options.year ?? Number(options.asOf.slice(0, 4))) },
    digest: { label: words.meta.digest, value: options.digest ?? words.notSpecified },
  };
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
/** A table, or "not specified" when it has no rows: never an empty section. */
export const tableOr = (table: TableBlock, empty: string): Block[] =>
  table.rows.length > 0 ? [table] : [paragraph(empty)];
/** A column of numbers, aligned to the end so their digits line up. */
export const numeric = (label: string): TableColumn => ({ label, align: 'end' });
/** A table of these columns (a plain label is a text column), or `empty` when it has no rows. */
export const tableOf = (
  columns: readonly (string | TableColumn)[],
  rows: string[][],
  empty: string,
): Block[] =>
  tableOr(
    { kind: 'table', columns: columns.map((c) => (typeof c === 'string' ? { label: c } : c)), rows },
    empty,
  );

const textOr = (text: string, empty: string) => (text === '' ? empty : text);

// ---------------------------------------------------------------------------------------------------------------

interface Context {
  program: Program;
  index: NetworkIndex;
  lang: string;
  s: ProgrammeDocumentStrings;
  w: DocumentWords;
  c: Curriculum;
  rows: CurriculumRow[];
}

const numbersOf = (rows: readonly CurriculumRow[]) => rows.map((r) => r.number);

function competencyCells(ctx: Context, id: Id): string[] {
  const comp = ctx.index.competencies.get(id);
  return comp
    ? [comp.code, localize(comp.title, ctx.lang), ctx.w.number(comp.level)]
    : [id, ctx.w.notSpecified, ctx.w.notSpecified];
}

function competenciesTable(ctx: Context, ids: readonly Id[]): Block[] {
  const { columns } = ctx.s;
  return tableOf(
    [columns.code, columns.competency, numeric(columns.level)],
    ids.map((id) => competencyCells(ctx, id)),
    ctx.w.notSpecified,
  );
}

function formOfStudy(ctx: Context): Block[] {
  const { s, w } = ctx;
  const formats = ctx.rows.flatMap((r) => (r.resolved ? [r.resolved.format] : []));
  if (formats.length === 0) return [paragraph(w.notSpecified)];
  const contact = (f: ModuleFormat) => f === 'in-person' || f === 'workplace';
  const form = formats.every(contact)
    ? s.form.contact
    : formats.every((f) => f === 'online')
      ? s.form.distance
      : s.form.mixed;
  const counts = new Map<ModuleFormat, number>();
  for (const f of formats) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [
    paragraph(form),
    { kind: 'list', items: [...counts].map(([f, n]) => s.form.byFormat(w.formats[f], n)) },
  ];
}

function generalCharacteristics(ctx: Context): Section {
  const { program, lang, s, w, c } = ctx;
  const h = s.headings;
  const hours = [paragraph(w.academicHours(c.totalHours.min, c.totalHours.max))];
  if (c.variable) hours.push(paragraph(w.electivesNote));
  return {
    heading: s.numbered('1', h.characteristics),
    blocks: [],
    sections: [
      {
        heading: s.numbered('1.1', h.purpose),
        blocks: [paragraph(textOr(localize(program.purpose, lang), w.notSpecified))],
      },
      { heading: s.numbered('1.2', h.outcomes), blocks: competenciesTable(ctx, program.targetCompetencies) },
      {
        heading: s.numbered('1.3', h.audience),
        blocks: [paragraph(textOr(localize(program.audience, lang), w.notSpecified))],
      },
      { heading: s.numbered('1.4', h.entry), blocks: competenciesTable(ctx, program.entryRequirements) },
      { heading: s.numbered('1.5', h.hours), blocks: hours },
      { heading: s.numbered('1.6', h.form), blocks: formOfStudy(ctx) },
    ],
  };
}

/**
 * The curriculum table: a heading line per stage, its module lines, a subtotal; an elective group is a line with
 * the hours it adds, followed by its members (numbered under it, with their own hours, not added again).
 */
function curriculumTable(ctx: Context): TableBlock {
  const { index, lang, s, w, c, program } = ctx;
  const rows: string[][] = [];
  const rowKinds: NonNullable<TableBlock['rowKinds']> = [];
  const width = 4 + HOUR_KINDS.length + 1;
  const line = (cells: string[], kind: 'body' | 'group' | 'subtotal' = 'body') => {
    rows.push(cells);
    rowKinds.push(kind);
  };
  const hoursCells = (span: HourSpan) => hourCells(span, w);
  const moduleLine = (r: CurriculumRow) =>
    line([
      r.number,
      rowModuleName(r, lang, w),
      ...hoursCells(spanOf(r.hours)),
      r.assessment ? w.assessments[r.assessment] : w.notSpecified,
      partnerName(index, r.partnerId, lang, w),
    ]);
  for (const stage of c.stages) {
    line(
      ['', w.stage(stage.number, localize(stage.title, lang)), ...Array<string>(width - 2).fill('')],
      'group',
    );
    for (const item of stage.items) {
      if (item.kind === 'module') moduleLine(item.row);
      else {
        line([item.group.number, electiveName(item.group, lang, w), ...hoursCells(item.group.hours), '', '']);
        item.group.members.forEach(moduleLine);
      }
    }
    line(['', s.curriculum.subtotal(stage.number), ...hoursCells(stage.subtotal), '', ''], 'subtotal');
  }
  const final = program.finalAssessment;
  line([
    '',
    s.curriculum.finalAssessment,
    ...Array<string>(HOUR_KINDS.length + 1).fill(''),
    final ? w.assessments[final.kind] : w.notSpecified,
    '',
  ]);
  return {
    kind: 'table',
    columns: [
      { label: w.columns.number },
      { label: w.columns.module },
      ...hourColumns(w),
      { label: w.columns.formOfAssessment },
      { label: w.columns.partner },
    ],
    rows,
    rowKinds,
    footer: ['', s.curriculum.total, ...hoursCells(c.total), '', ''],
  };
}

/**
 * The calendar schedule as weeks from the start of training, not dates: a programme has no start date or weekly
 * load of its own (each intake sets them), so dates would be invented. Modules follow one another in stage
 * order at the given weekly load; an elective group takes the weeks of its longest choice, and its members share
 * them. Week numbers are what a reviewer checks the sequence and the overall duration against.
 */
function calendarSchedule(ctx: Context, hoursPerWeek: number): Block[] {
  const { lang, s, w, c } = ctx;
  if (c.stages.length === 0) return [paragraph(w.notSpecified)];
  const rows: string[][] = [];
  const rowKinds: NonNullable<TableBlock['rowKinds']> = [];
  let at = 0;
  const weeks = (from: number, hours: number) => {
    const first = Math.floor(from / hoursPerWeek) + 1;
    return s.calendar.weeks(first, Math.max(first, Math.ceil((from + hours) / hoursPerWeek)));
  };
  for (const stage of c.stages) {
    rows.push(['', w.stage(stage.number, localize(stage.title, lang)), '', '']);
    rowKinds.push('group');
    for (const item of stage.items) {
      if (item.kind === 'module') {
        rows.push([
          item.row.number,
          rowModuleName(item.row, lang, w),
          w.number(item.row.total),
          weeks(at, item.row.total),
        ]);
        rowKinds.push('body');
        at += item.row.total;
      } else {
        const { group } = item;
        const span = weeks(at, group.total.max);
        rows.push([
          group.number,
          electiveName(group, lang, w),
          w.range(group.total.min, group.total.max),
          span,
        ]);
        rowKinds.push('body');
        for (const m of group.members) {
          rows.push([m.number, rowModuleName(m, lang, w), w.number(m.total), span]);
          rowKinds.push('body');
        }
        at += group.total.max;
      }
    }
  }
  return [
    paragraph(s.calendar.note(hoursPerWeek)),
    {
      kind: 'table',
      columns: [
        { label: w.columns.number },
        { label: w.columns.module },
        numeric(s.columns.hours),
        numeric(s.columns.weeks),
      ],
      rows,
      rowKinds,
      footer: ['', w.total, w.range(c.totalHours.min, c.totalHours.max), weeks(0, at)],
    },
  ];
}

function prerequisiteText(ctx: Context, p: Prerequisite): string {
  const name = (id: Id) => {
    const comp = ctx.index.competencies.get(id);
    return comp ? `${comp.code} ${ctx.w.quote(localize(comp.title, ctx.lang))}` : id;
  };
  return typeof p === 'string' ? name(p) : ctx.s.module.anyOf(p.anyOf.map(name));
}

function moduleWorkProgramme(ctx: Context, rows: CurriculumRow[]): Section {
  const { index, lang, s, w, c } = ctx;
  const first = rows[0]!;
  const m: Module | undefined = first.resolved;
  const title = m ? localize(m.title, lang) : w.unknownModule(first.module, first.version);
  const heading = s.module.heading(numbersOf(rows), title);
  if (!m) return { heading, blocks: [paragraph(s.module.notInNetwork)] };
  const labelled = (label: string, value: string) => `${label}: ${value}`;
  const stage = c.stages.find((st) => st.rows.includes(first))!;
  const kinds = hourCells(spanOf(m.hours), w).slice(1);
  const facts = [
    labelled(s.module.partner, partnerName(index, m.partnerId, lang, w)),
    labelled(s.module.format, w.formats[m.format]),
    labelled(
      s.module.hours,
      s.module.hoursBreakdown(
        w.academicHours(first.total, first.total),
        Object.fromEntries(HOUR_KINDS.map((k, i) => [k, kinds[i]!])) as Record<keyof Hours, string>,
      ),
    ),
    labelled(s.module.assessment, w.assessments[m.assessment]),
    w.stage(stage.number, localize(stage.title, lang)),
    ...(first.elective ? [`${first.elective.number}. ${electiveName(first.elective, lang, w)}`] : []),
  ];
  return {
    heading,
    blocks: [
      paragraph(labelled(s.module.content, textOr(localize(m.description, lang), w.notSpecified))),
      { kind: 'list', items: facts },
      paragraph(`${s.module.outcomes}:`),
      ...competenciesTable(ctx, m.outcomes),
      ...(m.prerequisites.length > 0
        ? [
            paragraph(`${s.module.prerequisites}:`),
            { kind: 'list' as const, items: m.prerequisites.map((p) => prerequisiteText(ctx, p)) },
          ]
        : [paragraph(labelled(s.module.prerequisites, s.module.noPrerequisites))]),
    ],
  };
}

/** One work programme per module (id and version), in curriculum order, however many lines use it. */
function workProgrammes(ctx: Context): Section[] {
  const byModule = new Map<string, CurriculumRow[]>();
  for (const r of ctx.rows) {
    const key = `${r.module}@${r.version}`;
    const list = byModule.get(key);
    if (list) list.push(r);
    else byModule.set(key, [r]);
  }
  return [...byModule.values()].map((rows) => moduleWorkProgramme(ctx, rows));
}

function content(ctx: Context, hoursPerWeek: number): Section {
  const { s, w, c } = ctx;
  const h = s.headings;
  const notes = [paragraph(s.curriculum.electiveLines), ...(c.variable ? [paragraph(w.electivesNote)] : [])];
  const hasElectives = c.stages.some((st) => st.items.some((i) => i.kind === 'elective'));
  const modules = workProgrammes(ctx);
  return {
    heading: s.numbered('2', h.content),
    blocks: [],
    sections: [
      {
        heading: s.numbered('2.1', h.curriculum),
        blocks:
          c.stages.length > 0
            ? [curriculumTable(ctx), ...(hasElectives ? notes : [])]
            : [paragraph(w.notSpecified)],
      },
      { heading: s.numbered('2.2', h.calendar), blocks: calendarSchedule(ctx, hoursPerWeek) },
      {
        heading: s.numbered('2.3', h.workProgrammes),
        blocks: modules.length > 0 ? [] : [paragraph(w.notSpecified)],
        ...(modules.length > 0 && { sections: modules }),
      },
    ],
  };
}

/** Resources of the given types used by the programme's modules, grouped by the partner that provides them. */
function resourcesByPartner(
  ctx: Context,
  types: readonly ResourceType[],
  cells: (r: Resource, rows: CurriculumRow[]) => string[],
  labels: readonly (string | TableColumn)[],
): Block[] {
  const { index, lang, w } = ctx;
  const byPartner = new Map<Id, [Resource, CurriculumRow[]][]>();
  for (const [id, rows] of resourceUse(ctx.c)) {
    const r = index.resources.get(id);
    if (!r || !types.includes(r.type)) continue;
    const list = byPartner.get(r.partnerId);
    if (list) list.push([r, rows]);
    else byPartner.set(r.partnerId, [[r, rows]]);
  }
  const rows: string[][] = [];
  const rowKinds: NonNullable<TableBlock['rowKinds']> = [];
  for (const [partnerId, resources] of byPartner) {
    rows.push([partnerName(index, partnerId, lang, w), ...Array<string>(labels.length - 1).fill('')]);
    rowKinds.push('group');
    for (const [r, used] of resources) {
      rows.push(cells(r, used));
      rowKinds.push('body');
    }
  }
  const columns = labels.map((c) => (typeof c === 'string' ? { label: c } : c));
  return tableOr({ kind: 'table', columns, rows, rowKinds }, w.notSpecified);
}

/** "12 places", "3 units", or nothing said. */
export const resourceAmount = (r: Resource, words: DocumentWords): string =>
  r.capacity !== undefined
    ? words.capacity(r.capacity)
    : r.quantity !== undefined
      ? words.quantity(r.quantity)
      : '';

function conditions(ctx: Context): Section {
  const { lang, s, w } = ctx;
  const h = s.headings;
  const used = (rows: CurriculumRow[]) => w.list(numbersOf(rows));
  const online = ctx.rows.filter(
    (r) => r.resolved && (r.resolved.format === 'online' || r.resolved.format === 'blended'),
  );
  return {
    heading: s.numbered('3', h.conditions),
    blocks: [],
    sections: [
      {
        heading: s.numbered('3.1', h.sites),
        blocks: resourcesByPartner(
          ctx,
          ['site', 'equipment'],
          (r, rows) => [
            localize(r.name, lang),
            w.resourceTypes[r.type],
            resourceAmount(r, w),
            r.address ?? '',
            used(rows),
          ],
          [
            w.columns.resource,
            w.columns.type,
            numeric(w.columns.amount),
            s.columns.address,
            w.columns.modules,
          ],
        ),
      },
      {
        heading: s.numbered('3.2', h.staff),
        blocks: resourcesByPartner(
          ctx,
          ['staff'],
          (r, rows) => [
            localize(r.name, lang),
            textOr(localize(r.specialty, lang), w.notSpecified),
            used(rows),
          ],
          [w.columns.resource, w.columns.specialty, w.columns.modules],
        ),
      },
      {
        heading: s.numbered('3.3', h.materials),
        blocks: [
          ...tableOf(
            [w.columns.number, w.columns.module, s.columns.format, s.columns.materials],
            ctx.rows.map((r) => [
              r.number,
              rowModuleName(r, lang, w),
              r.resolved ? w.formats[r.resolved.format] : w.notSpecified,
              textOr(localize(r.resolved?.description, lang), w.notSpecified),
            ]),
            w.notSpecified,
          ),
          ...(ctx.rows.length > 0
            ? [
                paragraph(
                  online.length > 0 ? s.materials.online(used(online), online.length) : s.materials.noOnline,
                ),
              ]
            : []),
        ],
      },
    ],
  };
}

function assessment(ctx: Context): Section {
  const { program, index, lang, s, w } = ctx;
  const h = s.headings;
  const final = program.finalAssessment;
  const exams = ctx.rows.filter((r) => r.assessment === 'demonstration-exam');
  const examItems = [
    ...exams.map((r) =>
      s.demonstrationExam.module(rowModuleName(r, lang, w), partnerName(index, r.partnerId, lang, w)),
    ),
    ...(final?.kind === 'demonstration-exam' ? [s.demonstrationExam.final] : []),
  ];
  const finalText = final ? localize(final.description, lang) : '';
  return {
    heading: s.numbered('4', h.assessment),
    blocks: [],
    sections: [
      {
        heading: s.numbered('4.1', h.moduleAssessments),
        blocks: tableOf(
          [
            w.columns.number,
            w.columns.module,
            w.columns.formOfAssessment,
            numeric(s.columns.assessmentHours),
            w.columns.partner,
          ],
          ctx.rows.map((r) => [
            r.number,
            rowModuleName(r, lang, w),
            r.assessment ? w.assessments[r.assessment] : w.notSpecified,
            w.number(r.hours.assessment),
            partnerName(index, r.partnerId, lang, w),
          ]),
          w.notSpecified,
        ),
      },
      {
        heading: s.numbered('4.2', h.finalAssessment),
        blocks: final
          ? [
              paragraph(s.finalAssessment(w.assessments[final.kind])),
              ...(finalText ? [paragraph(finalText)] : []),
            ]
          : [paragraph(w.notSpecified)],
      },
      {
        heading: s.numbered('4.3', h.demonstrationExams),
        blocks:
          examItems.length > 0 ? [{ kind: 'list', items: examItems }] : [paragraph(s.demonstrationExam.none)],
      },
    ],
  };
}

/** Where a diagnostic points, in the terms of this document (curriculum numbers), with the pointer for tools. */
export function placeOf(d: Pick<Diagnostic, 'pointer' | 'source'>, s: ProgrammeDocumentStrings): string {
  const where = s.validation.where;
  const p = d.pointer;
  if (d.source) return `${d.source}${p}`;
  const n = (x: string | undefined) => Number(x) + 1;
  let m: RegExpMatchArray | null;
  let place: string;
  if ((m = p.match(/^\/stages\/(\d+)\/items\/(\d+)(?:\/of\/(\d+))?/)))
    place = where.item(
      [m[1], m[2], ...(m[3] === undefined ? [] : [m[3]])].map((x) => String(n(x))).join('.'),
    );
  else if ((m = p.match(/^\/stages\/(\d+)/))) place = where.stage(String(n(m[1])));
  else if (p === '/stages') place = where.curriculum;
  else if ((m = p.match(/^\/targetCompetencies\/(\d+)/))) place = where.target(n(m[1]));
  else if ((m = p.match(/^\/entryRequirements\/(\d+)/))) place = where.entry(n(m[1]));
  else if (p.startsWith('/finalAssessment')) place = where.finalAssessment;
  else if ((m = p.match(/^\/waivers\/(\d+)/))) place = where.waiver(n(m[1]));
  else if (p === '' || p === '/') return where.programme;
  else return p;
  return `${place} (${p})`;
}

function validation(ctx: Context, diagnostics: readonly Diagnostic[]): Section {
  const { program, index, lang, s, w } = ctx;
  const v = s.validation;
  const h = s.headings;
  const count = (sev: Severity) => diagnostics.filter((d) => !d.waived && d.severity === sev).length;
  const moduleTitle = (id: Id) => {
    const m = index.moduleVersions.get(id)?.[0];
    return m ? `${w.quote(localize(m.title, lang))} (${id})` : id;
  };
  return {
    heading: s.numbered('5', h.validation),
    blocks: [],
    sections: [
      {
        heading: s.numbered('5.1', h.diagnostics),
        blocks:
          diagnostics.length === 0
            ? [paragraph(v.clean)]
            : [
                paragraph(
                  v.summary({
                    errors: count('error'),
                    warnings: count('warning'),
                    infos: count('info'),
                    waived: diagnostics.filter((d) => d.waived).length,
                  }),
                ),
                ...tableOf(
                  [s.columns.code, s.columns.severity, s.columns.message, s.columns.where],
                  diagnostics.map((d) => [
                    d.code,
                    d.waived ? v.waived(v.severities[d.severity]) : v.severities[d.severity],
                    v.message(d, index),
                    placeOf(d, s),
                  ]),
                  v.clean,
                ),
              ],
      },
      {
        heading: s.numbered('5.2', h.waivers),
        blocks: tableOf(
          [s.columns.code, s.columns.where, s.columns.reason, s.columns.by],
          program.waivers.map((wv) => [
            wv.code,
            [
              ...(wv.moduleId === undefined ? [] : [moduleTitle(wv.moduleId)]),
              ...(wv.pointer === undefined ? [] : [placeOf({ pointer: wv.pointer }, s)]),
            ].join('; ') || v.where.programme,
            wv.reason,
            wv.by,
          ]),
          v.noWaivers,
        ),
      },
    ],
  };
}

/**
 * The programme as reviewers of an additional professional programme expect to read it (see
 * shared/design/documents.md): a title page, then general characteristics, content (curriculum, calendar
 * schedule, module work programmes), organisational and pedagogical conditions, assessment and the validation
 * summary. Every heading is always there; where the data has nothing, the section says "not specified".
 */
export function programmeDocument(
  program: Program,
  index: NetworkIndex,
  diagnostics: readonly Diagnostic[],
  lang: string,
  strings: ProgrammeDocumentStrings,
  options: ProgrammeDocumentOptions,
): DocumentModel {
  const w = strings.words;
  const c = curriculum(program, index);
  const ctx: Context = { program, index, lang, s: strings, w, c, rows: allRows(c) };
  const facts = titleFacts(index, c.totalHours, lang, w, options);
  return {
    lang,
    title: localize(program.title, lang),
    subtitle: w.programmeTypes[program.programType],
    meta: [facts.organisation, facts.hours, facts.year, facts.digest],
    sections: [
      generalCharacteristics(ctx),
      content(ctx, options.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK),
      conditions(ctx),
      assessment(ctx),
      validation(ctx, diagnostics),
    ],
    ...(options.digest !== undefined && { digest: options.digest }),
  };
}
