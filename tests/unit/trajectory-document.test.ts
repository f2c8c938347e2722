import { beforeAll, describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/domain/documents/document-model';
import { formatLongDate, trajectoryDocument } from '../../src/domain/documents/trajectory-document';
import type { Trajectory } from '../../src/domain/model';
import type { NetworkIndex } from '../../src/domain/network-index';
import { documentsEn } from '../../src/i18n/documents.en';
import { documentsRu } from '../../src/i18n/documents.ru';
import { cncTrajectory, loadScheduledSample } from './helpers/sample-trajectory';

const EN = documentsEn.trajectory;
const RU = documentsRu.trajectory;
const tables = (doc: ReturnType<typeof trajectoryDocument>) =>
  doc.sections.map((s) => s.blocks[0]) as TableBlock[];

let index: NetworkIndex;
let scheduled: Trajectory;
beforeAll(async () => {
  ({ index, scheduled } = await loadScheduledSample());
});

describe('the trajectory document', () => {
  it('states who, which programme, when, how long and how good the plan is, in English', () => {
    const doc = trajectoryDocument(scheduled, index, 'en', EN);
    expect([doc.lang, doc.title, doc.subtitle]).toEqual(['en', 'Individual learning trajectory', undefined]);
    expect(doc.meta).toEqual([
      { label: 'Trainee', value: 'Trainee 17' },
      { label: 'Programme', value: 'prg-cnc-operator-72h' },
      { label: 'Start', value: 'September 1, 2026' },
      { label: 'End', value: 'September 29, 2026' },
      { label: 'Total hours', value: '72 hours' },
      { label: 'Optimality', value: 'within 1.5% of optimal' },
    ]);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Target competencies',
      'Recognised prior learning',
      'Steps',
    ]);
  });

  it('lists targets, prior learning with its evidence, and every step with its reasons in words', () => {
    const [targets, prior, steps] = tables(trajectoryDocument(scheduled, index, 'en', EN));
    expect(targets!.rows).toEqual([
      ['PC 3.5', 'Producing parts on CNC machines from a ready-made program'],
      ['PC 3.4', 'Setting up a CNC machine: loading tools and workpieces, setting the work zero'],
    ]);
    expect(prior!.columns.map((c) => c.label)).toEqual(['Code', 'Competency', 'Evidence']);
    expect(prior!.rows).toEqual([
      [
        'GC 1',
        'Complying with occupational safety requirements at the workplace',
        'Certificate of an occupational safety course, 2025',
      ],
    ]);
    expect(steps!.columns).toEqual([
      { label: 'No.', align: 'end' },
      { label: 'Module' },
      { label: 'Partner' },
      { label: 'Hours', align: 'end' },
      { label: 'Dates' },
      { label: 'Why' },
    ]);
    expect(steps!.rows).toEqual([
      [
        '1',
        'Measurement in metal cutting (m-cnc-metrology@1.0.0)',
        'Verkhnerudinsk Polytechnic College',
        '16',
        'September 1, 2026 – September 3, 2026',
        'required by the programme (stage st-foundations); needed by “CNC operator: setup and machining” for PC 3.1',
      ],
      [
        '2',
        'Part drawings for machine operators (m-cnc-drawings@1.0.0)',
        'Verkhnerudinsk Polytechnic College',
        '16',
        'September 8, 2026 – September 10, 2026',
        'needed by “CNC operator: setup and machining” for PC 3.2',
      ],
      [
        '3',
        'CNC operator: setup and machining (m-cnc-operator-basics@1.2.0)',
        'Verkhnerudinsk Polytechnic College',
        '24',
        'September 15, 2026 – September 22, 2026',
        'develops PC 3.5 “Producing parts on CNC machines from a ready-made program”, a target; ' +
          'develops PC 3.4 “Setting up a CNC machine: loading tools and workpieces, setting the work zero”, a target',
      ],
      [
        '4',
        'Cutting tools and cutting conditions (m-cnc-tooling@1.0.0)',
        'Stalegorsk Metallurgical Technical School',
        '16',
        'September 24, 2026 – September 29, 2026',
        'elective; chosen by the trainee: works with carbide tools',
      ],
    ]);
    expect(steps!.footer).toEqual(['', 'Total', '', '72', '', '']);
  });

  it('says the same in Russian', () => {
    const doc = trajectoryDocument(scheduled, index, 'ru', RU);
    expect(doc.title).toBe('Индивидуальная образовательная траектория');
    expect(doc.meta).toEqual([
      { label: 'Слушатель', value: 'Trainee 17' },
      { label: 'Программа', value: 'prg-cnc-operator-72h' },
      { label: 'Начало обучения', value: '1 сентября 2026 г.' },
      { label: 'Окончание обучения', value: '29 сентября 2026 г.' },
      { label: 'Трудоёмкость', value: '72 часа' },
      { label: 'Оптимальность', value: 'в пределах 1,5\u00a0% от оптимума' },
    ]);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Целевые компетенции',
      'Признанные результаты предшествующего обучения',
      'Последовательность освоения модулей',
    ]);
    const steps = tables(doc)[2]!;
    expect(steps.columns.map((c) => c.label)).toEqual([
      '№ п/п',
      'Модуль',
      'Организация-участник',
      'Всего, час',
      'Сроки',
      'Основание',
    ]);
    expect(steps.rows[0]).toEqual([
      '1',
      'Технические измерения в металлообработке (m-cnc-metrology@1.0.0)',
      'ГАПОУ «Верхнерудинский политехнический колледж»',
      '16',
      '1 сентября 2026 г. — 3 сентября 2026 г.',
      'обязателен по программе (этап st-foundations); ' +
        'формирует компетенцию PC 3.1, необходимую для модуля «Оператор станков с ЧПУ: наладка и обработка»',
    ]);
    expect(steps.rows[2]![5]).toBe(
      'формирует целевую компетенцию PC 3.5 «Обработка деталей на станках с ЧПУ по готовой управляющей программе»; ' +
        'формирует целевую компетенцию PC 3.4 «Наладка станка с ЧПУ: установка инструмента и заготовки, привязка нулевой точки»',
    );
    expect(steps.rows[3]![5]).toBe('модуль по выбору; выбран слушателем: works with carbide tools');
    expect(steps.footer).toEqual(['', 'Итого', '', '72', '', '']);
  });

  it('prints “not specified” where the data has nothing, and adds up only the rows it prints', () => {
    const bare: Trajectory = {
      ...cncTrajectory,
      trainee: undefined,
      programId: null,
      priorCompetencies: [],
      optimal: true,
      totalHours: 999,
      steps: [
        { module: 'm-cnc-drawings', version: '1.0.0', reasons: [{ kind: 'chosen' }] },
        { module: 'm-cnc-drawings', version: '9.9.9', start: '2026-09-07', end: '2026-09-07', reasons: [] },
      ],
    };
    const doc = trajectoryDocument(bare, index, 'en', EN);
    expect(doc.meta).toEqual([
      { label: 'Programme', value: 'planned from the network' },
      { label: 'Start', value: 'September 7, 2026' },
      { label: 'End', value: 'September 7, 2026' },
      { label: 'Total hours', value: '16 hours' },
      { label: 'Optimality', value: 'optimal' },
    ]);
    expect(doc.sections[1]!.blocks).toEqual([{ kind: 'paragraph', text: 'not specified' }]);
    const steps = tables(doc)[2]!;
    expect(steps.rows).toEqual([
      [
        '1',
        'Part drawings for machine operators (m-cnc-drawings@1.0.0)',
        'Verkhnerudinsk Polytechnic College',
        '16',
        'not specified',
        'chosen by the trainee',
      ],
      ['2', 'm-cnc-drawings@9.9.9', 'not specified', '0', 'September 7, 2026', 'not specified'],
    ]);
    expect(steps.footer).toEqual(['', 'Total', '', '16', '', '']);

    const ru = trajectoryDocument({ ...bare, steps: [] }, index, 'ru', RU);
    expect(ru.meta).toEqual([
      { label: 'Программа', value: 'составлена из модулей сети' },
      { label: 'Начало обучения', value: 'не указано' },
      { label: 'Окончание обучения', value: 'не указано' },
      { label: 'Трудоёмкость', value: '0 часов' },
      { label: 'Оптимальность', value: 'доказана' },
    ]);
    expect(ru.sections[2]!.blocks).toEqual([{ kind: 'paragraph', text: 'не указано' }]);
  });

  it('rounds the gap to one decimal and names an unknown competency by its id', () => {
    const doc = trajectoryDocument(
      { ...scheduled, optimal: 0.12345, targetCompetencies: ['c-not-in-network'] },
      index,
      'en',
      EN,
    );
    expect(doc.meta.at(-1)).toEqual({ label: 'Optimality', value: 'within 12.3% of optimal' });
    expect(tables(doc)[0]!.rows).toEqual([['c-not-in-network', 'not specified']]);
  });
});

describe('document wording', () => {
  it('counts hours with Russian plural forms', () => {
    expect([1, 2, 5, 11, 21, 24, 1.5].map(RU.hours)).toEqual([
      '1 час',
      '2 часа',
      '5 часов',
      '11 часов',
      '21 час',
      '24 часа',
      '1,5 часа',
    ]);
    expect([1, 2, 1.5].map(EN.hours)).toEqual(['1 hour', '2 hours', '1.5 hours']);
  });

  it('writes calendar dates in the document language whatever the time zone', () => {
    expect(formatLongDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatLongDate('2026-12-31', 'ru')).toBe('31 декабря 2026 г.');
  });
});
