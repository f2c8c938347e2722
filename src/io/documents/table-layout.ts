import type { TableBlock } from '../../domain/documents/document-model';

/** Where a table sits on the page and how its cells are set, in points. Widths include the padding. */
export interface TableMetrics {
  /** The width the table may take. */
  width: number;
  fontSize: number;
  /** Left plus right padding of a cell, and its share of the rules. */
  cellPadding: number;
}

/**
 * Column widths in points, summing to at most `width`. Columns of short values (numbers, codes, dates) get what
 * their longest cell needs; text columns share the rest by how much they hold, and never less than their longest
 * word, so a module title wraps instead of being squeezed next to a mostly empty column. Widths are estimated from
 * character counts (Roboto and Times average about 0.55 em a character; 0.6 is used to be safe), which is enough
 * for tables of labels and numbers and does not need the font at hand.
 */
/** Where a line may break: spaces, and after hyphens, dashes and slashes, as pdfmake and Word break. */
const BREAKS = /[\s]+|(?<=[-\u2010-\u2014/])/;

export function columnWidths(t: TableBlock, m: TableMetrics): number[] {
  const em = 0.6 * m.fontSize;
  const columns = t.columns.map((c, i) => {
    const cells = [...t.rows.map((r) => r[i] ?? ''), ...(t.footer ? [t.footer[i] ?? ''] : [])];
    const spanned = cells.filter((_, r) => !spansRest(t, r, i));
    const longest = Math.max(0, ...spanned.map((s) => s.length));
    const word = Math.max(0, ...[c.label, ...spanned].flatMap((s) => s.split(BREAKS)).map((w) => w.length));
    const filled = spanned.filter((s) => s !== '');
    const mean = filled.length === 0 ? 0 : filled.reduce((n, s) => n + s.length, 0) / filled.length;
    const short = c.align === 'end' || c.align === 'center' || longest <= 14;
    return short
      ? {
          fixed: Math.max(longest, word, c.label.length <= 6 ? c.label.length : 0) * em + m.cellPadding,
          min: 0,
          weight: 0,
        }
      : { fixed: 0, min: word * em + m.cellPadding, weight: Math.min(80, Math.max(10, mean)) };
  });
  // Text columns share what the short ones leave by weight; one whose share is below its minimum takes the minimum
  // and the others share the rest, until every share is at least its minimum.
  const result = columns.map((c) => c.fixed);
  let rest = m.width - result.reduce((a, b) => a + b, 0);
  let open = columns.flatMap((c, i) => (c.weight > 0 ? [i] : []));
  for (;;) {
    const weight = open.reduce((n, i) => n + columns[i]!.weight, 0);
    const starved = open.filter((i) => columns[i]!.min > (rest * columns[i]!.weight) / weight);
    if (starved.length === 0) {
      for (const i of open) result[i] = (rest * columns[i]!.weight) / weight;
      break;
    }
    for (const i of starved) {
      result[i] = columns[i]!.min;
      rest -= columns[i]!.min;
    }
    open = open.filter((i) => !starved.includes(i));
    if (open.length === 0) break;
  }
  // More columns than the page holds: everything shrinks alike (and long words wrap). A table of short columns
  // only may stay narrower than the page.
  const sum = result.reduce((a, b) => a + b, 0);
  return sum > m.width ? result.map((w) => (w * m.width) / sum) : result;
}

/**
 * How many columns a cell of row `r` covers: a group row's heading (a curriculum stage) runs over the empty cells
 * after it, so it reads as a heading across the table instead of being wrapped into one column. 0 for a cell
 * covered by the one before it; every other cell covers 1.
 */
export function cellSpan(t: TableBlock, r: number, i: number): number {
  if (t.rowKinds?.[r] !== 'group') return 1;
  const row = t.rows[r] ?? [];
  const start = row.findIndex((c) => c !== '');
  if (start < 0 || !row.slice(start + 1).every((c) => c === '')) return 1;
  if (i < start) return 1;
  return i === start ? t.columns.length - start : 0;
}

/** Whether the cell is a group heading running over the rest of its row (its text says nothing about its column). */
const spansRest = (t: TableBlock, r: number, i: number) => r < t.rows.length && cellSpan(t, r, i) > 1;
