import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { CatalogPanel } from '../catalog/CatalogPanel';
import { Header } from '../common/Header';
import { useMessages } from '../common/use-messages';
import { DiagnosticsPanel } from '../diagnostics/DiagnosticsPanel';
import { ProgramPanel } from '../program/ProgramPanel';

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
      <Header />
      {status === 'ready' ? (
        <main className="workspace">
          <CatalogPanel />
          <ProgramPanel />
          <DiagnosticsPanel />
        </main>
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
