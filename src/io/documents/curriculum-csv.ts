import Papa from 'papaparse';
import { curriculum, spanOf, type HourSpan } from '../../domain/documents/curriculum';
import {
  electiveName,
  partnerName,
  rowModuleName,
  type DocumentWords,
  type ProgrammeDocumentStrings,
} from '../../domain/documents/programme-document';
import { HOUR_KINDS } from '../../domain/hours';
import { localize } from '../../domain/localized-text';
import type { Hours, Program } from '../../domain/model';
import type { NetworkIndex } from '../../domain/network-index';
import { PROGRAMME_STRINGS } from '../../i18n/documents';
import { documentsEn } from '../../i18n/documents.en';
import { documentsRu } from '../../i18n/documents.ru';
import type { Lang } from '../../i18n/lang';

/**
 * What the CSV says: the words of the programme document's curriculum table (so both say the same), and the
 * label of its stage column.
 */
export interface CurriculumCsvStrings {
  /** The label of the first column, which names each line's stage. */
  stageColumn: string;
  words: DocumentWords;
  curriculum: Pick<ProgrammeDocumentStrings['curriculum'], 'subtotal' | 'total'>;
}

/**
 * A cell that starts with one of these is a formula to Excel, LibreOffice or Google Sheets (=, +, -, @, tab, CR,
 * and, to be safe, their full-width forms): it is written with a leading apostrophe. Not
 * papaparse's own `escapeFormulae: true`, whose pattern (/^[=+\-@\t\r].*$/) needs the rest of the cell on one
 * line, so a title like "=cmd|…" followed by a newline would go through unescaped.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const STRINGS: Record<Lang, CurriculumCsvStrings> = {
  en: { ...PROGRAMME_STRINGS.en, ...documentsEn.curriculumCsv },
  ru: { ...PROGRAMME_STRINGS.ru, ...documentsRu.curriculumCsv },
};

type Cell = string | number;

/** Hours a choice of electives can change: a number, or "min–max" as text, as the document prints it. */
const figure = (min: number, max: number): Cell => (min === max ? min : `${min}–${max}`);
const sum = (h: Hours) => HOUR_KINDS.reduce((a, k) => a + h[k], 0);
/** Hours by kind, then the total. */
const hourCells = (span: HourSpan): Cell[] => [
  ...HOUR_KINDS.map((k) => figure(span.min[k], span.max[k])),
  figure(sum(span.min), sum(span.max)),
];

/**
 * The curriculum (учебный план) as CSV for a spreadsheet: a header row, then for every stage its module lines
 * (elective groups as a line with the hours the group adds, followed by its members, numbered under it), the
 * stage subtotal, and the programme total. Every line names its stage, so a filter by stage keeps the subtotal
 * with it. Hours are plain numbers, or "min–max" text where the choice of electives changes them.
 *
 * UTF-8 with a byte order mark (Excel reads Cyrillic right only with it), comma-separated, CRLF line ends (RFC
 * 4180). Papaparse quotes what needs quoting; cells that a spreadsheet would take for a formula are neutralised.
 */
export function curriculumCsv(
  program: Program,
  index: NetworkIndex,
  lang: Lang,
  strings: CurriculumCsvStrings = STRINGS[lang],
): string {
  const { words: w, curriculum: s } = strings;
  const c = curriculum(program, index);
  const rows: Cell[][] = [
    [
      strings.stageColumn,
      w.columns.number,
      w.columns.module,
      ...HOUR_KINDS.map((k) => w.hourKinds[k]),
      w.columns.total,
      w.columns.formOfAssessment,
      w.columns.partner,
    ],
  ];
  for (const stage of c.stages) {
    const name = w.stage(stage.number, localize(stage.title, lang));
    for (const item of stage.items) {
      const group = item.kind === 'elective' ? item.group : undefined;
      if (group)
        rows.push([name, group.number, electiveName(group, lang, w), ...hourCells(group.hours), '', '']);
      for (const r of group ? group.members : item.kind === 'module' ? [item.row] : [])
        rows.push([
          name,
          r.number,
          rowModuleName(r, lang, w),
          ...hourCells(spanOf(r.hours)),
          r.assessment ? w.assessments[r.assessment] : w.notSpecified,
          partnerName(index, r.partnerId, lang, w),
        ]);
    }
    rows.push([name, '', s.subtotal(stage.number), ...hourCells(stage.subtotal), '', '']);
  }
  rows.push(['', '', s.total, ...hourCells(c.total), '', '']);
  return '\uFEFF' + Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: '\r\n' }) + '\r\n';
}
