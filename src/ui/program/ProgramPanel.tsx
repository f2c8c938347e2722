import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import type { CardProblems } from './ModuleCard';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { selectDiagnostics, selectProgram } from '../../store/selectors';
import { Region } from '../common/Region';
import { useMessages, useToday } from '../common/use-messages';
import { stageDragId } from '../editor/drag-data';
import { shownItemKeys } from './item-keys';
import { StageView } from './StageView';

// One object for every problem-free card, across validations, so their memoised bodies skip rendering.
const NO_PROBLEMS: CardProblems = { count: 0 };
const LAZY_FROM = 100;

/** The programme canvas: its stages in order; everything about the programme as a whole is in the header. */
export function ProgramPanel() {
  const { t, lang } = useMessages();
  const today = useToday();
  const program = useAppStore(selectProgram);
  // Which drop zones show: alternatives for modules and groups, none while a stage is moved.
  const dragging = useAppStore((s) =>
    s.dragging ? (s.dragging.kind === 'stage' ? 'stage' : 'item') : 'none',
  );
  const diagnostics = useAppStore((s) => selectDiagnostics(s, today));
  // Past this many modules, only the stages near the viewport mount their cards.
  const lazy = (program?.stages.reduce((n, s) => n + s.items.length, 0) ?? 0) > LAZY_FROM;
  const problemsAt = useMemo(() => {
    const by = new Map<string, CardProblems>();
    const rank = { error: 0, warning: 1, info: 2 } as const;
    for (const d of diagnostics) {
      if (d.waived) continue;
      const p = by.get(d.pointer) ?? by.set(d.pointer, { count: 0 }).get(d.pointer)!;
      p.count++;
      if (p.worst === undefined || rank[d.severity] < rank[p.worst]) p.worst = d.severity;
    }
    return (pointer: string) => by.get(pointer) ?? NO_PROBLEMS;
  }, [diagnostics]);
  const keyAt = useMemo(() => {
    const keys = program ? shownItemKeys(program) : undefined;
    return (pointer: string) => keys?.get(pointer) ?? pointer;
  }, [program]);
  return (
    <Region title={t.program.region} className={`program drag-${dragging}`}>
      {program && (
        <>
          <p className="program-title">
            <strong>{localize(program.title, lang)}</strong>{' '}
            <span className="muted">· {t.program.type[program.programType]}</span>
          </p>
          <SortableContext
            items={program.stages.map((s) => stageDragId(s.id))}
            strategy={verticalListSortingStrategy}
          >
            {program.stages.map((stage, i) => (
              <StageView
                key={stage.id}
                stage={stage}
                index={i}
                count={program.stages.length}
                lazy={lazy}
                problemsAt={problemsAt}
                keyAt={keyAt}
              />
            ))}
          </SortableContext>
        </>
      )}
    </Region>
  );
}
