import { useDraggable } from '@dnd-kit/core';
import { memo, useCallback, type KeyboardEvent, type SyntheticEvent } from 'react';
import { isWithinValidity } from '../../domain/dates';
import type { Module } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useMessages, useToday } from '../common/use-messages';
import { catalogDragId, type DragSource } from '../editor/drag-data';
import { ModuleFacts } from './ModuleFacts';

// Presses on the card's own button are the button's: they neither pick the card up nor select it.
const fromButton = (e: SyntheticEvent) => e.target instanceof Element && e.target.closest('button') !== null;

/**
 * One module in the catalog: a list item that is also a drag source (pointer, or focus and Space), selects the
 * module on click or Enter, and offers "Add to programme" for anyone who does not drag.
 */
export function CatalogCard({
  module: m,
  position,
  setSize,
  start,
  measure,
  selected,
  inProgramme,
  onAdd,
  onSelect,
}: {
  module: Module;
  /** Zero-based index in the results, which the virtualiser also reads back from `data-index`. */
  position: number;
  setSize: number;
  /** Offset from the top of the list, in pixels. */
  start: number;
  measure: (node: Element | null) => void;
  selected: boolean;
  inProgramme: boolean;
  onAdd: (m: Module) => void;
  onSelect: (m: Module) => void;
}) {
  const { t, lang } = useMessages();
  const title = localize(m.title, lang);
  // What the editor's drop handler reads to add the module.
  const data: DragSource = { kind: 'catalog-module', module: m.id, version: m.version };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: catalogDragId(m.id),
    data,
    attributes: { role: 'listitem', roleDescription: t.catalog.draggable },
  });
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      setNodeRef(node);
      // The card itself is the activator, so keys pressed on its button never start a drag.
      setActivatorNodeRef(node);
      measure(node);
    },
    [setNodeRef, setActivatorNodeRef, measure],
  );
  // The sensors are chosen by the editor's DndContext; whichever they are, their listeners go on the card.
  const dragListeners = Object.fromEntries(
    Object.entries(listeners ?? {}).map(([event, listener]) => [
      event,
      (e: SyntheticEvent) => {
        if (!fromButton(e)) listener(e);
      },
    ]),
  );
  const handlers = {
    ...dragListeners,
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.target !== e.currentTarget) return;
      // Enter opens the module in the inspector; Space (and any other sensor key) goes to the drag sensor.
      if (e.key === 'Enter') {
        e.preventDefault();
        onSelect(m);
      } else dragListeners.onKeyDown?.(e);
    },
    onClick: (e: SyntheticEvent) => {
      if (!fromButton(e)) onSelect(m);
    },
  };
  const classes = ['card', 'catalog-card', selected && 'selected', isDragging && 'dragging'];
  return (
    <div
      ref={ref}
      data-index={position}
      {...attributes}
      {...handlers}
      aria-label={title}
      aria-setsize={setSize}
      aria-posinset={position + 1}
      aria-current={selected || undefined}
      className={classes.filter(Boolean).join(' ')}
      // Placed by `top`, not a transform: dnd-kit measures a drag source without its transform.
      style={{ top: start }}
    >
      <CatalogCardBody module={m} title={title} inProgramme={inProgramme} onAdd={onAdd} />
    </div>
  );
}

/** What the card shows; memoised, as dnd-kit re-renders every drag source several times when a drag starts. */
const CatalogCardBody = memo(function CatalogCardBody({
  module: m,
  title,
  inProgramme,
  onAdd,
}: {
  module: Module;
  title: string;
  inProgramme: boolean;
  onAdd: (m: Module) => void;
}) {
  const { t } = useMessages();
  const today = useToday();
  return (
    <>
      <div className="catalog-card-head">
        <h3>{title}</h3>
        {!isWithinValidity(m, today) && <span className="badge warning">{t.catalog.retired}</span>}
        {inProgramme && <span className="badge info">{t.catalog.inProgramme}</span>}
      </div>
      <ModuleFacts module={m} />
      <button
        type="button"
        className="catalog-add"
        aria-label={t.catalog.addNamed(title)}
        onClick={() => onAdd(m)}
      >
        {t.catalog.add}
      </button>
    </>
  );
});
