import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { TRAJECTORY_STRINGS } from '../../src/i18n/documents';
import { renderPdf } from '../../src/io/documents/pdf';
import {
  curriculumTotal,
  HOSTILE,
  SAMPLE_DIGEST,
  sampleDocument,
  sampleProgrammeDocument,
  sampleTrajectoryDocument,
} from './helpers/sample-document';

// pdf.js takes over the buffer it is given: every read gets its own copy.
const pages = async (pdf: Uint8Array) => (await extractText(pdf.slice())).text;
const items = async (pdf: Uint8Array) => (await extractTextItems(pdf.slice())).items;
/** A page's text on one line, as a reviewer's search would see it. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

let ru: Uint8Array;
let en: Uint8Array;
beforeAll(async () => {
  [ru, en] = await Promise.all([renderPdf(sampleDocument('ru')), renderPdf(sampleDocument('en'))]);
}, 30_000);

describe('the PDF rendering', () => {
  it('has a bookmark for every heading, nested as the sections are', async () => {
    type Item = { title: string; items: Item[] };
    const tree = (items: Item[]): unknown[] =>
      items.map((i) => (i.items.length ? { [i.title]: tree(i.items) } : i.title));
    const outline = (await (await getDocumentProxy(ru.slice())).getOutline()) as Item[];
    const headings = (sections: ReturnType<typeof sampleDocument>['sections']): unknown[] =>
      sections.map((s) => (s.sections?.length ? { [s.heading]: headings(s.sections) } : s.heading));
    expect(tree(outline)).toEqual(headings(sampleDocument('ru').sections));
  });

  it('records when it was made and is the same bytes made again at that time', async () => {
    const made = new Date('2026-03-04T05:06:07Z');
    const [a, b] = await Promise.all([0, 1].map(() => renderPdf(sampleDocument('en'), made)));
    expect(Buffer.from(a!).equals(Buffer.from(b!))).toBe(true);
    expect(Buffer.from(a!).toString('latin1')).toContain('(D:20260304050607Z)');
  });

  it('is an A4 PDF with the title and language in its metadata', async () => {
    expect(new TextDecoder().decode(ru.subarray(0, 5))).toBe('%PDF-');
    const { info } = await getMeta(ru.slice());
    expect(info.Title).toBe(
      'Программа повышения квалификации «Оператор станков с ЧПУ» — Сетевая форма реализации',
    );
    expect(info.Language).toBe('ru');
    expect((await getMeta(en.slice())).info.Language).toBe('en');
    const page = await (await import('unpdf')).getDocumentProxy(ru.slice()).then((d) => d.getPage(1));
    const [, , width, height] = page.view;
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
  });

  it('prints Cyrillic text, headings, cells and the total as text a reviewer can search', async () => {
    const text = flat((await pages(ru)).join(' '));
    for (const expected of [
      'Программа повышения квалификации «Оператор станков с ЧПУ»',
      '1. Общая характеристика программы',
      '1.1. Цель реализации программы',
      '2.1. Учебный план',
      'ГАПОУ «Североуральский политехникум»',
      'Ёлкин Ж. Щ.',
      'Этап 1. Подготовка к работе на станках с числовым программным управлением',
      'Итого по этапу',
      `Всего по программе ${curriculumTotal(4)}`,
    ])
      expect(text).toContain(expected);
    expect(flat((await pages(en)).join(' '))).toContain(`Programme total ${curriculumTotal(4)}`);
  });

  it('sizes headings by level', async () => {
    const all = (await items(ru)).flat();
    const size = (str: string) => all.find((i) => i.str === str)?.fontSize;
    expect(size('Программа повышения квалификации «Оператор станков с')).toBe(16);
    expect(size('1. Общая характеристика программы')).toBe(14);
    expect(size('1.1. Цель реализации программы')).toBe(12);
    expect(size('Ёлкин Ж. Щ.')).toBeLessThan(12);
  });

  it('runs a long table over several pages with its header row on each, and the digest and page number in every footer', async () => {
    const text = await pages(ru);
    expect(text.length).toBeGreaterThan(1);
    text.forEach((page, i) => {
      const one = flat(page);
      expect(one).toContain(`SHA-256: ${SAMPLE_DIGEST}`);
      expect(one).toContain(`${i + 1} / ${text.length}`);
    });
    // Page 2 starts with the repeated header row (the footer comes last in the page's text).
    expect(flat(text[1]!)).toMatch(
      /^№ п\/п Наименование модулей Всего, час Лекции Практические занятия Форма контроля /,
    );
    expect(flat(text[text.length - 1]!)).toMatch(/^№ п\/п Наименование модулей/);
  });

  it('aligns numbers to the right edge of their column', async () => {
    const page = (await items(ru))[0]!;
    const header = page.find((i) => i.str.startsWith('Всего,'))!;
    const right = header.x + header.width;
    const figures = page.filter((i) => /^\d+$/.test(i.str) && Math.abs(i.x + i.width - right) < 1);
    // Every module line of the first page has its total there, one under the other.
    expect(figures.length).toBeGreaterThanOrEqual(8);
    expect(new Set(figures.map((i) => Math.round(i.x + i.width))).size).toBe(1);
  });

  it('fits a nine-column curriculum on the page: figures and words whole, long header words hyphenated', async () => {
    const pdf = await renderPdf(await sampleProgrammeDocument('ru'));
    const all = (await items(pdf)).flat();
    const text = all.map((i) => i.str);
    // "Практические занятия" over a column of two-digit figures, hyphenated at a syllable.
    expect(text).toEqual(expect.arrayContaining(['Практи-', 'ческие', 'занятия']));
    for (const whole of ['законодательство', 'демонстрационный', '196–228', '24–48'])
      expect(text.some((s) => s.split(/\s+/).includes(whole))).toBe(true);
    // Nothing runs into the right margin (15 mm): the table fits the text width.
    expect(Math.max(...all.map((i) => i.x + i.width))).toBeLessThanOrEqual(595.28 - (15 * 72) / 25.4 + 0.5);
  }, 30_000);

  it('leaves the document it is given as it was (pdfmake writes into what it lays out)', async () => {
    const doc = sampleDocument('en');
    await renderPdf(doc);
    expect(doc).toEqual(sampleDocument('en'));
  });

  it('prints markup and formulas in the data as the literal text they are', async () => {
    const text = flat((await pages(ru)).join(' '));
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.formula);
  });

  it('renders the trainee’s trajectory document in both languages', async () => {
    for (const lang of ['en', 'ru'] as const) {
      const s = TRAJECTORY_STRINGS[lang];
      const text = flat((await pages(await renderPdf(await sampleTrajectoryDocument(lang)))).join(' '));
      expect(text).toContain(s.title);
      expect(text).toContain(s.sections.steps);
      expect(text).toContain(`${s.total} 72`);
      expect(text).toContain(`SHA-256: ${SAMPLE_DIGEST}`);
      if (lang === 'ru') expect(text).toContain('1 сентября 2026 г.');
    }
  }, 30_000);
});
