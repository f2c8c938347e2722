import type { LocalizedText } from '../domain/model';

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang =>
  typeof x === 'string' && (LANGS as readonly string[]).includes(x);

/**
 * The text in the reader's language, else the same primary language in another region, else English,
 * else whatever the author wrote: a partner's file is never shown blank.
 */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const primary = lang.split('-')[0]!;
  if (text[lang]) return text[lang];
  const sameLanguage = Object.keys(text).find((k) => k.split('-')[0] === primary);
  return (sameLanguage && text[sameLanguage]) || text.en || Object.values(text)[0] || '';
}

/** Plural forms by CLDR category; Russian needs one/few/many, English one/other. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const rules = new Map<string, Intl.PluralRules>();
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const r = rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(lang)).get(lang)!;
  return (forms[r.select(n)] ?? forms.other).replace('#', formatNumber(lang, n));
}

export const formatNumber = (lang: Lang, n: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
