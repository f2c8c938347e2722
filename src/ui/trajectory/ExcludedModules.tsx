import { useMessages } from '../common/use-messages';
import { RemovableList } from './RemovableList';
import { usePlanField } from './use-plan-form';

/** Modules the trainee ruled out from a step's "never plan" button; each can be allowed again. */
export function ExcludedModules() {
  const { t, f } = useMessages();
  const [excluded, setExcluded] = usePlanField('excluded');
  if (excluded.length === 0) return null;
  return (
    <fieldset className="field competency-list">
      <legend>{t.trainee.excluded}</legend>
      <RemovableList
        label={t.trainee.excluded}
        items={excluded}
        keyOf={(id) => id}
        render={(id) => f.module(id)}
        removeLabel={(id) => t.trainee.removeExcluded(f.module(id))}
        onRemove={(id) => setExcluded(excluded.filter((x) => x !== id))}
      />
    </fieldset>
  );
}
