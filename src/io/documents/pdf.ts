import type { Content, TableCell, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { Align, Block, DocumentModel, Section, TableBlock } from '../../domain/documents/document-model';
import { cellSpan, hyphenateLabel, layoutTable } from './table-layout';

/**
 * The part of pdfmake this renderer uses. pdfmake 0.3 is one object with two builds: Node resolves `pdfmake` to
 * its CommonJS server build (fonts go into `virtualfs`), bundlers for the browser take its `browser` build
 * (fonts go through `addVirtualFileSystem`); both are the default export of a dynamic import.
 */
interface PdfMake {
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  /** Node only. */
  setLocalAccessPolicy?(allow: (path: string) => boolean): void;
  /** Browser only. */
  addVirtualFileSystem?(vfs: Record<string, string>): void;
  virtualfs?: { writeFileSync(name: string, content: string, encoding: 'base64'): void };
}

// Roboto as pdfmake ships it (build/vfs_fonts.js, base64 TTF): it has the full Cyrillic block, and pdfkit embeds
// only the glyphs a document uses. Nothing is read from disk or the network, so a document renders the same in the
// CLI and the app, and no text in it can make pdfmake fetch anything.
const FONTS: TFontDictionary = {
  Roboto: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
};

let loading: Promise<PdfMake> | undefined;
/** pdfmake and its font, loaded on first use so neither is part of the app's first load. */
function loadPdfMake(): Promise<PdfMake> {
  return (loading ??= (async () => {
    const [lib, fonts] = await Promise.all([import('pdfmake'), import('pdfmake/build/vfs_fonts.js')]);
    const pdfmake = (lib as unknown as { default: PdfMake }).default;
    const vfs = (fonts as unknown as { default: Record<string, string> }).default;
    if (pdfmake.addVirtualFileSystem) pdfmake.addVirtualFileSystem(vfs);
    else
      for (const [name, data] of Object.entries(vfs)) pdfmake.virtualfs!.writeFileSync(name, data, 'base64');
    pdfmake.setFonts(FONTS);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy?.(() => false);
    return pdfmake;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

const MM = 72 / 25.4;
// The margins of the HTML rendering (and of Russian office documents: a wide left margin for binding); the bottom
// one holds the footer.
const MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 22 * MM];
const TEXT_WIDTH = 210 * MM - MARGINS[0] - MARGINS[2];
const FONT_SIZE = 9.5;
const CELL_PADDING = 3;
/** Table text sizes, largest first: a wide table (a curriculum with hours by kind) takes a smaller one. */
const TABLE_FONT_SIZES = [9.5, 9, 8.5, 8, 7.5];
/** What a cell adds around its text: padding on both sides and a 0.5pt rule. */
const CELL_OUTSIDE = 2 * CELL_PADDING + 0.5;
const RULE = '#000000';
const HEADER_FILL = '#e8e8e8';
const GROUP_FILL = '#f0f0f0';
const SUBTOTAL_FILL = '#f6f6f6';

/** Heading sizes by depth: the document title is 16pt, a section 14pt, its parts 12pt, anything deeper 11pt. */
const HEADING_SIZES = [14, 12, 11];

const alignment = (align: Align | undefined) =>
  align === 'end' ? ('right' as const) : align === 'center' ? ('center' as const) : ('left' as const);

function table(t: TableBlock): Content[] {
  const kinds = t.rowKinds ?? [];
  const layout = layoutTable(t, {
    width: TEXT_WIDTH,
    fontSizes: TABLE_FONT_SIZES,
    cellPadding: CELL_OUTSIDE,
    emPerChar: 0.62,
  });
  const cell = (
    text: string,
    i: number,
    extra: { bold?: boolean; fillColor?: string; colSpan?: number },
  ): TableCell => ({ text, alignment: alignment(t.columns[i]?.align), ...extra });
  const header = t.columns.map((c, i) =>
    cell(hyphenateLabel(c.label, layout.headerChars[i]!), i, { bold: true, fillColor: HEADER_FILL }),
  );
  const body = t.rows.map((row, r) => {
    const kind = kinds[r] ?? 'body';
    const style =
      kind === 'group'
        ? { bold: true, fillColor: GROUP_FILL }
        : kind === 'subtotal'
          ? { bold: true, fillColor: SUBTOTAL_FILL }
          : {};
    return t.columns.map((_, i) => {
      const span = cellSpan(t, r, i);
      // pdfmake wants a placeholder for every cell a span covers.
      return span === 0 ? {} : cell(row[i] ?? '', i, span > 1 ? { ...style, colSpan: span } : style);
    });
  });
  const footer = t.footer ? [t.columns.map((_, i) => cell(t.footer![i] ?? '', i, { bold: true }))] : [];
  return [
    ...(t.caption === undefined ? [] : [{ text: t.caption, italics: true, margin: [0, 2, 0, 3] } as Content]),
    {
      table: {
        // The header row repeats on every page the table runs onto; rows never split across pages.
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        // pdfmake adds the padding and rules to the widths it is given.
        widths: layout.widths.map((w) => w - CELL_OUTSIDE),
        body: [header, ...body, ...footer],
      },
      layout: {
        hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
          footer.length > 0 && i === node.table.body.length - 1 ? 1 : 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => RULE,
        vLineColor: () => RULE,
        paddingLeft: () => CELL_PADDING,
        paddingRight: () => CELL_PADDING,
        paddingTop: () => 2,
        paddingBottom: () => 2,
      },
      fontSize: layout.fontSize,
      margin: [0, 2, 0, 8],
    },
  ];
}

function block(b: Block): Content[] {
  switch (b.kind) {
    case 'paragraph':
      return [{ text: b.text, margin: [0, 0, 0, 6] }];
    case 'list':
      // pdfmake writes its layout into the arrays it is given: it gets a copy, so the model stays as it was.
      return [
        b.ordered ? { ol: [...b.items], margin: [0, 0, 0, 6] } : { ul: [...b.items], margin: [0, 0, 0, 6] },
      ];
    case 'table':
      return table(b);
  }
}

/** A section with its heading as a bookmark, nested under its parent's (`id` is its place, e.g. `h-3-1`). */
function section(s: Section, depth: number, id: string, parentId?: string): Content[] {
  const size = HEADING_SIZES[Math.min(depth, HEADING_SIZES.length) - 1]!;
  return [
    {
      text: s.heading,
      fontSize: size,
      bold: true,
      headlineLevel: depth,
      margin: [0, depth === 1 ? 12 : 8, 0, 4],
      id,
      outline: true,
      outlineParentId: parentId,
    },
    ...s.blocks.flatMap(block),
    ...(s.sections ?? []).flatMap((sub, i) => section(sub, depth + 1, `${id}-${i + 1}`, id)),
  ];
}

function definition(doc: DocumentModel, created: Date): TDocumentDefinitions {
  const meta: Content[] =
    doc.meta.length === 0
      ? []
      : [
          {
            table: {
              widths: ['auto', '*'],
              body: doc.meta.map((m) => [{ text: m.label, bold: true }, { text: m.value }]),
            },
            layout: 'noBorders',
            margin: [0, 0, 0, 8],
          },
        ];
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    language: doc.lang,
    // Viewers show the title rather than the file name, and open with the section bookmarks.
    displayTitle: true,
    info: {
      title: doc.subtitle ? `${doc.title} — ${doc.subtitle}` : doc.title,
      creator: 'Competency Constructor',
      producer: 'Competency Constructor',
      // PDFKit derives the file identifier from the info too, so a fixed date gives the same bytes each time.
      creationDate: created,
      ...(doc.digest ? { keywords: `SHA-256 ${doc.digest}` } : {}),
    },
    defaultStyle: { font: 'Roboto', fontSize: FONT_SIZE, lineHeight: 1.15 },
    content: [
      { text: doc.title, fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      ...(doc.subtitle ? [{ text: doc.subtitle, fontSize: 13, margin: [0, 0, 0, 6] } as Content] : []),
      ...meta,
      ...doc.sections.flatMap((s, i) => section(s, 1, `h-${i + 1}`)),
    ],
    // A heading is never the last thing on a page: it moves to the next one with what it heads.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined &&
      nodes.getFollowingNodesOnPage().length === 0 &&
      nodes.getNodesOnNextPage().length > 0,
    footer: (page, pages) => ({
      columns: [
        doc.digest ? { text: `SHA-256: ${doc.digest}`, fontSize: 7, color: '#444444' } : { text: '' },
        { text: `${page} / ${pages}`, alignment: 'right', fontSize: 9, width: 'auto' },
      ],
      columnGap: 8,
      margin: [MARGINS[0], 8 * MM, MARGINS[2], 0],
    }),
  };
}

/** The document as an A4 PDF with an embedded font, for the CLI (Node) and the app (browser) alike. */
export async function renderPdf(doc: DocumentModel, created = new Date()): Promise<Uint8Array> {
  const pdfmake = await loadPdfMake();
  const buffer = await pdfmake.createPdf(definition(doc, created)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
