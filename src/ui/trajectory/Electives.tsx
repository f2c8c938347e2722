import { useMemo } from 'react';
import type { ModuleRef } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { RemovableList } from './RemovableList';
import { ModuleSelect } from './ModuleSelect';
import { usePlanField } from './use-plan-form';

const sameRef = (a: ModuleRef, b: ModuleRef) => a.module === b.module && a.version === b.version;

/** Elective groups of the programme as checkboxes: the modules ticked are in the plan whatever the hours. */
function GroupChoices() {
  const { f, lang } = useMessages();
  const tr = TRAINEE[lang];
  const [program] = usePlanField('program');
  const [electives, setElectives] = usePlanField('electives');
  const groups =
    program?.stages.flatMap((s) => s.items.flatMap((i) => ('choose' in i ? [{ stage: s, group: i }] : []))) ??
    [];
  return groups.map(({ stage, group }, g) => (
    <fieldset key={g} className="field">
      <legend>{tr.groupChoice(localize(group.title ?? stage.title, lang), group.choose)}</legend>
      {group.of.map((ref) => (
        <label key={ref.module} className="check">
          <input
            type="checkbox"
            checked={electives.some((e) => sameRef(e, ref))}
            onChange={(e) =>
              setElectives(e.target.checked ? [...electives, ref] : electives.filter((x) => !sameRef(x, ref)))
            }
          />
          {f.module(ref.module)}
        </label>
      ))}
    </fieldset>
  ));
}

/** Modules from the whole network the trainee wants in the plan. */
function ChosenModules() {
  const { f, lang } = useMessages();
  const tr = TRAINEE[lang];
  const [electives, setElectives] = usePlanField('electives');
  const chosen = useMemo(() => electives.map((e) => e.module), [electives]);
  return (
    <fieldset className="field competency-list">
      <legend>{tr.electives}</legend>
      <RemovableList
        label={tr.electives}
        items={electives}
        keyOf={(e) => e.module}
        render={(e) => f.module(e.module)}
        removeLabel={(e) => tr.removeElective(f.module(e.module))}
        onRemove={(e) => setElectives(electives.filter((x) => x !== e))}
      />
      <ModuleSelect
        label={tr.electiveModule}
        buttonLabel={tr.addElective}
        exclude={chosen}
        onChoose={(ref) => setElectives([...electives, ref])}
      />
    </fieldset>
  );
}

export function Electives() {
  const [source] = usePlanField('source');
  return source === 'programme' ? <GroupChoices /> : <ChosenModules />;
}
