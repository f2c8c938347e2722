import { useDroppable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type RefObject } from 'react';
import type { Id, Module, ModuleRef, Severity } from '../../domain/model';
import { resolveModule } from '../../domain/network-index';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { selectCommentsByModule } from '../../store/selectors';
import { ModuleFacts } from '../catalog/ModuleFacts';
import { useMessages } from '../common/use-messages';
import { alternativeDropId, itemDragId } from '../editor/drag-data';
import { ItemActions, stop, useItemPlace, type ItemPlace } from './ItemActions';

/** Problems on one card, as primitives so unchanged cards skip re-rendering on every validation. */
export interface CardProblems {
  count: number;
  worst?: Severity;
}

interface Props {
  refTo: ModuleRef;
  pointer: string;
  /** The card's name that follows it through edits (see item-keys.ts). */
  dragKey: string;
  problems: CardProblems;
  stageId: Id;
  item: number;
  member?: number;
  siblings: number;
  /** Stages before and after its own, which a stage item can move on into (a group's member cannot). */
  stageBefore?: boolean;
  stageAfter?: boolean;
}

/**
 * A module in the programme: draggable by mouse and keyboard, selectable, with its problems marked. dnd-kit
 * re-renders every sortable when a drag starts or ends, so this shell stays thin and the body is memoised.
 */
export const ModuleCard = memo(function ModuleCard(props: Props) {
  const { t, lang } = useMessages();
  const { refTo, pointer, dragKey, problems, stageId, item, member, siblings, stageBefore, stageAfter } =
    props;
  const module = useAppStore((s) =>
    s.network ? resolveModule(s.network.index, refTo.module, refTo.version) : undefined,
  );
  const selected = useAppStore((s) => s.selection.kind === 'item' && s.selection.pointer === pointer);
  const title = module ? localize(module.title, lang) : t.program.unknownModule(refTo.module);
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: itemDragId(dragKey),
    data: { kind: 'item', pointer },
    attributes: { role: 'listitem', roleDescription: t.editor.dnd.roleDescription },
  });
  // A member of a group takes no alternatives of its own (the group does); the hook stays, as hooks must.
  const alternative = useAlternativeZone(dragKey, pointer, member !== undefined);
  const worst = problems.worst === 'info' ? undefined : problems.worst;
  const place = useItemPlace({ pointer, stageId, item, member });
  const position = member ?? item;
  return (
    <li
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-label={title}
      aria-current={selected || undefined}
      data-pointer={pointer}
      className={`card item-card ${worst ?? ''} ${selected ? 'selected' : ''} ${isDragging ? 'dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <CardBody
        place={place}
        first={position === 0 && !stageBefore}
        last={position === siblings - 1 && !stageAfter}
        member={member !== undefined}
        count={problems.count}
        module={module}
        title={title}
        worst={worst}
        alternativeRef={alternative.setNodeRef}
        overAlternative={alternative.isOver}
      />
    </li>
  );
});

/**
 * What the card shows. Its props say nothing of where the card is beyond first and last, so a drop that moves
 * the cards below it re-renders none of their bodies; the buttons read the current place when pressed.
 */
const CardBody = memo(function CardBody({
  place,
  first,
  last,
  member,
  count: problemCount,
  module,
  title,
  worst,
  alternativeRef,
  overAlternative,
}: {
  place: RefObject<ItemPlace>;
  first: boolean;
  last: boolean;
  /** A group's member (groups take alternatives, their members do not). */
  member: boolean;
  count: number;
  module?: Module;
  title: string;
  worst?: Severity;
  alternativeRef: (node: HTMLElement | null) => void;
  overAlternative: boolean;
}) {
  const { t, count } = useMessages();
  const select = useAppStore((s) => s.select);
  const comments = useAppStore(
    (s) =>
      selectCommentsByModule(s)
        .get(module?.id ?? '')
        ?.filter((c) => !c.comment.resolved).length ?? 0,
  );
  return (
    <>
      <h4>
        <button
          type="button"
          className="link card-title"
          aria-label={t.editor.card.select(title)}
          onClick={() => select({ kind: 'item', pointer: place.current.pointer })}
          onKeyDown={stop}
        >
          {title}
        </button>
        {worst && <span className={`badge ${worst}`}>{count(problemCount, t.program.problems)}</span>}
        {comments > 0 && <span className="badge comment">{t.review.badge(comments)}</span>}
      </h4>
      {module && <ModuleFacts module={module} />}
      <ItemActions place={place} title={title} first={first} last={last} />
      {!member && <AlternativeStrip setNodeRef={alternativeRef} isOver={overAlternative} />}
    </>
  );
});

/**
 * The place on each card (and group) that takes a dragged module as an alternative (a "choose 1 of 2"
 * group). It is registered once and shown by CSS only while a drag is on: registering hundreds of drop
 * places at every drag start would stall the page. The hook lives in the card's own sortable shell, which
 * dnd-kit re-renders anyway, rather than in a component of its own that would be re-rendered as well.
 */
export function useAlternativeZone(dragKey: string, pointer: string, disabled = false) {
  return useDroppable({ id: alternativeDropId(dragKey), data: { kind: 'alternative', pointer }, disabled });
}

export function AlternativeStrip({
  setNodeRef,
  isOver,
}: {
  setNodeRef: (node: HTMLElement | null) => void;
  isOver: boolean;
}) {
  const { t } = useMessages();
  return (
    <div ref={setNodeRef} className={`alternative-zone ${isOver ? 'over' : ''}`}>
      {t.editor.card.alternative}
    </div>
  );
}
