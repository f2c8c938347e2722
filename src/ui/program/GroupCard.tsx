import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Diagnostic } from '../../domain/diagnostics';
import type { ElectiveGroup } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';
import { itemDragId } from '../editor/drag-data';
import { AlternativeZone, ModuleCard } from './ModuleCard';
import { ItemActions } from './ItemActions';

/** An elective group: "choose k of n", a nested list of its members, each draggable in and out. */
export function GroupCard({
  group,
  pointer,
  problemsAt,
}: {
  group: ElectiveGroup;
  pointer: string;
  problemsAt: (p: string) => Diagnostic[];
}) {
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
  const problems = problemsAt(pointer);
  return (
    <li
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-label={label}
      data-pointer={pointer}
      className={`elective ${problems.length ? 'error' : ''} ${isDragging ? 'dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="elective-head">
        <label>
          {t.editor.group.choose}
          <select
            value={group.choose}
            onChange={(e) => edit({ op: 'set-choose', pointer, choose: Number(e.target.value) })}
            onKeyDown={(e) => e.stopPropagation()}
            onPointerDown={(e) => e.stopPropagation()}
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
          onKeyDown={(e) => e.stopPropagation()}
          onPointerDown={(e) => e.stopPropagation()}
        >
          {t.editor.group.ungroup}
        </button>
        <ItemActions pointer={pointer} title={label} />
      </div>
      <SortableContext items={members.map(itemDragId)} strategy={verticalListSortingStrategy}>
        <ul aria-label={label} className="card-list">
          {group.of.map((ref, j) => (
            <ModuleCard
              key={members[j]}
              refTo={ref}
              pointer={members[j]!}
              problems={problemsAt(members[j]!)}
              acceptsAlternative={false}
            />
          ))}
        </ul>
      </SortableContext>
      <AlternativeZone pointer={pointer} />
    </li>
  );
}
