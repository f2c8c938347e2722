import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import type { Diagnostic } from '../../domain/diagnostics';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { selectDiagnostics, selectProgram } from '../../store/selectors';
import { Region } from '../common/Region';
import { useMessages, useToday } from '../common/use-messages';
import { stageDragId } from '../editor/drag-data';
import { StageView } from './StageView';

/** The programme canvas: its stages in order; everything about the programme as a whole is in the header. */
export function ProgramPanel() {
  const { t, lang } = useMessages();
  const today = useToday();
  const program = useAppStore(selectProgram);
  const diagnostics = useAppStore((s) => selectDiagnostics(s, today));
  const problemsAt = useMemo(() => {
    const by = new Map<string, Diagnostic[]>();
    for (const d of diagnostics)
      if (!d.waived) (by.get(d.pointer) ?? by.set(d.pointer, []).get(d.pointer)!).push(d);
    const none: Diagnostic[] = [];
    return (pointer: string) => by.get(pointer) ?? none;
  }, [diagnostics]);
  return (
    <Region title={t.program.region} className="program">
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
                problemsAt={problemsAt}
              />
            ))}
          </SortableContext>
        </>
      )}
    </Region>
  );
}
