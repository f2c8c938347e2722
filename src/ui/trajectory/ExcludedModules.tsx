import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { RemovableList } from './RemovableList';
import { usePlanField } from './use-plan-form';

/** Modules the trainee ruled out from a step's "never plan" button; each can be allowed again. */
export function ExcludedModules() {
  const { f, lang } = useMessages();
  const tr = TRAINEE[lang];
  const [excluded, setExcluded] = usePlanField('excluded');
  if (excluded.length === 0) return null;
  return (
    <fieldset className="field competency-list">
      <legend>{tr.excluded}</legend>
      <RemovableList
        label={tr.excluded}
        items={excluded}
        keyOf={(id) => id}
        render={(id) => f.module(id)}
        removeLabel={(id) => tr.removeExcluded(f.module(id))}
        onRemove={(id) => setExcluded(excluded.filter((x) => x !== id))}
      />
    </fieldset>
  );
}
