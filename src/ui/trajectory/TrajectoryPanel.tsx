import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { selectScheduledTrajectory } from '../../store/schedule-selector';
import { Region } from '../common/Region';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { ModuleSelect } from './ModuleSelect';
import { PlanStatus } from './PlanStatus';
import { StepList } from './StepList';

/** The planned trajectory with its dates, to reorder, trim or extend. */
export function TrajectoryPanel() {
  const { lang } = useMessages();
  const tr = TRAINEE[lang];
  const trajectory = useAppStore(selectScheduledTrajectory);
  const addStep = useAppStore((s) => s.addStep);
  const taken = useMemo(() => trajectory?.steps.map((s) => s.module) ?? [], [trajectory]);
  return (
    <Region title={tr.trajectory} className="trajectory">
      <PlanStatus />
      {trajectory && (
        <>
          <StepList trajectory={trajectory} />
          <ModuleSelect
            label={tr.addModule}
            buttonLabel={tr.addModuleButton}
            exclude={taken}
            onChoose={addStep}
          />
        </>
      )}
    </Region>
  );
}
