import { useId, type ReactNode } from 'react';
import { HOUR_KINDS } from '../../domain/hours';
import type { Hours } from '../../domain/model';
import { PICTURES } from '../../i18n/ui/pictures';
import { useMessages } from '../common/use-messages';
import { stackedBar } from './layout';

export interface Bar {
  key: string;
  label: string;
  /** Hours every trainee takes, by kind. */
  kinds: Hours;
  /** Hours elective choices may add on top. */
  elective: number;
  /** The number shown at the end of the bar. */
  value: string;
  /** The bar in words, for the chart's accessible name. */
  description: string;
}

/**
 * Horizontal bars stacked by kind of hour, on one scale, with the elective range hatched. The bars are one
 * image named by their numbers; the table with every number sits in a disclosure below.
 */
export function BarChart({ title, bars, table }: { title: string; bars: Bar[]; table: ReactNode }) {
  const { f, lang } = useMessages();
  const p = PICTURES[lang];
  const m = p.hours;
  const captionId = useId();
  const scale = Math.max(0, ...bars.map((b) => HOUR_KINDS.reduce((s, k) => s + b.kinds[k], b.elective)));
  const hasElective = bars.some((b) => b.elective > 0);
  return (
    <figure className="bar-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <div
        role="img"
        className="bars"
        aria-label={m.chartLabel(title, bars.map((b) => b.description).join('; '))}
      >
        {bars.map((b) => (
          <div key={b.key} className="bar-row">
            <span className="bar-label" title={b.label}>
              {b.label}
            </span>
            <span className="bar-track">
              {stackedBar(b.kinds, b.elective, scale).map((s) => (
                <span
                  key={s.part}
                  className={`bar-part part-${s.part}`}
                  style={{ width: `${s.percent}%` }}
                  title={`${s.part === 'elective' ? m.electiveRange : m.kinds[s.part]}: ${m.hours(f.num(s.hours))}`}
                />
              ))}
            </span>
            <span className="bar-value">{b.value}</span>
          </div>
        ))}
      </div>
      <p className="pictures-legend" aria-hidden="true">
        {HOUR_KINDS.map((k) => (
          <span key={k}>
            <span className={`swatch part-${k}`} /> {m.kinds[k]}
          </span>
        ))}
        {hasElective && (
          <span>
            <span className="swatch part-elective" /> {m.electiveRange}
          </span>
        )}
      </p>
      <details className="bar-numbers">
        <summary>{m.showNumbers}</summary>
        {table}
      </details>
    </figure>
  );
}
