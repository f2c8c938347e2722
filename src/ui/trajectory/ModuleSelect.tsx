import { useId, useState } from 'react';
import type { Id, ModuleRef } from '../../domain/model';
import { useModuleChoice } from './use-module-choice';

/** Choose a module, then press the button: two steps, so arrowing through the options adds nothing. */
export function ModuleSelect({
  label,
  buttonLabel,
  exclude,
  onChoose,
}: {
  label: string;
  buttonLabel: string;
  exclude: readonly Id[];
  onChoose: (ref: ModuleRef) => void;
}) {
  const id = useId();
  const { options, refFor } = useModuleChoice(exclude);
  const [choice, setChoice] = useState('');
  return (
    <div className="button-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!choice}
        onClick={() => {
          const ref = refFor(choice);
          if (ref) onChoose(ref);
          setChoice('');
        }}
      >
        {buttonLabel}
      </button>
    </div>
  );
}
