import { localize } from '../localized-text';
import type { Id, StepReason, Trajectory, TrajectoryStep } from '../model';
import { resolveModule, type NetworkIndex } from '../network-index';
import { stepHours } from '../hours';
import type { Block, DocumentModel, TableBlock } from './document-model';

/**
 * What the trajectory document says, in one language. Declared here so the domain phrases nothing itself and
 * still does not depend on the message catalogs, which implement it (src/i18n/documents.*.ts).
 */
export interface TrajectoryDocumentStrings {
  title: string;
  meta: {
    trainee: string;
    programme: string;
    start: string;
    end: string;
    totalHours: string;
    optimality: string;
  };
  plannedFromNetwork: string;
  optimal: string;
  /** The proven bound on the gap to the optimum, in per cent rounded to one decimal. */
  withinOfOptimal: (percent: number) => string;
  /** Printed where the data has nothing: a missing part is itself a review finding. */
  notSpecified: string;
  sections: { targets: string; prior: string; steps: string };
  columns: {
    order: string;
    module: string;
    partner: string;
    hours: string;
    dates: string;
    reasons: string;
    code: string;
    competency: string;
    evidence: string;
  };
  total: string;
  reasons: {
    target: (competency: string) => string;
    prerequisite: (module: string, competency: string) => string;
    elective: string;
    chosen: (note: string | undefined) => string;
    programme: (stage: string) => string;
  };
  quote: (text: string) => string;
  hours: (n: number) => string;
  number: (n: number) => string;
  dateRange: (start: string, end: string) => string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A calendar date in the document's language; read as UTC so no time zone can move it to another day. */
export function formatLongDate(iso: string, lang: string): string {
  let f = dateFormats.get(lang);
  if (!f) dateFormats.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  const [y, m, d] = iso.split('-').map(Number);
  return f.format(Date.UTC(y!, m! - 1, d!));
}

/** Why a step is there, in words; the printed document and the calendar share it so both say the same. */
export function describeReasons(
  reasons: readonly StepReason[],
  index: NetworkIndex,
  lang: string,
  strings: TrajectoryDocumentStrings,
): string {
  if (reasons.length === 0) return strings.notSpecified;
  const r = strings.reasons;
  const code = (id: Id) => index.competencies.get(id)?.code ?? id;
  const phrase = (reason: StepReason): string => {
    switch (reason.kind) {
      case 'target':
        return r.target(competencyName(reason.competency, index, lang, strings));
      case 'prerequisite': {
        const needing = index.moduleVersions.get(reason.for)?.[0];
        const module = needing ? strings.quote(localize(needing.title, lang)) : reason.for;
        return r.prerequisite(module, code(reason.competency));
      }
      case 'elective':
        return r.elective;
      case 'chosen':
        return r.chosen(reason.note);
      case 'programme':
        return r.programme(reason.stage);
    }
  };
  return reasons.map(phrase).join('; ');
}

function competencyName(id: Id, index: NetworkIndex, lang: string, strings: TrajectoryDocumentStrings) {
  const c = index.competencies.get(id);
  return c ? `${c.code} ${strings.quote(localize(c.title, lang))}` : id;
}

/** The trajectory as a printable document: who, what for, then each step with its partner, dates and reasons. */
export function trajectoryDocument(
  trajectory: Trajectory,
  index: NetworkIndex,
  lang: string,
  strings: TrajectoryDocumentStrings,
): DocumentModel {
  const { columns, notSpecified } = strings;
  const date = (iso: string | undefined) => (iso ? formatLongDate(iso, lang) : notSpecified);
  const hours = trajectory.steps.map((s) => stepHours(index, s));
  // The total is the sum of the rows printed, so the document adds up even if the file's totalHours does not.
  const total = hours.reduce((a, b) => a + b, 0);
  const starts = trajectory.steps.flatMap((s) => (s.start ? [s.start] : [])).sort();
  const ends = trajectory.steps.flatMap((s) => (s.end ? [s.end] : [])).sort();

  const meta = [
    ...(trajectory.trainee ? [{ label: strings.meta.trainee, value: trajectory.trainee.alias }] : []),
    { label: strings.meta.programme, value: trajectory.programId ?? strings.plannedFromNetwork },
    { label: strings.meta.start, value: date(starts[0]) },
    { label: strings.meta.end, value: date(ends[ends.length - 1]) },
    { label: strings.meta.totalHours, value: strings.hours(total) },
    {
      label: strings.meta.optimality,
      value:
        trajectory.optimal === true
          ? strings.optimal
          : strings.withinOfOptimal(Math.round(trajectory.optimal * 1000) / 10),
    },
  ];

  const competencyCells = (id: Id) => {
    const c = index.competencies.get(id);
    return [c?.code ?? id, c ? localize(c.title, lang) : notSpecified];
  };
  const dates = (s: TrajectoryStep) =>
    s.start && s.end
      ? s.start === s.end
        ? date(s.start)
        : strings.dateRange(date(s.start), date(s.end))
      : notSpecified;
  const moduleCell = (s: TrajectoryStep) => {
    const m = resolveModule(index, s.module, s.version);
    return m ? `${localize(m.title, lang)} (${s.module}@${s.version})` : `${s.module}@${s.version}`;
  };
  const partnerCell = (s: TrajectoryStep) => {
    const m = resolveModule(index, s.module, s.version);
    const partner = m && index.partners.get(m.partnerId);
    return partner ? localize(partner.name, lang) : (m?.partnerId ?? notSpecified);
  };

  return {
    lang,
    title: strings.title,
    meta,
    sections: [
      {
        heading: strings.sections.targets,
        blocks: tableOrNothing(strings, {
          kind: 'table',
          columns: [{ label: columns.code }, { label: columns.competency }],
          rows: trajectory.targetCompetencies.map(competencyCells),
        }),
      },
      {
        heading: strings.sections.prior,
        blocks: tableOrNothing(strings, {
          kind: 'table',
          columns: [{ label: columns.code }, { label: columns.competency }, { label: columns.evidence }],
          rows: trajectory.priorCompetencies.map((p) => [...competencyCells(p.competency), p.evidence]),
        }),
      },
      {
        heading: strings.sections.steps,
        blocks: tableOrNothing(strings, {
          kind: 'table',
          columns: [
            { label: columns.order, align: 'end' },
            { label: columns.module },
            { label: columns.partner },
            { label: columns.hours, align: 'end' },
            { label: columns.dates },
            { label: columns.reasons },
          ],
          rows: trajectory.steps.map((s, i) => [
            strings.number(i + 1),
            moduleCell(s),
            partnerCell(s),
            strings.number(hours[i]!),
            dates(s),
            describeReasons(s.reasons, index, lang, strings),
          ]),
          footer: ['', strings.total, '', strings.number(total), '', ''],
        }),
      },
    ],
  };
}

const tableOrNothing = (strings: TrajectoryDocumentStrings, table: TableBlock): Block[] =>
  table.rows.length > 0 ? [table] : [{ kind: 'paragraph', text: strings.notSpecified }];
