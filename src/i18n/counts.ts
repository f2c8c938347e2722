import type { Lang, PluralForms } from './lang';

/** Counts the CLI and the app both print, in one place per language. */
export const COUNTS: Record<Lang, { errors: PluralForms; warnings: PluralForms }> = {
  en: { errors: { one: '# error', other: '# errors' }, warnings: { one: '# warning', other: '# warnings' } },
  ru: {
    errors: { one: '# ошибка', few: '# ошибки', many: '# ошибок', other: '# ошибки' },
    warnings: {
      one: '# предупреждение',
      few: '# предупреждения',
      many: '# предупреждений',
      other: '# предупреждения',
    },
  },
};
