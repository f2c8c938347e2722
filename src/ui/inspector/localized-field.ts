import type { LocalizedText } from '../../domain/model';
import type { Lang } from '../../i18n/lang';

/**
 * Editing human text edits the reader's language only: other translations stay. A plain string has no known
 * language, so it is edited as it is.
 */
export function withTranslation(
  text: LocalizedText | undefined,
  lang: Lang,
  value: string,
): LocalizedText | undefined {
  if (typeof text === 'string') return value === '' ? undefined : value;
  const { [lang]: _old, ...others } = text ?? {};
  const next = value === '' ? others : { ...others, [lang]: value };
  return Object.keys(next).length ? next : undefined;
}
