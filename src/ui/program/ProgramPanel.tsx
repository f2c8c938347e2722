import { useMemo } from 'react';
import type { Diagnostic } from '../../domain/diagnostics';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { selectDiagnostics } from '../../store/selectors';
import { Region } from '../common/Region';
import { useMessages, useToday } from '../common/use-messages';
import { ProgramSummary } from './ProgramSummary';
import { StageList } from './StageList';

function ProgramPicker() {
  const { t, lang } = useMessages();
  const samples = useAppStore((s) => s.samples);
  const program = useAppStore((s) => s.program);
  const openProgram = useAppStore((s) => s.openProgram);
  const current = samples.findIndex((s) => s.program.id === program?.id);
  return (
    <label className="picker">
      {t.program.open}
      <select value={current} onChange={(e) => openProgram(samples[Number(e.target.value)]!.program)}>
        {samples.map((s, i) => (
          <option key={s.path} value={i}>
            {localize(s.program.title, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ProgramPanel() {
  const { t, lang } = useMessages();
  const today = useToday();
  const program = useAppStore((s) => s.program);
  const diagnostics = useAppStore((s) => selectDiagnostics(s, today));
  const problemsAt = useMemo(() => {
    const by = new Map<string, Diagnostic[]>();
    for (const d of diagnostics)
      if (!d.waived) (by.get(d.pointer) ?? by.set(d.pointer, []).get(d.pointer)!).push(d);
    return (pointer: string) => by.get(pointer) ?? [];
  }, [diagnostics]);
  const uncovered = diagnostics.filter(
    (d) =>
      d.code === 'coverage.missing' || (d.code === 'ref.unknown-competency' && d.params.context === 'target'),
  ).length;
  return (
    <Region title={t.program.region} className="program" aside={<ProgramPicker />}>
      {program && (
        <>
          <p className="program-title">
            <strong>{localize(program.title, lang)}</strong>{' '}
            <span className="muted">· {t.program.type[program.programType]}</span>
          </p>
          <ProgramSummary program={program} uncovered={uncovered} />
          {program.stages.map((stage, i) => (
            <StageList key={`${stage.id}-${i}`} stage={stage} index={i} problemsAt={problemsAt} />
          ))}
        </>
      )}
    </Region>
  );
}
