import { getItem } from '../../domain/edits';
import { latestModule, resolveModule } from '../../domain/network-index';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { Region } from '../common/Region';
import { useMessages } from '../common/use-messages';
import { ModuleDetails } from './ModuleDetails';
import { ProgramForm } from './ProgramForm';
import { StageForm } from './StageForm';

/** Shows and edits what is selected: a module (in the programme or the catalog), a stage, or the programme. */
export function InspectorPanel() {
  const { t } = useMessages();
  const program = useAppStore(selectProgram);
  const selection = useAppStore((s) => s.selection);
  const index = useAppStore((s) => s.network?.index);
  const select = useAppStore((s) => s.select);
  if (!program || !index) return null;
  let body = <ProgramForm program={program} />;
  if (selection.kind === 'stage') {
    const stage = program.stages.find((s) => s.id === selection.stageId);
    if (stage) body = <StageForm stage={stage} />;
  } else if (selection.kind === 'item') {
    const item = getItem(program, selection.pointer);
    const module = item && !('choose' in item) ? resolveModule(index, item.module, item.version) : undefined;
    if (module) body = <ModuleDetails module={module} program={program} pointer={selection.pointer} />;
  } else if (selection.kind === 'catalog-module') {
    const module = latestModule(index, selection.module);
    if (module) body = <ModuleDetails module={module} program={program} />;
  }
  return (
    <Region
      title={t.editor.inspector.region}
      className="inspector"
      aside={
        selection.kind !== 'program' ? (
          <button type="button" className="link" onClick={() => select({ kind: 'program' })}>
            {t.editor.inspector.back}
          </button>
        ) : undefined
      }
    >
      <div className="inspector-body">{body}</div>
    </Region>
  );
}
