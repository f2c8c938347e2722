export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang =>
  typeof x === 'string' && (LANGS as readonly string[]).includes(x);

export { localize } from '../domain/localized-text';

/** Plural forms by CLDR category; Russian needs one/few/many, English one/other. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const rules = new Map<string, Intl.PluralRules>();
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const r = rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(lang)).get(lang)!;
  return (forms[r.select(n)] ?? forms.other).replace('#', formatNumber(lang, n));
}

// Building an Intl formatter costs far more than formatting with one: one per language, made once.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
export function formatNumber(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })));
  return format.format(n);
}
