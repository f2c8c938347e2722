import { describeNoPlan, planStatus } from '../../i18n/describe-plan';
import { formatNumber } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';

/** What the planner is doing or found, announced politely; a plan that cannot exist is an alert. */
export function PlanStatus() {
  const { lang } = useMessages();
  const tr = TRAINEE[lang];
  const planning = useAppStore((s) => s.planning);
  const trajectory = useAppStore((s) => s.trajectory);
  const index = useAppStore((s) => s.network?.index);
  const start = useAppStore((s) => s.planForm.start);
  if (planning.status === 'done' && planning.result.kind === 'unreachable')
    return (
      <div role="alert" className="no-plan">
        <p>
          <strong>{tr.noPlan}</strong>
        </p>
        <ul>
          {index &&
            describeNoPlan(planning.result, index, lang, start).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </div>
    );
  if (planning.status === 'failed')
    return (
      <p role="alert" className="no-plan">
        {tr.failed(planning.message)}
      </p>
    );
  const found =
    planning.status === 'optimising'
      ? planning.greedy
      : planning.status === 'done'
        ? planning.result
        : undefined;
  const adjusted = found?.kind === 'plan' && trajectory !== found.trajectory;
  return (
    <div role="status" className="plan-status">
      {planning.status === 'planning' && <p>{tr.planning}</p>}
      {found?.kind === 'plan' && !adjusted && <p>{planStatus(found, lang)}</p>}
      {adjusted && trajectory && (
        <>
          <p>{tr.adjusted}</p>
          <p>{tr.total(formatNumber(lang, trajectory.totalHours))}</p>
        </>
      )}
      {!found && planning.status !== 'planning' && !trajectory && <p className="muted">{tr.empty}</p>}
    </div>
  );
}
