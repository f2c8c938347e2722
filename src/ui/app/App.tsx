import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { CatalogPanel } from '../catalog/CatalogPanel';
import { Header } from '../common/Header';
import { useMessages } from '../common/use-messages';
import { DiagnosticsPanel } from '../diagnostics/DiagnosticsPanel';
import { EditorDnd } from '../editor/EditorDnd';
import { OpenProgramme } from '../editor/OpenProgramme';
import { Toolbar } from '../editor/Toolbar';
import { useRevealSelection, useShortcuts } from '../editor/use-shortcuts';
import { InspectorPanel } from '../inspector/InspectorPanel';
import { ProgramHeader } from '../program/ProgramHeader';
import { ProgramPanel } from '../program/ProgramPanel';

function Editor() {
  useShortcuts();
  useRevealSelection();
  return (
    <EditorDnd>
      <div className="editor-bar">
        <Toolbar />
        <OpenProgramme />
      </div>
      <ProgramHeader />
      <main className="workspace" id="editor">
        <CatalogPanel />
        <ProgramPanel />
        <div className="side">
          <InspectorPanel />
          <DiagnosticsPanel />
        </div>
      </main>
    </EditorDnd>
  );
}

export function App() {
  const { t, lang } = useMessages();
  const status = useAppStore((s) => s.networkStatus);
  const error = useAppStore((s) => s.networkError);
  const load = useAppStore((s) => s.loadSampleNetwork);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.app.title;
  }, [lang, t]);
  return (
    <>
      <a className="skip-link" href="#editor">
        {t.app.skipToEditor}
      </a>
      <Header />
      {status === 'ready' ? (
        <Editor />
      ) : (
        <main className="workspace-status">
          <p role={status === 'failed' ? 'alert' : 'status'}>
            {status === 'failed' ? `${t.app.loadFailed} ${error ?? ''}` : t.app.loading}
          </p>
        </main>
      )}
    </>
  );
}
