import type { Align, Block, DocumentModel, Section, TableBlock } from '../domain/documents/document-model';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Every text in a document comes from someone's file: none of it may become markup. */
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// A4 with the margins Russian office documents use (wide left margin for binding). Table headers repeat on every
// printed page; the totals row stays a plain row, so it prints once, after the last step, not on every page.
const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { font: 11pt/1.4 "Times New Roman", "Liberation Serif", serif; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; }
h3, h4 { font-size: 11pt; margin: 4mm 0 2mm; }
h1, h2, h3, h4 { break-after: avoid; }
.subtitle { font-size: 13pt; margin: 0 0 4mm; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
.meta dt { font-weight: bold; }
.meta dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; }
caption { text-align: start; font-style: italic; padding-bottom: 1mm; }
th, td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: start; }
th { background: #eee; hyphens: auto; }
thead { display: table-header-group; }
tfoot { display: table-row-group; font-weight: bold; }
tr.group th, tr.group td { font-weight: bold; text-align: start; }
tr.subtotal td { font-weight: bold; background: #f4f4f4; }
.digest { margin-top: 6mm; padding-top: 1mm; border-top: 0.5pt solid #000; font-size: 9pt; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
/* A curriculum has nine columns: too many for portrait A4 at body size, so a wide table prints smaller, on a
   landscape page with the heading and notes of its section. */
@page landscape { size: A4 landscape; }
table.wide { font-size: 9pt; }
section:has(> table.wide) { page: landscape; }
.end { text-align: end; font-variant-numeric: tabular-nums; }
td.end { white-space: nowrap; }
.center { text-align: center; }
@media print { body { max-width: none; padding: 0; } th, tr.subtotal td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

const cell = (tag: 'th' | 'td', text: string, align: Align | undefined, scope?: 'col') =>
  `<${tag}${scope ? ` scope="${scope}"` : ''}${align && align !== 'start' ? ` class="${align}"` : ''}>${esc(text)}</${tag}>`;

/**
 * A group row (a curriculum stage) whose only text is one cell heads the rows below it: that cell becomes a row
 * group header running over the rest of the row. Any other group row keeps its columns.
 */
function groupRow(t: TableBlock, cells: readonly string[]): string {
  const start = cells.findIndex((c) => c !== '');
  if (start < 0 || cells.slice(start + 1).some((c) => c !== '')) return row(t, cells, 'group');
  const span = t.columns.length - start;
  const heading = `<th scope="rowgroup"${span > 1 ? ` colspan="${span}"` : ''}>${esc(cells[start]!)}</th>`;
  return `<tr class="group">${tds(t, cells.slice(0, start))}${heading}</tr>`;
}

const tds = (t: TableBlock, cells: readonly string[]) =>
  cells.map((c, i) => cell('td', c, t.columns[i]?.align)).join('');
const row = (t: TableBlock, cells: readonly string[], className?: string) =>
  `<tr${className ? ` class="${className}"` : ''}>${tds(t, cells)}</tr>`;

/** Tables with more columns than this print in landscape. */
const WIDE = 6;

function table(t: TableBlock): string {
  const body = (cells: readonly string[], r: number) => {
    const kind = t.rowKinds?.[r] ?? 'body';
    return kind === 'group'
      ? groupRow(t, cells)
      : row(t, cells, kind === 'subtotal' ? 'subtotal' : undefined);
  };
  return [
    t.columns.length > WIDE ? '<table class="wide">' : '<table>',
    t.caption === undefined ? '' : `<caption>${esc(t.caption)}</caption>`,
    `<thead><tr>${t.columns.map((c) => cell('th', c.label, c.align, 'col')).join('')}</tr></thead>`,
    `<tbody>${t.rows.map(body).join('')}</tbody>`,
    t.footer ? `<tfoot>${row(t, t.footer)}</tfoot>` : '',
    '</table>',
  ].join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(b);
  }
}

function section(s: Section, depth: number): string {
  const h = `h${Math.min(depth, 6)}`;
  return [
    `<section><${h}>${esc(s.heading)}</${h}>`,
    ...s.blocks.map(block),
    ...(s.sections ?? []).map((sub) => section(sub, depth + 1)),
    '</section>',
  ].join('\n');
}

/**
 * Page margin boxes: the page number of the page count on every printed page and, as in the PDF and DOCX footers,
 * the digest, so each sheet of a printout can be matched to the file reviewed. Browsers without margin boxes
 * still print the digest once, at the end.
 */
function pageFooter(digest: string | undefined): string {
  const hex = digest?.replace(/[^0-9a-fA-F]/g, '');
  const box = 'font: 7pt/1.2 "Times New Roman", "Liberation Serif", serif; color: #444;';
  return `@page {
  @bottom-right { content: counter(page) " / " counter(pages); ${box} font-size: 9pt; }
  ${hex ? `@bottom-left { content: "SHA-256: ${hex}"; ${box} }` : ''}
}`;
}

/** A standalone HTML page of the document, laid out for printing on A4 (or saving as PDF from the browser). */
export function renderHtmlDocument(doc: DocumentModel): string {
  const title = doc.subtitle ? `${doc.title} — ${doc.subtitle}` : doc.title;
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}${pageFooter(doc.digest)}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(doc.title)}</h1>`,
    doc.subtitle ? `<p class="subtitle">${esc(doc.subtitle)}</p>` : '',
    doc.meta.length > 0
      ? `<dl class="meta">${doc.meta.map((m) => `<dt>${esc(m.label)}</dt><dd>${esc(m.value)}</dd>`).join('')}</dl>`
      : '',
    '</header>',
    '<main>',
    ...doc.sections.map((s) => section(s, 2)),
    '</main>',
    // The digest ties the printout to the file that was reviewed; a hash needs no translation.
    doc.digest ? `<footer class="digest">SHA-256: ${esc(doc.digest)}</footer>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
