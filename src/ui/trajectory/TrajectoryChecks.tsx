import { useAppStore } from '../../store';
import { selectTrajectoryDiagnostics } from '../../store/selectors';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { DiagnosticRegion } from '../diagnostics/DiagnosticRegion';

/** The rule engine on the trajectory as it stands: an adjustment that breaks an order shows here at once. */
export function TrajectoryChecks() {
  const { lang } = useMessages();
  const tr = TRAINEE[lang];
  const diagnostics = useAppStore(selectTrajectoryDiagnostics);
  const hasTrajectory = useAppStore((s) => s.trajectory !== null);
  if (!hasTrajectory) return null;
  return <DiagnosticRegion title={tr.checks} diagnostics={diagnostics} allClear={tr.allClear} />;
}
