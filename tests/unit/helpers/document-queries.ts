import type { Block, Section, TableBlock } from '../../../src/domain/documents/document-model';

/** Headings as an outline: "1. …", then "  1.1. …" indented by depth. */
export const outline = (sections: readonly Section[], depth = 0): string[] =>
  sections.flatMap((s) => [`${'  '.repeat(depth)}${s.heading}`, ...outline(s.sections ?? [], depth + 1)]);

/** What blocks say: a paragraph's text, a list's items, a table's caption (or "table"). */
export const texts = (blocks: readonly Block[]) =>
  blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'list' ? b.items : (b.caption ?? b.kind)));

export const tables = (s: Section): TableBlock[] =>
  s.blocks.filter((b): b is TableBlock => b.kind === 'table');

/** A printed figure as [cheapest choice, dearest]: "72" → [72, 72], "196–228" → [196, 228], "22,2 %" → [22.2, 22.2]. */
export const figure = (cell: string): [number, number] => {
  const [a, b = a] = cell
    .replace(/\s*%$/, '')
    .split('–')
    .map((x) => Number(x.replace(/\s/g, '').replace(',', '.')));
  return [a!, b!];
};
