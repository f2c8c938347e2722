import { useMemo } from 'react';
import { localIsoDate } from '../../domain/dates';
import { createFormatter } from '../../i18n/format';
import { plural, type PluralForms } from '../../i18n/lang';

import { UI } from '../../i18n/ui';
import { useAppStore } from '../../store';
import { selectIndex } from '../../store/selectors';

/** The current language's messages, a formatter for names and numbers, and plurals, for any component. */
export function useMessages() {
  const lang = useAppStore((s) => s.lang);
  const index = useAppStore(selectIndex);
  return useMemo(() => {
    const f = createFormatter(lang, index);
    return { lang, t: UI[lang], f, count: (n: number, forms: PluralForms) => plural(lang, n, forms) };
  }, [lang, index]);
}

/** Today's date in the user's time zone, as the rules compare module validity windows against it. */
export function useToday(): string {
  return useMemo(() => localIsoDate(new Date()), []);
}
