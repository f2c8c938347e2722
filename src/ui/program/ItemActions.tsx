import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Id } from '../../domain/model';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { useMessages } from '../common/use-messages';

/** Where an item is now: what its buttons act on when pressed. */
export interface ItemPlace {
  pointer: string;
  stageId: Id;
  /** The stage item's index; with `member`, the group's. */
  item: number;
  member?: number;
}

/**
 * The item's place as a ref that always holds the latest one. A drop at the top of a stage moves every card
 * below it: handing the place to the card's body as props would re-render them all for nothing they show.
 */
export function useItemPlace(place: ItemPlace): RefObject<ItemPlace> {
  const ref = useRef(place);
  useLayoutEffect(() => {
    ref.current = place;
  });
  return ref;
}

interface Props {
  place: RefObject<ItemPlace>;
  title: string;
  /** First or last of all it can move among (a group's members, or the programme's stage items). */
  first: boolean;
  last: boolean;
}

// Buttons stop their keys and clicks from reaching the draggable card, which would pick it up or select it.
export const stop = (e: { stopPropagation: () => void }) => e.stopPropagation();

/** Buttons that do what dragging does, for anyone who does not drag: move up, move down, remove. */
export function ItemActions({ place, title, first, last }: Props) {
  const { t } = useMessages();
  const edit = useAppStore((s) => s.edit);
  // Past either end of its stage a stage item moves on into the stage before (to its end) or after (to its
  // start), as a drag would; a group's member moves only within its group.
  const move = (delta: number) => {
    const { pointer, stageId, item, member } = place.current;
    if (member !== undefined)
      return edit({ op: 'move-item', pointer, stageId, index: item, member: member + delta });
    const stages = selectProgram(useAppStore.getState())?.stages ?? [];
    const at = stages.findIndex((s) => s.id === stageId);
    const stays = item + delta >= 0 && item + delta < (stages[at]?.items.length ?? 0);
    const target = stays ? stages[at] : stages[at + delta];
    if (!target) return;
    const index = stays ? item + delta : delta < 0 ? target.items.length : 0;
    edit({ op: 'move-item', pointer, stageId: target.id, index });
  };
  const button = (label: string, text: string, disabled: boolean, onClick: () => void) => (
    <button
      type="button"
      disabled={disabled}
      aria-label={label}
      onKeyDown={stop}
      onPointerDown={stop}
      onClick={(e) => (stop(e), onClick())}
    >
      {text}
    </button>
  );
  return (
    <div className="item-actions">
      {button(t.editor.card.moveUp(title), '↑', first, () => move(-1))}
      {button(t.editor.card.moveDown(title), '↓', last, () => move(1))}
      {button(t.editor.card.remove(title), '✕', false, () =>
        edit({ op: 'remove-item', pointer: place.current.pointer }),
      )}
    </div>
  );
}
