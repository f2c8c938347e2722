import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { curriculum, spanTotal } from '../../src/domain/documents/curriculum';
import type { Block, DocumentModel, Section, TableBlock } from '../../src/domain/documents/document-model';
import { programmeDocument } from '../../src/domain/documents/programme-document';
import { Program } from '../../src/domain/model';
import type { NetworkIndex } from '../../src/domain/network-index';
import { programHourRange } from '../../src/domain/rules/hours';
import { validateProgram } from '../../src/domain/validate';
import { PROGRAMME_STRINGS } from '../../src/i18n/documents';
import type { Lang } from '../../src/i18n/lang';
import { AS_OF, indexOf, mod, program, ref } from './helpers/builders';
import { figure, outline, tables, texts } from './helpers/document-queries';
import { HOSTILE } from './helpers/sample-document';
import { loadSampleIndex } from './helpers/sample-trajectory';

const sample = (name: string): Program =>
  Program.parse(JSON.parse(readFileSync(`fixtures/sample/programmes/${name}.json`, 'utf8')));
const SAMPLES = [
  'cnc-operator-72h',
  'retraining-256h',
  'vocational-drones',
  'welding-safety-16h',
  'a-draft-welder-mma',
] as const;
const DIGEST = 'c0ffee'.padEnd(64, '0');

const make = (p: Program, lang: Lang, ix = index, diagnostics = validateProgram(p, ix, { asOf: AS_OF })) =>
  programmeDocument(p, ix, diagnostics, lang, PROGRAMME_STRINGS[lang], { asOf: AS_OF, digest: DIGEST });

const find = (doc: DocumentModel, ...path: number[]): Section => {
  let s = doc.sections[path[0]!]!;
  for (const i of path.slice(1)) s = s.sections![i]!;
  return s;
};
const tableIn = (s: Section): TableBlock => tables(s)[0]!;

let index: NetworkIndex;
let cnc: Program;
let drones: Program;
beforeAll(async () => {
  index = await loadSampleIndex();
  cnc = sample('cnc-operator-72h');
  drones = sample('vocational-drones');
});

describe('the curriculum as data', () => {
  it('numbers every module line, with its hours by kind, partner and assessment', () => {
    const c = curriculum(cnc, index);
    expect(c.stages.map((s) => [s.number, s.id])).toEqual([
      ['1', 'st-foundations'],
      ['2', 'st-cnc'],
    ]);
    expect(
      c.stages.flatMap((s) =>
        s.rows.map((r) => [r.number, r.module, r.version, r.partnerId, r.hours, r.total, r.assessment]),
      ),
    ).toEqual([
      [
        '1.1',
        'm-cnc-metrology',
        '1.0.0',
        'p-vpk',
        { theory: 4, practice: 10, selfStudy: 1, assessment: 1 },
        16,
        'test',
      ],
      [
        '1.2',
        'm-cnc-drawings',
        '1.0.0',
        'p-vpk',
        { theory: 6, practice: 6, selfStudy: 3, assessment: 1 },
        16,
        'test',
      ],
      [
        '2.1',
        'm-cnc-operator-basics',
        '1.2.0',
        'p-vpk',
        { theory: 6, practice: 14, selfStudy: 2, assessment: 2 },
        24,
        'test',
      ],
      [
        '2.2',
        'm-cnc-tooling',
        '1.0.0',
        'p-smt',
        { theory: 6, practice: 6, selfStudy: 3, assessment: 1 },
        16,
        'test',
      ],
    ]);
    expect(c.stages.map((s) => s.subtotalHours)).toEqual([
      { min: 32, max: 32 },
      { min: 40, max: 40 },
    ]);
    expect(c.total).toEqual({
      min: { theory: 22, practice: 36, selfStudy: 9, assessment: 5 },
      max: { theory: 22, practice: 36, selfStudy: 9, assessment: 5 },
    });
    expect([c.totalHours, c.variable]).toEqual([{ min: 72, max: 72 }, false]);
    expect(c.stages[1]!.rows[0]!.resolved?.title).toEqual({
      ru: 'Оператор станков с ЧПУ: наладка и обработка',
      en: 'CNC operator: setup and machining',
    });
  });

  it('marks elective members with their group and counts the group from the cheapest to the dearest choice', () => {
    const c = curriculum(drones, index);
    const specialisation = c.stages[2]!;
    expect(
      specialisation.rows.map((r) => [
        r.number,
        r.module,
        r.total,
        r.elective?.number,
        r.elective?.choose,
        r.elective?.of,
      ]),
    ).toEqual([
      ['3.1.1', 'm-drone-assembly', 32, '3.1', 1, 3],
      ['3.1.2', 'm-drone-fpv', 24, '3.1', 1, 3],
      ['3.1.3', 'm-drone-fixed-wing', 48, '3.1', 1, 3],
      ['3.2.1', 'm-drone-agro', 40, '3.2', 2, 4],
      ['3.2.2', 'm-drone-inspection-grid', 32, '3.2', 2, 4],
      ['3.2.3', 'm-drone-inspection-mining', 32, '3.2', 2, 4],
      ['3.2.4', 'm-drone-mapping-site', 32, '3.2', 2, 4],
    ]);
    const groups = specialisation.items.flatMap((i) => (i.kind === 'elective' ? [i.group] : []));
    expect(groups.map((g) => [g.number, g.id, g.total])).toEqual([
      ['3.1', 'el-aircraft', { min: 24, max: 48 }],
      ['3.2', 'el-application', { min: 64, max: 72 }],
    ]);
    // Each end is one real choice: FPV (min) and fixed-wing (max), so kinds add up to the end's total.
    expect(groups[0]!.hours).toEqual({
      min: { theory: 4, practice: 16, selfStudy: 2, assessment: 2 },
      max: { theory: 10, practice: 30, selfStudy: 4, assessment: 4 },
    });
    expect(specialisation.subtotalHours).toEqual({ min: 88, max: 120 });
    expect([c.totalHours, c.variable]).toEqual([{ min: 196, max: 228 }, true]);
    expect(JSON.parse(JSON.stringify(c)).stages[2].rows[0].elective.number).toBe('3.1');
  });

  it('adds up: subtotals are the sums of their lines, the total the sum of subtotals, equal to the hour rules', () => {
    for (const name of [
      'cnc-operator-72h',
      'retraining-256h',
      'vocational-drones',
      'welding-safety-16h',
      'a-draft-welder-mma',
    ]) {
      const p = sample(name);
      const c = curriculum(p, index);
      for (const s of c.stages) {
        const lines = s.items.map((i) =>
          i.kind === 'module' ? { min: i.row.total, max: i.row.total } : i.group.total,
        );
        expect(s.subtotalHours).toEqual({
          min: lines.reduce((a, l) => a + l.min, 0),
          max: lines.reduce((a, l) => a + l.max, 0),
        });
      }
      expect(c.totalHours).toEqual({
        min: c.stages.reduce((a, s) => a + s.subtotalHours.min, 0),
        max: c.stages.reduce((a, s) => a + s.subtotalHours.max, 0),
      });
      expect(spanTotal(c.total)).toEqual(programHourRange(p, index));
    }
  });

  it('keeps an unknown module as a line of 0 hours with nothing resolved', () => {
    const p: Program = {
      ...cnc,
      stages: [{ id: 's', title: 'S', items: [{ module: 'm-nowhere', version: '9.9.9' }] }],
    };
    const [r] = curriculum(p, index).stages[0]!.rows;
    expect([r!.number, r!.resolved, r!.partnerId, r!.total, r!.assessment]).toEqual([
      '1.1',
      undefined,
      undefined,
      0,
      undefined,
    ]);
  });
});

describe('the programme document', () => {
  it('has a title page: programme title and type, organisation, total hours, year and digest', () => {
    const ru = make(cnc, 'ru');
    expect([ru.lang, ru.title, ru.subtitle, ru.digest]).toEqual([
      'ru',
      'Оператор станков с программным управлением',
      'Дополнительная профессиональная программа повышения квалификации',
      DIGEST,
    ]);
    expect(ru.meta).toEqual([
      {
        label: 'Организация',
        value: 'Региональный центр развития профессиональных компетенций Северо-Уральского края',
      },
      { label: 'Трудоёмкость', value: '72 академических часа' },
      { label: 'Год', value: '2026' },
      { label: 'Контрольная сумма (SHA-256)', value: DIGEST },
    ]);
    const en = programmeDocument(drones, index, [], 'en', PROGRAMME_STRINGS.en, {
      asOf: AS_OF,
      year: 2027,
      organisation: 'North Ural Centre',
    });
    expect([en.title, en.subtitle, en.digest]).toEqual([
      'Unmanned aircraft systems operator',
      'Vocational training programme',
      undefined,
    ]);
    expect(en.meta).toEqual([
      { label: 'Organisation', value: 'North Ural Centre' },
      { label: 'Total hours', value: '196–228 academic hours' },
      { label: 'Year', value: '2027' },
      { label: 'Content digest (SHA-256)', value: 'not specified' },
    ]);
  });

  it('has the sections and sub-headings reviewers expect, in order, in Russian', () => {
    expect(outline(make(cnc, 'ru').sections)).toEqual([
      '1. Общая характеристика программы',
      '  1.1. Цель реализации программы',
      '  1.2. Планируемые результаты обучения',
      '  1.3. Категория слушателей',
      '  1.4. Требования к уровню подготовки',
      '  1.5. Трудоёмкость обучения',
      '  1.6. Форма обучения',
      '2. Содержание программы',
      '  2.1. Учебный план',
      '  2.2. Календарный учебный график',
      '  2.3. Рабочие программы модулей',
      '    Модуль 1.1. Технические измерения в металлообработке',
      '    Модуль 1.2. Чертёж детали для оператора станка',
      '    Модуль 2.1. Оператор станков с ЧПУ: наладка и обработка',
      '    Модуль 2.2. Режущий инструмент и режимы резания',
      '3. Организационно-педагогические условия',
      '  3.1. Материально-технические условия',
      '  3.2. Кадровые условия',
      '  3.3. Учебно-методическое и информационное обеспечение',
      '4. Формы аттестации и оценочные материалы',
      '  4.1. Промежуточная аттестация по модулям',
      '  4.2. Итоговая аттестация',
      '  4.3. Демонстрационный экзамен',
      '5. Результаты проверки',
      '  5.1. Ошибки и предупреждения',
      '  5.2. Принятые отступления',
    ]);
  });

  it('has the same sections in English', () => {
    expect(outline(make(cnc, 'en').sections)).toEqual([
      '1. General characteristics',
      '  1.1. Purpose',
      '  1.2. Planned learning outcomes',
      '  1.3. Audience',
      '  1.4. Entry requirements',
      '  1.5. Total hours',
      '  1.6. Form of study',
      '2. Content',
      '  2.1. Curriculum',
      '  2.2. Calendar schedule',
      '  2.3. Module work programmes',
      '    Module 1.1. Measurement in metal cutting',
      '    Module 1.2. Part drawings for machine operators',
      '    Module 2.1. CNC operator: setup and machining',
      '    Module 2.2. Cutting tools and cutting conditions',
      '3. Organisational and pedagogical conditions',
      '  3.1. Sites and equipment',
      '  3.2. Staff',
      '  3.3. Learning materials',
      '4. Assessment',
      '  4.1. Module assessments',
      '  4.2. Final assessment',
      '  4.3. Demonstration exams',
      '5. Validation summary',
      '  5.1. Errors and warnings',
      '  5.2. Waivers',
    ]);
  });

  it('prints the curriculum with its columns, stage headings, module lines, subtotals and grand total', () => {
    const t = tableIn(find(make(cnc, 'ru'), 1, 0));
    expect(t.columns).toEqual([
      { label: '№ п/п' },
      { label: 'Наименование модулей' },
      { label: 'Всего, час', align: 'end' },
      { label: 'Лекции', align: 'end' },
      { label: 'Практические занятия', align: 'end' },
      { label: 'Самостоятельная работа', align: 'end' },
      { label: 'Аттестация', align: 'end' },
      { label: 'Форма контроля' },
      { label: 'Организация-участник' },
    ]);
    const vpk = 'ГАПОУ «Верхнерудинский политехнический колледж»';
    expect(t.rows).toEqual([
      ['', 'Этап 1. Измерения и чертежи', '', '', '', '', '', '', ''],
      [
        '1.1',
        'Технические измерения в металлообработке (m-cnc-metrology@1.0.0)',
        '16',
        '4',
        '10',
        '1',
        '1',
        'зачёт',
        vpk,
      ],
      [
        '1.2',
        'Чертёж детали для оператора станка (m-cnc-drawings@1.0.0)',
        '16',
        '6',
        '6',
        '3',
        '1',
        'зачёт',
        vpk,
      ],
      ['', 'Итого по этапу 1', '32', '10', '16', '4', '2', '', ''],
      ['', 'Этап 2. Работа на станках с ЧПУ', '', '', '', '', '', '', ''],
      [
        '2.1',
        'Оператор станков с ЧПУ: наладка и обработка (m-cnc-operator-basics@1.2.0)',
        '24',
        '6',
        '14',
        '2',
        '2',
        'зачёт',
        vpk,
      ],
      [
        '2.2',
        'Режущий инструмент и режимы резания (m-cnc-tooling@1.0.0)',
        '16',
        '6',
        '6',
        '3',
        '1',
        'зачёт',
        'ГБПОУ «Сталегорский металлургический техникум»',
      ],
      ['', 'Итого по этапу 2', '40', '12', '20', '5', '3', '', ''],
      ['', 'Итоговая аттестация', '', '', '', '', '', 'демонстрационный экзамен', ''],
    ]);
    expect(t.rowKinds).toEqual([
      'group',
      'body',
      'body',
      'subtotal',
      'group',
      'body',
      'body',
      'subtotal',
      'body',
    ]);
    expect(t.footer).toEqual(['', 'Всего по программе', '72', '22', '36', '9', '5', '', '']);
  });

  it('prints an elective group as a line with the hours it adds, its members under it, totals as ranges', () => {
    const section = find(make(drones, 'en'), 1, 0);
    const t = tableIn(section);
    const at = (n: string) => t.rows.find((r) => r[0] === n)!;
    expect(at('3.1')).toEqual([
      '3.1',
      'Elective modules “Aircraft type and flying technique (1 of 3)”: choose 1 of 3',
      '24–48',
      '4–10',
      '16–30',
      '2–4',
      '2–4',
      '',
      '',
    ]);
    expect(at('3.1.3').slice(0, 3)).toEqual([
      '3.1.3',
      'Operating fixed-wing UAVs (m-drone-fixed-wing@1.0.0)',
      '48',
    ]);
    expect(t.rows.find((r) => r[1] === 'Stage 3 subtotal')).toEqual([
      '',
      'Stage 3 subtotal',
      '88–120',
      '12–20',
      '64–78',
      '2–8',
      '10–14',
      '',
      '',
    ]);
    expect(t.footer).toEqual(['', 'Programme total', '196–228', '42–50', '125–139', '8–14', '21–25', '', '']);
    expect(texts(section.blocks.slice(1))).toEqual([
      'Lines numbered like 3.1.2 are the modules to choose from in the elective group numbered 3.1: the hours of ' +
        "the modules chosen are counted on the group's line, and stage subtotals add up the lines numbered like 3.1.",
      "Hours that depend on the trainee's choice of elective modules are given as a range: the first figure counts " +
        'the modules with the fewest hours in every elective group, the second those with the most.',
    ]);
  });

  it.each(SAMPLES.flatMap((name) => (['ru', 'en'] as const).map((lang) => [name, lang] as const)))(
    'adds up in %s (%s): subtotals are their lines, the grand total their sum and the title page hours',
    (name, lang) => {
      const doc = make(sample(name), lang);
      const t = tableIn(find(doc, 1, 0));
      // Columns 2 to 6: total, theory, practice, self-study, assessment; each [cheapest choice, dearest].
      const cols = (row: readonly string[]) => row.slice(2, 7).map(figure);
      const add = (rows: [number, number][][]) =>
        [0, 1, 2, 3, 4].map((c) => [0, 1].map((end) => rows.reduce((a, r) => a + r[c]![end]!, 0)));
      const subtotals: [number, number][][] = [];
      let lines: [number, number][][] = [];
      t.rows.forEach((row, i) => {
        const kind = t.rowKinds![i];
        // Lines numbered n.m count; n.m.k are the choices within group n.m, already in its line.
        if (kind === 'body' && /^\d+\.\d+$/.test(row[0]!)) lines.push(cols(row));
        if (kind === 'subtotal') {
          expect(cols(row)).toEqual(add(lines));
          subtotals.push(cols(row));
          lines = [];
        }
        // Each line's kinds add up to its total, at both ends of the choice.
        if (kind !== 'group' && row[2] !== '') {
          const [sum, ...kinds] = cols(row);
          expect([0, 1].map((end) => kinds.reduce((a, k) => a + k[end]!, 0))).toEqual(sum);
        }
      });
      expect(cols(t.footer!)).toEqual(add(subtotals));
      const total = figure(t.footer![2]!);
      const range = programHourRange(sample(name), index);
      expect(total).toEqual([range.min, range.max]);
      const titleHours = doc.meta[1]!.value;
      expect(titleHours.startsWith(t.footer![2]! + ' ')).toBe(true);
      expect(texts(find(doc, 0, 4).blocks)[0]).toBe(titleHours);
    },
  );

  it('schedules weeks in stage order at 36 hours a week, an elective group taking its longest choice', () => {
    const [note, table] = find(make(drones, 'en'), 1, 1).blocks as [Block, TableBlock];
    expect(note).toEqual({
      kind: 'paragraph',
      text:
        'Weeks are counted from the start of training at 36 academic hours a week; modules follow one another in ' +
        'stage order, and an elective group takes the weeks of its longest choice.',
    });
    expect(table.columns.map((c) => c.label)).toEqual(['No.', 'Module', 'Hours', 'Weeks']);
    expect(table.rows.filter((r) => r[0] !== '').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['1.1', '8', '1'],
      ['1.2', '16', '1'],
      ['1.3', '12', '1'],
      ['1.4', '24', '2'],
      ['2.1', '24', '2–3'],
      ['2.2', '24', '3'],
      ['3.1', '24–48', '4–5'],
      ['3.1.1', '32', '4–5'],
      ['3.1.2', '24', '4–5'],
      ['3.1.3', '48', '4–5'],
      ['3.2', '64–72', '5–7'],
      ['3.2.1', '40', '5–7'],
      ['3.2.2', '32', '5–7'],
      ['3.2.3', '32', '5–7'],
      ['3.2.4', '32', '5–7'],
    ]);
    expect(table.footer).toEqual(['', 'Total', '196–228', '1–7']);
    const ru = find(make(cnc, 'ru', index), 1, 1).blocks[0]!;
    expect(ru).toEqual({
      kind: 'paragraph',
      text:
        'Недели отсчитываются от начала обучения при учебной нагрузке 36 академических часов в неделю; модули ' +
        'осваиваются последовательно в порядке этапов, группа модулей по выбору занимает недели самого ' +
        'продолжительного варианта выбора.',
    });
  });

  it('gives each module a work programme: content, partner, format, hours, assessment, outcomes, prerequisites', () => {
    const m = find(make(cnc, 'ru'), 1, 2, 3);
    expect(m.heading).toBe('Модуль 2.2. Режущий инструмент и режимы резания');
    expect(texts(m.blocks)).toEqual([
      'Содержание: Твердосплавные пластины и державки, выбор марки сплава, расчёт скорости резания и подачи по ' +
        'каталогам производителей инструмента.',
      [
        'Организация-участник: ГБПОУ «Сталегорский металлургический техникум»',
        'Форма реализации: очно',
        'Трудоёмкость: 16 академических часов, в том числе лекции — 6, практические занятия — 6, ' +
          'самостоятельная работа — 3, аттестация — 1',
        'Форма контроля: зачёт',
        'Этап 2. Работа на станках с ЧПУ',
      ],
      'Планируемые результаты обучения:',
      'table',
      'Входные требования:',
      [
        'любая из компетенций: PC 3.3 «Обработка деталей на универсальных токарных и фрезерных станках»; ' +
          'PC 3.5 «Обработка деталей на станках с ЧПУ по готовой управляющей программе»',
      ],
    ]);
    expect(tableIn(m).rows).toEqual([
      ['PC 3.10', 'Выбор режущего инструмента и назначение режимов резания', '4'],
    ]);
    const member = find(make(drones, 'en'), 1, 2, 6);
    expect(member.heading).toBe('Module 3.1.1. UAV assembly, tuning and repair');
    expect((member.blocks[1] as { items: string[] }).items.at(-1)).toBe(
      '3.1. Elective modules “Aircraft type and flying technique (1 of 3)”: choose 1 of 3',
    );
  });

  it('states the form of study from module formats, and conditions by partner', () => {
    const doc = make(drones, 'en');
    expect(texts(find(doc, 0, 5).blocks)).toEqual([
      'part-time, with distance learning technologies',
      [
        'online, with distance learning technologies: 1 module',
        'in person: 6 modules',
        'blended: in person and online: 2 modules',
        'at the workplace: 4 modules',
      ],
    ]);
    const sites = tableIn(find(make(cnc, 'en'), 2, 0));
    expect(sites.columns.map((c) => c.label)).toEqual([
      'Name',
      'Type',
      'Capacity, quantity',
      'Address',
      'Modules',
    ]);
    expect(sites.rows.slice(0, 3)).toEqual([
      ['Verkhnerudinsk Polytechnic College', '', '', '', ''],
      ['Metrology and measurement laboratory', 'site', '14 places', '', '1.1'],
      ['Lecture classroom', 'site', '30 places', '', '1.2'],
    ]);
    expect(sites.rowKinds!.slice(0, 3)).toEqual(['group', 'body', 'body']);
    expect(sites.rows.at(-1)).toEqual([
      'Machine shop with conventional machine tools',
      'site',
      '12 places',
      '',
      '2.2',
    ]);
    const staff = tableIn(find(make(cnc, 'ru'), 2, 1));
    expect(staff.rows).toEqual([
      ['ГАПОУ «Верхнерудинский политехнический колледж»', '', ''],
      [
        'Преподаватели-наладчики станков с ЧПУ, 2 человека',
        'Обработка металлов на станках с ЧПУ',
        '1.1, 2.1',
      ],
      ['Преподаватели инженерной графики, 2 человека', 'Инженерная графика', '1.2'],
      ['ГБПОУ «Сталегорский металлургический техникум»', '', ''],
      ['Преподаватели металлообработки, 2 человека', 'Металлообработка', '2.2'],
    ]);
    expect(texts(find(doc, 2, 2).blocks).at(-1)).toBe(
      'Modules delivered online or blended, with distance learning technologies: 1.1, 2.1, 2.2.',
    );
  });

  it('lists module assessments, the final assessment and every demonstration exam', () => {
    const doc = make(drones, 'ru');
    expect(tableIn(find(doc, 3, 0)).rows[3]).toEqual([
      '1.4',
      'Пилотирование мультироторных БВС (m-drone-vlos@1.0.0)',
      'демонстрационный экзамен',
      '4',
      'ГАПОУ «Верхнерудинский политехнический колледж»',
    ]);
    expect(texts(find(doc, 3, 1).blocks)).toEqual([
      'Форма итоговой аттестации: демонстрационный экзамен.',
      'Квалификационный экзамен: выполнение полётного задания в пределах визуальной видимости с предполётной ' +
        'подготовкой и аэросъёмкой объекта.',
    ]);
    expect(texts(find(doc, 3, 2).blocks)).toEqual([
      [
        'Пилотирование мультироторных БВС (m-drone-vlos@1.0.0) — ГАПОУ «Верхнерудинский политехнический колледж»',
        'Эксплуатация БВС самолётного типа (m-drone-fixed-wing@1.0.0) — ФГБОУ ВО «Северо-Уральский государственный технический университет»',
        'Агродроны: обработка полей (m-drone-agro@1.0.0) — АО «Агрохолдинг „Тихая Нива“»',
        'Инспекция линий электропередачи с помощью БВС (m-drone-inspection-grid@1.0.0) — АО «Верхнерудинская электросетевая компания»',
        'Итоговая аттестация в форме демонстрационного экзамена',
      ],
    ]);
  });

  it('summarises validation: each diagnostic with code, severity, message in words and where; waivers with reasons', () => {
    const draft: Program = {
      ...sample('a-draft-welder-mma'),
      waivers: [
        {
          code: 'module.retired',
          moduleId: 'm-weld-mma-basic-2019',
          reason: 'The partner teaches the 2019 edition until June',
          by: 'methodologist',
        },
      ],
    };
    const doc = make(draft, 'en');
    const [summary, table] = find(doc, 4, 0).blocks as [Block, TableBlock];
    expect(summary).toEqual({ kind: 'paragraph', text: '2 errors, 1 warning, 1 waived.' });
    expect(table.columns.map((c) => c.label)).toEqual(['Code', 'Severity', 'Message', 'Where']);
    expect(table.rows).toEqual([
      [
        'prereq.order',
        'error',
        '“Manual metal arc welding (2019 edition)” (m-weld-mma-basic-2019) needs PC 1.1 “Preparing the welding ' +
          'workstation and welding safely”, which “Safety in welding and hot work” (m-weld-safety-basic) develops ' +
          'only later in the programme.',
        'curriculum, line 1.1 (/stages/0/items/0)',
      ],
      [
        'coverage.missing',
        'error',
        'No module in the programme develops the target PC 1.4 “Gas metal arc welding (MIG/MAG)”.',
        'planned learning outcomes, item 3 (/targetCompetencies/2)',
      ],
      [
        'assessment.missing-final',
        'warning',
        'The programme has no final assessment (final attestation).',
        'the programme as a whole',
      ],
      [
        'module.retired',
        'warning (waived)',
        '“Manual metal arc welding (2019 edition)” (m-weld-mma-basic-2019) is not valid on 2026-09-01 (retired ' +
          'after 2024-12-31).',
        'curriculum, line 1.1 (/stages/0/items/0)',
      ],
    ]);
    expect(tableIn(find(doc, 4, 1)).rows).toEqual([
      [
        'module.retired',
        '“Manual metal arc welding (2019 edition)” (m-weld-mma-basic-2019)',
        'The partner teaches the 2019 edition until June',
        'methodologist',
      ],
    ]);
    const ru = make(draft, 'ru');
    expect(texts(find(ru, 4, 0).blocks)[0]).toBe('2 ошибки, 1 предупреждение, принятых отступлений: 1.');
    expect(tableIn(find(ru, 4, 0)).rows[3]!.slice(1, 2)).toEqual(['предупреждение (отступление принято)']);
    expect(texts(find(make(cnc, 'ru'), 4, 0).blocks)).toEqual(['Ошибок и предупреждений нет.']);
    expect(texts(find(make(cnc, 'ru'), 4, 1).blocks)).toEqual(['Отступлений нет.']);
  });

  it('keeps every heading of an empty programme and says "not specified" where the data has nothing', () => {
    const empty: Program = {
      ...program([]),
      stages: [],
      finalAssessment: undefined,
      programType: 'retraining',
    };
    const bare = indexOf([mod({ id: 'm-x', outcomes: ['c1'] })]);
    const doc = programmeDocument(empty, bare, [], 'ru', PROGRAMME_STRINGS.ru, { asOf: AS_OF });
    expect(outline(doc.sections)).toEqual(
      outline(make(cnc, 'ru').sections).filter((h) => !h.includes('Модуль')),
    );
    expect(doc.meta.map((m) => m.value)).toEqual([
      'не указано',
      '0 академических часов',
      '2026',
      'не указано',
    ]);
    const leaves = doc.sections.flatMap((s) => s.sections!.map((sub) => [sub.heading, texts(sub.blocks)]));
    expect(leaves).toEqual([
      ['1.1. Цель реализации программы', ['не указано']],
      ['1.2. Планируемые результаты обучения', ['не указано']],
      ['1.3. Категория слушателей', ['не указано']],
      ['1.4. Требования к уровню подготовки', ['не указано']],
      ['1.5. Трудоёмкость обучения', ['0 академических часов']],
      ['1.6. Форма обучения', ['не указано']],
      ['2.1. Учебный план', ['не указано']],
      ['2.2. Календарный учебный график', ['не указано']],
      ['2.3. Рабочие программы модулей', ['не указано']],
      ['3.1. Материально-технические условия', ['не указано']],
      ['3.2. Кадровые условия', ['не указано']],
      ['3.3. Учебно-методическое и информационное обеспечение', ['не указано']],
      ['4.1. Промежуточная аттестация по модулям', ['не указано']],
      ['4.2. Итоговая аттестация', ['не указано']],
      ['4.3. Демонстрационный экзамен', ['Демонстрационный экзамен не предусмотрен.']],
      ['5.1. Ошибки и предупреждения', ['Ошибок и предупреждений нет.']],
      ['5.2. Принятые отступления', ['Отступлений нет.']],
    ]);
    const en = programmeDocument(empty, bare, [], 'en', PROGRAMME_STRINGS.en, { asOf: AS_OF });
    expect(texts(find(en, 0, 0).blocks)).toEqual(['not specified']);
  });

  it('names a module the network does not have, without inventing its content', () => {
    const p: Program = { ...cnc, stages: [{ id: 's', title: 'S', items: [ref('m-nowhere', '9.9.9')] }] };
    const doc = make(p, 'en', index, []);
    expect(tableIn(find(doc, 1, 0)).rows[1]).toEqual([
      '1.1',
      "m-nowhere@9.9.9 (not in the network's catalogs)",
      '0',
      '0',
      '0',
      '0',
      '0',
      'not specified',
      'not specified',
    ]);
    expect(find(doc, 1, 2, 0)).toEqual({
      heading: "Module 1.1. m-nowhere@9.9.9 (not in the network's catalogs)",
      blocks: [
        {
          kind: 'paragraph',
          text: "The module is not in the network's catalogs: its content, hours and partner are not specified.",
        },
      ],
    });
  });

  it('keeps a title with markup or a spreadsheet formula as plain text', () => {
    const evil = indexOf([
      mod({ id: 'm-evil', outcomes: ['c1'], title: HOSTILE.script, description: HOSTILE.formula }),
    ]);
    const p = program([[ref('m-evil')]], { title: HOSTILE.formula, purpose: HOSTILE.script });
    const doc = programmeDocument(p, evil, [], 'en', PROGRAMME_STRINGS.en, { asOf: AS_OF });
    expect(doc.title).toBe(HOSTILE.formula);
    expect(texts(find(doc, 0, 0).blocks)).toEqual([HOSTILE.script]);
    expect(tableIn(find(doc, 1, 0)).rows[1]!.slice(0, 2)).toEqual([
      '1.1',
      `${HOSTILE.script} (m-evil@1.0.0)`,
    ]);
    expect(find(doc, 1, 2, 0).heading).toBe(`Module 1.1. ${HOSTILE.script}`);
    expect(texts(find(doc, 1, 2, 0).blocks)[0]).toBe(`Content: ${HOSTILE.formula}`);
    expect(tableIn(find(doc, 2, 2)).rows[0]).toEqual([
      '1.1',
      `${HOSTILE.script} (m-evil@1.0.0)`,
      'in person',
      HOSTILE.formula,
    ]);
  });
});
