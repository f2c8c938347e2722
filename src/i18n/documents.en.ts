import type { NetworkAnnexStrings } from '../domain/documents/network-annex';
import type { DocumentWords, ProgrammeDocumentStrings } from '../domain/documents/programme-document';
import type { TrajectoryDocumentStrings } from '../domain/documents/trajectory-document';
import { diagnosticMessage } from './render-diagnostic';
import { createFormatter } from './format';
import { formatNumber, plural } from './lang';

const num = (n: number) => formatNumber('en', n);
const range = (min: number, max: number) => (min === max ? num(min) : `${num(min)}–${num(max)}`);
const count = (n: number, one: string, other: string) =>
  plural('en', n, { one: `# ${one}`, other: `# ${other}` });
const quote = (text: string) => `“${text}”`;
const modulesWord = (n: number) => (n === 1 ? 'module' : 'modules');

/** Words the programme document and the network annex share. */
const words = {
  notSpecified: 'not specified',
  quote,
  number: num,
  range,
  academicHours: (min, max) =>
    min === max ? count(min, 'academic hour', 'academic hours') : `${range(min, max)} academic hours`,
  percent: (min, max) => `${range(min, max)}%`,
  list: (items) => items.join(', '),
  module: (title, id, version) => `${title} (${id}@${version})`,
  unknownModule: (id, version) => `${id}@${version} (not in the network's catalogs)`,
  elective: (title, choose, of) =>
    `Elective modules${title === undefined ? '' : ` ${quote(title)}`}: choose ${num(choose)} of ${num(of)}`,
  stage: (number, title) => `Stage ${number}. ${title}`,
  programmeTypes: {
    'advanced-training': 'Continuing professional education programme: advanced training',
    retraining: 'Continuing professional education programme: professional retraining',
    'vocational-training': 'Vocational training programme',
  },
  partnerKinds: {
    college: 'vocational college',
    university: 'university',
    school: 'school',
    employer: 'employer',
    government: 'government body',
    'methodological-centre': 'methodological centre',
    other: 'other organisation',
  },
  formats: {
    'in-person': 'in person',
    online: 'online, with distance learning technologies',
    blended: 'blended: in person and online',
    workplace: 'at the workplace',
  },
  assessments: {
    test: 'test',
    project: 'project defence',
    'demonstration-exam': 'demonstration exam',
    none: 'none',
  },
  resourceTypes: { site: 'site', equipment: 'equipment', staff: 'staff' },
  hourKinds: { theory: 'Theory', practice: 'Practice', selfStudy: 'Self-study', assessment: 'Assessment' },
  roles: { base: 'base organisation', participant: 'participating organisation' },
  capacity: (n) => count(n, 'place', 'places'),
  quantity: (n) => count(n, 'unit', 'units'),
  electivesNote:
    "Hours that depend on the trainee's choice of elective modules are given as a range: the first figure counts " +
    'the modules with the fewest hours in every elective group, the second those with the most.',
  meta: {
    organisation: 'Organisation',
    programme: 'Programme',
    programmeType: 'Programme type',
    totalHours: 'Total hours',
    year: 'Year',
    digest: 'Content digest (SHA-256)',
  },
  columns: {
    number: 'No.',
    module: 'Module',
    total: 'Total',
    partner: 'Delivering partner',
    formOfAssessment: 'Form of assessment',
    modules: 'Modules',
    resource: 'Name',
    type: 'Type',
    amount: 'Capacity, quantity',
    specialty: 'Specialty',
  },
  total: 'Total',
} satisfies DocumentWords;

const numbered = (number: string, heading: string) => `${number}. ${heading}`;

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

  programme: {
    words,
    numbered,
    headings: {
      characteristics: 'General characteristics',
      purpose: 'Purpose',
      outcomes: 'Planned learning outcomes',
      audience: 'Audience',
      entry: 'Entry requirements',
      hours: 'Total hours',
      form: 'Form of study',
      content: 'Content',
      curriculum: 'Curriculum',
      calendar: 'Calendar schedule',
      workProgrammes: 'Module work programmes',
      conditions: 'Organisational and pedagogical conditions',
      sites: 'Sites and equipment',
      staff: 'Staff',
      materials: 'Learning materials',
      assessment: 'Assessment',
      moduleAssessments: 'Module assessments',
      finalAssessment: 'Final assessment',
      demonstrationExams: 'Demonstration exams',
      validation: 'Validation summary',
      diagnostics: 'Errors and warnings',
      waivers: 'Waivers',
    },
    columns: {
      code: 'Code',
      competency: 'Competency',
      level: 'Level',
      weeks: 'Weeks',
      hours: 'Hours',
      format: 'Format',
      materials: 'Learning materials',
      address: 'Address',
      assessmentHours: 'Assessment, h',
      severity: 'Severity',
      message: 'Message',
      where: 'Where',
      reason: 'Reason',
      by: 'Accepted by',
    },
    curriculum: {
      subtotal: (stage) => `Stage ${stage} subtotal`,
      finalAssessment: 'Final assessment',
      total: 'Programme total',
      electiveLines:
        'Lines numbered like 3.1.2 are the modules to choose from in the elective group numbered 3.1: the hours of ' +
        "the modules chosen are counted on the group's line, and stage subtotals add up the lines numbered like 3.1.",
    },
    calendar: {
      note: (hoursPerWeek) =>
        `Weeks are counted from the start of training at ${count(hoursPerWeek, 'academic hour', 'academic hours')} ` +
        'a week; modules follow one another in stage order, and an elective group takes the weeks of its longest choice.',
      weeks: range,
    },
    form: {
      contact: 'full-time',
      distance: 'extramural, with distance learning technologies',
      mixed: 'part-time, with distance learning technologies',
      byFormat: (format, modules) => `${format}: ${count(modules, 'module', 'modules')}`,
    },
    module: {
      heading: (numbers, title) => `Module ${numbers.join(', ')}. ${title}`,
      content: 'Content',
      partner: 'Delivering partner',
      format: 'Format',
      hours: 'Hours',
      hoursBreakdown: (total, h) =>
        `${total}, of which theory ${h.theory}, practice ${h.practice}, self-study ${h.selfStudy}, ` +
        `assessment ${h.assessment}`,
      assessment: 'Form of assessment',
      outcomes: 'Planned learning outcomes',
      prerequisites: 'Entry requirements',
      noPrerequisites: 'none',
      anyOf: (items) => `any one of: ${items.join('; ')}`,
      notInNetwork:
        "The module is not in the network's catalogs: its content, hours and partner are not specified.",
    },
    materials: {
      online: (modules, n) =>
        `${n === 1 ? 'Module' : 'Modules'} delivered online or blended, with distance learning technologies: ${modules}.`,
      noOnline: 'No module is delivered with distance learning technologies.',
    },
    finalAssessment: (form) => `Form of the final assessment: ${form}.`,
    demonstrationExam: {
      module: (module, partner) => `${module}: ${partner}`,
      final: 'The final assessment, held as a demonstration exam',
      none: 'No demonstration exam is planned.',
    },
    validation: {
      severities: { error: 'error', warning: 'warning', info: 'note' },
      waived: (severity) => `${severity} (waived)`,
      summary: ({ errors, warnings, infos, waived }) =>
        [
          count(errors, 'error', 'errors'),
          count(warnings, 'warning', 'warnings'),
          ...(infos > 0 ? [count(infos, 'note', 'notes')] : []),
          ...(waived > 0 ? [`${num(waived)} waived`] : []),
        ].join(', ') + '.',
      clean: 'No errors or warnings.',
      noWaivers: 'No waivers.',
      message: (d, index) => diagnosticMessage(d, createFormatter('en', index)),
      where: {
        programme: 'the programme as a whole',
        curriculum: 'curriculum',
        item: (number) => `curriculum, line ${number}`,
        stage: (number) => `stage ${number}`,
        target: (n) => `planned learning outcomes, item ${num(n)}`,
        entry: (n) => `entry requirements, item ${num(n)}`,
        finalAssessment: 'final assessment',
        waiver: (n) => `waiver ${num(n)}`,
      },
    },
  } satisfies ProgrammeDocumentStrings,

  /** The curriculum as CSV (src/io/documents/curriculum-csv.ts): the column naming each line's stage. */
  curriculumCsv: { stageColumn: 'Stage' },

  annex: {
    words,
    numbered,
    title: 'Annex to the agreement on the network form of programme delivery',
    subtitle: (programmeType, title) => `${programmeType} ${quote(title)}`,
    meta: { baseOrganisation: 'Base organisation' },
    headings: {
      modules: 'Modules and hours',
      resources: 'Resources',
      responsibilities: 'Responsibilities',
      distribution: 'Hours by organisation',
    },
    facts: { kind: 'Kind of organisation', role: 'Role in the network', city: 'City' },
    columns: { share: 'Share of total hours', organisation: 'Organisation', role: 'Role' },
    mandatory: 'Mandatory modules',
    electives: 'Elective modules, delivered when a trainee chooses them',
    noModules: 'Delivers no modules of the programme.',
    share: (percent, hours, total) =>
      `Share of its mandatory modules in the programme's total hours: ${percent} (${hours} of ${total} academic hours).`,
    electiveShare: (hours) => `Elective modules, if chosen: up to ${hours} academic hours more.`,
    electiveGroup: (group, partners) => `${group} (${partners})`,
    inGroup: (group, choose, of) => `elective, group ${group} (choose ${num(choose)} of ${num(of)})`,
    responsibilities: {
      base:
        'organising the programme as a whole as the base organisation: admitting trainees, keeping records of ' +
        'learning outcomes and issuing documents on completion',
      finalAssessment: (form) => `holding the final assessment (${form})`,
      classes: (modules, n) => `delivering classes in ${modulesWord(n)} ${modules}`,
      workplace: (modules, n) => `organising training at the workplace in ${modulesWord(n)} ${modules}`,
      sites: (names) => `providing sites: ${names.join('; ')}`,
      equipment: (names) => `providing equipment: ${names.join('; ')}`,
      staff: (names) => `providing teaching staff and specialists: ${names.join('; ')}`,
      assessment: (modules, n) => `assessing trainees in ${modulesWord(n)} ${modules}`,
      demonstrationExams: (modules, n) =>
        `holding ${n === 1 ? 'a demonstration exam' : 'demonstration exams'} in ${modulesWord(n)} ${modules}`,
      expertReview: 'methodological support and expert review of the programme',
    },
  } satisfies NetworkAnnexStrings,
};
export type DocumentMessages = typeof documentsEn;
