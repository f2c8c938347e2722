import { HOUR_KINDS, ZERO_HOURS, addHours } from '../hours';
import { localize } from '../localized-text';
import type { AssessmentKind, Id, Partner, Program, Resource } from '../model';
import type { NetworkIndex } from '../network-index';
import {
  curriculum,
  spanOf,
  spanTotal,
  type Curriculum,
  type CurriculumRow,
  type HourRange,
  type HourSpan,
} from './curriculum';
import type { Block, DocumentModel, Section, TableBlock, TableColumn } from './document-model';
import {
  allRows,
  electiveName,
  paragraph,
  partnerName,
  resourceAmount,
  resourceUse,
  rowModuleName,
  hourCells,
  hourColumns,
  numeric,
  tableOf,
  titleFacts,
  type DocumentOptions,
  type DocumentWords,
} from './programme-document';

/** What the network agreement annex says, in one language (src/i18n/documents.*.ts implement it). */
export interface NetworkAnnexStrings {
  words: DocumentWords;
  title: string;
  /** "Continuing professional education programme (advanced training) “CNC machine operator”". */
  subtitle: (programmeType: string, title: string) => string;
  numbered: (number: string, heading: string) => string;
  meta: { baseOrganisation: string };
  headings: {
    modules: string;
    resources: string;
    responsibilities: string;
    distribution: string;
  };
  facts: { kind: string; role: string; city: string };
  columns: { share: string; organisation: string; role: string };
  /** The partner's mandatory modules: "Mandatory modules". */
  mandatory: string;
  /** Modules a trainee may choose, delivered only when chosen. */
  electives: string;
  noModules: string;
  /** "Share of its mandatory modules in the programme's total hours: 22.2% (16 of 72 academic hours)." */
  share: (percent: string, hours: string, total: string) => string;
  /** The most a trainee's choice of electives can add to the partner's hours, as a plain figure. */
  electiveShare: (hours: string) => string;
  /** How an elective module is marked in the partner's list: "elective, group 3.1 (choose 1 of 3)". */
  inGroup: (group: string, choose: number, of: number) => string;
  /** A summary line for an elective group: its hours fall to the partners whose modules are chosen. */
  electiveGroup: (group: string, partners: string) => string;
  responsibilities: {
    base: string;
    finalAssessment: (form: string) => string;
    /** `modules` lists curriculum numbers; `count` says how many, for the plural. */
    classes: (modules: string, count: number) => string;
    workplace: (modules: string, count: number) => string;
    sites: (names: readonly string[]) => string;
    equipment: (names: readonly string[]) => string;
    staff: (names: readonly string[]) => string;
    assessment: (modules: string, count: number) => string;
    demonstrationExams: (modules: string, count: number) => string;
    expertReview: string;
  };
}

interface Involvement {
  partnerId: Id;
  partner: Partner | undefined;
  rows: CurriculumRow[];
  resources: [Resource, CurriculumRow[]][];
}

/** The partners a programme involves: the base organisation first, then in curriculum order. */
function involvedPartners(c: Curriculum, index: NetworkIndex): Involvement[] {
  const byId = new Map<Id, Involvement>();
  const get = (partnerId: Id) => {
    let p = byId.get(partnerId);
    if (!p)
      byId.set(
        partnerId,
        (p = { partnerId, partner: index.partners.get(partnerId), rows: [], resources: [] }),
      );
    return p;
  };
  if (index.basePartnerId !== undefined && index.partners.has(index.basePartnerId)) get(index.basePartnerId);
  const use = resourceUse(c);
  for (const row of allRows(c)) {
    if (row.partnerId !== undefined) get(row.partnerId).rows.push(row);
    for (const id of new Set(row.resolved?.resources ?? [])) {
      const r = index.resources.get(id);
      const p = r && get(r.partnerId);
      if (p && !p.resources.some(([x]) => x === r)) p.resources.push([r, use.get(id)!]);
    }
  }
  // Sites, then equipment, then staff, each in order of first use.
  const rank = { site: 0, equipment: 1, staff: 2 } as const;
  for (const p of byId.values()) p.resources.sort(([a], [b]) => rank[a.type] - rank[b.type]);
  return [...byId.values()];
}

const numbers = (rows: readonly CurriculumRow[], words: DocumentWords) =>
  words.list(rows.map((r) => r.number));

function responsibilities(
  p: Involvement,
  program: Program,
  isBase: boolean,
  lang: string,
  s: NetworkAnnexStrings,
): string[] {
  const r = s.responsibilities;
  const w = s.words;
  const out: string[] = [];
  const some = (rows: CurriculumRow[], phrase: (modules: string, count: number) => string) => {
    if (rows.length > 0) out.push(phrase(numbers(rows, w), rows.length));
  };
  const assessed = (kinds: readonly AssessmentKind[]) =>
    p.rows.filter((x) => x.assessment && kinds.includes(x.assessment));
  const named = (type: Resource['type'], phrase: (names: readonly string[]) => string) => {
    const names = p.resources.filter(([x]) => x.type === type).map(([x]) => localize(x.name, lang));
    if (names.length > 0) out.push(phrase(names));
  };
  if (isBase) {
    out.push(r.base);
    if (program.finalAssessment) out.push(r.finalAssessment(w.assessments[program.finalAssessment.kind]));
  }
  some(
    p.rows.filter((x) => x.total - x.hours.assessment > 0),
    r.classes,
  );
  some(
    p.rows.filter((x) => x.resolved?.format === 'workplace'),
    r.workplace,
  );
  named('site', r.sites);
  named('equipment', r.equipment);
  named('staff', r.staff);
  some(assessed(['test', 'project']), r.assessment);
  some(assessed(['demonstration-exam']), r.demonstrationExams);
  if (p.partner?.kind === 'methodological-centre') out.push(r.expertReview);
  return out;
}

/**
 * Shares in per cent to one decimal that add up to exactly 100 (largest remainders), so the printed column sums
 * to its printed total; all 0 when the whole is 0.
 */
function apportion(parts: readonly number[], whole: number): number[] {
  if (!(whole > 0)) return parts.map(() => 0);
  const exact = parts.map((p) => (p / whole) * 1000);
  const tenths = exact.map((e) => Math.floor(e + 1e-9));
  let rest = 1000 - tenths.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - tenths[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    tenths[i]! += 1;
    rest -= 1;
  }
  return tenths.map((t) => t / 10);
}

/**
 * The lines of the closing table: each partner's modules outside elective groups, then each elective group (its
 * hours fall to whichever partners' modules are chosen, so they cannot be assigned in advance). Together they
 * are the programme total; shares are apportioned at both ends of the choice.
 */
interface Line {
  hours: HourSpan;
  share: string;
}
function distributionLines(partners: Involvement[], c: Curriculum, words: DocumentWords) {
  const spans = [
    ...partners.map((p) =>
      spanOf(p.rows.filter((r) => !r.elective).reduce((a, r) => addHours(a, r.hours), ZERO_HOURS)),
    ),
    ...c.stages.flatMap((s) => s.items.flatMap((i) => (i.kind === 'elective' ? [i.group.hours] : []))),
  ];
  const total = (h: HourSpan['min']) => HOUR_KINDS.reduce((a, k) => a + h[k], 0);
  const low = apportion(
    spans.map((s) => total(s.min)),
    c.totalHours.min,
  );
  const high = apportion(
    spans.map((s) => total(s.max)),
    c.totalHours.max,
  );
  const lines: Line[] = spans.map((hours, i) => ({
    hours,
    // In the order of every other range: at the cheapest choice, then at the dearest (a fixed share shrinks).
    share: words.percent(low[i]!, high[i]!),
  }));
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
  return { lines, totalShare: words.percent(sum(low), sum(high)) };
}

/** The most a trainee's choices can add to one partner: in each group, the partner's dearest k members. */
function electiveMost(rows: readonly CurriculumRow[]): number {
  const byGroup = new Map<string, { choose: number; totals: number[] }>();
  for (const r of rows) {
    if (!r.elective) continue;
    const g = byGroup.get(r.elective.number) ?? { choose: r.elective.choose, totals: [] };
    g.totals.push(r.total);
    byGroup.set(r.elective.number, g);
  }
  let most = 0;
  for (const g of byGroup.values())
    most += g.totals
      .sort((a, b) => b - a)
      .slice(0, g.choose)
      .reduce((a, b) => a + b, 0);
  return most;
}

interface AnnexContext {
  program: Program;
  index: NetworkIndex;
  lang: string;
  s: NetworkAnnexStrings;
  total: HourRange;
}

function partnerSection(number: string, p: Involvement, line: Line, ctx: AnnexContext): Section {
  const { program, index, lang, s, total } = ctx;
  const w = s.words;
  const isBase = p.partnerId === index.basePartnerId;
  const mandatory = p.rows.filter((r) => !r.elective);
  const electives = p.rows.filter((r) => r.elective);
  const columns: TableColumn[] = [
    { label: w.columns.number },
    { label: w.columns.module },
    ...hourColumns(w),
  ];
  const cells = (span: HourSpan) => hourCells(span, w);
  const modules: Block[] = [];
  if (mandatory.length > 0)
    modules.push({
      kind: 'table',
      caption: s.mandatory,
      columns,
      rows: mandatory.map((r) => [r.number, rowModuleName(r, lang, w), ...cells(spanOf(r.hours))]),
      footer: ['', w.total, ...cells(line.hours)],
    });
  if (electives.length > 0)
    modules.push({
      kind: 'table',
      caption: s.electives,
      columns,
      rows: electives.map((r) => [
        r.number,
        `${rowModuleName(r, lang, w)}; ${s.inGroup(r.elective!.number, r.elective!.choose, r.elective!.of)}`,
        ...cells(spanOf(r.hours)),
      ]),
    });
  if (p.rows.length === 0) modules.push(paragraph(s.noModules));
  else {
    const own = spanTotal(line.hours).min;
    modules.push(paragraph(s.share(line.share, w.number(own), w.range(total.min, total.max))));
    if (electives.length > 0) modules.push(paragraph(s.electiveShare(w.number(electiveMost(electives)))));
  }
  const duties = responsibilities(p, program, isBase, lang, s);
  const facts = [
    `${s.facts.kind}: ${p.partner ? w.partnerKinds[p.partner.kind] : w.notSpecified}`,
    `${s.facts.role}: ${isBase ? w.roles.base : w.roles.participant}`,
    ...(p.partner?.city ? [`${s.facts.city}: ${p.partner.city}`] : []),
  ];
  return {
    heading: s.numbered(number, partnerName(index, p.partnerId, lang, w)),
    blocks: [{ kind: 'list', items: facts }],
    sections: [
      { heading: s.numbered(`${number}.1`, s.headings.modules), blocks: modules },
      {
        heading: s.numbered(`${number}.2`, s.headings.resources),
        blocks: tableOf(
          [w.columns.resource, w.columns.type, numeric(w.columns.amount), w.columns.modules],
          p.resources.map(([r, rows]) => [
            localize(r.name, lang),
            w.resourceTypes[r.type],
            resourceAmount(r, w),
            numbers(rows, w),
          ]),
          w.notSpecified,
        ),
      },
      {
        heading: s.numbered(`${number}.3`, s.headings.responsibilities),
        blocks: duties.length > 0 ? [{ kind: 'list', items: duties }] : [paragraph(w.notSpecified)],
      },
    ],
  };
}

/** Hours by organisation, closing with the programme total (the curriculum's grand total). */
function distribution(
  partners: Involvement[],
  c: Curriculum,
  computed: ReturnType<typeof distributionLines>,
  ctx: AnnexContext,
): TableBlock {
  const { index, lang, s } = ctx;
  const w = s.words;
  const labels: string[][] = partners.map((p) => [
    partnerName(index, p.partnerId, lang, w),
    p.partnerId === index.basePartnerId ? w.roles.base : w.roles.participant,
  ]);
  for (const stage of c.stages)
    for (const item of stage.items) {
      if (item.kind !== 'elective') continue;
      const g = item.group;
      const names = [...new Set(g.members.map((m) => partnerName(index, m.partnerId, lang, w)))];
      labels.push([s.electiveGroup(`${g.number}. ${electiveName(g, lang, w)}`, w.list(names)), '']);
    }
  const cells = (span: HourSpan) => hourCells(span, w);
  return {
    kind: 'table',
    columns: [
      { label: s.columns.organisation },
      { label: s.columns.role },
      ...hourColumns(w),
      numeric(s.columns.share),
    ],
    rows: computed.lines.map((line, i) => [...labels[i]!, ...cells(line.hours), line.share]),
    footer: [w.total, '', ...cells(c.total), computed.totalShare],
  };
}

/**
 * The annex to a network-form agreement (Federal Law 273-FZ, art. 15): for each organisation, its kind and role,
 * the modules it delivers with hours by kind and its share of the total, the resources it provides and for which
 * modules, and its responsibilities derived from them; then hours by organisation adding up to the programme total.
 */
export function networkAnnex(
  program: Program,
  index: NetworkIndex,
  lang: string,
  strings: NetworkAnnexStrings,
  options: DocumentOptions,
): DocumentModel {
  const w = strings.words;
  const c = curriculum(program, index);
  const partners = involvedPartners(c, index);
  const computed = distributionLines(partners, c, w);
  const facts = titleFacts(index, c.totalHours, lang, w, options);
  const title = localize(program.title, lang);
  const ctx: AnnexContext = { program, index, lang, s: strings, total: c.totalHours };
  const last = String(partners.length + 1);
  return {
    lang,
    title: strings.title,
    subtitle: strings.subtitle(w.programmeTypes[program.programType], title),
    meta: [
      { label: w.meta.programme, value: title },
      { ...facts.organisation, label: strings.meta.baseOrganisation },
      facts.hours,
      facts.year,
      facts.digest,
    ],
    sections: [
      ...partners.map((p, i) => partnerSection(String(i + 1), p, computed.lines[i]!, ctx)),
      {
        heading: strings.numbered(last, strings.headings.distribution),
        blocks:
          partners.length > 0 ? [distribution(partners, c, computed, ctx)] : [paragraph(w.notSpecified)],
      },
    ],
    ...(options.digest !== undefined && { digest: options.digest }),
  };
}
