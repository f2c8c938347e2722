import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { Program } from '../../src/domain/model';
import type { NetworkIndex } from '../../src/domain/network-index';
import { curriculumCsv } from '../../src/io/documents/curriculum-csv';
import { indexOf, mod, program, ref } from './helpers/builders';
import { loadSampleIndex } from './helpers/sample-trajectory';

const sample = (name: string): Program =>
  Program.parse(JSON.parse(readFileSync(`fixtures/sample/programmes/${name}.json`, 'utf8')));

/** The cells as a spreadsheet would read them: the BOM is not part of the first cell. */
function cells(csv: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

let index: NetworkIndex;
beforeAll(async () => {
  index = await loadSampleIndex();
});

describe('the curriculum as CSV', () => {
  it('has one header row, a line per module with hours by kind, stage subtotals and the total, in Russian', () => {
    expect(cells(curriculumCsv(sample('cnc-operator-72h'), index, 'ru'))).toEqual([
      [
        'Этап',
        '№ п/п',
        'Наименование модулей',
        'Лекции',
        'Практические занятия',
        'Самостоятельная работа',
        'Аттестация',
        'Всего, час',
        'Форма контроля',
        'Организация-участник',
      ],
      [
        'Этап 1. Измерения и чертежи',
        '1.1',
        'Технические измерения в металлообработке (m-cnc-metrology@1.0.0)',
        '4',
        '10',
        '1',
        '1',
        '16',
        'зачёт',
        'ГАПОУ «Верхнерудинский политехнический колледж»',
      ],
      [
        'Этап 1. Измерения и чертежи',
        '1.2',
        'Чертёж детали для оператора станка (m-cnc-drawings@1.0.0)',
        '6',
        '6',
        '3',
        '1',
        '16',
        'зачёт',
        'ГАПОУ «Верхнерудинский политехнический колледж»',
      ],
      ['Этап 1. Измерения и чертежи', '', 'Итого по этапу 1', '10', '16', '4', '2', '32', '', ''],
      [
        'Этап 2. Работа на станках с ЧПУ',
        '2.1',
        'Оператор станков с ЧПУ: наладка и обработка (m-cnc-operator-basics@1.2.0)',
        '6',
        '14',
        '2',
        '2',
        '24',
        'зачёт',
        'ГАПОУ «Верхнерудинский политехнический колледж»',
      ],
      [
        'Этап 2. Работа на станках с ЧПУ',
        '2.2',
        'Режущий инструмент и режимы резания (m-cnc-tooling@1.0.0)',
        '6',
        '6',
        '3',
        '1',
        '16',
        'зачёт',
        'ГБПОУ «Сталегорский металлургический техникум»',
      ],
      ['Этап 2. Работа на станках с ЧПУ', '', 'Итого по этапу 2', '12', '20', '5', '3', '40', '', ''],
      ['', '', 'Всего по программе', '22', '36', '9', '5', '72', '', ''],
    ]);
  });

  it('writes UTF-8 with a BOM and CRLF line ends, numbers as bare numbers', () => {
    const csv = curriculumCsv(sample('cnc-operator-72h'), index, 'en');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(9);
    expect(csv).toContain('\r\n,,Programme total,22,36,9,5,72,,\r\n');
    expect(cells(csv)[0]).toEqual([
      'Stage',
      'No.',
      'Module',
      'Theory',
      'Practice',
      'Self-study',
      'Assessment',
      'Total',
      'Form of assessment',
      'Delivering partner',
    ]);
  });

  it('gives an elective group a line with the hours it adds, its members under it, and ranges where the choice changes a total', () => {
    const rows = cells(curriculumCsv(sample('vocational-drones'), index, 'en'));
    const line = (number: string) => rows.find((r) => r[1] === number)!;
    expect(line('3.1').slice(2, 8)).toEqual([
      'Elective modules “Aircraft type and flying technique (1 of 3)”: choose 1 of 3',
      '4–10',
      '16–30',
      '2–4',
      '2–4',
      '24–48',
    ]);
    expect(line('3.1.2').slice(2, 8)).toEqual(['FPV flying (m-drone-fpv@1.0.0)', '4', '16', '2', '2', '24']);
    expect(rows.at(-1)!.slice(2, 8)).toEqual([
      'Programme total',
      '42–50',
      '125–139',
      '8–14',
      '21–25',
      '196–228',
    ]);
    // A subtotal is the sum of its stage's lines outside groups plus each group's line.
    const stage1 = rows.filter((r) => r[0]!.startsWith('Stage 1.'));
    const modules = stage1.slice(0, -1).reduce((n, r) => n + Number(r[7]), 0);
    expect(Number(stage1.at(-1)![7])).toBe(modules);
  });

  it('neutralises cells a spreadsheet would run as formulas, and quotes what needs quoting', () => {
    const titles = [
      '=HYPERLINK("http://x")',
      '+1',
      '-1',
      '@SUM(A1)',
      '\tTAB',
      '\rCR',
      '=1+1\nsecond line',
      '＝FULLWIDTH()',
      'Plain, with "quotes"',
    ];
    const modules = titles.map((title, i) => mod({ id: `m${i}`, outcomes: [`c${i}`], title: { en: title } }));
    const p = program([modules.map((m) => ref(m.id))]);
    p.stages[0]!.title = '=STAGE()';
    const csv = curriculumCsv(p, indexOf(modules), 'en');
    const rows = cells(csv);
    expect(rows.slice(1, -2).map((r) => r[2])).toEqual([
      `'=HYPERLINK("http://x") (m0@1.0.0)`,
      `'+1 (m1@1.0.0)`,
      `'-1 (m2@1.0.0)`,
      `'@SUM(A1) (m3@1.0.0)`,
      `'\tTAB (m4@1.0.0)`,
      `'\rCR (m5@1.0.0)`,
      `'=1+1\nsecond line (m6@1.0.0)`,
      `'＝FULLWIDTH() (m7@1.0.0)`,
      'Plain, with "quotes" (m8@1.0.0)',
    ]);
    // The stage is not a formula either (it starts with "Stage 1.": the prefix keeps it text on its own).
    expect(rows[1]![0]).toBe('Stage 1. =STAGE()');
    // Hours stay numbers: the neutralising apostrophe is never put before a figure.
    expect(rows[1]!.slice(3, 8)).toEqual(['4', '4', '0', '0', '8']);
    expect(csv).toContain('"Plain, with ""quotes"" (m8@1.0.0)"');
  });
});
