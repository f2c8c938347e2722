import type { TableBlock } from '../../domain/documents/document-model';

/** Where a table sits on the page and how its cells are set, in points. */
export interface TableMetrics {
  /** The width the table may take. */
  width: number;
  /** Font sizes the table may be set in, largest first: a wide table takes a smaller one rather than break words. */
  fontSizes: readonly number[];
  /** Left plus right padding of a cell, and its share of the rules. */
  cellPadding: number;
  /**
   * A character's width in em, estimated to be safe for the font (widths are set from character counts, without
   * the font at hand): Roboto takes 0.47-0.59 em a character over words like "Organisation", "демонстрационный"
   * and "125–139" (bold about 1% more), so 0.62; Times New Roman 0.43-0.54, bold up to 0.58.
   */
  emPerChar: number;
}

export interface TableLayout {
  fontSize: number;
  /** Column widths in points, padding included, summing to at most the width given. */
  widths: number[];
  /**
   * For each column, how many characters a line of its header holds: a longer word in the header is hyphenated
   * (a column of two-digit numbers need not be as wide as "Самостоятельная").
   */
  headerChars: number[];
}

/** Characters a line of a hyphenated header holds at the least: "Лекции", "Практи-". */
const MIN_HEADER_CHARS = 7;
/** Characters a line of a text column holds when the table is not pressed for room: "Воздушное законодательство". */
const COMFORTABLE_CHARS = 26;

/** Where a line may break: spaces, and after hyphens, dashes and slashes, as pdfmake and Word break. */
const BREAKS = /\s+|(?<=[-\u2010-\u2014/])/;
const longestWord = (texts: readonly string[]) =>
  Math.max(0, ...texts.flatMap((s) => s.split(BREAKS)).map((w) => w.length));

/**
 * Lays a table out across the width. Columns of short values (numbers, codes, dates) get what their longest cell
 * needs; text columns share the rest by how much they hold, and never less than their longest word, so a module
 * title wraps instead of being squeezed next to a mostly empty column. When that does not fit comfortably, the
 * headers of short columns are allowed to hyphenate, then a smaller font is tried; only as a last resort does
 * everything shrink alike (and long words break where they must).
 */
export function layoutTable(t: TableBlock, m: TableMetrics): TableLayout {
  const columns = t.columns.map((c, i) => {
    const cells = [...t.rows.map((r) => r[i] ?? ''), ...(t.footer ? [t.footer[i] ?? ''] : [])].filter(
      (_, r) => !spansRest(t, r, i),
    );
    const longest = Math.max(0, ...cells.map((s) => s.length));
    const filled = cells.filter((s) => s !== '');
    const mean = filled.length === 0 ? 0 : filled.reduce((n, s) => n + s.length, 0) / filled.length;
    const short = c.align === 'end' || c.align === 'center' || longest <= 14;
    const label = longestWord([c.label]);
    return {
      short,
      // A short column holds its longest cell on one line, and its header's longest word (or, hyphenated, at
      // least MIN_HEADER_CHARS of it a line); a short header ("№ п/п", "Hours") stays on one line.
      chars: Math.max(longest, c.label.length <= 6 ? c.label.length : 0),
      label,
      word: Math.max(longestWord(cells), short ? 0 : label),
      weight: short ? 0 : Math.min(80, Math.max(10, mean)),
    };
  });

  const attempt = (fontSize: number, hyphenateHeaders: boolean) => {
    const em = m.emPerChar * fontSize;
    const fixed = columns.map((c) =>
      c.short
        ? Math.max(
            c.chars,
            hyphenateHeaders ? Math.min(c.label, Math.max(c.chars, MIN_HEADER_CHARS)) : c.label,
          )
        : 0,
    );
    const widths = share(
      columns.map((c, i) =>
        c.short
          ? { fixed: fixed[i]! * em + m.cellPadding, min: 0, weight: 0 }
          : { fixed: 0, min: c.word * em + m.cellPadding, weight: c.weight },
      ),
      m.width,
    );
    const headerChars = widths.map((w) => Math.max(1, Math.floor((w - m.cellPadding) / em)));
    return { fontSize, widths, headerChars };
  };
  const fits = (l: TableLayout) => l.widths.reduce((a, b) => a + b, 0) <= m.width + 0.01;
  // A text column is comfortable with room for its usual cell (up to COMFORTABLE_CHARS) on one line: rather than
  // squeeze module titles to a word a line, short columns' headers hyphenate, then the font gets smaller.
  const comfortable = (l: TableLayout) =>
    columns.every(
      (c, i) =>
        c.short ||
        l.widths[i]! + 0.01 >=
          Math.max(c.word, Math.min(c.weight, COMFORTABLE_CHARS)) * m.emPerChar * l.fontSize + m.cellPadding,
    );
  const tries = m.fontSizes.flatMap((fontSize) => [attempt(fontSize, false), attempt(fontSize, true)]);
  const best = tries.find((l) => fits(l) && comfortable(l)) ?? tries.find(fits);
  if (best) return best;
  // Nothing fits: the smallest size, everything shrunk alike.
  const l = attempt(m.fontSizes[m.fontSizes.length - 1]!, true);
  const sum = l.widths.reduce((a, b) => a + b, 0);
  const widths = l.widths.map((w) => (w * m.width) / sum);
  const em = m.emPerChar * l.fontSize;
  return { ...l, widths, headerChars: widths.map((w) => Math.max(1, Math.floor((w - m.cellPadding) / em))) };
}

/**
 * Text columns share what the short ones leave by weight; one whose share is below its minimum takes the minimum
 * and the others share the rest, until every share is at least its minimum. The sum can exceed the width only when
 * the minimums do.
 */
function share(columns: { fixed: number; min: number; weight: number }[], width: number): number[] {
  const result = columns.map((c) => c.fixed);
  let rest = width - result.reduce((a, b) => a + b, 0);
  let open = columns.flatMap((c, i) => (c.weight > 0 ? [i] : []));
  while (open.length > 0) {
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
  }
  return result;
}

const VOWELS = /[аеёиоуыэюяaeiouy]/i;
const NO_LINE_START = /[ьъй]/i;

/**
 * Places in a word where it may be hyphenated, by the simple rules of Russian (and, roughly, English) syllables:
 * both parts keep a vowel, at least two letters go before the hyphen and three after it (so no "Practi-ce"), and
 * a part never starts with ь, ъ or й. A break goes between
 * a vowel and a consonant that starts a syllable (са-мо), between two consonants (прак-ти), or after ь, ъ, й.
 */
function hyphenationPoints(word: string): number[] {
  const points: number[] = [];
  const letter = /\p{L}/u;
  for (let i = 2; i <= word.length - 3; i++) {
    const [a, b, c] = [word[i - 1]!, word[i]!, word[i + 1] ?? ''];
    if (![a, b].every((x) => letter.test(x)) || NO_LINE_START.test(b)) continue;
    if (!VOWELS.test(word.slice(0, i)) || !VOWELS.test(word.slice(i))) continue;
    const vowel = (x: string) => VOWELS.test(x);
    if (
      (vowel(a) && !vowel(b) && vowel(c)) ||
      (!vowel(a) && !vowel(b) && VOWELS.test(word.slice(i))) ||
      NO_LINE_START.test(a)
    )
      points.push(i);
  }
  return points;
}

/**
 * Where a header label may take a hyphen so that no line is longer than `chars`: syllable breaks in each word (or
 * part of a word with a hyphen of its own, "Организация-участник") that is longer than that. Offsets in the label.
 */
export function labelHyphenationPoints(label: string, chars: number): number[] {
  return [...label.matchAll(/[^\s-]+-?/g)].flatMap((part) =>
    part[0].length > chars ? hyphenationPoints(part[0]).map((p) => part.index + p) : [],
  );
}

/**
 * A header label with every word longer than `chars` hyphenated onto lines of at most `chars` characters (the
 * hyphen included), at syllable breaks where there are any, else where the line is full.
 */
export function hyphenateLabel(label: string, chars: number): string {
  return label.replace(/[^\s-]+-?/g, (part) => {
    const lines: string[] = [];
    let rest = part;
    while (rest.length > chars && chars >= 3) {
      const fit = hyphenationPoints(rest).filter((p) => p <= chars - 1);
      const at = fit.length > 0 ? fit[fit.length - 1]! : chars - 1;
      lines.push(`${rest.slice(0, at)}-`);
      rest = rest.slice(at);
    }
    return [...lines, rest].join('\n');
  });
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
