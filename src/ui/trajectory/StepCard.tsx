import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { describeReasons } from '../../domain/documents/trajectory-document';
import { moduleHours } from '../../domain/hours';
import type { TrajectoryStep } from '../../domain/model';
import { resolveModule } from '../../domain/network-index';
import { TRAJECTORY_STRINGS } from '../../i18n/documents';
import { formatNumber, localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { SwapElective } from './SwapElective';

interface Props {
  step: TrajectoryStep;
  position: number;
  count: number;
  /** A step with problems is marked so the trainee sees where to look. */
  problem: boolean;
}

/** One step: what, who, when, why, and the buttons that move or remove it (the keyboard way to reorder). */
export const StepCard = memo(function StepCard({ step, position, count, problem }: Props) {
  const { lang } = useMessages();
  const tr = TRAINEE[lang];
  const index = useAppStore((s) => s.network?.index);
  const { moveStep, removeStep, excludeStep } = useAppStore.getState();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: step.module,
  });
  const m = index && resolveModule(index, step.module, step.version);
  const title = m ? localize(m.title, lang) : step.module;
  const partner = m && index.partners.get(m.partnerId);
  const stepTitle = tr.stepName(position + 1, title);
  return (
    <li
      ref={setNodeRef}
      className={`step-card${problem ? ' has-problem' : ''}${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      aria-label={stepTitle}
    >
      <button type="button" className="drag-handle" aria-label={stepTitle} {...attributes} {...listeners}>
        ⠿
      </button>
      <div className="step-body">
        <p className="step-title">
          <span className="step-number">{position + 1}.</span> {title}{' '}
          <code className="muted">
            {step.module}@{step.version}
          </code>
        </p>
        <p className="muted">
          {partner ? localize(partner.shortName ?? partner.name, lang) : m?.partnerId}
          {m && ` · ${tr.hours(formatNumber(lang, moduleHours(m)))}`}
          {step.start && step.end && ` · ${tr.dates(step.start, step.end)}`}
        </p>
        {index && (
          <p className="step-reasons">
            {describeReasons(step.reasons, index, lang, TRAJECTORY_STRINGS[lang])}
          </p>
        )}
      </div>
      <div className="step-actions">
        <button
          type="button"
          aria-label={tr.moveUp(title)}
          disabled={position === 0}
          onClick={() => moveStep(position, position - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={tr.moveDown(title)}
          disabled={position === count - 1}
          onClick={() => moveStep(position, position + 1)}
        >
          ↓
        </button>
        <button type="button" aria-label={tr.remove(title)} onClick={() => removeStep(position)}>
          ✕
        </button>
        <button type="button" aria-label={tr.exclude(title)} onClick={() => excludeStep(position)}>
          ⊘
        </button>
        <SwapElective step={step} position={position} title={title} />
      </div>
    </li>
  );
});
