import { useAppStore } from '../../store';
import { selectTrajectoryDiagnostics } from '../../store/selectors';
import { useMessages } from '../common/use-messages';
import { DiagnosticRegion } from '../diagnostics/DiagnosticRegion';

/** The rule engine on the trajectory as it stands: an adjustment that breaks an order shows here at once. */
export function TrajectoryChecks() {
  const { t } = useMessages();
  const diagnostics = useAppStore(selectTrajectoryDiagnostics);
  const hasTrajectory = useAppStore((s) => s.trajectory !== null);
  if (!hasTrajectory) return null;
  return (
    <DiagnosticRegion title={t.trainee.checks} diagnostics={diagnostics} allClear={t.trainee.allClear} />
  );
}
