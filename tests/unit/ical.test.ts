import { beforeAll, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../src/domain/model';
import { buildNetworkIndex, type NetworkIndex } from '../../src/domain/network-index';
import { trajectoryToIcs } from '../../src/io/ical';
import { catalog, mod } from './helpers/builders';
import { cncTrajectory, loadScheduledSample } from './helpers/sample-trajectory';

const NOW = new Date(Date.UTC(2026, 7, 20, 9, 30));

/** Each VEVENT as its properties (name with parameters → raw value), after unfolding continuation lines. */
function events(ics: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of ics.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') out.push((current = {}));
    else if (line === 'END:VEVENT') current = undefined;
    else if (current) current[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1);
  }
  return out;
}

const pick = (e: Record<string, string>) => [
  e['DTSTART;VALUE=DATE'],
  e['DTEND;VALUE=DATE'],
  e.SUMMARY,
  e.LOCATION,
];

describe('a trajectory as an iCalendar file', () => {
  let index: NetworkIndex;
  let scheduled: Trajectory;
  beforeAll(async () => {
    ({ index, scheduled } = await loadScheduledSample());
  });

  it('makes one all-day event per step, ending the day after its last day, in English', () => {
    const ics = trajectoryToIcs(scheduled, index, { lang: 'en', now: NOW });
    expect(events(ics).map(pick)).toEqual([
      ['20260901', '20260904', 'Measurement in metal cutting', 'Metrology and measurement laboratory'],
      ['20260908', '20260911', 'Part drawings for machine operators', 'Lecture classroom'],
      [
        '20260915',
        '20260923',
        'CNC operator: setup and machining',
        'CNC machining laboratory\\, г. Верхнерудинск\\, ул. Заводская\\, 14\\, корп. 2',
      ],
      [
        '20260924',
        '20260930',
        'Cutting tools and cutting conditions',
        'Machine shop with conventional machine tools',
      ],
    ]);
  });

  it('says the same in Russian, with commas and semicolons escaped', () => {
    const [first, , third] = events(trajectoryToIcs(scheduled, index, { lang: 'ru', now: NOW }));
    expect(pick(third!)).toEqual([
      '20260915',
      '20260923',
      'Оператор станков с ЧПУ: наладка и обработка',
      'Лаборатория станков с ЧПУ\\, г. Верхнерудинск\\, ул. Заводская\\, 14\\, корп. 2',
    ]);
    expect(first!.DESCRIPTION).toBe(
      '16 часов\\nОснование: обязателен по программе (этап st-foundations)\\; ' +
        'формирует компетенцию PC 3.1\\, необходимую для модуля «Оператор станков с ЧПУ: наладка и обработка»',
    );
  });

  it('describes hours and reasons, and identifies each event stably', () => {
    const ics = trajectoryToIcs(scheduled, index, { lang: 'en', now: NOW });
    const [, second, , fourth] = events(ics);
    expect(second!.DESCRIPTION).toBe(
      '16 hours\\nWhy: needed by “CNC operator: setup and machining” for PC 3.2',
    );
    expect(fourth!.DESCRIPTION).toBe(
      '16 hours\\nWhy: elective\\; chosen by the trainee: works with carbide tools',
    );
    expect(events(ics).map((e) => e.UID)).toEqual([
      'tr-cnc-17-0-m-cnc-metrology@competency-constructor',
      'tr-cnc-17-1-m-cnc-drawings@competency-constructor',
      'tr-cnc-17-2-m-cnc-operator-basics@competency-constructor',
      'tr-cnc-17-3-m-cnc-tooling@competency-constructor',
    ]);
    expect(second!.DTSTAMP).toBe('20260820T093000Z');
    expect(ics).toContain('\r\nPRODID:-//Competency Constructor//Learning trajectory//EN\r\n');
    expect(trajectoryToIcs(scheduled, index, { lang: 'en', now: NOW })).toBe(ics);
  });

  it('keeps every line within 75 octets, folding Cyrillic without splitting a letter', () => {
    const ics = trajectoryToIcs(scheduled, index, { lang: 'ru', now: NOW });
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('leaves out steps that have no dates', () => {
    const partly = { ...scheduled, steps: [cncTrajectory.steps[0]!, ...scheduled.steps.slice(1)] };
    const uids = events(trajectoryToIcs(partly, index, { lang: 'en', now: NOW })).map((e) => e.UID);
    expect(uids).toEqual([
      'tr-cnc-17-1-m-cnc-drawings@competency-constructor',
      'tr-cnc-17-2-m-cnc-operator-basics@competency-constructor',
      'tr-cnc-17-3-m-cnc-tooling@competency-constructor',
    ]);
    expect(events(trajectoryToIcs(cncTrajectory, index, { lang: 'en', now: NOW }))).toEqual([]);
  });

  it('throws the calendar library’s message when a date cannot be written', () => {
    const bad = { ...scheduled, steps: [{ ...scheduled.steps[0]!, start: '2026-02-30' }] };
    let thrown: unknown;
    try {
      trajectoryToIcs(bad, index, { lang: 'en', now: NOW });
    } catch (e) {
      thrown = e;
    }
    // ics validates with yup, whose error lists each problem in `errors`; the thrown Error keeps it as its cause.
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject({
      message: '3 errors occurred',
      cause: { errors: expect.arrayContaining([expect.stringMatching(/^start\[0\]/)]) },
    });
  });
});

describe('where an event takes place', () => {
  const base = catalog([
    mod({
      id: 'm-site',
      outcomes: ['c1'],
      title: 'Welding; cutting, and bending',
      resources: ['r-kit', 'r-lab'],
    }),
    mod({ id: 'm-partner', outcomes: ['c2'], resources: ['r-kit'] }),
    mod({ id: 'm-nowhere', outcomes: ['c3'], partnerId: 'p-b' }),
  ]);
  const index = buildNetworkIndex([
    {
      source: 'cat.json',
      catalog: {
        ...base,
        partners: [
          {
            id: 'p-a',
            kind: 'college',
            name: { en: 'College A; main campus', ru: 'Колледж «А»; главный корпус' },
            city: 'Сталегорск',
            resources: [
              { id: 'r-kit', type: 'equipment', name: 'Welding kit' },
              { id: 'r-lab', type: 'site', name: { en: 'Lab, room 1', ru: 'Лаборатория, ауд. 1' } },
            ],
          },
          { id: 'p-b', kind: 'employer', name: 'Employer B', resources: [] },
        ],
      },
    },
  ]).index;
  const trajectory: Trajectory = {
    kind: 'trajectory',
    schemaVersion: 1,
    programId: null,
    targetCompetencies: ['c1'],
    priorCompetencies: [],
    electives: [],
    steps: ['m-site', 'm-partner', 'm-nowhere', 'm-unknown'].map((module) => ({
      module,
      version: '1.0.0',
      start: '2026-09-07',
      end: '2026-09-07',
      reasons: [],
    })),
    totalHours: 24,
    optimal: true,
    waivers: [],
  };

  it('is the first site of the module, else the partner and its city, escaped', () => {
    expect(events(trajectoryToIcs(trajectory, index, { lang: 'ru', now: NOW })).map(pick)).toEqual([
      ['20260907', '20260908', 'Welding\\; cutting\\, and bending', 'Лаборатория\\, ауд. 1'],
      ['20260907', '20260908', 'Модуль m-partner', 'Колледж «А»\\; главный корпус\\, Сталегорск'],
      ['20260907', '20260908', 'Модуль m-nowhere', 'Employer B'],
      ['20260907', '20260908', 'm-unknown', undefined],
    ]);
    expect(
      events(trajectoryToIcs(trajectory, index, { lang: 'en', now: NOW })).map((e) => [e.UID, e.DESCRIPTION]),
    ).toEqual([
      ['trajectory-0-m-site@competency-constructor', '8 hours\\nWhy: not specified'],
      ['trajectory-1-m-partner@competency-constructor', '8 hours\\nWhy: not specified'],
      ['trajectory-2-m-nowhere@competency-constructor', '8 hours\\nWhy: not specified'],
      ['trajectory-3-m-unknown@competency-constructor', '0 hours\\nWhy: not specified'],
    ]);
  });
});
