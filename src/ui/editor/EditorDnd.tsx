import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useRef, type ReactNode } from 'react';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { useMessages } from '../common/use-messages';
import { dropEdit, type DragSource, type DropTarget } from './drag-data';
import { editorCollision } from './collision';
import { editorKeyboardCoordinates } from './keyboard-coordinates';
import { useDescribe } from './use-describe';

const sourceOf = (data: unknown) => data as DragSource | undefined;
const targetOf = (data: unknown) => data as DropTarget | undefined;

const collision = editorCollision(() => document.querySelector('.region.program'));

/**
 * One drag-and-drop context for the editor: the catalog's cards and the programme's items and stages.
 * Nothing changes while dragging (the sortable animation is the preview); the drop is one recorded edit.
 */
export function EditorDnd({ children }: { children: ReactNode }) {
  const { t } = useMessages();
  const { what, where } = useDescribe();
  const edit = useAppStore((s) => s.edit);
  const pickedUp = useRef<{ text: string; at: number }>(undefined);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: editorKeyboardCoordinates }),
  );

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => {
        pickedUp.current = {
          text: t.editor.dnd.pickedUp(what(sourceOf(active.data.current))),
          at: Date.now(),
        };
        return pickedUp.current.text;
      },
      // Over its own place nothing would change: keep the "picked up" announcement. The first place reported
      // right after picking up is said together with it, or it would replace it before being read.
      onDragOver: ({ active, over }) => {
        if (over?.id === active.id) return undefined;
        const text = t.editor.dnd.over(
          what(sourceOf(active.data.current)),
          where(targetOf(over?.data.current)),
        );
        const start = pickedUp.current;
        pickedUp.current = undefined;
        return start && Date.now() - start.at < 500 ? `${start.text} ${text}` : text;
      },
      onDragEnd: ({ active, over }) =>
        over
          ? t.editor.dnd.dropped(what(sourceOf(active.data.current)), where(targetOf(over.data.current)))
          : t.editor.dnd.cancelled(what(sourceOf(active.data.current))),
      onDragCancel: ({ active }) => t.editor.dnd.cancelled(what(sourceOf(active.data.current))),
    }),
    [t, what, where],
  );

  // The overlay names what the store says is being dragged: one piece of state, not a copy of it.
  const dragging = useAppStore((s) => s.dragging);
  const setDragSource = useAppStore((s) => s.setDragging);
  const onDragStart = ({ active }: DragStartEvent) => {
    setDragSource(sourceOf(active.data.current) ?? null);
  };
  const onDragCancel = () => setDragSource(null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    onDragCancel();
    const source = sourceOf(active.data.current);
    const target = targetOf(over?.data.current);
    const program = selectProgram(useAppStore.getState());
    if (!source || !target || !program) return;
    const change = dropEdit(program, source, target);
    if (change) edit(change);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.editor.dnd.instructions } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging ? <div className="drag-overlay">{what(dragging)}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
