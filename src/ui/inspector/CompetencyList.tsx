import { useId, useState } from 'react';
import type { Id } from '../../domain/model';
import { useCompetencyOptions } from '../common/use-competency-options';
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
  const { t, f } = useMessages();
  const id = useId();
  const [choice, setChoice] = useState('');
  const options = useCompetencyOptions(ids);
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
