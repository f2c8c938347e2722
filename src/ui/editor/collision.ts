import type {
  ClientRect,
  Collision,
  CollisionDetection,
  DroppableContainer,
  UniqueIdentifier,
} from '@dnd-kit/core';
import { compatible } from './keyboard-coordinates';

interface Plain {
  container: DroppableContainer;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * dnd-kit's measured rects recompute scroll offsets on every property read; with hundreds of drop zones that
 * is most of the cost of each pointer move. Drop zones all live in the programme's scroll area, so they are
 * copied once per measurement and shifted by that area's scroll since the copy, read once per move.
 */
const snapshots = new WeakMap<
  object,
  { scroll: { x: number; y: number }; places: Plain[]; signature: string }
>();

/**
 * dnd-kit re-measures into the same map (when drop strips appear, everything below them moves), so a copy is
 * trusted only while a few sampled places still report the positions it was taken with.
 */
function signature(args: Parameters<CollisionDetection>[0]): string {
  const ids = args.droppableContainers;
  const sample = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
  return (
    sample.map((c) => (c ? `${args.droppableRects.get(c.id)?.top ?? '-'}` : '')).join('|') + `#${ids.length}`
  );
}

function places(args: Parameters<CollisionDetection>[0], scroller: () => Element | null): Plain[] {
  const el = scroller();
  const scroll = { x: el?.scrollLeft ?? 0, y: el?.scrollTop ?? 0 };
  const sig = signature(args);
  let snapshot = snapshots.get(args.droppableRects);
  if (!snapshot || snapshot.signature !== sig) {
    const list: Plain[] = [];
    for (const container of compatible(args.active, args.droppableContainers)) {
      const r: ClientRect | undefined = args.droppableRects.get(container.id);
      if (r && r.width > 0 && r.height > 0)
        list.push({ container, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
    snapshot = { scroll, places: list, signature: sig };
    snapshots.set(args.droppableRects, snapshot);
  }
  const dx = scroll.x - snapshot.scroll.x;
  const dy = scroll.y - snapshot.scroll.y;
  if (dx === 0 && dy === 0) return snapshot.places;
  return snapshot.places.map((p) => ({
    ...p,
    left: p.left - dx,
    right: p.right - dx,
    top: p.top - dy,
    bottom: p.bottom - dy,
  }));
}

const collisionOf = (id: UniqueIdentifier, container: DroppableContainer, value: number): Collision => ({
  id,
  data: { droppableContainer: container, value },
});

/**
 * Only places that can take the dragged thing count. Under the pointer, the smallest place wins (a drop strip
 * inside a card, a member inside a group); elsewhere the nearest centre. Without a pointer (the keyboard), the
 * getter puts the dragged rectangle's top-left corner on the chosen place, so the nearest top-left wins.
 */
export const editorCollision =
  (scroller: () => Element | null): CollisionDetection =>
  (args) => {
    const list = places(args, scroller);
    const point = args.pointerCoordinates;
    const scored = list.map((p) => {
      let value: number;
      if (!point) value = Math.hypot(p.left - args.collisionRect.left, p.top - args.collisionRect.top);
      else if (point.x >= p.left && point.x <= p.right && point.y >= p.top && point.y <= p.bottom)
        value = -1 / ((p.right - p.left) * (p.bottom - p.top));
      else value = Math.hypot((p.left + p.right) / 2 - point.x, (p.top + p.bottom) / 2 - point.y);
      return collisionOf(p.container.id, p.container, value);
    });
    return scored.sort((a, b) => a.data!.value - b.data!.value);
  };
