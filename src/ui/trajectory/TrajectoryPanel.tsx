import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { selectScheduledTrajectory } from '../../store/selectors';
import { Region } from '../common/Region';
import { useMessages } from '../common/use-messages';
import { ModuleSelect } from './ModuleSelect';
import { PlanStatus } from './PlanStatus';
import { StepList } from './StepList';

/** The planned trajectory with its dates, to reorder, trim or extend. */
export function TrajectoryPanel() {
  const { t } = useMessages();
  const trajectory = useAppStore(selectScheduledTrajectory);
  const addStep = useAppStore((s) => s.addStep);
  const taken = useMemo(() => trajectory?.steps.map((s) => s.module) ?? [], [trajectory]);
  return (
    <Region title={t.trainee.trajectory} className="trajectory">
      <PlanStatus />
      {trajectory && (
        <>
          <StepList trajectory={trajectory} />
          <ModuleSelect
            label={t.trainee.addModule}
            buttonLabel={t.trainee.addModuleButton}
            exclude={taken}
            onChoose={addStep}
          />
        </>
      )}
    </Region>
  );
}
