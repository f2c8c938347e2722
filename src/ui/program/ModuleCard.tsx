import { useDndContext, useDroppable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Diagnostic } from '../../domain/diagnostics';
import type { ModuleRef } from '../../domain/model';
import { resolveModule } from '../../domain/network-index';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { ModuleFacts } from '../catalog/ModuleFacts';
import { useMessages } from '../common/use-messages';
import { alternativeDropId, itemDragId } from '../editor/drag-data';
import { ItemActions } from './ItemActions';

interface Props {
  refTo: ModuleRef;
  pointer: string;
  problems: readonly Diagnostic[];
  /** Members of a group cannot take alternatives themselves: the group already is the choice. */
  acceptsAlternative: boolean;
}

/** A module in the programme: draggable by mouse and keyboard, selectable, with its problems marked. */
export function ModuleCard({ refTo, pointer, problems, acceptsAlternative }: Props) {
  const { t, count, lang } = useMessages();
  const module = useAppStore((s) =>
    s.network ? resolveModule(s.network.index, refTo.module, refTo.version) : undefined,
  );
  const selected = useAppStore((s) => s.selection.kind === 'item' && s.selection.pointer === pointer);
  const select = useAppStore((s) => s.select);
  const title = module ? localize(module.title, lang) : t.program.unknownModule(refTo.module);
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: itemDragId(pointer),
    data: { kind: 'item', pointer },
    attributes: { role: 'listitem', roleDescription: t.editor.dnd.roleDescription },
  });
  const worst = problems.some((d) => d.severity === 'error')
    ? 'error'
    : problems.length
      ? 'warning'
      : undefined;
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
      <h4>
        <button
          type="button"
          className="link card-title"
          aria-label={t.editor.card.select(title)}
          onClick={() => select({ kind: 'item', pointer })}
          onKeyDown={(e) => e.stopPropagation()}
        >
          {title}
        </button>
        {worst && <span className={`badge ${worst}`}>{count(problems.length, t.program.problems)}</span>}
      </h4>
      {module && <ModuleFacts module={module} />}
      <ItemActions pointer={pointer} title={title} />
      {acceptsAlternative && <AlternativeZone pointer={pointer} />}
    </li>
  );
}

/** While something is dragged, a strip on each card takes it as an alternative (a "choose 1 of 2" group). */
export function AlternativeZone({ pointer }: { pointer: string }) {
  const { t } = useMessages();
  const { active } = useDndContext();
  const { setNodeRef, isOver } = useDroppable({
    id: alternativeDropId(pointer),
    data: { kind: 'alternative', pointer },
  });
  const source = active?.data.current as { kind?: string; pointer?: string } | undefined;
  if (!active || source?.kind === 'stage' || source?.pointer === pointer) return null;
  return (
    <div ref={setNodeRef} className={`alternative-zone ${isOver ? 'over' : ''}`}>
      {t.editor.card.alternative}
    </div>
  );
}
