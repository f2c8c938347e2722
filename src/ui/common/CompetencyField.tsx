import { useMemo } from 'react';
import type { Id } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { choose, haystackOf, SuggestField, uniqueLabels, type SuggestEntry } from './SuggestField';
import { useMessages } from './use-messages';

/** The network's competencies for a SuggestField: named by code and title, found by either or by id. */
export function useCompetencyChoice(query: string, exclude: readonly Id[]) {
  const { lang } = useMessages();
  const index = useAppStore((s) => s.network?.index);
  const entries = useMemo(() => {
    const list: SuggestEntry[] = [];
    for (const c of index?.competencies.values() ?? []) {
      const label = `${c.code} ${localize(c.title, lang)}`;
      list.push({
        id: c.id,
        label,
        detail: c.specialty,
        names: [label.toLowerCase(), c.code.toLowerCase(), c.id.toLowerCase()],
        haystack: haystackOf(c.id, label),
      });
    }
    return uniqueLabels(list).sort(
      (a, b) => a.detail.localeCompare(b.detail) || a.label.localeCompare(b.label, lang, { numeric: true }),
    );
  }, [index, lang]);
  return useMemo(() => choose(entries, query, exclude), [entries, exclude, query]);
}

/** A SuggestField for competencies, with their placeholder and "nothing matches" wording. */
export function CompetencyField(props: Omit<Parameters<typeof SuggestField>[0], 'placeholder' | 'noMatch'>) {
  const { t } = useMessages();
  return (
    <SuggestField
      {...props}
      placeholder={t.editor.inspector.competencyPlaceholder}
      noMatch={t.editor.inspector.noCompetencyMatch}
    />
  );
}
