import { useId, useMemo, useState } from 'react';
import { CompetencyField, useCompetencyChoice } from '../common/CompetencyField';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { RemovableList } from './RemovableList';
import { usePlanField } from './use-plan-form';

/** Competencies already held, each with the evidence that recognises it. */
export function PriorLearning() {
  const { f, lang } = useMessages();
  const tr = TRAINEE[lang];
  const [prior, setPrior] = usePlanField('prior');
  const [query, setQuery] = useState('');
  const [evidence, setEvidence] = useState('');
  const id = useId();
  const held = useMemo(() => prior.map((p) => p.competency), [prior]);
  const choice = useCompetencyChoice(query, held);
  const add = () => {
    if (!choice.chosen || !evidence.trim()) return;
    setPrior([...prior, { competency: choice.chosen, evidence: evidence.trim() }]);
    setQuery('');
    setEvidence('');
  };
  return (
    <fieldset className="field competency-list">
      <legend>{tr.prior}</legend>
      <RemovableList
        label={tr.prior}
        items={prior}
        keyOf={(p) => p.competency}
        render={(p) => (
          <>
            {f.competency(p.competency)} <span className="muted">({p.evidence})</span>
          </>
        )}
        removeLabel={(p) => tr.removePrior(f.competency(p.competency))}
        onRemove={(p) => setPrior(prior.filter((x) => x !== p))}
      />
      <CompetencyField
        id={`${id}-c`}
        label={tr.priorCompetency}
        query={query}
        onQuery={setQuery}
        choice={choice}
        onEnter={add}
      />
      <label htmlFor={`${id}-e`}>{tr.evidence}</label>
      <input
        id={`${id}-e`}
        value={evidence}
        placeholder={tr.evidencePlaceholder}
        onChange={(e) => setEvidence(e.target.value)}
      />
      <button type="button" disabled={!choice.chosen || !evidence.trim()} onClick={add}>
        {tr.addPrior}
      </button>
    </fieldset>
  );
}
