import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkIndex } from '../../src/domain/network-index';
import { scheduleSteps, scheduleTrajectory } from '../../src/domain/schedule';
import { cncTrajectory, loadSampleIndex, SAMPLE_SCHEDULE } from './helpers/sample-trajectory';

// 2026-09-07 is a Monday.
const MONDAY = '2026-09-07';

describe('scheduling steps over study days', () => {
  it('fills weekdays at a fifth of the weekly hours, and lets steps share a day', () => {
    expect(scheduleSteps([8, 4, 4, 16], { start: MONDAY, hoursPerWeek: 40 })).toEqual([
      { start: '2026-09-07', end: '2026-09-07' },
      { start: '2026-09-08', end: '2026-09-08' },
      { start: '2026-09-08', end: '2026-09-08' },
      { start: '2026-09-09', end: '2026-09-10' },
    ]);
  });

  it('starts a step mid-day where the previous one ended', () => {
    expect(scheduleSteps([6, 6], { start: MONDAY, hoursPerWeek: 40 })).toEqual([
      { start: '2026-09-07', end: '2026-09-07' },
      { start: '2026-09-07', end: '2026-09-08' },
    ]);
  });

  it('puts a zero-hour step on the day the next hour falls', () => {
    expect(scheduleSteps([0, 8, 0, 4, 0], { start: MONDAY, hoursPerWeek: 40 })).toEqual([
      { start: '2026-09-07', end: '2026-09-07' },
      { start: '2026-09-07', end: '2026-09-07' },
      { start: '2026-09-08', end: '2026-09-08' },
      { start: '2026-09-08', end: '2026-09-08' },
      { start: '2026-09-08', end: '2026-09-08' },
    ]);
  });

  it('moves a start on a day off to the next study day, across the weekend', () => {
    expect(scheduleSteps([8], { start: '2026-09-12', hoursPerWeek: 40 })).toEqual([
      { start: '2026-09-14', end: '2026-09-14' },
    ]);
    expect(scheduleSteps([8], { start: '2026-09-08', hoursPerWeek: 8, studyDays: [1] })).toEqual([
      { start: '2026-09-14', end: '2026-09-14' },
    ]);
  });

  it('wraps into the next week and the next month', () => {
    expect(scheduleSteps([48], { start: '2026-09-24', hoursPerWeek: 40 })).toEqual([
      { start: '2026-09-24', end: '2026-10-01' },
    ]);
  });

  it('ends 24 hours at 8 a week on 3 days exactly on the third study day of the third week', () => {
    expect(scheduleSteps([24], { start: MONDAY, hoursPerWeek: 8, studyDays: [1, 3, 5] })).toEqual([
      { start: '2026-09-07', end: '2026-09-25' },
    ]);
    expect(scheduleSteps([8, 8, 8, 1], { start: MONDAY, hoursPerWeek: 8, studyDays: [1, 3, 5] })).toEqual([
      { start: '2026-09-07', end: '2026-09-11' },
      { start: '2026-09-14', end: '2026-09-18' },
      { start: '2026-09-21', end: '2026-09-25' },
      { start: '2026-09-28', end: '2026-09-28' },
    ]);
  });

  it('does not let fractional hours drift over a day boundary', () => {
    // 0.1 + 4.1 + 3.8 adds up to 7.999999999999999 in floating point.
    expect(scheduleSteps([0.1, 4.1, 3.8, 1], { start: MONDAY, hoursPerWeek: 40 })).toEqual([
      { start: '2026-09-07', end: '2026-09-07' },
      { start: '2026-09-07', end: '2026-09-07' },
      { start: '2026-09-07', end: '2026-09-07' },
      { start: '2026-09-08', end: '2026-09-08' },
    ]);
  });

  it('does not end a vanishingly short step before it starts', () => {
    expect(scheduleSteps([8, 1e-12, 8], { start: MONDAY, hoursPerWeek: 40 })).toEqual([
      { start: '2026-09-07', end: '2026-09-07' },
      { start: '2026-09-08', end: '2026-09-08' },
      { start: '2026-09-08', end: '2026-09-08' },
    ]);
  });

  it('takes study days in any order and ignores repeats', () => {
    expect(scheduleSteps([12], { start: MONDAY, hoursPerWeek: 8, studyDays: [6, 2, 2] })).toEqual([
      { start: '2026-09-08', end: '2026-09-15' },
    ]);
  });

  it('refuses settings that cannot make a schedule', () => {
    const start = MONDAY;
    expect(() => scheduleSteps([8], { start, hoursPerWeek: 0 })).toThrow(RangeError);
    expect(() => scheduleSteps([8], { start, hoursPerWeek: -4 })).toThrow(RangeError);
    expect(() => scheduleSteps([8], { start, hoursPerWeek: Number.NaN })).toThrow(RangeError);
    expect(() => scheduleSteps([8], { start, hoursPerWeek: Infinity })).toThrow(RangeError);
    expect(() => scheduleSteps([8], { start, hoursPerWeek: 8, studyDays: [] })).toThrow(RangeError);
    expect(() => scheduleSteps([8], { start, hoursPerWeek: 8, studyDays: [0] })).toThrow(RangeError);
    expect(() => scheduleSteps([8], { start, hoursPerWeek: 8, studyDays: [8] })).toThrow(RangeError);
    expect(() => scheduleSteps([8], { start: '2026-02-30', hoursPerWeek: 8 })).toThrow(RangeError);
    expect(() => scheduleSteps([8], { start: '2026-09-07T10:00', hoursPerWeek: 8 })).toThrow(RangeError);
    expect(() => scheduleSteps([-1], { start, hoursPerWeek: 8 })).toThrow(RangeError);
  });

  it('schedules nothing for no steps', () => {
    expect(scheduleSteps([], { start: MONDAY, hoursPerWeek: 8 })).toEqual([]);
  });
});

describe('scheduling a trajectory', () => {
  let index: NetworkIndex;
  beforeAll(async () => {
    index = await loadSampleIndex();
  });

  it('dates each step of the sample trajectory by its module hours, two days a week', () => {
    const scheduled = scheduleTrajectory(cncTrajectory, index, SAMPLE_SCHEDULE);
    expect(scheduled.steps.map((s) => [s.module, s.start, s.end])).toEqual([
      ['m-cnc-metrology', '2026-09-01', '2026-09-03'],
      ['m-cnc-drawings', '2026-09-08', '2026-09-10'],
      ['m-cnc-operator-basics', '2026-09-15', '2026-09-22'],
      ['m-cnc-tooling', '2026-09-24', '2026-09-29'],
    ]);
    expect(scheduled.steps.map((s) => s.reasons)).toEqual(cncTrajectory.steps.map((s) => s.reasons));
    expect(cncTrajectory.steps[0]!.start).toBeUndefined();
  });

  it('gives a module the network does not know no time', () => {
    const withUnknown = {
      ...cncTrajectory,
      steps: [{ module: 'm-retired-elsewhere', version: '1.0.0', reasons: [] }, cncTrajectory.steps[0]!],
    };
    expect(
      scheduleTrajectory(withUnknown, index, {
        start: '2026-09-01',
        hoursPerWeek: 16,
        studyDays: [2, 4],
      }).steps.map((s) => [s.start, s.end]),
    ).toEqual([
      ['2026-09-01', '2026-09-01'],
      ['2026-09-01', '2026-09-03'],
    ]);
  });
});
