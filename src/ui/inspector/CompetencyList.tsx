import { useId, useState } from 'react';
import type { Id } from '../../domain/model';
import { CompetencyField, useCompetencyChoice } from '../common/CompetencyField';
import { useMessages } from '../common/use-messages';

interface Props {
  label: string;
  /** The programme field the list edits, so a diagnostic's "Show" can find it. */
  field?: string;
  addLabel: string;
  ids: readonly Id[];
  onAdd: (id: Id) => void;
  onRemove: (id: Id) => void;
  /** The remove button's accessible name for a competency; by default the inspector's wording. */
  removeLabel?: (name: string) => string;
}

/** A list of competencies with remove buttons, and a picker of the network's competencies by specialty. */
export function CompetencyList({ label, field, addLabel, ids, onAdd, onRemove, removeLabel }: Props) {
  const { t, f } = useMessages();
  const id = useId();
  const [query, setQuery] = useState('');
  const choice = useCompetencyChoice(query, ids);
  const add = () => {
    if (!choice.chosen) return;
    onAdd(choice.chosen);
    setQuery('');
  };
  return (
    <fieldset className="field competency-list" data-field={field}>
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
      {/* Choosing and adding are two steps, so a half-typed name never adds anything. */}
      <div className="button-row">
        <CompetencyField
          id={id}
          label={t.editor.inspector.chooseCompetency}
          hideLabel
          query={query}
          onQuery={setQuery}
          choice={choice}
          onEnter={add}
        />
        <button type="button" disabled={!choice.chosen} onClick={add}>
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}
