import { useId, useState } from 'react';
import { useAppStore } from '../../store';
import { Region } from '../common/Region';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { CompetencyList } from '../inspector/CompetencyList';
import { Electives } from './Electives';
import { ExcludedModules } from './ExcludedModules';
import { Preferences } from './Preferences';
import { PriorLearning } from './PriorLearning';
import { ProgrammeSource } from './ProgrammeSource';
import { usePlanField } from './use-plan-form';

/** Adds every competency of a specialty as a target: "I want to become a welder". */
function SpecialtyTargets() {
  const { t, lang } = useMessages();
  const tr = TRAINEE[lang];
  const id = useId();
  const index = useAppStore((s) => s.network?.index);
  const [targets, setTargets] = usePlanField('targets');
  const [specialty, setSpecialty] = useState('');
  const specialties = [...new Set([...(index?.competencies.values() ?? [])].map((c) => c.specialty))].sort();
  return (
    <div className="field">
      <label htmlFor={id}>{tr.specialty}</label>
      <select id={id} value={specialty} onChange={(e) => setSpecialty(e.target.value)}>
        <option value="">—</option>
        {specialties.map((s) => (
          <option key={s} value={s}>
            {t.catalog.specialties[s] ?? s}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!specialty}
        onClick={() => {
          const ids = [...index!.competencies.values()]
            .filter((c) => c.specialty === specialty)
            .map((c) => c.id);
          setTargets([...new Set([...targets, ...ids])]);
        }}
      >
        {tr.addSpecialty}
      </button>
    </div>
  );
}

function NumberField({
  label,
  value,
  onChange,
  min,
  hint,
}: {
  label: string;
  value: number | null;
  onChange: (n: number | null) => void;
  min: number;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        value={value ?? ''}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const n = e.target.valueAsNumber;
          onChange(Number.isFinite(n) && n >= min ? n : null);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Everything the trainee tells the planner, and the button that asks it. */
export function GoalsPanel() {
  const { lang } = useMessages();
  const tr = TRAINEE[lang];
  const [source, setSource] = usePlanField('source');
  const [program] = usePlanField('program');
  const [targets, setTargets] = usePlanField('targets');
  const [start, setStart] = usePlanField('start');
  const [hoursPerWeek, setHoursPerWeek] = usePlanField('hoursPerWeek');
  const [maxHours, setMaxHours] = usePlanField('maxHours');
  const plan = useAppStore((s) => s.plan);
  const startId = useId();
  const ready = source === 'programme' ? program !== null : targets.length > 0;
  return (
    <Region title={tr.goals} className="goals">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) plan();
        }}
      >
        <fieldset className="field">
          <legend>{tr.source}</legend>
          {(['network', 'programme'] as const).map((s) => (
            <label key={s} className="check">
              <input type="radio" name="source" checked={source === s} onChange={() => setSource(s)} />
              {tr.sources[s]}
            </label>
          ))}
        </fieldset>
        {source === 'programme' ? (
          <>
            <ProgrammeSource />
            <p className="muted">{tr.programmeTargets}</p>
          </>
        ) : (
          <>
            <SpecialtyTargets />
            <CompetencyList
              label={tr.targets}
              addLabel={tr.addTarget}
              ids={targets}
              onAdd={(c) => setTargets([...targets, c])}
              onRemove={(c) => setTargets(targets.filter((x) => x !== c))}
              removeLabel={tr.removeTarget}
            />
          </>
        )}
        <PriorLearning />
        <Electives />
        <ExcludedModules />
        <Preferences />
        <div className="field">
          <label htmlFor={startId}>{tr.start}</label>
          <input
            id={startId}
            type="date"
            value={start}
            onChange={(e) => e.target.value && setStart(e.target.value)}
          />
        </div>
        <NumberField
          label={tr.hoursPerWeek}
          value={hoursPerWeek}
          min={1}
          onChange={(n) => n !== null && setHoursPerWeek(n)}
        />
        <NumberField
          label={tr.maxHours}
          value={maxHours}
          min={1}
          onChange={setMaxHours}
          hint={tr.maxHoursHint}
        />
        {!ready && <p className="muted">{tr.needTargets}</p>}
        <button type="submit" className="primary" disabled={!ready}>
          {tr.plan}
        </button>
      </form>
    </Region>
  );
}
