import { useId } from 'react';
import type { TrajectoryStep } from '../../domain/model';
import { useAppStore } from '../../store';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';

/** For a step chosen from an elective group: the group's other modules, to take instead. */
export function SwapElective({
  step,
  position,
  title,
}: {
  step: TrajectoryStep;
  position: number;
  title: string;
}) {
  const { f, lang } = useMessages();
  const tr = TRAINEE[lang];
  const id = useId();
  const program = useAppStore((s) => (s.planForm.source === 'programme' ? s.planForm.program : null));
  const taken = useAppStore((s) => s.trajectory?.steps);
  const replaceStep = useAppStore((s) => s.replaceStep);
  const group = program?.stages
    .flatMap((s) => s.items)
    .find((i) => 'choose' in i && i.of.some((r) => r.module === step.module));
  if (!group || !('choose' in group)) return null;
  const others = group.of.filter((r) => !taken?.some((s) => s.module === r.module));
  if (others.length === 0) return null;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {tr.swap(title)}
      </label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const ref = others.find((r) => r.module === e.target.value);
          if (ref)
            replaceStep(position, ref, [{ kind: 'elective', ...(group.id ? { group: group.id } : {}) }]);
        }}
      >
        <option value="">{tr.swapFor}</option>
        {others.map((r) => (
          <option key={r.module} value={r.module}>
            {f.module(r.module)}
          </option>
        ))}
      </select>
    </>
  );
}
