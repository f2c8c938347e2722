import { useId, useMemo, useState } from 'react';
import { useCompetencyOptions } from '../common/use-competency-options';
import { useMessages } from '../common/use-messages';
import { RemovableList } from './RemovableList';
import { usePlanField } from './use-plan-form';

/** Competencies already held, each with the evidence that recognises it. */
export function PriorLearning() {
  const { t, f } = useMessages();
  const [prior, setPrior] = usePlanField('prior');
  const [competency, setCompetency] = useState('');
  const [evidence, setEvidence] = useState('');
  const id = useId();
  const held = useMemo(() => prior.map((p) => p.competency), [prior]);
  const options = useCompetencyOptions(held);
  return (
    <fieldset className="field competency-list">
      <legend>{t.trainee.prior}</legend>
      <RemovableList
        label={t.trainee.prior}
        items={prior}
        keyOf={(p) => p.competency}
        render={(p) => (
          <>
            {f.competency(p.competency)} <span className="muted">({p.evidence})</span>
          </>
        )}
        removeLabel={(p) => t.trainee.removePrior(f.competency(p.competency))}
        onRemove={(p) => setPrior(prior.filter((x) => x !== p))}
      />
      <label htmlFor={`${id}-c`}>{t.trainee.priorCompetency}</label>
      <select id={`${id}-c`} value={competency} onChange={(e) => setCompetency(e.target.value)}>
        <option value="">{t.editor.inspector.chooseCompetency}</option>
        {options}
      </select>
      <label htmlFor={`${id}-e`}>{t.trainee.evidence}</label>
      <input
        id={`${id}-e`}
        value={evidence}
        placeholder={t.trainee.evidencePlaceholder}
        onChange={(e) => setEvidence(e.target.value)}
      />
      <button
        type="button"
        disabled={!competency || !evidence.trim()}
        onClick={() => {
          setPrior([...prior, { competency, evidence: evidence.trim() }]);
          setCompetency('');
          setEvidence('');
        }}
      >
        {t.trainee.addPrior}
      </button>
    </fieldset>
  );
}
