import type { Trajectory } from '../domain/model';
import { scheduleTrajectory } from '../domain/schedule';
import type { AppState } from './index';
import { memoOnTrajectory } from './selectors';

// Apart from the other selectors: dates need date-fns, which only trainee mode (loaded on demand) uses.
const scheduled = memoOnTrajectory((trajectory, index, { planForm }) =>
  planForm.hoursPerWeek > 0
    ? scheduleTrajectory(trajectory, index, { start: planForm.start, hoursPerWeek: planForm.hoursPerWeek })
    : trajectory,
);

/** The trajectory with each step's dates, from the start date and hours per week. */
export const selectScheduledTrajectory = (state: AppState): Trajectory | undefined =>
  scheduled(state, `${state.planForm.start}|${state.planForm.hoursPerWeek}`);
