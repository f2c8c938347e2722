import { boundsFor } from '../bounds';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { moduleHours } from '../hours';
import type { Program } from '../model';
import type { NetworkIndex } from '../network-index';
import { resolveModule } from '../network-index';

export interface HourRange {
  min: number;
  max: number;
}

/**
 * A programme's total hours over every possible elective choice: a `choose k of n` group counts its k
 * cheapest members towards the minimum and its k dearest towards the maximum. Unresolved modules count zero.
 */
export function programHourRange(program: Program, index: NetworkIndex): HourRange {
  let min = 0;
  let max = 0;
  const hoursOf = (ref: { module: string; version: string }) => {
    const m = resolveModule(index, ref.module, ref.version);
    return m ? moduleHours(m) : 0;
  };
  for (const stage of program.stages)
    for (const item of stage.items) {
      if (!('choose' in item)) {
        const h = hoursOf(item);
        min += h;
        max += h;
        continue;
      }
      const sorted = item.of.map(hoursOf).sort((a, b) => a - b);
      const k = Math.min(item.choose, sorted.length);
      min += sorted.slice(0, k).reduce((a, b) => a + b, 0);
      max += sorted.slice(sorted.length - k).reduce((a, b) => a + b, 0);
    }
  return { min, max };
}

/** hours.below-minimum / hours.above-maximum against the bounds for the programme type. */
export function checkHours(program: Program, index: NetworkIndex): Diagnostic[] {
  const range = programHourRange(program, index);
  const bound = boundsFor(program.programType, index.bounds);
  const out: Diagnostic[] = [];
  const params = { kind: program.programType, min: bound.min, max: bound.max };
  if (bound.min !== undefined && range.min < bound.min)
    out.push(
      diagnostic('hours.below-minimum', 'error', '/stages', {
        ...params,
        total: range.min,
        // When the heaviest choices reach the minimum, only the lightest fall short, which the message says.
        ...(range.max >= bound.min && { electiveOnly: true }),
      }),
    );
  if (bound.max !== undefined && range.max > bound.max)
    out.push(
      diagnostic('hours.above-maximum', 'error', '/stages', {
        ...params,
        total: range.max,
        ...(range.min <= bound.max && { electiveOnly: true }),
      }),
    );
  return out;
}
