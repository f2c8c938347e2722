import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type DiagnosticParams } from '../../src/domain/diagnostics';
import { createFormatter } from '../../src/i18n/format';
import { localize, plural } from '../../src/i18n/lang';
import { diagnosticMessage, fixLabel } from '../../src/i18n/render-diagnostic';
import type { ProgramEdit } from '../../src/domain/edits';

const params: DiagnosticParams = {
  module: { id: 'm-weld', name: { en: 'MIG welding', ru: 'Сварка MIG' } },
  competency: { id: 'c-1', code: 'PC 1.1', name: { en: 'Welds', ru: 'Сваривает' } },
  competencies: [{ id: 'c-1', code: 'PC 1.1', name: { en: 'Welds', ru: 'Сваривает' } }],
  modules: [
    { id: 'm-a', name: 'A' },
    { id: 'm-b', name: 'B' },
  ],
  provider: { id: 'm-p', name: { en: 'Safety', ru: 'Охрана труда' } },
  partner: { id: 'p-x' },
  resource: { id: 'r-x' },
  keyword: 'pattern',
  total: 12,
  min: 16,
  max: 20,
  choose: 2,
  usable: 1,
  kind: 'advanced-training',
  found: 3,
  supported: 1,
  date: '2026-09-01',
  validUntil: '2024-12-31',
  detail: 'Unexpected token } in JSON',
};

describe('messages', () => {
  it.each(DIAGNOSTIC_CODES)(
    '%s reads in English and Russian, naming what it is about',
    (code: DiagnosticCode) => {
      const en = diagnosticMessage({ code, severity: 'error', pointer: '', params }, createFormatter('en'));
      const ru = diagnosticMessage({ code, severity: 'error', pointer: '', params }, createFormatter('ru'));
      expect(en.length).toBeGreaterThan(20);
      expect(ru).toMatch(/[а-яё]/i);
      expect(en).not.toMatch(/[а-яё]{4}/i);
      expect(en).not.toContain('undefined');
      expect(ru).not.toContain('undefined');
    },
  );

  it('names modules by title and id in the reader language', () => {
    const m = diagnosticMessage(
      { code: 'prereq.order', severity: 'error', pointer: '', params },
      createFormatter('ru'),
    );
    expect(m).toBe(
      'Модулю «Сварка MIG» (m-weld) нужна компетенция PC 1.1 «Сваривает», а модуль «Охрана труда» (m-p), который её формирует, стоит в программе позже.',
    );
    expect(
      diagnosticMessage(
        { code: 'hours.below-minimum', severity: 'error', pointer: '', params },
        createFormatter('en'),
      ),
    ).toBe('The programme has 12 h, below the minimum of 16 h for advanced training.');
  });

  it('labels every kind of fix in both languages', () => {
    const edits: ProgramEdit[] = [
      { op: 'add-module', module: 'm', version: '1.0.0', stageId: 's', index: 0 },
      { op: 'remove-item', pointer: '/stages/0/items/0' },
      { op: 'move-item', pointer: '/stages/0/items/0', stageId: 's', index: 1 },
      { op: 'set-version', pointer: '/stages/0/items/0', version: '2.0.0' },
      { op: 'replace-module', pointer: '/stages/0/items/0', module: 'm2', version: '1.0.0' },
      { op: 'set-choose', pointer: '/stages/0/items/0', choose: 1 },
      { op: 'set-final-assessment', kind: 'demonstration-exam' },
      { op: 'add-entry-requirement', competency: 'c' },
      { op: 'remove-target', competency: 'c' },
      { op: 'remove-entry-requirement', competency: 'c' },
    ];
    for (const e of edits) {
      expect(fixLabel(e, createFormatter('en'))).toMatch(/^[A-Z][a-z]+ /);
      expect(fixLabel(e, createFormatter('ru'))).toMatch(/[а-яё]/i);
    }
  });

  it('picks Russian plural forms', () => {
    const forms = { one: '# ошибка', few: '# ошибки', many: '# ошибок', other: '# ошибки' };
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural('ru', n, forms))).toEqual([
      '1 ошибка',
      '2 ошибки',
      '5 ошибок',
      '11 ошибок',
      '21 ошибка',
      '22 ошибки',
      '25 ошибок',
    ]);
  });

  it('falls back from the reader language to the same language, English, then anything', () => {
    expect(localize({ 'ru-RU': 'Сварка', en: 'Welding' }, 'ru')).toBe('Сварка');
    expect(localize({ de: 'Schweißen', en: 'Welding' }, 'ru')).toBe('Welding');
    expect(localize({ kk: 'Дәнекерлеу' }, 'en')).toBe('Дәнекерлеу');
    expect(localize('plain', 'ru')).toBe('plain');
  });
});
