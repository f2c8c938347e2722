import type { Bounds, HourBound, ProgramType } from './model';

/**
 * Russian additional professional education: advanced training at least 16 academic hours, professional
 * retraining at least 250; vocational training has no statutory minimum. Data, so a network can override it.
 */
export const DEFAULT_BOUNDS: Required<Bounds> = {
  'advanced-training': { min: 16 },
  retraining: { min: 250 },
  'vocational-training': {},
};

export const boundsFor = (type: ProgramType, overrides?: Bounds): HourBound => ({
  ...DEFAULT_BOUNDS[type],
  ...overrides?.[type],
});
