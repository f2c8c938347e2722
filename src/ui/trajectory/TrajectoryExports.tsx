import { useState } from 'react';
import type { Lang } from '../../i18n/lang';
import { diagnosticMessage } from '../../i18n/render-diagnostic';
import { useAppStore } from '../../store';
import { DocumentLanguage } from '../common/DocumentLanguage';
import { Region } from '../common/Region';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { useTrajectoryFiles, type OpenOutcome } from './use-trajectory-files';

/** Save the trajectory, its calendar and its document (in either language), or open a saved one. */
export function TrajectoryExports() {
  const { f, lang } = useMessages();
  const tr = TRAINEE[lang];
  const hasTrajectory = useAppStore((s) => s.trajectory !== null);
  const files = useTrajectoryFiles();
  const [docLang, setDocLang] = useState<Lang>(lang);
  const [opened, setOpened] = useState<OpenOutcome>({ status: 'cancelled' });
  return (
    <Region title={tr.exports} className="exports">
      <DocumentLanguage value={docLang} onChange={setDocLang} />
      <div className="button-column">
        <button type="button" disabled={!hasTrajectory} onClick={() => void files.saveJson()}>
          {tr.saveJson}
        </button>
        <button type="button" disabled={!hasTrajectory} onClick={() => void files.saveIcs(docLang)}>
          {tr.saveIcs}
        </button>
        <button type="button" disabled={!hasTrajectory} onClick={() => void files.printDocument(docLang)}>
          {tr.printDocument}
        </button>
        <button type="button" disabled={!hasTrajectory} onClick={() => void files.saveDocument(docLang)}>
          {tr.saveDocument}
        </button>
        <button type="button" onClick={async () => setOpened(await files.openTrajectory())}>
          {tr.openTrajectory}
        </button>
      </div>
      {opened.status === 'opened' && <p role="status">{tr.opened(opened.name)}</p>}
      {opened.status === 'refused' && (
        <div role="alert">
          <p>{tr.openFailed(opened.name)}</p>
          <ul>
            {opened.diagnostics.map((d, i) => (
              <li key={i}>{diagnosticMessage(d, f)}</li>
            ))}
          </ul>
        </div>
      )}
    </Region>
  );
}
