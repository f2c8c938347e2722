import type { PluralForms } from '../lang';

export const picturesEn = {
  region: 'Programme at a glance',
  tabs: 'Pictures of the programme',
  tab: { coverage: 'Coverage', hours: 'Hours', prerequisites: 'Prerequisites' },
  empty: 'Open a programme to see its pictures.',
  noModules: 'The programme has no modules yet.',
  stage: (n: string, title: string) => `${n}. ${title}`,
  quote: (title: string) => `“${title}”`,
  unknownModule: (id: string) => `unknown module ${id}`,
  coverage: {
    caption: 'Target competencies by the modules that develop them',
    summary: (covered: number, of: number) => `${covered} of ${of} covered`,
    target: 'Target competency',
    status: 'Status',
    statuses: {
      covered: 'covered',
      'elective-only': 'only by some elective choices',
      missing: 'not covered',
    } as Record<string, string>,
    develops: 'develops',
    elective: '(elective)',
    electiveLegend: 'elective module',
    noTargets: 'The programme has no target competencies.',
    developedBy: 'Developed by',
    compact: (modules: number) =>
      `With ${modules} modules a grid would be unreadable: each target lists the modules that develop it.`,
  },
  hours: {
    byStage: 'Hours by stage',
    byPartner: 'Hours by partner',
    kinds: {
      theory: 'Theory',
      practice: 'Practice',
      selfStudy: 'Self-study',
      assessment: 'Assessment',
    } as Record<string, string>,
    /** For the narrow columns of the numbers table; spoken in full. */
    kindsShort: {
      theory: 'Theory',
      practice: 'Practice',
      selfStudy: 'Self-study',
      assessment: 'Assessment',
    } as Record<string, string>,
    electiveRange: 'Elective choices',
    hours: (n: string) => `${n} h`,
    range: (min: string, max: string) => (min === max ? `${min} h` : `${min}–${max} h`),
    kindRange: (min: string, max: string) => (min === max ? min : `${min}–${max}`),
    stage: 'Stage',
    partner: 'Partner',
    total: 'Total',
    mandatory: 'Mandatory',
    elective: 'Elective',
    share: 'Share of the minimum',
    percent: (n: string) => `${n}%`,
    partnerValue: (mandatory: string | undefined, elective: string | undefined, share: string) =>
      `${[mandatory, elective && `+${elective}`].filter(Boolean).join(' ')} · ${share}`,
    stageBar: (stage: string, hours: string) => `${stage}: ${hours}`,
    partnerBar: (partner: string, mandatory: string, elective: string | undefined, share: string) =>
      `${partner}: ${mandatory} mandatory${elective ? `, ${elective} more by elective choice` : ''}, ${share} of the minimum`,
    chartLabel: (title: string, bars: string) => `${title}. ${bars}`,
    numbers: (title: string) => `${title}, in numbers`,
    showNumbers: 'Show the numbers',
  },
  graph: {
    label: 'Prerequisite graph',
    edges: 'Prerequisite links',
    modules: { one: '# module', other: '# modules' } as PluralForms,
    links: { one: '# link', other: '# links' } as PluralForms,
    outOfOrder: { one: '# out of order', other: '# out of order' } as PluralForms,
    unmet: { one: '# unmet', other: '# unmet' } as PluralForms,
    missing: 'Missing',
    missingTitle: 'Competencies no module in the programme provides',
    legend: {
      ok: 'provided earlier',
      order: 'provider comes later',
      unmet: 'not provided',
      group: 'elective group',
    },
    noLinks: 'No module needs another one here.',
    ok: (provider: string, competencies: string, user: string) =>
      `${provider} provides ${competencies} to ${user}`,
    order: (provider: string, competencies: string, user: string) =>
      `${provider} provides ${competencies} to ${user}, but comes later: out of order`,
    unmetEdge: (competencies: string, user: string) =>
      `Unmet: no module in the programme provides ${competencies} to ${user}, and it is not an entry requirement`,
  },
};
export type PicturesMessages = typeof picturesEn;
