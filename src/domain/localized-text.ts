import type { LocalizedText } from './model';

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
