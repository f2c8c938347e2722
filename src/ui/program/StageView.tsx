import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useState } from 'react';
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
}

/** A stage: a list named by its title, sortable among stages, with its items sortable within and across. */
export const StageView = memo(function StageView({ stage, index, count, lazy, problemsAt }: Props) {
  const { t, lang } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selection.kind === 'stage' && s.selection.stageId === stage.id);
  const title = localize(stage.title, lang);
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: stageDragId(stage.id),
    data: { kind: 'stage', stageId: stage.id },
  });
  const { setNodeRef: setEndRef, isOver: overEnd } = useDroppable({
    id: stageEndDropId(stage.id),
    data: { kind: 'stage-end', stageId: stage.id },
  });
  const pointers = stage.items.map((_, i) => `/stages/${index}/items/${i}`);
  const [element, setElement] = useState<HTMLElement | null>(null);
  const near = useNearViewport(element, lazy);
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
      {near ? (
        <SortableContext items={pointers.map(itemDragId)} strategy={verticalListSortingStrategy}>
          <ol aria-label={title} className="card-list">
            {stage.items.map((item, i) =>
              'choose' in item ? (
                <GroupCard
                  key={pointers[i]}
                  group={item}
                  pointer={pointers[i]!}
                  stageId={stage.id}
                  item={i}
                  siblings={stage.items.length}
                  problemsAt={problemsAt}
                />
              ) : (
                <ModuleCard
                  key={pointers[i]}
                  refTo={item}
                  pointer={pointers[i]!}
                  problems={problemsAt(pointers[i]!)}
                  stageId={stage.id}
                  item={i}
                  siblings={stage.items.length}
                />
              ),
            )}
          </ol>
        </SortableContext>
      ) : (
        // Roughly the height the cards will take, so scrolling and the scrollbar stay honest.
        <div className="stage-placeholder" style={{ height: stage.items.length * 110 }} aria-hidden="true" />
      )}
      <div ref={setEndRef} className={`stage-end ${overEnd ? 'over' : ''}`}>
        {stage.items.length === 0 ? t.editor.stage.empty : ''}
      </div>
    </section>
  );
});
