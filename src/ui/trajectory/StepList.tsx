import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Trajectory } from '../../domain/model';
import { useAppStore } from '../../store';
import { selectTrajectoryDiagnostics } from '../../store/selectors';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { StepCard } from './StepCard';

/** The steps in order; drag (by pointer or keyboard) or the arrow buttons reorder them, and the rules re-check. */
export function StepList({ trajectory }: { trajectory: Trajectory }) {
  const { f, lang } = useMessages();
  const tr = TRAINEE[lang];
  const moveStep = useAppStore((s) => s.moveStep);
  const diagnostics = useAppStore(selectTrajectoryDiagnostics);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = trajectory.steps.map((s) => s.module);
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => tr.dnd.pickedUp(f.module(String(active.id)), position(active.id)),
    onDragOver: ({ active, over }) =>
      over ? tr.dnd.over(f.module(String(active.id)), position(over.id)) : undefined,
    onDragEnd: ({ active, over }) =>
      tr.dnd.dropped(f.module(String(active.id)), position((over ?? active).id)),
    onDragCancel: ({ active }) => tr.dnd.cancelled(f.module(String(active.id))),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    moveStep(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  const flagged = new Set(
    diagnostics.filter((d) => d.severity === 'error').map((d) => d.pointer.split('/')[2]),
  );
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: tr.dnd.instructions } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="step-list" aria-label={tr.steps}>
          {trajectory.steps.map((step, i) => (
            <StepCard
              key={step.module}
              step={step}
              position={i}
              count={ids.length}
              problem={flagged.has(String(i))}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
