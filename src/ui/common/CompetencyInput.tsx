import { useMemo, type KeyboardEvent } from 'react';
import type { Id } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from './use-messages';

/** How many suggestions a query offers: enough to choose from, few enough to read. */
const SUGGESTIONS = 50;

export interface CompetencyEntry {
  id: Id;
  /** What the field shows once chosen: code and title. */
  label: string;
  specialty: string;
  code: string;
  /** Lower-case text a query is matched against: id, code and title. */
  haystack: string;
}

/**
 * Picking one of the network's competencies (thousands in a large network) by typing part of its code or
 * title. A select of every competency was a list nobody could read and thousands of elements on the page;
 * this offers the first matches as the field's suggestions, and chooses one when the text names it exactly.
 */
export function useCompetencyChoice(query: string, exclude: readonly Id[]) {
  const { lang } = useMessages();
  const index = useAppStore((s) => s.network?.index);
  const entries = useMemo(() => {
    const list: CompetencyEntry[] = [];
    for (const c of index?.competencies.values() ?? []) {
      const label = `${c.code} ${localize(c.title, lang)}`;
      const haystack = `${c.id} ${label}`.toLowerCase();
      list.push({ id: c.id, label, specialty: c.specialty, code: c.code.toLowerCase(), haystack });
    }
    return list.sort(
      (a, b) =>
        a.specialty.localeCompare(b.specialty) || a.label.localeCompare(b.label, lang, { numeric: true }),
    );
  }, [index, lang]);
  return useMemo(() => chooseCompetency(entries, query, exclude), [entries, exclude, query]);
}

/** The competency the text names (by label, as a suggestion fills it in, by code or by id) and the suggestions. */
export function chooseCompetency(entries: readonly CompetencyEntry[], query: string, exclude: readonly Id[]) {
  const q = query.trim().toLowerCase();
  const open = entries.filter((e) => !exclude.includes(e.id));
  const chosen = q
    ? open.find((e) => e.label.toLowerCase() === q || e.code === q || e.id.toLowerCase() === q)
    : undefined;
  const suggestions = (q ? open.filter((e) => e.haystack.includes(q)) : open).slice(0, SUGGESTIONS);
  return { chosen: chosen?.id, suggestions, unmatched: q !== '' && suggestions.length === 0 };
}

interface Props {
  id: string;
  label: string;
  /** The label is read by screen readers only (the surrounding group already says what it is for). */
  hideLabel?: boolean;
  query: string;
  onQuery: (query: string) => void;
  choice: ReturnType<typeof chooseCompetency>;
  /** Enter in the field, when its text names a competency. */
  onEnter?: () => void;
}

/** A text field with the matching competencies as suggestions (a native combobox). */
export function CompetencyInput({ id, label, hideLabel, query, onQuery, choice, onEnter }: Props) {
  const { t } = useMessages();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || !choice.chosen || !onEnter) return;
    e.preventDefault();
    onEnter();
  };
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        list={`${id}-suggestions`}
        value={query}
        placeholder={t.editor.inspector.competencyPlaceholder}
        autoComplete="off"
        aria-invalid={choice.unmatched || undefined}
        aria-describedby={choice.unmatched ? `${id}-unmatched` : undefined}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <datalist id={`${id}-suggestions`}>
        {choice.suggestions.map((e) => (
          <option key={e.id} value={e.label} label={e.specialty} />
        ))}
      </datalist>
      {choice.unmatched && (
        <span id={`${id}-unmatched`} className="muted">
          {t.editor.inspector.noCompetencyMatch(query.trim())}
        </span>
      )}
    </>
  );
}
