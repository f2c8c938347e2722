import { useDroppable, type DraggableAttributes, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useState } from 'react';
import { parseItemPointer } from '../../domain/edits';
import type { Stage } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';
import { itemDragId, stageDragId, stageEndDropId } from '../editor/drag-data';
import { GroupCard } from './GroupCard';
import { ModuleCard, type CardProblems } from './ModuleCard';
import { useNearViewport } from './use-near-viewport';

interface Props {
  stage: Stage;
  index: number;
  count: number;
  /** Mount this stage's cards only while it is near the viewport (large programmes). */
  lazy: boolean;
  problemsAt: (pointer: string) => CardProblems;
  /** The item's name that follows it through edits (see item-keys.ts). */
  keyAt: (pointer: string) => string;
}

/**
 * A stage: a list named by its title, sortable among stages, with its items sortable within and across.
 * dnd-kit re-renders every sortable several times when a drag starts, so this shell holds only the sortable
 * and leaves the head and the cards to memoised parts that skip those renders. In a large programme a stage
 * far from the view is no drop place either: dnd-kit measures every enabled place when a drag starts.
 */
export const StageView = memo(function StageView(props: Props) {
  const { stage } = props;
  const selected = useAppStore((s) => s.selection.kind === 'stage' && s.selection.stageId === stage.id);
  const [element, setElement] = useState<HTMLElement | null>(null);
  // The stage a dragged item comes from stays mounted however far the drag scrolls (unmounting the dragged
  // card would end the drag's knowledge of what it carries), and a moment after, for its focus to come back.
  const holdsDragged = useAppStore((s) => {
    const source = s.dragging ?? s.released;
    return source?.kind === 'item' && parseItemPointer(source.pointer)?.stage === props.index;
  });
  const near = useNearViewport(element, props.lazy) || holdsDragged;
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: stageDragId(stage.id),
    data: { kind: 'stage', stageId: stage.id },
    disabled: { draggable: false, droppable: !near },
  });
  // The place after the stage's last item takes modules and groups; in this shell for the reason above.
  const end = useDroppable({
    id: stageEndDropId(stage.id),
    data: { kind: 'stage-end', stageId: stage.id },
    disabled: !near,
  });
  const ref = useCallback(
    (node: HTMLElement | null) => {
      setNodeRef(node);
      setElement(node);
    },
    [setNodeRef],
  );
  return (
    <section
      ref={ref}
      className={`stage ${selected ? 'selected' : ''} ${isDragging ? 'dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-labelledby={`stage-title-${stage.id}`}
      data-stage={stage.id}
    >
      <StageHead {...props} attributes={attributes} listeners={listeners} />
      <StageItems {...props} near={near} />
      <StageEnd setNodeRef={end.setNodeRef} isOver={end.isOver} empty={stage.items.length === 0} />
    </section>
  );
});

const StageHead = memo(function StageHead({
  stage,
  index,
  count,
  attributes,
  listeners,
}: Pick<Props, 'stage' | 'index' | 'count'> & {
  // dnd-kit keeps both the same object between its renders, so this memoised head skips them.
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
}) {
  const { t, lang } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const select = useAppStore((s) => s.select);
  const title = localize(stage.title, lang);
  return (
    <div className="stage-head">
      <button
        type="button"
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-roledescription={t.editor.dnd.roleDescription}
        aria-label={t.editor.stage.dragHandle(title)}
      >
        ⠿
      </button>
      <h3 id={`stage-title-${stage.id}`} className="stage-title">
        <button type="button" className="link" onClick={() => select({ kind: 'stage', stageId: stage.id })}>
          <span className="muted">
            {t.program.stage} {index + 1}.
          </span>{' '}
          {title}
        </button>
      </h3>
      <div className="stage-actions">
        <button
          type="button"
          disabled={index === 0}
          aria-label={t.editor.stage.moveUp}
          title={t.editor.stage.moveUp}
          onClick={() => edit({ op: 'move-stage', stageId: stage.id, index: index - 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          aria-label={t.editor.stage.moveDown}
          title={t.editor.stage.moveDown}
          onClick={() => edit({ op: 'move-stage', stageId: stage.id, index: index + 1 })}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={t.editor.stage.remove}
          title={t.editor.stage.remove}
          onClick={() => edit({ op: 'remove-stage', stageId: stage.id })}
        >
          ✕
        </button>
      </div>
    </div>
  );
});

const StageItems = memo(function StageItems({
  stage,
  index,
  count,
  problemsAt,
  keyAt,
  near,
}: Props & { near: boolean }) {
  const { lang } = useMessages();
  const pointers = stage.items.map((_, i) => `/stages/${index}/items/${i}`);
  const keys = pointers.map(keyAt);
  if (!near)
    // Roughly the height the cards will take, so scrolling and the scrollbar stay honest.
    return (
      <div className="stage-placeholder" style={{ height: stage.items.length * 110 }} aria-hidden="true" />
    );
  return (
    <SortableContext items={keys.map(itemDragId)} strategy={verticalListSortingStrategy}>
      <ol aria-label={localize(stage.title, lang)} className="card-list">
        {stage.items.map((item, i) =>
          'choose' in item ? (
            <GroupCard
              key={keys[i]}
              dragKey={keys[i]!}
              group={item}
              pointer={pointers[i]!}
              stageId={stage.id}
              item={i}
              siblings={stage.items.length}
              stageBefore={index > 0}
              stageAfter={index < count - 1}
              problemsAt={problemsAt}
              keyAt={keyAt}
            />
          ) : (
            <ModuleCard
              key={keys[i]}
              dragKey={keys[i]!}
              refTo={item}
              pointer={pointers[i]!}
              problems={problemsAt(pointers[i]!)}
              stageId={stage.id}
              item={i}
              siblings={stage.items.length}
              stageBefore={index > 0}
              stageAfter={index < count - 1}
            />
          ),
        )}
      </ol>
    </SortableContext>
  );
});

/** Says so when the stage is empty, and shows where a drop at the stage's end lands. */
const StageEnd = memo(function StageEnd({
  setNodeRef,
  isOver,
  empty,
}: {
  setNodeRef: (node: HTMLElement | null) => void;
  isOver: boolean;
  empty: boolean;
}) {
  const { t } = useMessages();
  return (
    <div ref={setNodeRef} className={`stage-end ${isOver ? 'over' : ''}`}>
      {empty ? t.editor.stage.empty : ''}
    </div>
  );
});
