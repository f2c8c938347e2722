// Layout maths for the pictures: plain functions of plain data, so they are tested without a DOM.
import { HOUR_KINDS } from '../../domain/hours';
import type { Hours } from '../../domain/model';
import type { PrerequisiteGraph } from '../../domain/pictures';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Sizes in SVG pixels: three stages fit a 480 px panel without scrolling; a node holds two lines of label. */
export const GRAPH = {
  nodeWidth: 114,
  nodeHeight: 40,
  columnGap: 36,
  rowGap: 14,
  margin: 6,
  headerHeight: 24,
  groupPad: 5,
  fontSize: 10.5,
  labelPad: 6,
} as const;

/** How far an edge within one column bulges into the gap on its right: more for nodes further apart. */
const arcBulge = (from: Box, to: Box) => Math.min(GRAPH.columnGap * 0.8, 12 + Math.abs(to.y - from.y) / 4);

export interface GraphLayout {
  width: number;
  height: number;
  /** Left edge of each stage's column. */
  columns: number[];
  nodes: Box[];
  /** The virtual source of unmet edges, in a column of its own at the left, when there is one. */
  missing?: Box;
  /** Frames around the members of each elective group. */
  groups: (Box & { pointer: string })[];
  /** One SVG path per edge, in the graph's edge order. */
  edges: string[];
}

/**
 * Left to right by programme order: a column per stage (empty stages keep theirs so columns line up with the
 * stage list), nodes stacked in item order, elective members framed together.
 */
export function layoutGraph(graph: PrerequisiteGraph, stageCount: number): GraphLayout {
  const { nodeWidth, nodeHeight, columnGap, rowGap, margin, headerHeight, groupPad } = GRAPH;
  const hasMissing = graph.edges.some((e) => e.status === 'unmet');
  const stages = graph.nodes.reduce((n, node) => Math.max(n, node.stageIndex + 1), stageCount);
  const left = margin + (hasMissing ? nodeWidth + columnGap : 0);
  const columns = Array.from({ length: stages }, (_, i) => left + i * (nodeWidth + columnGap));
  const top = margin + headerHeight;
  const rows = new Array<number>(stages).fill(0);
  const nodes = graph.nodes.map((n): Box => {
    const row = rows[n.stageIndex]!++;
    return {
      x: columns[n.stageIndex]!,
      y: top + row * (nodeHeight + rowGap),
      width: nodeWidth,
      height: nodeHeight,
    };
  });
  const groups: GraphLayout['groups'] = [];
  graph.nodes.forEach((n, i) => {
    if (n.group === undefined) return;
    const box = nodes[i]!;
    const last = groups[groups.length - 1];
    if (last?.pointer === n.group) last.height = box.y + box.height + groupPad - last.y;
    else
      groups.push({
        pointer: n.group,
        x: box.x - groupPad,
        y: box.y - groupPad,
        width: box.width + 2 * groupPad,
        height: box.height + 2 * groupPad,
      });
  });
  const missing = hasMissing ? { x: margin, y: top, width: nodeWidth, height: nodeHeight } : undefined;
  const tallest = rows.reduce((a, b) => Math.max(a, b), 1);
  const edges = graph.edges.map((e) =>
    edgePath(e.status === 'unmet' ? missing! : nodes[e.from]!, nodes[e.to]!),
  );
  // Arcs within the last column bulge past it, so the picture is widened to hold them.
  const right = graph.edges.reduce(
    (x, e) => {
      if (e.status === 'unmet' || nodes[e.from]!.x !== nodes[e.to]!.x) return x;
      return Math.max(x, nodes[e.to]!.x + nodeWidth + arcBulge(nodes[e.from]!, nodes[e.to]!));
    },
    left + stages * (nodeWidth + columnGap) - columnGap,
  );
  return {
    width: right + margin,
    height: top + tallest * (nodeHeight + rowGap) - rowGap + margin + groupPad,
    columns,
    nodes,
    missing,
    groups,
    edges,
  };
}

type Point = [number, number];

/** A polyline with its corners rounded, as an SVG path; repeated points and points on a straight run are dropped. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const distinct = points.filter(
    (p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1],
  );
  const ps = distinct.filter((p, i) => {
    const a = distinct[i - 1];
    const b = distinct[i + 1];
    return !a || !b || (p[0] - a[0]) * (b[1] - p[1]) !== (p[1] - a[1]) * (b[0] - p[0]);
  });
  const toward = (from: Point, to: Point, d: number): Point => {
    const len = Math.hypot(to[0] - from[0], to[1] - from[1]);
    return [from[0] + ((to[0] - from[0]) * d) / len, from[1] + ((to[1] - from[1]) * d) / len];
  };
  const [first, ...rest] = ps;
  let d = `M${first![0]},${first![1]}`;
  rest.forEach((corner, i) => {
    const next = rest[i + 1];
    if (!next) return void (d += ` L${corner[0]},${corner[1]}`);
    const prev = ps[i]!;
    const r = Math.min(
      radius,
      Math.hypot(corner[0] - prev[0], corner[1] - prev[1]) / 2,
      Math.hypot(next[0] - corner[0], next[1] - corner[1]) / 2,
    );
    const [ax, ay] = toward(corner, prev, r);
    const [bx, by] = toward(corner, next, r);
    d += ` L${ax},${ay} Q${corner[0]},${corner[1]} ${bx},${by}`;
  });
  return d;
}

/**
 * The path of an edge, ending where the arrow head meets the target. Nodes sit on a grid shared by all columns,
 * so the gaps between columns and between rows are free lanes: an edge to the next column is one S-curve; a
 * longer one runs in the row gap just above its target; a backward one (a provider placed later) leaves the
 * bottom of its source and enters the bottom of its target through the row gaps below them; an edge within a
 * column arcs out into the gap on the right.
 */
export function edgePath(from: Box, to: Box): string {
  const { columnGap: gap, rowGap } = GRAPH;
  const y1 = from.y + from.height / 2;
  const y2 = to.y + to.height / 2;
  const x1 = from.x + from.width;
  if (x1 < to.x && to.x - x1 <= gap) {
    const bend = (to.x - x1) / 2;
    return `M${x1},${y1} C${x1 + bend},${y1} ${to.x - bend},${y2} ${to.x},${y2}`;
  }
  if (x1 < to.x) {
    const lane = to.y - rowGap / 2;
    return roundedPath(
      [
        [x1, y1],
        [x1 + gap / 2, y1],
        [x1 + gap / 2, lane],
        [to.x - gap / 2, lane],
        [to.x - gap / 2, y2],
        [to.x, y2],
      ],
      6,
    );
  }
  if (to.x + to.width < from.x) {
    const sx = from.x + 14;
    const tx = to.x + to.width - 14;
    const below = (b: Box) => b.y + b.height + rowGap / 2;
    return roundedPath(
      [
        [sx, from.y + from.height],
        [sx, below(from)],
        [to.x + to.width + gap / 2, below(from)],
        [to.x + to.width + gap / 2, below(to)],
        [tx, below(to)],
        [tx, to.y + to.height],
      ],
      6,
    );
  }
  const x = Math.max(x1, to.x + to.width);
  const bulge = arcBulge(from, to);
  return `M${x},${y1} C${x + bulge},${y1} ${x + bulge},${y2} ${x},${y2}`;
}

// Rough glyph widths in em of a sans-serif face: enough to fill a line without measuring text in the DOM.
const GLYPHS: [RegExp, number][] = [
  [/[\s.,:;'’!|()«»“”\-ijlftr]/, 0.3],
  [/[mwMWшщжмыюШЩЖМЫЮ]/, 0.85],
  [/[A-ZА-ЯЁ0-9]/, 0.68],
  [/[а-яё]/, 0.6],
];
/** The estimated width of a line of text in pixels. */
export const textWidth = (text: string, fontSize: number): number =>
  [...text].reduce((w, ch) => w + (GLYPHS.find(([re]) => re.test(ch))?.[1] ?? 0.56) * fontSize, 0);

/**
 * Words into at most `maxLines` lines no wider than `maxWidth` pixels; the last line takes the rest of the
 * text, and a line that does not fit is cut with an ellipsis.
 */
export function wrapLabel(text: string, maxWidth: number, maxLines: number, fontSize: number): string[] {
  const fits = (line: string) => textWidth(line, fontSize) <= maxWidth;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    let line = words[i++]!;
    while (i < words.length && fits(`${line} ${words[i]!}`)) line += ` ${words[i++]!}`;
    lines.push(line);
  }
  if (i < words.length) lines.push(words.slice(i).join(' '));
  return lines.map((line) => {
    if (fits(line)) return line;
    let cut = line;
    while (cut.length > 1 && !fits(`${cut}…`)) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  });
}

export type BarPart = keyof Hours | 'elective';

/** A stacked bar's segments as percentages of `scale`, empty ones left out: kinds first, then the elective range. */
export function stackedBar(
  kinds: Hours,
  elective: number,
  scale: number,
): { part: BarPart; hours: number; percent: number }[] {
  const parts: [BarPart, number][] = [
    ...HOUR_KINDS.map((k): [BarPart, number] => [k, kinds[k]]),
    ['elective', elective],
  ];
  return parts
    .filter(([, hours]) => hours > 0)
    .map(([part, hours]) => ({ part, hours, percent: scale > 0 ? (hours / scale) * 100 : 0 }));
}

/** Consecutive equal values as runs, for header cells spanning the columns of one stage. */
export function runs<T>(values: readonly T[]): { value: T; start: number; length: number }[] {
  const out: { value: T; start: number; length: number }[] = [];
  values.forEach((value, i) => {
    const last = out[out.length - 1];
    if (last && last.value === value) last.length++;
    else out.push({ value, start: i, length: 1 });
  });
  return out;
}
