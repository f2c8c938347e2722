import { Suspense, lazy, useCallback, useEffect, useMemo, type MouseEvent } from 'react';
import type { Module } from '../../domain/model';
import { useAppStore } from '../../store';
import { bootstrap } from '../../store/bootstrap';
import { useFocusKeeper } from '../common/use-focus-keeper';
import { filesWithErrors } from '../../store/library-slice';
import { selectProgram } from '../../store/selectors';
import { CatalogPanel } from '../catalog/CatalogPanel';
import { Header } from '../common/Header';
import { useMessages } from '../common/use-messages';
import { DiagnosticsPanel } from '../diagnostics/DiagnosticsPanel';
import { EditorDnd } from '../editor/EditorDnd';
import { OpenProgramme } from '../editor/OpenProgramme';
import { Toolbar } from '../editor/Toolbar';
import { useAddModule } from '../editor/use-add-module';
import { useRevealSelection, useShortcuts } from '../editor/use-shortcuts';
import { InspectorPanel } from '../inspector/InspectorPanel';
import { LibraryButton } from '../library/LibraryDialog';
import { SaveStatus } from '../library/SaveStatus';
import { ProgramHeader } from '../program/ProgramHeader';
import { ProgramPanel } from '../program/ProgramPanel';
import { ReviewCommentsPanel } from '../review/ReviewCommentsPanel';
import { NetworkProblems } from './NetworkProblems';

// The pictures are not needed for the first paint; loading them lazily keeps the initial script small.
const TraineeScreen = lazy(() => import('../trajectory/TraineeScreen'));
const ReviewerScreen = lazy(() => import('../review/ReviewerScreen'));
const PicturesPanel = lazy(() =>
  import('../pictures/PicturesPanel').then((m) => ({ default: m.PicturesPanel })),
);

/** The catalog with what it needs from the editor; its own subscriptions keep edits from re-rendering the whole editor. */
function CatalogPane() {
  const addModule = useAddModule();
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) =>
    s.selection.kind === 'catalog-module' ? s.selection.module : undefined,
  );
  const program = useAppStore(selectProgram);
  const inProgramme = useMemo(
    () =>
      new Set(
        program?.stages.flatMap((s) =>
          s.items.flatMap((i) => ('choose' in i ? i.of : [i]).map((r) => r.module)),
        ),
      ),
    [program],
  );
  const onSelect = useCallback((m: Module) => select({ kind: 'catalog-module', module: m.id }), [select]);
  return (
    <CatalogPanel
      onAdd={addModule}
      onSelect={onSelect}
      selectedModuleId={selected}
      inProgramme={inProgramme}
    />
  );
}

/** Keeps the selected module in view, in a component of its own so a new selection re-renders nothing else. */
function RevealSelection() {
  useRevealSelection();
  return null;
}

function Editor() {
  useShortcuts();
  return (
    <EditorDnd>
      <RevealSelection />
      <div className="editor-bar">
        <Toolbar />
        <div className="toolbar">
          <SaveStatus />
          <LibraryButton />
          <OpenProgramme />
        </div>
      </div>
      <ProgramHeader />
      <main className="workspace" id="editor">
        <CatalogPane />
        <ProgramPanel />
        <div className="side">
          <InspectorPanel />
          <DiagnosticsPanel />
          <ReviewCommentsPanel />
        </div>
      </main>
    </EditorDnd>
  );
}

/** What the network's files got wrong, though it opened: read once per network, not per edit. */
function LoadedNetworkProblems() {
  const network = useAppStore((s) => s.network);
  const files = useMemo(() => filesWithErrors(network?.files ?? []), [network]);
  return <NetworkProblems files={files} />;
}

/**
 * The skip link lands on the programme itself, past the catalog's hundreds of tab stops; in the trainee's and
 * the reviewer's screens, which have no programme panel, the link's own target (the main area) is used.
 */
function skipToProgramme(e: MouseEvent<HTMLAnchorElement>) {
  const programme = document.querySelector<HTMLElement>('.region.program');
  if (!programme) return;
  e.preventDefault();
  programme.focus();
  programme.scrollIntoView?.({ block: 'start' });
}

export function App() {
  const { t, lang } = useMessages();
  const status = useAppStore((s) =>
    s.networkStatus === 'ready' && !s.history ? 'loading' : s.networkStatus,
  );
  const error = useAppStore((s) => s.networkError);
  const failure = useAppStore((s) => s.networkFailure);
  const mode = useAppStore((s) => s.mode);
  useFocusKeeper();
  useEffect(() => {
    const stop = bootstrap(window.location);
    return () => void stop.then((f) => f());
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.app.title;
  }, [lang, t]);
  return (
    <>
      <a className="skip-link" href="#editor" onClick={skipToProgramme}>
        {t.app.skipToEditor}
      </a>
      {/* The editor fills the window whatever the toolbar's height (it wraps in Russian and on narrow
          screens); the pictures follow below it. */}
      <div className="app-screen">
        <Header />
        {status === 'ready' && <LoadedNetworkProblems />}
        {status === 'ready' && mode !== 'methodologist' ? (
          <Suspense fallback={<p role="status">{t.app.loading}</p>}>
            {mode === 'trainee' ? <TraineeScreen /> : <ReviewerScreen />}
          </Suspense>
        ) : status === 'ready' ? (
          <Editor />
        ) : (
          <main className="workspace-status">
            <p role={status === 'failed' ? 'alert' : 'status'}>
              {status === 'failed' ? `${t.app.loadFailed} ${error ?? ''}` : t.app.loading}
            </p>
            {status === 'failed' && failure && <NetworkProblems files={failure} failed />}
          </main>
        )}
      </div>
      {status === 'ready' && mode === 'methodologist' && (
        <div className="below">
          <Suspense fallback={null}>
            <PicturesPanel />
          </Suspense>
        </div>
      )}
    </>
  );
}
