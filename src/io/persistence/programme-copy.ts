import { customAlphabet } from 'nanoid';
import type { Program } from '../../domain/model';
import type { TitleSuffix } from './library-types';

// Ids allow only lower-case letters, digits, dot, underscore and hyphen, and at most 128 characters.
const MAX_ID_LENGTH = 128;
const idSuffix = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 6);

/** The original id, shortened if need be, plus `-` and six random characters: still a valid id. */
export function copyId(id: string): string {
  const suffix = `-${idSuffix()}`;
  return `${id.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
}

// Titles in languages the UI has no suffix for get the English one: a marked copy beats an unmarked one.
const suffixFor = (languageTag: string, suffix: TitleSuffix) =>
  languageTag.split('-')[0] === 'ru' ? suffix.ru : suffix.en;

/**
 * Appends the suffix in each language of the title. A plain-string title has no language, so it becomes an
 * object with the suffix in each UI language: every reader then sees the copy marked in their own language.
 */
export function suffixedTitle(title: Program['title'], suffix: TitleSuffix): Program['title'] {
  if (typeof title === 'string') return { en: `${title}${suffix.en}`, ru: `${title}${suffix.ru}` };
  return Object.fromEntries(
    Object.entries(title).map(([tag, text]) => [tag, `${text}${suffixFor(tag, suffix)}`]),
  );
}

export const copyProgramme = (program: Program, suffix: TitleSuffix): Program => ({
  ...program,
  id: copyId(program.id),
  title: suffixedTitle(program.title, suffix),
});
