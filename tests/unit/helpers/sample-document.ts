import { readFileSync } from 'node:fs';
import type { DocumentModel, TableBlock } from '../../../src/domain/documents/document-model';
import { programmeDocument } from '../../../src/domain/documents/programme-document';
import { trajectoryDocument } from '../../../src/domain/documents/trajectory-document';
import { Program } from '../../../src/domain/model';
import { PROGRAMME_STRINGS, TRAJECTORY_STRINGS } from '../../../src/i18n/documents';
import { loadSampleIndex, loadScheduledSample } from './sample-trajectory';

export const SAMPLE_DIGEST = '3f7a9c0e5b21d4e8a6f1c3b7d9e2a5f40c8b6d1e3a7f9c2b5d8e0a4f6c1b3d7e';

/** Texts that would do something if a renderer interpreted them instead of printing them. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  formula: '=HYPERLINK("http://x")',
};

const RU = {
  title: 'Программа повышения квалификации «Оператор станков с ЧПУ»',
  subtitle: 'Сетевая форма реализации',
  characteristics: 'Общая характеристика программы',
  purpose: 'Цель реализации программы',
  content: 'Содержание программы',
  curriculum: 'Учебный план',
  columns: [
    '№ п/п',
    'Наименование модулей',
    'Всего, час',
    'Лекции',
    'Практические занятия',
    'Форма контроля',
  ],
  stage: (n: number) => `Этап ${n}. Подготовка к работе на станках с числовым программным управлением`,
  module: (n: number) => `Модуль ${n}: чтение чертежей, измерения и наладка станка — занятие ${n}`,
  assessment: 'Зачёт',
  subtotal: 'Итого по этапу',
  total: 'Всего по программе',
  paragraph:
    'Программа направлена на формирование компетенций, необходимых для наладки и обслуживания станков с ЧПУ; ' +
    'слушатель осваивает чтение чертежей, измерительный инструмент и основы программирования.',
};

const EN = {
  title: 'Advanced training programme “CNC machine operator”',
  subtitle: 'Delivered by a network of partners',
  characteristics: 'General characteristics',
  purpose: 'Purpose',
  content: 'Content',
  curriculum: 'Curriculum',
  columns: ['No.', 'Module', 'Total, h', 'Theory', 'Practice', 'Form of assessment'],
  stage: (n: number) => `Stage ${n}. Preparing to work on numerically controlled machines`,
  module: (n: number) => `Module ${n}: reading drawings, measuring and setting up the machine — session ${n}`,
  assessment: 'Pass/fail',
  subtotal: 'Stage subtotal',
  total: 'Programme total',
  paragraph:
    'The programme develops the competencies needed to set up and maintain CNC machines; the trainee learns to ' +
    'read drawings, use measuring tools and write simple programs.',
};

/** Stages of ten modules each with a subtotal, then a grand total: long enough to run over several A4 pages. */
/** The words of the sample document, for tests to find them in what a renderer wrote. */
export const SAMPLE_WORDS = { ru: RU, en: EN };

function curriculumTable(words: typeof RU, stages: number): TableBlock {
  const rows: string[][] = [];
  const rowKinds: TableBlock['rowKinds'] = [];
  let n = 0;
  let total = 0;
  for (let s = 1; s <= stages; s++) {
    rows.push(['', words.stage(s), '', '', '', '']);
    rowKinds.push('group');
    let subtotal = 0;
    for (let m = 1; m <= 10; m++) {
      n += 1;
      const theory = 2 + (n % 3);
      const practice = 4 + (n % 5);
      subtotal += theory + practice;
      rows.push([
        String(n),
        words.module(n),
        String(theory + practice),
        String(theory),
        String(practice),
        words.assessment,
      ]);
      rowKinds.push('body');
    }
    total += subtotal;
    rows.push(['', words.subtotal, String(subtotal), '', '', '']);
    rowKinds.push('subtotal');
  }
  return {
    kind: 'table',
    caption: words.curriculum,
    columns: words.columns.map((label, i) => ({
      label,
      ...(i === 0 || (i >= 2 && i <= 4) ? { align: 'end' as const } : {}),
    })),
    rows,
    rowKinds,
    footer: ['', words.total, String(total), '', '', ''],
  };
}

/** The sum the curriculum table's footer states, for tests to compare with. */
export const curriculumTotal = (stages: number): number => {
  let total = 0;
  for (let n = 1; n <= stages * 10; n++) total += 2 + (n % 3) + 4 + (n % 5);
  return total;
};

/** A programme-like document in Russian or English, with nested sections, a list and a multi-page table. */
export function sampleDocument(lang: 'ru' | 'en', stages = 4): DocumentModel {
  const w = lang === 'ru' ? RU : EN;
  return {
    lang,
    title: w.title,
    subtitle: w.subtitle,
    meta: [
      {
        label: lang === 'ru' ? 'Организация' : 'Organisation',
        value: 'ГАПОУ «Североуральский политехникум»',
      },
      { label: lang === 'ru' ? 'Трудоёмкость' : 'Total hours', value: String(curriculumTotal(stages)) },
    ],
    digest: SAMPLE_DIGEST,
    sections: [
      {
        heading: `1. ${w.characteristics}`,
        blocks: [],
        sections: [
          {
            heading: `1.1. ${w.purpose}`,
            blocks: [
              { kind: 'paragraph', text: w.paragraph },
              { kind: 'paragraph', text: HOSTILE.script },
              { kind: 'list', items: ['Ёлкин Ж. Щ.', 'Mixed текст / text', HOSTILE.formula] },
            ],
          },
        ],
      },
      {
        heading: `2. ${w.content}`,
        blocks: [],
        sections: [{ heading: `2.1. ${w.curriculum}`, blocks: [curriculumTable(w, stages)] }],
      },
    ],
  };
}

/** The CNC trainee's scheduled trajectory as a document, with the sample digest for its footers. */
export async function sampleTrajectoryDocument(lang: 'en' | 'ru'): Promise<DocumentModel> {
  const { index, scheduled } = await loadScheduledSample();
  return { ...trajectoryDocument(scheduled, index, lang, TRAJECTORY_STRINGS[lang]), digest: SAMPLE_DIGEST };
}

/**
 * The drone operators' programme document from the sample network: its curriculum is the widest table the
 * renderers meet (number, module, total, four kinds of hours, assessment, partner) with elective ranges.
 */
export async function sampleProgrammeDocument(lang: 'en' | 'ru'): Promise<DocumentModel> {
  const index = await loadSampleIndex();
  const program = Program.parse(
    JSON.parse(readFileSync('fixtures/sample/programmes/vocational-drones.json', 'utf8')),
  );
  return programmeDocument(program, index, [], lang, PROGRAMME_STRINGS[lang], {
    asOf: '2026-09-01',
    digest: SAMPLE_DIGEST,
  });
}
