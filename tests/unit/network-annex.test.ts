import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/domain/documents/document-model';
import { networkAnnex } from '../../src/domain/documents/network-annex';
import { Program } from '../../src/domain/model';
import type { NetworkIndex } from '../../src/domain/network-index';
import { programHourRange } from '../../src/domain/rules/hours';
import { ANNEX_STRINGS } from '../../src/i18n/documents';
import type { Lang } from '../../src/i18n/lang';
import { AS_OF, indexOf, mod, program, ref } from './helpers/builders';
import { figure, outline, tables, texts } from './helpers/document-queries';
import { HOSTILE } from './helpers/sample-document';
import { loadSampleIndex } from './helpers/sample-trajectory';

const sample = (name: string): Program =>
  Program.parse(JSON.parse(readFileSync(`fixtures/sample/programmes/${name}.json`, 'utf8')));
const DIGEST = 'ab'.repeat(32);

let index: NetworkIndex;
let cnc: Program;
let drones: Program;
beforeAll(async () => {
  index = await loadSampleIndex();
  cnc = sample('cnc-operator-72h');
  drones = sample('vocational-drones');
});

const make = (p: Program, lang: Lang, ix = index) =>
  networkAnnex(p, ix, lang, ANNEX_STRINGS[lang], { asOf: AS_OF, digest: DIGEST });
const summary = (doc: DocumentModel) => tables(doc.sections.at(-1)!)[0]!;

describe('the network agreement annex', () => {
  it('has a title, the programme, base organisation, total hours, year and digest', () => {
    const doc = make(cnc, 'ru');
    expect([doc.lang, doc.title, doc.subtitle, doc.digest]).toEqual([
      'ru',
      'Приложение к договору о сетевой форме реализации программы',
      'Дополнительная профессиональная программа повышения квалификации «Оператор станков с программным управлением»',
      DIGEST,
    ]);
    expect(doc.meta).toEqual([
      { label: 'Программа', value: 'Оператор станков с программным управлением' },
      {
        label: 'Базовая организация',
        value: 'Региональный центр развития профессиональных компетенций Северо-Уральского края',
      },
      { label: 'Трудоёмкость', value: '72 академических часа' },
      { label: 'Год', value: '2026' },
      { label: 'Контрольная сумма (SHA-256)', value: DIGEST },
    ]);
  });

  it('has a section per partner (the base organisation first) and closes with hours by organisation', () => {
    expect(outline(make(cnc, 'ru').sections)).toEqual([
      '1. Региональный центр развития профессиональных компетенций Северо-Уральского края',
      '  1.1. Модули и учебная нагрузка',
      '  1.2. Ресурсы',
      '  1.3. Обязанности',
      '2. ГАПОУ «Верхнерудинский политехнический колледж»',
      '  2.1. Модули и учебная нагрузка',
      '  2.2. Ресурсы',
      '  2.3. Обязанности',
      '3. ГБПОУ «Сталегорский металлургический техникум»',
      '  3.1. Модули и учебная нагрузка',
      '  3.2. Ресурсы',
      '  3.3. Обязанности',
      '4. Распределение учебной нагрузки между организациями',
    ]);
    expect(outline(make(cnc, 'en').sections)).toEqual([
      '1. North Ural Krai Regional Centre for Professional Competency Development',
      '  1.1. Modules and hours',
      '  1.2. Resources',
      '  1.3. Responsibilities',
      '2. Verkhnerudinsk Polytechnic College',
      '  2.1. Modules and hours',
      '  2.2. Resources',
      '  2.3. Responsibilities',
      '3. Stalegorsk Metallurgical Technical School',
      '  3.1. Modules and hours',
      '  3.2. Resources',
      '  3.3. Responsibilities',
      '4. Hours by organisation',
    ]);
  });

  it('gives each partner its kind, role, modules with hours by kind and share, resources and responsibilities', () => {
    const college = make(cnc, 'en').sections[1]!;
    expect(texts(college.blocks)).toEqual([
      [
        'Kind of organisation: vocational college',
        'Role in the network: participating organisation',
        'City: Верхнерудинск',
      ],
    ]);
    const [modules, resources, duties] = college.sections!;
    const [table] = tables(modules!);
    expect(table!.columns.map((c) => c.label)).toEqual([
      'No.',
      'Module',
      'Total',
      'Theory',
      'Practice',
      'Self-study',
      'Assessment',
    ]);
    expect(table!.rows).toEqual([
      ['1.1', 'Measurement in metal cutting (m-cnc-metrology@1.0.0)', '16', '4', '10', '1', '1'],
      ['1.2', 'Part drawings for machine operators (m-cnc-drawings@1.0.0)', '16', '6', '6', '3', '1'],
      ['2.1', 'CNC operator: setup and machining (m-cnc-operator-basics@1.2.0)', '24', '6', '14', '2', '2'],
    ]);
    expect(table!.footer).toEqual(['', 'Total', '56', '16', '30', '6', '4']);
    expect(texts(modules!.blocks)).toEqual([
      'Mandatory modules',
      "Share of its mandatory modules in the programme's total hours: 77.8% (56 of 72 academic hours).",
    ]);
    expect(tables(resources!)[0]!.rows).toEqual([
      ['Metrology and measurement laboratory', 'site', '14 places', '1.1'],
      ['Lecture classroom', 'site', '30 places', '1.2'],
      ['CNC machining laboratory', 'site', '10 places', '2.1'],
      ['CNC lathes', 'equipment', '3 units', '2.1'],
      ['CNC milling centres', 'equipment', '3 units', '2.1'],
      ['CNC control simulators', 'equipment', '10 units', '2.1'],
      ['CNC setter-instructors, 2 persons', 'staff', '', '1.1, 2.1'],
      ['Engineering drawing teachers, 2 persons', 'staff', '', '1.2'],
    ]);
    expect(texts(duties!.blocks)).toEqual([
      [
        'delivering classes in modules 1.1, 1.2, 2.1',
        'providing sites: Metrology and measurement laboratory; Lecture classroom; CNC machining laboratory',
        'providing equipment: CNC lathes; CNC milling centres; CNC control simulators',
        'providing teaching staff and specialists: CNC setter-instructors, 2 persons; Engineering drawing teachers, 2 persons',
        'assessing trainees in modules 1.1, 1.2, 2.1',
      ],
    ]);
  });

  it('gives the base organisation its role even when it delivers no module, with "not specified" where it provides nothing', () => {
    const base = make(cnc, 'ru').sections[0]!;
    expect(texts(base.blocks)).toEqual([
      [
        'Тип организации: методический центр',
        'Роль в сети: базовая организация',
        'Населённый пункт: Верхнерудинск',
      ],
    ]);
    expect(base.sections!.map((s) => texts(s.blocks))).toEqual([
      ['Модули программы не реализует.'],
      ['не указано'],
      [
        [
          'организация реализации программы в целом (базовая организация): приём слушателей, учёт результатов обучения, выдача документов об обучении',
          'проведение итоговой аттестации (демонстрационный экзамен)',
          'методическое сопровождение и экспертиза программы',
        ],
      ],
    ]);
  });

  it('closes with hours by organisation adding up to the programme total on the title page', () => {
    const doc = make(cnc, 'ru');
    const t = summary(doc);
    expect(t.columns.map((c) => c.label)).toEqual([
      'Организация',
      'Роль',
      'Всего, час',
      'Лекции',
      'Практические занятия',
      'Самостоятельная работа',
      'Аттестация',
      'Доля в общем объёме',
    ]);
    expect(t.rows).toEqual([
      [
        'Региональный центр развития профессиональных компетенций Северо-Уральского края',
        'базовая организация',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0\u00a0%',
      ],
      [
        'ГАПОУ «Верхнерудинский политехнический колледж»',
        'организация-участник',
        '56',
        '16',
        '30',
        '6',
        '4',
        '77,8\u00a0%',
      ],
      [
        'ГБПОУ «Сталегорский металлургический техникум»',
        'организация-участник',
        '16',
        '6',
        '6',
        '3',
        '1',
        '22,2\u00a0%',
      ],
    ]);
    expect(t.footer).toEqual(['Итого', '', '72', '22', '36', '9', '5', '100\u00a0%']);
    expect(doc.meta[2]!.value).toBe(`${t.footer![2]} академических часа`);
  });

  it.each([
    'cnc-operator-72h',
    'retraining-256h',
    'vocational-drones',
    'welding-safety-16h',
    'a-draft-welder-mma',
  ])(
    'adds up in %s: every column of hours and shares sums to its total, at both ends of the choice',
    (name) => {
      const p = sample(name);
      const t = summary(make(p, 'en'));
      for (let c = 2; c <= 7; c++) {
        const cells = t.rows.map((r) => figure(r[c]!));
        const sum = [0, 1].map((end) => Math.round(cells.reduce((a, x) => a + x[end]!, 0) * 10) / 10);
        expect(sum).toEqual(figure(t.footer![c]!));
      }
      const range = programHourRange(p, index);
      expect(figure(t.footer![2]!)).toEqual([range.min, range.max]);
      expect(figure(t.footer![7]!)).toEqual([100, 100]);
    },
  );

  it('counts an elective group once, between the partners whose modules may be chosen', () => {
    const doc = make(drones, 'en');
    const t = summary(doc);
    expect(t.rows.slice(-2)).toEqual([
      [
        '3.1. Elective modules “Aircraft type and flying technique (1 of 3)”: choose 1 of 3 (Verkhnerudinsk Polytechnic College, Lyceum No. 7, Verkhnerudinsk, North Ural State Technical University)',
        '',
        '24–48',
        '4–10',
        '16–30',
        '2–4',
        '2–4',
        '12.2–21%',
      ],
      [
        '3.2. Elective modules “Field of application (2 of 4)”: choose 2 of 4 (Tikhaya Niva Agricultural Holding JSC, Verkhnerudinsk Grid Company JSC, Severoruda Mining Company JSC, Rudny Kvartal Construction Company LLC)',
        '',
        '64–72',
        '8–10',
        '48',
        '0–4',
        '8–10',
        '32.7–31.6%',
      ],
    ]);
    expect(t.footer).toEqual(['Total', '', '196–228', '42–50', '125–139', '8–14', '21–25', '100%']);
    const lyceum = doc.sections.find((s) => s.heading === '2. Lyceum No. 7, Verkhnerudinsk')!;
    expect(texts(lyceum.sections![0]!.blocks)).toEqual([
      'Mandatory modules',
      'Elective modules, delivered when a trainee chooses them',
      "Share of its mandatory modules in the programme's total hours: 14.3–12.3% (28 of 196–228 academic hours).",
      'Elective modules, if chosen: up to 24 academic hours more.',
    ]);
    expect(tables(lyceum.sections![0]!)[1]!.rows).toEqual([
      [
        '3.1.2',
        'FPV flying (m-drone-fpv@1.0.0); elective, group 3.1 (choose 1 of 3)',
        '24',
        '4',
        '16',
        '2',
        '2',
      ],
    ]);
    const grid = doc.sections.find((s) => s.heading === '6. Verkhnerudinsk Grid Company JSC')!;
    expect(texts(grid.sections![2]!.blocks)).toEqual([
      [
        'delivering classes in module 3.2.2',
        'organising training at the workplace in module 3.2.2',
        'providing sites: Live 0.4–10 kV distribution network section',
        'providing equipment: Inspection UAVs with thermal cameras',
        'providing teaching staff and specialists: Diagnostics service UAV operators, 2 persons',
        'holding a demonstration exam in module 3.2.2',
      ],
    ]);
  });

  it('involves a partner that only provides a site, for the module that uses it', () => {
    const p = program([[ref('m-mine-drill')]], { title: 'Drilling rigs' });
    const doc = make(p, 'en');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      '1. North Ural Krai Regional Centre for Professional Competency Development',
      '2. Shakhtouralsk Mining College',
      '3. Severoruda Mining Company JSC',
      '4. Hours by organisation',
    ]);
    const severoruda = doc.sections[2]!;
    expect(severoruda.sections!.map((s) => texts(s.blocks))).toEqual([
      ['Delivers no modules of the programme.'],
      ['table'],
      [['providing sites: Company training ground']],
    ]);
    expect(tables(severoruda.sections![1]!)[0]!.rows).toEqual([
      ['Company training ground', 'site', '12 places', '1.1'],
    ]);
    expect(summary(doc).rows.map((r) => [r[0], r[2], r[7]])).toEqual([
      ['North Ural Krai Regional Centre for Professional Competency Development', '0', '0%'],
      ['Shakhtouralsk Mining College', '40', '100%'],
      ['Severoruda Mining Company JSC', '0', '0%'],
    ]);
  });

  it('says "not specified" for a network without a base organisation or a programme without modules', () => {
    const bare = indexOf([mod({ id: 'm-x', outcomes: ['c1'] })]);
    const doc = networkAnnex({ ...program([]), stages: [] }, bare, 'ru', ANNEX_STRINGS.ru, { asOf: AS_OF });
    expect(doc.meta.map((m) => m.value)).toEqual([
      'Test programme',
      'не указано',
      '0 академических часов',
      '2026',
      'не указано',
    ]);
    expect(outline(doc.sections)).toEqual(['1. Распределение учебной нагрузки между организациями']);
    expect(texts(doc.sections[0]!.blocks)).toEqual(['не указано']);
    expect(doc.digest).toBeUndefined();
  });

  it('keeps a partner name or module title with markup or a formula as plain text', () => {
    const evil = indexOf([mod({ id: 'm-evil', outcomes: ['c1'], title: HOSTILE.script })]);
    const partner = evil.partners.get('p-a')!;
    evil.partners.set('p-a', { ...partner, name: HOSTILE.formula });
    const doc = networkAnnex(program([[ref('m-evil')]]), evil, 'en', ANNEX_STRINGS.en, { asOf: AS_OF });
    expect(doc.sections[0]!.heading).toBe(`1. ${HOSTILE.formula}`);
    expect(tables(doc.sections[0]!.sections![0]!)[0]!.rows[0]!.slice(0, 2)).toEqual([
      '1.1',
      `${HOSTILE.script} (m-evil@1.0.0)`,
    ]);
    expect(summary(doc).rows[0]![0]).toBe(HOSTILE.formula);
  });
});
