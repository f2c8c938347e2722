import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { selectDiagnostics, selectHours, selectProgram } from '../../store/selectors';
import { useMessages, useToday } from '../common/use-messages';

/** The programme's vital signs, always in view: hours against the legal bounds, coverage of targets, entry, final assessment. */
export function ProgramHeader() {
  const { t, f, lang } = useMessages();
  const today = useToday();
  const program = useAppStore(selectProgram);
  const hours = useAppStore(selectHours);
  const diagnostics = useAppStore((s) => selectDiagnostics(s, today));
  if (!program) return null;
  // Counted by competency: a target listed twice (a warning of its own) is one target.
  const uncovered = new Set(
    diagnostics
      .filter(
        (d) =>
          d.code === 'coverage.missing' ||
          (d.code === 'ref.unknown-competency' && d.params.context === 'target'),
      )
      .map((d) => d.params.competency?.id),
  ).size;
  const targets = new Set(program.targetCompetencies).size;
  const bound = hours?.bound;
  const inBounds =
    hours &&
    (bound?.min === undefined || hours.range.min >= bound.min) &&
    (bound?.max === undefined || hours.range.max <= bound.max);
  return (
    <dl className="summary" aria-label={t.program.summary}>
      <div>
        <dt>{t.program.totalHours}</dt>
        <dd className={inBounds ? 'ok' : 'bad'}>
          {hours ? t.program.hoursRange(f.num(hours.range.min), f.num(hours.range.max)) : '—'}{' '}
          <span className="muted">
            (
            {t.program.bounds(
              bound?.min === undefined ? undefined : f.num(bound.min),
              bound?.max === undefined ? undefined : f.num(bound.max),
            )}
            )
          </span>
        </dd>
      </div>
      <div>
        <dt>{t.program.targets}</dt>
        <dd className={uncovered === 0 ? 'ok' : 'bad'}>{t.program.covered(targets - uncovered, targets)}</dd>
      </div>
      <div>
        <dt>{t.program.entry}</dt>
        <dd>
          {program.entryRequirements.length
            ? program.entryRequirements.map((c) => f.competency(c)).join('; ')
            : t.program.none}
        </dd>
      </div>
      <div>
        <dt>{t.program.finalAssessment}</dt>
        <dd className={program.finalAssessment ? undefined : 'bad'}>
          {program.finalAssessment ? (
            <>
              <strong>{t.catalog.assessments[program.finalAssessment.kind]}</strong>
              {program.finalAssessment.description && (
                <span className="muted"> — {localize(program.finalAssessment.description, lang)}</span>
              )}
            </>
          ) : (
            t.program.notSpecified
          )}
        </dd>
      </div>
    </dl>
  );
}
