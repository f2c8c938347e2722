import type { ClientRect, DroppableContainer, KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { DragSource, DropTarget } from './drag-data';

/** A stage can only land among stages; modules and groups land before items, into groups, or at stage ends. */
export function accepts(source: DragSource | undefined, target: DropTarget | undefined): boolean {
  if (!source || !target) return false;
  return source.kind === 'stage' ? target.kind === 'stage' : target.kind !== 'stage';
}

export const compatible = (
  active: { data: { current?: unknown } } | null,
  containers: DroppableContainer[],
) =>
  containers.filter((c) =>
    accepts(active?.data.current as DragSource | undefined, c.data.current as DropTarget | undefined),
  );

const FORWARD = ['ArrowDown', 'ArrowRight'];
const BACKWARD = ['ArrowUp', 'ArrowLeft'];

/**
 * Arrow keys step through the places a dragged thing can land, in reading order (top to bottom), one
 * place per key press, so a keyboard user hears each option announced in turn and never skips one.
 */
export const editorKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const forward = FORWARD.includes(event.code);
  if (!forward && !BACKWARD.includes(event.code)) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!active || !collisionRect) return undefined;
  const places = compatible(active, droppableContainers.getEnabled())
    .filter((c) => c.id !== active.id)
    .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
    .filter((p): p is { id: typeof p.id; rect: ClientRect } => p.rect !== undefined)
    .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
  const at = over ? places.findIndex((p) => p.id === over.id) : -1;
  const next =
    at >= 0
      ? places[at + (forward ? 1 : -1)]
      : forward
        ? places.find((p) => p.rect.top > collisionRect.top)
        : places.findLast((p) => p.rect.top < collisionRect.top);
  return next ? { x: next.rect.left, y: next.rect.top } : undefined;
};
