import { useId, useMemo, useState } from 'react';
import type { Id } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';

interface Props {
  label: string;
  addLabel: string;
  ids: readonly Id[];
  onAdd: (id: Id) => void;
  onRemove: (id: Id) => void;
  /** The remove button's accessible name for a competency; by default the inspector's wording. */
  removeLabel?: (name: string) => string;
}

/** A list of competencies with remove buttons, and a picker of the network's competencies by specialty. */
export function CompetencyList({ label, addLabel, ids, onAdd, onRemove, removeLabel }: Props) {
  const { t, f, lang } = useMessages();
  const id = useId();
  const index = useAppStore((s) => s.network?.index);
  const [choice, setChoice] = useState('');
  const bySpecialty = useMemo(() => {
    const groups = new Map<string, { id: Id; label: string }[]>();
    for (const c of index?.competencies.values() ?? []) {
      const list = groups.get(c.specialty) ?? groups.set(c.specialty, []).get(c.specialty)!;
      list.push({ id: c.id, label: `${c.code} ${localize(c.title, lang)}` });
    }
    for (const list of groups.values())
      list.sort((a, b) => a.label.localeCompare(b.label, lang, { numeric: true }));
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  }, [index, lang]);
  // A large network has thousands of competencies: build the options only when the list or the choice set changes.
  const options = useMemo(
    () =>
      bySpecialty.map(([specialty, list]) => (
        <optgroup key={specialty} label={specialty}>
          {list
            .filter((c) => !ids.includes(c.id))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
        </optgroup>
      )),
    [bySpecialty, ids],
  );
  return (
    <fieldset className="field competency-list">
      <legend>{label}</legend>
      <ul aria-label={label}>
        {ids.map((c) => (
          <li key={c}>
            <span>{f.competency(c)}</span>
            <button
              type="button"
              aria-label={(removeLabel ?? t.editor.inspector.removeCompetency)(f.competency(c))}
              onClick={() => onRemove(c)}
            >
              ✕
            </button>
          </li>
        ))}
        {ids.length === 0 && <li className="muted">{t.program.none}</li>}
      </ul>
      {/* Choosing and adding are two steps: a select that acted on every change would add each option a
          keyboard user arrows past. */}
      <div className="button-row">
        <label htmlFor={id} className="visually-hidden">
          {t.editor.inspector.chooseCompetency}
        </label>
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t.editor.inspector.chooseCompetency}</option>
          {options}
        </select>
        <button
          type="button"
          disabled={!choice}
          onClick={() => {
            onAdd(choice);
            setChoice('');
          }}
        >
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}
