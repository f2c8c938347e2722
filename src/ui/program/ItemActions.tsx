import { parseItemPointer } from '../../domain/edits';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { useMessages } from '../common/use-messages';

/** Buttons that do what dragging does, for anyone who does not drag: move up, move down, remove. */
export function ItemActions({ pointer, title }: { pointer: string; title: string }) {
  const { t } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const program = useAppStore(selectProgram);
  const at = parseItemPointer(pointer);
  const stage = at && program?.stages[at.stage];
  if (!at || !stage) return null;
  const inGroup = at.member !== undefined;
  const group = inGroup ? stage.items[at.item] : undefined;
  const length = group && 'choose' in group ? group.of.length : stage.items.length;
  const position = inGroup ? at.member! : at.item;
  const move = (delta: number) =>
    edit({
      op: 'move-item',
      pointer,
      stageId: stage.id,
      index: inGroup ? at.item : at.item + delta,
      member: inGroup ? position + delta : undefined,
    });
  // Buttons stop the click from reaching the card, which would select it and steal the focus.
  const stop = (f: () => void) => (e: React.MouseEvent) => {
    e.stopPropagation();
    f();
  };
  return (
    <div className="item-actions">
      <button
        type="button"
        disabled={position === 0}
        aria-label={t.editor.card.moveUp(title)}
        onClick={stop(() => move(-1))}
        onKeyDown={(e) => e.stopPropagation()}
      >
        ↑
      </button>
      <button
        type="button"
        disabled={position >= length - 1}
        aria-label={t.editor.card.moveDown(title)}
        onClick={stop(() => move(1))}
        onKeyDown={(e) => e.stopPropagation()}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label={t.editor.card.remove(title)}
        onClick={stop(() => edit({ op: 'remove-item', pointer }))}
        onKeyDown={(e) => e.stopPropagation()}
      >
        ✕
      </button>
    </div>
  );
}
