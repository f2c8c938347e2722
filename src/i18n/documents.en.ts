import type { TrajectoryDocumentStrings } from '../domain/documents/trajectory-document';
import { formatNumber, plural } from './lang';

/** What printed and exported documents say; one key per document. */
export const documentsEn = {
  trajectory: {
    title: 'Individual learning trajectory',
    meta: {
      trainee: 'Trainee',
      programme: 'Programme',
      start: 'Start',
      end: 'End',
      totalHours: 'Total hours',
      optimality: 'Optimality',
    },
    plannedFromNetwork: 'planned from the network',
    optimal: 'optimal',
    withinOfOptimal: (percent) => `within ${formatNumber('en', percent)}% of optimal`,
    notSpecified: 'not specified',
    sections: {
      targets: 'Target competencies',
      prior: 'Recognised prior learning',
      steps: 'Steps',
    },
    columns: {
      order: 'No.',
      module: 'Module',
      partner: 'Partner',
      hours: 'Hours',
      dates: 'Dates',
      reasons: 'Why',
      code: 'Code',
      competency: 'Competency',
      evidence: 'Evidence',
    },
    total: 'Total',
    reasons: {
      target: (competency) => `develops ${competency}, a target`,
      prerequisite: (module, competency) => `needed by ${module} for ${competency}`,
      elective: 'elective',
      chosen: (note) => (note ? `chosen by the trainee: ${note}` : 'chosen by the trainee'),
      programme: (stage) => `required by the programme (stage ${stage})`,
    },
    quote: (text) => `“${text}”`,
    hours: (n) => plural('en', n, { one: '# hour', other: '# hours' }),
    number: (n) => formatNumber('en', n),
    dateRange: (start, end) => `${start} – ${end}`,
  } satisfies TrajectoryDocumentStrings,
};
export type DocumentMessages = typeof documentsEn;
