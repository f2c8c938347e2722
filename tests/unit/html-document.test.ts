// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/domain/documents/document-model';
import { trajectoryDocument } from '../../src/domain/documents/trajectory-document';
import { programmeDocument } from '../../src/domain/documents/programme-document';
import { Program, type Trajectory } from '../../src/domain/model';
import type { NetworkIndex } from '../../src/domain/network-index';
import { documentsEn } from '../../src/i18n/documents.en';
import { documentsRu } from '../../src/i18n/documents.ru';
import { readFileSync } from 'node:fs';
import { renderHtmlDocument } from '../../src/io/html-document';
import { indexOf, mod } from './helpers/builders';
import { cncTrajectory, loadScheduledSample } from './helpers/sample-trajectory';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent);
const stepsTable = (d: Document) => [...d.querySelectorAll('table')].at(-1)!;

let index: NetworkIndex;
let scheduled: Trajectory;
beforeAll(async () => {
  ({ index, scheduled } = await loadScheduledSample());
});

describe('the trajectory document as printable HTML', () => {
  it('is a standalone HTML5 page in the document language, laid out for A4', () => {
    const html = renderHtmlDocument(trajectoryDocument(scheduled, index, 'ru', documentsRu.trajectory));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    const d = parse(html);
    expect(d.title).toBe('Индивидуальная образовательная траектория');
    expect(d.querySelector('h1')!.textContent).toBe('Индивидуальная образовательная траектория');
    const css = d.querySelector('style')!.textContent!;
    expect(css).toContain('@page { size: A4;');
    expect(css).toContain('thead { display: table-header-group; }');
    expect(css).toContain('.end { text-align: end;');
    expect(d.querySelectorAll('script, link, img')).toHaveLength(0);
    expect(texts(d, '.meta dt')).toEqual([
      'Слушатель',
      'Программа',
      'Начало обучения',
      'Окончание обучения',
      'Трудоёмкость',
      'Оптимальность',
    ]);
    expect(texts(d, 'h2')).toEqual([
      'Целевые компетенции',
      'Признанные результаты предшествующего обучения',
      'Последовательность освоения модулей',
    ]);
  });

  it('has the exact header, row and total cells, numbers aligned to the end, in Russian', () => {
    const table = stepsTable(
      parse(renderHtmlDocument(trajectoryDocument(scheduled, index, 'ru', documentsRu.trajectory))),
    );
    expect(texts(table, 'thead th')).toEqual([
      '№ п/п',
      'Модуль',
      'Организация-участник',
      'Всего, час',
      'Сроки',
      'Основание',
    ]);
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(
      Array(6).fill('col'),
    );
    expect(texts(table.querySelectorAll('tbody tr')[3]!, 'td')).toEqual([
      '4',
      'Режущий инструмент и режимы резания (m-cnc-tooling@1.0.0)',
      'ГБПОУ «Сталегорский металлургический техникум»',
      '16',
      '24 сентября 2026 г. — 29 сентября 2026 г.',
      'модуль по выбору; выбран слушателем: works with carbide tools',
    ]);
    expect(texts(table, 'tfoot td')).toEqual(['', 'Итого', '', '72', '', '']);
    expect([...table.querySelectorAll('tfoot td')].map((td) => td.className)).toEqual([
      'end',
      '',
      '',
      'end',
      '',
      '',
    ]);
  });

  it('has the exact header and row cells in English', () => {
    const table = stepsTable(
      parse(renderHtmlDocument(trajectoryDocument(scheduled, index, 'en', documentsEn.trajectory))),
    );
    expect(texts(table, 'thead th')).toEqual(['No.', 'Module', 'Partner', 'Hours', 'Dates', 'Why']);
    expect(texts(table.querySelector('tbody tr')!, 'td')).toEqual([
      '1',
      'Measurement in metal cutting (m-cnc-metrology@1.0.0)',
      'Verkhnerudinsk Polytechnic College',
      '16',
      'September 1, 2026 – September 3, 2026',
      'required by the programme (stage st-foundations); needed by “CNC operator: setup and machining” for PC 3.1',
    ]);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(4);
  });

  it('escapes every text, so a module title cannot inject markup', () => {
    const title = '<script>alert("x")</script> & \'co\'';
    const evil = indexOf([mod({ id: 'm-evil', outcomes: ['c1'], title })]);
    const trajectory: Trajectory = {
      ...cncTrajectory,
      trainee: { alias: '<b>Bob</b>' },
      targetCompetencies: ['c1'],
      priorCompetencies: [],
      steps: [{ module: 'm-evil', version: '1.0.0', start: '2026-09-07', end: '2026-09-07', reasons: [] }],
    };
    const html = renderHtmlDocument(trajectoryDocument(trajectory, evil, 'en', documentsEn.trajectory));
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39; (m-evil@1.0.0)',
    );
    expect(html).toContain('<dd>&lt;b&gt;Bob&lt;/b&gt;</dd>');
    expect(html).not.toContain('<script');
    const d = parse(html);
    expect(d.querySelectorAll('script, b')).toHaveLength(0);
    expect(texts(stepsTable(d), 'tbody td')[1]).toBe(`${title} (m-evil@1.0.0)`);
  });
});

describe('the HTML renderer', () => {
  it('renders subtitles, captions, lists, paragraphs and nested sections', () => {
    const doc: DocumentModel = {
      lang: 'en',
      title: 'Programme',
      subtitle: 'Welding & cutting',
      meta: [],
      sections: [
        {
          heading: '1. General characteristics',
          blocks: [],
          sections: [
            {
              heading: 'Purpose',
              blocks: [
                { kind: 'paragraph', text: 'To weld.' },
                { kind: 'list', ordered: true, items: ['one', 'two'] },
                { kind: 'list', items: ['a'] },
                {
                  kind: 'table',
                  caption: 'Hours',
                  columns: [
                    { label: 'Kind' },
                    { label: 'Hours', align: 'end' },
                    { label: 'Mark', align: 'center' },
                  ],
                  rows: [['theory', '4', '✓']],
                },
              ],
            },
          ],
        },
      ],
    };
    const html = renderHtmlDocument(doc);
    const d = parse(html);
    expect(d.title).toBe('Programme — Welding & cutting');
    expect(d.querySelector('.subtitle')!.textContent).toBe('Welding & cutting');
    expect(d.querySelector('dl')).toBeNull();
    expect(texts(d, 'section > h2')).toEqual(['1. General characteristics']);
    expect(texts(d, 'section section > h3')).toEqual(['Purpose']);
    expect(texts(d, 'ol li')).toEqual(['one', 'two']);
    expect(texts(d, 'ul li')).toEqual(['a']);
    expect(d.querySelector('caption')!.textContent).toBe('Hours');
    expect([...d.querySelectorAll('tbody td')].map((td) => td.className)).toEqual(['', 'end', 'center']);
    expect(d.querySelector('tfoot')).toBeNull();
  });
});

describe('a curriculum table in HTML', () => {
  it('sets stage headings across the row and subtotals apart, and prints the digest in the footer', () => {
    const cnc = Program.parse(
      JSON.parse(readFileSync('fixtures/sample/programmes/cnc-operator-72h.json', 'utf8')),
    );
    const digest = 'f'.repeat(64);
    const doc = programmeDocument(cnc, index, [], 'ru', documentsRu.programme, {
      asOf: '2026-09-01',
      digest,
    });
    const d = parse(renderHtmlDocument(doc));
    const heading = [...d.querySelectorAll('h3')].find((h) => h.textContent === '2.1. Учебный план')!;
    const curriculum = heading.parentElement!.querySelector('table')!;
    const groups = [...curriculum.querySelectorAll('tbody tr.group')];
    expect(
      groups.map((tr) => [...tr.children].map((c) => [c.tagName, c.getAttribute('colspan'), c.textContent])),
    ).toEqual([
      [
        ['TD', null, ''],
        ['TH', '8', 'Этап 1. Измерения и чертежи'],
      ],
      [
        ['TD', null, ''],
        ['TH', '8', 'Этап 2. Работа на станках с ЧПУ'],
      ],
    ]);
    expect(groups.map((tr) => tr.querySelector('th')!.getAttribute('scope'))).toEqual([
      'rowgroup',
      'rowgroup',
    ]);
    expect(
      [...curriculum.querySelectorAll('tbody tr.subtotal')].map((tr) => texts(tr, 'td').slice(1, 3)),
    ).toEqual([
      ['Итого по этапу 1', '32'],
      ['Итого по этапу 2', '40'],
    ]);
    expect(curriculum.querySelectorAll('tbody tr:not([class])')).toHaveLength(5);
    expect(texts(curriculum, 'tfoot td').slice(1, 3)).toEqual(['Всего по программе', '72']);
    const css = d.querySelector('style')!.textContent!;
    expect(css).toContain('tr.group th, tr.group td { font-weight: bold;');
    expect(css).toContain('tr.subtotal td { font-weight: bold;');
    // Nine columns: printed smaller, on a landscape page with the section's heading.
    expect(curriculum.className).toBe('wide');
    expect(css).toContain('section:has(> table.wide) { page: landscape; }');
    expect(d.querySelector('footer.digest')!.textContent).toBe(`SHA-256: ${digest}`);
    expect(d.body.lastElementChild!.matches('footer.digest')).toBe(true);
  });

  it('keeps the columns of a group row with more than one text, and prints no footer without a digest', () => {
    const doc: DocumentModel = {
      lang: 'en',
      title: 'T',
      meta: [],
      sections: [
        {
          heading: 'S',
          blocks: [
            {
              kind: 'table',
              columns: [{ label: 'No.' }, { label: 'Name' }, { label: 'Hours', align: 'end' }],
              rows: [
                ['1', 'Stage', '8'],
                ['', 'Only heading', ''],
              ],
              rowKinds: ['group', 'group'],
            },
          ],
        },
      ],
    };
    const d = parse(renderHtmlDocument(doc));
    const [first, second] = [...d.querySelectorAll('tbody tr.group')];
    expect([...first!.children].map((c) => [c.tagName, c.className, c.textContent])).toEqual([
      ['TD', '', '1'],
      ['TD', '', 'Stage'],
      ['TD', 'end', '8'],
    ]);
    expect(second!.querySelector('th')!.getAttribute('colspan')).toBe('2');
    expect(d.querySelector('footer')).toBeNull();
    expect(d.querySelector('table')!.className).toBe('');
  });
});
