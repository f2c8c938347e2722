import type { Id } from '../../domain/model';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';

interface Props {
  pointer: string;
  title: string;
  stageId: Id;
  /** The stage item's index; with `member`, the group's. */
  item: number;
  member?: number;
  /** How many siblings the item has (stage items, or group members). */
  siblings: number;
}

// Buttons stop their keys and clicks from reaching the draggable card, which would pick it up or select it.
export const stop = (e: { stopPropagation: () => void }) => e.stopPropagation();

/** Buttons that do what dragging does, for anyone who does not drag: move up, move down, remove. */
export function ItemActions({ pointer, title, stageId, item, member, siblings }: Props) {
  const { t } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const position = member ?? item;
  const move = (delta: number) =>
    edit(
      member === undefined
        ? { op: 'move-item', pointer, stageId, index: item + delta }
        : { op: 'move-item', pointer, stageId, index: item, member: member + delta },
    );
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
      {button(t.editor.card.moveUp(title), '↑', position === 0, () => move(-1))}
      {button(t.editor.card.moveDown(title), '↓', position >= siblings - 1, () => move(1))}
      {button(t.editor.card.remove(title), '✕', false, () => edit({ op: 'remove-item', pointer }))}
    </div>
  );
}
