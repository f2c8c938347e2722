import { type KeyboardEvent } from 'react';
import type { Id } from '../../domain/model';

/** How many suggestions a query offers: enough to choose from, few enough to read. */
const SUGGESTIONS = 50;

/** One thing a field can name: a competency, a module. */
export interface SuggestEntry {
  id: Id;
  /** What the field shows once chosen (and what a suggestion fills in). */
  label: string;
  /** Said beside a suggestion, to tell similar ones apart. */
  detail: string;
  /** Lower-case texts that name it exactly: its label, id, code. */
  names: readonly string[];
  /** Lower-case text a query is matched against. */
  haystack: string;
}

export interface Choice {
  /** The entry the text names exactly, if any. */
  chosen?: Id;
  suggestions: SuggestEntry[];
  /** The text matches nothing (worth saying, so a person does not wonder why Add stays off). */
  unmatched: boolean;
}

/**
 * Picking one of thousands of things by typing part of its name. A select listing them all was a list nobody
 * could read and thousands of elements on the page; this offers the first matches as suggestions.
 */
export function choose(entries: readonly SuggestEntry[], query: string, exclude: readonly Id[]): Choice {
  const q = query.trim().toLowerCase();
  const open = entries.filter((e) => !exclude.includes(e.id));
  // A name two entries share (a code repeated across specialties) chooses neither: the suggestions, whose
  // labels are unique, tell them apart.
  const named = q ? open.filter((e) => e.names.includes(q)) : [];
  const suggestions = (q ? open.filter((e) => e.haystack.includes(q)) : open).slice(0, SUGGESTIONS);
  return {
    chosen: named.length === 1 ? named[0]!.id : undefined,
    suggestions,
    unmatched: q !== '' && suggestions.length === 0,
  };
}

/** Labels made unique: one that repeats (the same code and title in two specialties) gets its id added. */
export function uniqueLabels(entries: SuggestEntry[]): SuggestEntry[] {
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(e.label, (seen.get(e.label) ?? 0) + 1);
  return entries.map((e) => {
    if (seen.get(e.label) === 1) return e;
    const label = `${e.label} (${e.id})`;
    return { ...e, label, names: [label.toLowerCase(), ...e.names.slice(1)] };
  });
}

interface Props {
  id: string;
  label: string;
  /** The label is read by screen readers only (the surrounding group already says what it is for). */
  hideLabel?: boolean;
  placeholder: string;
  /** What to say when the text matches nothing. */
  noMatch: (query: string) => string;
  query: string;
  onQuery: (query: string) => void;
  choice: Choice;
  /** Enter in the field, when its text names an entry. */
  onEnter?: () => void;
}

/** A text field with the matching entries as its suggestions (a native combobox). */
export function SuggestField({
  id,
  label,
  hideLabel,
  placeholder,
  noMatch,
  query,
  onQuery,
  choice,
  onEnter,
}: Props) {
  // Enter never submits a surrounding form (the trainee's goals are one): it adds, when the text names one.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (choice.chosen) onEnter?.();
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
        placeholder={placeholder}
        autoComplete="off"
        aria-invalid={choice.unmatched || undefined}
        aria-describedby={choice.unmatched ? `${id}-unmatched` : undefined}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <datalist id={`${id}-suggestions`}>
        {choice.suggestions.map((e) => (
          <option key={e.id} value={e.label} label={e.detail} />
        ))}
      </datalist>
      {choice.unmatched && (
        <span id={`${id}-unmatched`} className="muted">
          {noMatch(query.trim())}
        </span>
      )}
    </>
  );
}

/** The texts a query is matched against, on lines of their own so no match spans two of them. */
export const haystackOf = (...texts: string[]) => texts.join('\n').toLowerCase();
