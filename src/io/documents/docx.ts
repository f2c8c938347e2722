import type * as DocxModule from 'docx';
import type { Paragraph as ParagraphType, Table as TableType, TableRow as TableRowType } from 'docx';
import type { Align, Block, DocumentModel, Section, TableBlock } from '../../domain/documents/document-model';
import { unzipSync, zipSync } from 'fflate';
import { zipEntryTime } from '../zip-time';
import { cellSpan, labelHyphenationPoints, layoutTable } from './table-layout';

type Docx = typeof DocxModule;

let loading: Promise<Docx> | undefined;
/** The docx library, loaded on first use so it is not part of the app's first load. */
function loadDocx(): Promise<Docx> {
  return (loading ??= import('docx').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

const TWIPS_PER_PT = 20;
const TWIPS_PER_MM = 1440 / 25.4;
// A4 with the margins of the HTML and PDF renderings (a wide left margin for binding).
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
  top: Math.round(20 * TWIPS_PER_MM),
  right: Math.round(15 * TWIPS_PER_MM),
  bottom: Math.round(20 * TWIPS_PER_MM),
  left: Math.round(30 * TWIPS_PER_MM),
  footer: Math.round(10 * TWIPS_PER_MM),
};
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Body text and footer sizes in points, and the table text sizes, largest first (a wide table takes a smaller one). */
const SIZE = { body: 11, table: [10, 9.5, 9, 8.5, 8, 7.5], footer: 8 };
/** Left and right cell margins in twips (Word's default is 108). */
const CELL_MARGIN = 60;
const FILL = { header: 'E8E8E8', group: 'F0F0F0', subtotal: 'F6F6F6' };
const ORDERED = 'ordered-list';

/** Word wants a language with its region; the documents are written in British English or Russian. */
function wordLanguage(lang: string): string {
  if (lang.includes('-')) return lang;
  return { en: 'en-GB', ru: 'ru-RU' }[lang] ?? lang;
}

// Characters XML 1.0 cannot hold: a file's text with one of them would make Word refuse the whole document.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string) => text.replace(NOT_XML, '\uFFFD');

function build(d: Docx, doc: DocumentModel) {
  const { AlignmentType, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, TableLayoutType } = d;
  const alignment = (align: Align | undefined) =>
    align === 'end' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  /** Runs of a text, a line break for every newline in it. */
  const runs = (text: string, options: { bold?: boolean; size?: number } = {}) =>
    clean(text)
      .split(/\r?\n/)
      .map(
        (line, i) =>
          new TextRun({
            text: line,
            ...(i > 0 ? { break: 1 } : {}),
            ...(options.bold ? { bold: true } : {}),
            ...(options.size ? { size: options.size * 2 } : {}),
          }),
      );

  let lists = 0;
  const table = (t: TableBlock): (ParagraphType | TableType)[] => {
    const layout = layoutTable(t, {
      width: TEXT_WIDTH / TWIPS_PER_PT,
      fontSizes: SIZE.table,
      cellPadding: (2 * CELL_MARGIN) / TWIPS_PER_PT + 0.5,
      emPerChar: 0.58,
    });
    const widths = layout.widths.map((w) => Math.floor(w * TWIPS_PER_PT));
    /**
     * A header's words too long for their column get soft hyphens at syllable breaks: Word and LibreOffice break
     * there only if they must, with a hyphen.
     */
    const header = (label: string, chars: number) => {
      const text = clean(label);
      const ends = [...labelHyphenationPoints(text, chars), text.length];
      return new TextRun({
        bold: true,
        size: layout.fontSize * 2,
        children: ends.flatMap((end, k) => [
          ...(k > 0 ? [new d.SoftHyphen()] : []),
          text.slice(k > 0 ? ends[k - 1] : 0, end),
        ]),
      });
    };
    const row = (
      cells: readonly string[],
      options: {
        header?: boolean;
        keepNext?: boolean;
        bold?: boolean;
        fill?: string;
        spans?: (i: number) => number;
      },
    ): TableRowType =>
      new TableRow({
        // The header row repeats at the top of every page the table runs onto; no row splits across pages.
        ...(options.header ? { tableHeader: true } : {}),
        cantSplit: true,
        children: t.columns.flatMap((column, i) => {
          const span = options.spans?.(i) ?? 1;
          if (span === 0) return [];
          return [
            new TableCell({
              width: { size: widths.slice(i, i + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
              ...(span > 1 ? { columnSpan: span } : {}),
              ...(options.fill
                ? { shading: { fill: options.fill, type: d.ShadingType.CLEAR, color: 'auto' } }
                : {}),
              children: [
                new Paragraph({
                  alignment: alignment(column.align),
                  spacing: { after: 0 },
                  ...(options.keepNext ? { keepNext: true } : {}),
                  children: options.header
                    ? [header(cells[i] ?? '', layout.headerChars[i]!)]
                    : runs(cells[i] ?? '', { bold: options.bold, size: layout.fontSize }),
                }),
              ],
            }),
          ];
        }),
      });
    const kinds = t.rowKinds ?? [];
    const rows = [
      row(
        t.columns.map((c) => c.label),
        { header: true, keepNext: true, bold: true, fill: FILL.header },
      ),
      ...t.rows.map((cells, r) => {
        const kind = kinds[r] ?? 'body';
        return row(cells, {
          bold: kind !== 'body',
          // A stage heading stays with its first line, and a stage's last line with its subtotal.
          keepNext: kind === 'group' || kinds[r + 1] === 'subtotal',
          ...(kind === 'body' ? {} : { fill: kind === 'group' ? FILL.group : FILL.subtotal }),
          spans: (i) => cellSpan(t, r, i),
        });
      }),
      ...(t.footer ? [row(t.footer, { bold: true })] : []),
    ];
    return [
      ...(t.caption === undefined
        ? []
        : [new Paragraph({ style: 'Caption', keepNext: true, children: runs(t.caption) })]),
      new Table({
        rows,
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 30, bottom: 30 },
      }),
      // Word runs two tables in a row together; a paragraph after each keeps them apart.
      new Paragraph({ children: [] }),
    ];
  };

  const block = (b: Block): (ParagraphType | TableType)[] => {
    switch (b.kind) {
      case 'paragraph':
        return [new Paragraph({ children: runs(b.text) })];
      case 'list': {
        const instance = ++lists;
        return b.items.map(
          (item) =>
            new Paragraph({
              ...(b.ordered
                ? { numbering: { reference: ORDERED, level: 0, instance } }
                : { bullet: { level: 0 } }),
              children: runs(item),
            }),
        );
      }
      case 'table':
        return table(b);
    }
  };

  const HEADINGS = [d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3];
  const section = (s: Section, depth: number): (ParagraphType | TableType)[] => [
    new Paragraph({ heading: HEADINGS[Math.min(depth, HEADINGS.length) - 1]!, children: runs(s.heading) }),
    ...s.blocks.flatMap(block),
    ...(s.sections ?? []).flatMap((sub) => section(sub, depth + 1)),
  ];

  const noBorder = { style: d.BorderStyle.NONE, size: 0, color: 'auto' };
  const meta =
    doc.meta.length === 0
      ? []
      : [
          new Table({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: [Math.round(TEXT_WIDTH * 0.3), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.3)],
            borders: {
              top: noBorder,
              bottom: noBorder,
              left: noBorder,
              right: noBorder,
              insideHorizontal: noBorder,
              insideVertical: noBorder,
            },
            rows: doc.meta.map(
              (m) =>
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph({ children: runs(m.label, { bold: true }) })] }),
                    new TableCell({ children: [new Paragraph({ children: runs(m.value) })] }),
                  ],
                }),
            ),
          }),
          new Paragraph({ children: [] }),
        ];

  const footer = new d.Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: d.TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          ...(doc.digest
            ? [new TextRun({ text: `SHA-256: ${clean(doc.digest)}`, size: 7 * 2, color: '444444' })]
            : []),
          new TextRun({
            children: [new d.Tab(), d.PageNumber.CURRENT, ' / ', d.PageNumber.TOTAL_PAGES],
            size: SIZE.footer * 2,
          }),
        ],
      }),
    ],
  });

  const keep = { keepNext: true, keepLines: true };
  return new d.Document({
    title: clean(doc.subtitle ? `${doc.title} — ${doc.subtitle}` : doc.title),
    creator: 'Competency Constructor',
    lastModifiedBy: 'Competency Constructor',
    ...(doc.digest ? { keywords: `SHA-256 ${clean(doc.digest)}` } : {}),
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: SIZE.body * 2, language: { value: wordLanguage(doc.lang) } },
          paragraph: { spacing: { after: 80 } },
        },
        title: { run: { font: 'Times New Roman', size: 32, bold: true, color: '000000' }, paragraph: keep },
        heading1: {
          run: { font: 'Times New Roman', size: 28, bold: true, color: '000000' },
          paragraph: { ...keep, spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: 'Times New Roman', size: 24, bold: true, color: '000000' },
          paragraph: { ...keep, spacing: { before: 200, after: 100 } },
        },
        heading3: {
          run: { font: 'Times New Roman', size: 22, bold: true, italics: false, color: '000000' },
          paragraph: { ...keep, spacing: { before: 160, after: 80 } },
        },
        caption: { run: { italics: true, size: SIZE.body * 2, color: '000000', bold: false } },
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: d.LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 340 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: { default: footer },
        children: [
          new Paragraph({ heading: d.HeadingLevel.TITLE, children: runs(doc.title) }),
          ...(doc.subtitle ? [new Paragraph({ children: runs(doc.subtitle, { size: 13 }) })] : []),
          ...meta,
          ...doc.sections.flatMap((s) => section(s, 1)),
        ],
      },
    ],
  });
}

/**
 * The document as a Word file (A4, real heading styles and tables, page numbers and the digest in the footer), for
 * the CLI (Node) and the app (browser) alike.
 */
export async function renderDocx(doc: DocumentModel, created = new Date()): Promise<Uint8Array> {
  const d = await loadDocx();
  return restamp(new Uint8Array(await d.Packer.toArrayBuffer(build(d, doc))), created);
}

const CORE_PROPERTIES = 'docProps/core.xml';
const TIMESTAMP = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * docx dates the core properties and every zip entry with the moment it packs. Dating them `created` instead makes
 * the file a function of the document and that date, so a review package made twice at one time is the same bytes.
 */
function restamp(docx: Uint8Array, created: Date): Uint8Array {
  const files = unzipSync(docx);
  const core = files[CORE_PROPERTIES];
  if (core) {
    const stamp = `${created.toISOString().slice(0, 19)}Z`;
    const xml = new TextDecoder().decode(core).replace(TIMESTAMP, `$1${stamp}$2`);
    files[CORE_PROPERTIES] = new TextEncoder().encode(xml);
  }
  return zipSync(files, { mtime: zipEntryTime(created) });
}
