import { useId, useState } from 'react';
import type { Id, ModuleRef } from '../../domain/model';
import { SuggestField } from '../common/SuggestField';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { useModuleChoice } from './use-module-choice';

/** Find a module by typing part of its title or id, then add it: Enter in the field, or the button. */
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
  const { lang } = useMessages();
  const tr = TRAINEE[lang];
  const id = useId();
  const [query, setQuery] = useState('');
  const { choice, refFor } = useModuleChoice(query, exclude);
  const add = () => {
    const ref = choice.chosen && refFor(choice.chosen);
    if (!ref) return;
    onChoose(ref);
    setQuery('');
  };
  return (
    <div className="button-row">
      <SuggestField
        id={id}
        label={label}
        placeholder={tr.modulePlaceholder}
        noMatch={tr.noModuleMatch}
        query={query}
        onQuery={setQuery}
        choice={choice}
        onEnter={add}
      />
      <button type="button" disabled={!choice.chosen} onClick={add}>
        {buttonLabel}
      </button>
    </div>
  );
}
