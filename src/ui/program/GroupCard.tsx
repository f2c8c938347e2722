import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ElectiveGroup, Id } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';
import { itemDragId } from '../editor/drag-data';
import { ItemActions, stop } from './ItemActions';
import { AlternativeZone, ModuleCard, type CardProblems } from './ModuleCard';

interface Props {
  group: ElectiveGroup;
  pointer: string;
  stageId: Id;
  item: number;
  siblings: number;
  problemsAt: (pointer: string) => CardProblems;
}

/** An elective group: "choose k of n", a nested list of its members, each draggable in and out. */
export function GroupCard({ group, pointer, stageId, item, siblings, problemsAt }: Props) {
  const { t, lang } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const label =
    `${localize(group.title, lang) || ''} ${t.program.elective(group.choose, group.of.length)}`.trim();
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: itemDragId(pointer),
    data: { kind: 'item', pointer },
    attributes: { role: 'listitem', roleDescription: t.editor.dnd.roleDescription },
  });
  const members = group.of.map((_, j) => `${pointer}/of/${j}`);
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
        <ItemActions pointer={pointer} title={label} stageId={stageId} item={item} siblings={siblings} />
      </div>
      <SortableContext items={members.map(itemDragId)} strategy={verticalListSortingStrategy}>
        <ul aria-label={label} className="card-list">
          {group.of.map((ref, j) => (
            <ModuleCard
              key={members[j]}
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
      <AlternativeZone pointer={pointer} />
    </li>
  );
}
