import { addDays, formatISO, getISODay, isValid, parseISO, startOfISOWeek } from 'date-fns';
import { stepHours } from './hours';
import type { Trajectory } from './model';
import type { NetworkIndex } from './network-index';

export interface ScheduleOptions {
  /** The first day of study, YYYY-MM-DD; a day that is not a study day moves to the next study day. */
  start: string;
  hoursPerWeek: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday; Monday to Friday unless given. */
  studyDays?: readonly number[];
}

export interface StepDates {
  start: string;
  end: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

// Positions are measured in study days; a sum of fractional hours (or 8/3 hours a day) lands a hair off a day
// boundary, which would push a step's end onto the next day or its start back onto the previous one.
const snap = (days: number): number => {
  const whole = Math.round(days);
  return Math.abs(days - whole) < 1e-9 ? whole : days;
};

/**
 * Lays steps end to end over the study days, each day taking an equal share of the weekly hours. A step starts on
 * the day its first hour falls and ends on the day its last hour falls; the next step takes the rest of that day.
 * A step of zero hours sits on the day the next hour would fall.
 *
 * Throws a RangeError for hours per week that are not positive, study days that are empty or not ISO weekdays,
 * an invalid start date, or negative hours: callers validate what a person typed before asking for a schedule.
 */
export function scheduleSteps(hours: readonly number[], options: ScheduleOptions): StepDates[] {
  const { start, hoursPerWeek, studyDays = WEEKDAYS } = options;
  if (!(hoursPerWeek > 0) || !Number.isFinite(hoursPerWeek))
    throw new RangeError(`Hours per week must be a positive number, not ${hoursPerWeek}`);
  const days = [...new Set(studyDays)].sort((a, b) => a - b);
  if (days.length === 0) throw new RangeError('At least one study day is needed');
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw new RangeError(`Study days are ISO weekdays 1 to 7, not ${studyDays.join(', ')}`);
  const startDate = parseISO(start);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !isValid(startDate))
    throw new RangeError(`Not a date as YYYY-MM-DD: ${start}`);
  if (hours.some((h) => !(h >= 0) || !Number.isFinite(h)))
    throw new RangeError(`Hours must be zero or more, not ${hours.join(', ')}`);

  // Counting study days from the start of the start date's week makes the k-th one a matter of division.
  const week = startOfISOWeek(startDate);
  const weekday = getISODay(startDate);
  const skipped = days.filter((d) => d < weekday).length;
  const studyDay = (k: number): string => {
    const n = skipped + k;
    return formatISO(addDays(week, Math.floor(n / days.length) * 7 + days[n % days.length]! - 1), {
      // Not format(…, 'yyyy-MM-dd'): that brings date-fns' locale machinery (7 KB gzip) into the app's first load.
      representation: 'date',
    });
  };

  // Hours become study days through one multiplication and one division, never through an accumulated hours-a-day.
  const toDays = (h: number): number => snap((h * days.length) / hoursPerWeek);
  let done = 0;
  return hours.map((h) => {
    const from = toDays(done);
    done += h;
    const to = toDays(done);
    const first = Math.floor(from);
    // A zero-hour step (or one too short to register) would otherwise end the day before it starts.
    return { start: studyDay(first), end: studyDay(Math.max(first, Math.ceil(to) - 1)) };
  });
}

/** The trajectory with dates on every step. */
export function scheduleTrajectory(
  trajectory: Trajectory,
  index: NetworkIndex,
  options: ScheduleOptions,
): Trajectory {
  const dates = scheduleSteps(
    trajectory.steps.map((s) => stepHours(index, s)),
    options,
  );
  return { ...trajectory, steps: trajectory.steps.map((s, i) => ({ ...s, ...dates[i]! })) };
}
