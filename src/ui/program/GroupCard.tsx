import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ElectiveGroup, Id } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';
import { itemDragId } from '../editor/drag-data';
import { ItemActions, stop, useItemPlace } from './ItemActions';
import { AlternativeStrip, ModuleCard, useAlternativeZone, type CardProblems } from './ModuleCard';

interface Props {
  group: ElectiveGroup;
  pointer: string;
  /** The group's name that follows it through edits (see item-keys.ts). */
  dragKey: string;
  stageId: Id;
  item: number;
  siblings: number;
  stageBefore: boolean;
  stageAfter: boolean;
  problemsAt: (pointer: string) => CardProblems;
  keyAt: (pointer: string) => string;
}

/** An elective group: "choose k of n", a nested list of its members, each draggable in and out. */
export function GroupCard(props: Props) {
  const { group, pointer, dragKey, stageId, item, siblings, stageBefore, stageAfter, problemsAt, keyAt } =
    props;
  const { t, lang } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const label =
    `${localize(group.title, lang) || ''} ${t.program.elective(group.choose, group.of.length)}`.trim();
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: itemDragId(dragKey),
    data: { kind: 'item', pointer },
    attributes: { role: 'listitem', roleDescription: t.editor.dnd.roleDescription },
  });
  const alternative = useAlternativeZone(dragKey, pointer);
  const place = useItemPlace({ pointer, stageId, item });
  const members = group.of.map((_, j) => `${pointer}/of/${j}`);
  const keys = members.map(keyAt);
  return (
    <li
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-label={label}
      data-pointer={pointer}
      className={`elective ${problemsAt(pointer).count ? 'error' : ''} ${isDragging ? 'dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="elective-head">
        <label>
          {t.editor.group.choose}
          <select
            value={group.choose}
            onChange={(e) => edit({ op: 'set-choose', pointer, choose: Number(e.target.value) })}
            onKeyDown={stop}
            onPointerDown={stop}
          >
            {group.of.map((_, k) => (
              <option key={k} value={k + 1}>
                {k + 1}
              </option>
            ))}
            {/* The file's own count when it asks for more than the group holds, so the control shows what the
                group says (the diagnostics explain why it cannot be met). */}
            {group.choose > group.of.length && <option value={group.choose}>{group.choose}</option>}
          </select>
        </label>
        <span className="elective-rule">{label}</span>
        <button
          type="button"
          onClick={() => edit({ op: 'ungroup', pointer })}
          onKeyDown={stop}
          onPointerDown={stop}
        >
          {t.editor.group.ungroup}
        </button>
        <ItemActions
          place={place}
          title={label}
          first={item === 0 && !stageBefore}
          last={item === siblings - 1 && !stageAfter}
        />
      </div>
      <SortableContext items={keys.map(itemDragId)} strategy={verticalListSortingStrategy}>
        <ul aria-label={label} className="card-list">
          {group.of.map((ref, j) => (
            <ModuleCard
              key={keys[j]}
              dragKey={keys[j]!}
              refTo={ref}
              pointer={members[j]!}
              problems={problemsAt(members[j]!)}
              stageId={stageId}
              item={item}
              member={j}
              siblings={group.of.length}
            />
          ))}
        </ul>
      </SortableContext>
      <AlternativeStrip setNodeRef={alternative.setNodeRef} isOver={alternative.isOver} />
    </li>
  );
}
