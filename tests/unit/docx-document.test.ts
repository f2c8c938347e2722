import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/domain/documents/document-model';
import { TRAJECTORY_STRINGS } from '../../src/i18n/documents';
import { renderDocx } from '../../src/io/documents/docx';
import {
  curriculumTotal,
  HOSTILE,
  SAMPLE_DIGEST,
  SAMPLE_WORDS,
  sampleDocument,
  sampleProgrammeDocument,
  sampleTrajectoryDocument,
} from './helpers/sample-document';

/** The parts of a .docx a reviewer's tools read: the body, the footers and the styles. */
function open(docx: Uint8Array) {
  const files = unzipSync(docx);
  const text = (name: string) => strFromU8(files[name]!);
  const footers = Object.keys(files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
  return {
    names: Object.keys(files),
    document: text('word/document.xml'),
    footers: footers.map(text),
    styles: text('word/styles.xml'),
    core: text('docProps/core.xml'),
  };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of a piece of WordprocessingML: its runs' text joined, XML entities read. */
const textOf = (xml: string) =>
  unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** Every paragraph outside tables with its style. */
function paragraphs(xml: string) {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const p = m[1] ?? m[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1], text: textOf(p) };
  });
}

interface Cell {
  text: string;
  bold: boolean;
  align: string | undefined;
  span: number;
  fill: string | undefined;
}
/** Every table as rows of cells, each row marked when it is a header row. */
function tables(xml: string) {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((r) => {
      const row = r[1] ?? r[2] ?? '';
      return {
        header: /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(row),
        cells: [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c): Cell => ({
          text: textOf(c[1]!),
          bold: /<w:b\/>/.test(c[1]!),
          align: /<w:jc w:val="([^"]+)"\/>/.exec(c[1]!)?.[1],
          span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[1]!)?.[1] ?? 1),
          fill: /<w:shd [^>]*w:fill="([^"]+)"/.exec(c[1]!)?.[1],
        })),
      };
    }),
  );
}

let ru: ReturnType<typeof open>;
let en: ReturnType<typeof open>;
let ruBytes: Uint8Array;
beforeAll(async () => {
  ruBytes = await renderDocx(sampleDocument('ru'));
  ru = open(ruBytes);
  en = open(await renderDocx(sampleDocument('en')));
}, 30_000);

describe('the Word rendering', () => {
  it('is a zip with the parts Word needs, A4, its title and language set', () => {
    expect([...ruBytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(ru.names).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    expect(ru.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/>/);
    expect(ru.styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="ru-RU"\/>/);
    expect(en.styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>/);
    expect(ru.core).toContain(
      '<dc:title>Программа повышения квалификации «Оператор станков с ЧПУ» — Сетевая форма реализации</dc:title>',
    );
  });

  it('marks the title and headings with Word’s own styles, by level', () => {
    const styled = paragraphs(ru.document).filter((p) => p.style);
    expect(styled.filter((p) => p.style !== 'ListParagraph')).toEqual([
      { style: 'Title', text: 'Программа повышения квалификации «Оператор станков с ЧПУ»' },
      { style: 'Heading1', text: '1. Общая характеристика программы' },
      { style: 'Heading2', text: '1.1. Цель реализации программы' },
      { style: 'Heading1', text: '2. Содержание программы' },
      { style: 'Heading2', text: '2.1. Учебный план' },
      { style: 'Caption', text: 'Учебный план' },
    ]);
    expect(
      paragraphs(en.document)
        .filter((p) => p.style === 'Heading1')
        .map((p) => p.text),
    ).toEqual(['1. General characteristics', '2. Content']);
    for (const level of [1, 2, 3]) expect(ru.styles).toContain(`w:styleId="Heading${level}"`);
  });

  it('writes the curriculum as a real table: a repeating header row, set-apart group and subtotal rows, a totals row, numbers to the right', () => {
    const [meta, curriculum] = tables(ru.document);
    expect(meta!.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Организация', 'ГАПОУ «Североуральский политехникум»'],
      ['Трудоёмкость', String(curriculumTotal(4))],
    ]);
    const rows = curriculum!;
    expect(rows.map((r) => r.header)).toEqual([true, ...Array<boolean>(rows.length - 1).fill(false)]);
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(SAMPLE_WORDS.ru.columns);
    // A stage heads its lines across the table, bold and shaded.
    expect(rows[1]!.cells).toEqual([
      { text: '', bold: true, align: 'right', span: 1, fill: 'F0F0F0' },
      {
        text: 'Этап 1. Подготовка к работе на станках с числовым программным управлением',
        bold: true,
        align: 'left',
        span: 5,
        fill: 'F0F0F0',
      },
    ]);
    expect(rows[2]!.cells.map((c) => [c.text, c.align, c.bold])).toEqual([
      ['1', 'right', false],
      ['Модуль 1: чтение чертежей, измерения и наладка станка — занятие 1', 'left', false],
      ['8', 'right', false],
      ['3', 'right', false],
      ['5', 'right', false],
      ['Зачёт', 'left', false],
    ]);
    const subtotal = rows[12]!.cells;
    expect(subtotal.map((c) => c.text)).toEqual(['', 'Итого по этапу', '90', '', '', '']);
    expect(subtotal.every((c) => c.bold && c.fill === 'F6F6F6')).toBe(true);
    const total = rows[rows.length - 1]!.cells;
    expect(total.map((c) => c.text)).toEqual([
      '',
      'Всего по программе',
      String(curriculumTotal(4)),
      '',
      '',
      '',
    ]);
    expect(total.every((c) => c.bold)).toBe(true);
  });

  it('fits a nine-column curriculum in the text width, with soft hyphens in header words too long for their column', async () => {
    const { document } = open(await renderDocx(await sampleProgrammeDocument('ru')));
    const curriculum = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
      .map((m) => m[1]!)
      .find((t) => t.includes('Итого по этапу 1'))!;
    const grid = [...curriculum.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(9);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11906 - 1701 - 850);
    const header = /<w:tr>([\s\S]*?)<\/w:tr>/.exec(curriculum)![1]!;
    expect(header).toContain('<w:tblHeader/>');
    // "Практические" over a column of two-digit figures may break at its syllables: Прак-ти-чес-кие.
    expect(header).toContain('>Прак</w:t><w:softHyphen/><w:t xml:space="preserve">ти</w:t><w:softHyphen/>');
    expect(textOf(header)).toContain('Практические занятия');
  }, 30_000);

  it('is dated when it is made, in its properties and zip entries, and is the same bytes made again then', async () => {
    const made = new Date('2026-03-04T05:06:07.890Z');
    const [a, b] = await Promise.all([0, 1].map(() => renderDocx(sampleDocument('en'), made)));
    expect(Buffer.from(a!).equals(Buffer.from(b!))).toBe(true);
    const { core } = open(a!);
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-04T05:06:07Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-04T05:06:07Z</dcterms:modified>',
    );
  });

  it('puts the digest and the page number of the page count in the footer', () => {
    expect(ru.document).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    const [footer] = ru.footers;
    expect(footer).toContain(`SHA-256: ${SAMPLE_DIGEST}`);
    expect(footer).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]* \/ [\s\S]*NUMPAGES/);
  });

  it('writes markup and formulas in the data as the literal text they are', () => {
    expect(paragraphs(ru.document).map((p) => p.text)).toEqual(
      expect.arrayContaining([HOSTILE.script, HOSTILE.formula]),
    );
    expect(ru.document).toContain('&lt;script&gt;');
    expect(ru.document).not.toContain('<script>');
  });

  it('keeps a document with characters XML cannot hold readable', async () => {
    const doc: DocumentModel = {
      lang: 'en',
      title: 'Bell\u0007 and \uD800 lone half',
      meta: [],
      sections: [],
    };
    const { document } = open(await renderDocx(doc));
    expect(paragraphs(document)[0]!.text).toBe('Bell\uFFFD and \uFFFD lone half');
  });

  it('renders the trainee’s trajectory document in both languages', async () => {
    for (const lang of ['en', 'ru'] as const) {
      const s = TRAJECTORY_STRINGS[lang];
      const { document, footers } = open(await renderDocx(await sampleTrajectoryDocument(lang)));
      expect(
        paragraphs(document)
          .filter((p) => p.style === 'Heading1')
          .map((p) => p.text),
      ).toEqual([s.sections.targets, s.sections.prior, s.sections.steps]);
      const steps = tables(document).at(-1)!;
      expect(steps[0]!.header).toBe(true);
      expect(steps.at(-1)!.cells.map((c) => c.text)).toEqual(['', s.total, '', '72', '', '']);
      expect(footers[0]).toContain(SAMPLE_DIGEST);
    }
  }, 30_000);
});
