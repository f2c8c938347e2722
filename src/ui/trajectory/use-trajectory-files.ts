import { useCallback } from 'react';
import type { Diagnostic } from '../../domain/diagnostics';
import { trajectoryDocument } from '../../domain/documents/trajectory-document';
import { TRAJECTORY_STRINGS } from '../../i18n/documents';
import type { Lang } from '../../i18n/lang';
import { loadFile } from '../../io/load';
import { useAppStore } from '../../store';
import { selectScheduledTrajectory } from '../../store/schedule-selector';
import { openFile, saveFile } from '../common/files';

export type OpenOutcome =
  | { status: 'opened'; name: string }
  | { status: 'refused'; name: string; diagnostics: Diagnostic[] }
  | { status: 'cancelled' };

const baseName = () => `trajectory-${useAppStore.getState().planForm.start}`;

/** The printable document, built only when asked for: its code is not part of the first load. */
async function documentHtml(lang: Lang): Promise<string | undefined> {
  const state = useAppStore.getState();
  const trajectory = selectScheduledTrajectory(state);
  const index = state.network?.index;
  if (!trajectory || !index) return undefined;
  const { renderHtmlDocument } = await import('../../io/html-document');
  return renderHtmlDocument(trajectoryDocument(trajectory, index, lang, TRAJECTORY_STRINGS[lang]));
}

/** Saving the trajectory (JSON with dates, calendar, document) and opening a saved one. */
export function useTrajectoryFiles() {
  const saveJson = useCallback(async () => {
    const trajectory = selectScheduledTrajectory(useAppStore.getState());
    if (!trajectory) return;
    const text = `${JSON.stringify(trajectory, null, 2)}\n`;
    await saveFile(new Blob([text], { type: 'application/json' }), `${baseName()}.json`, '.json');
  }, []);

  const saveIcs = useCallback(async (lang: Lang) => {
    const state = useAppStore.getState();
    const trajectory = selectScheduledTrajectory(state);
    if (!trajectory || !state.network) return;
    const { trajectoryToIcs } = await import('../../io/ical');
    const text = trajectoryToIcs(trajectory, state.network.index, { lang });
    await saveFile(new Blob([text], { type: 'text/calendar' }), `${baseName()}.ics`, '.ics');
  }, []);

  const saveDocument = useCallback(async (lang: Lang) => {
    const html = await documentHtml(lang);
    if (html) await saveFile(new Blob([html], { type: 'text/html' }), `${baseName()}-${lang}.html`, '.html');
  }, []);

  /** Prints from a hidden frame, so the trainee's page stays as it is. */
  const printDocument = useCallback(async (lang: Lang) => {
    const html = await documentHtml(lang);
    if (!html) return;
    const frame = document.createElement('iframe');
    frame.className = 'print-frame';
    frame.title = 'print';
    frame.srcdoc = html;
    frame.onload = () => {
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 1000);
    };
    document.body.append(frame);
  }, []);

  const openTrajectory = useCallback(async (): Promise<OpenOutcome> => {
    let file: File;
    try {
      file = await openFile({ mimeTypes: ['application/json'], extensions: ['.json'] });
    } catch {
      return { status: 'cancelled' };
    }
    const loaded = loadFile(new Uint8Array(await file.arrayBuffer()), { expect: ['trajectory'] });
    if (!loaded.ok || loaded.value.kind !== 'trajectory')
      return { status: 'refused', name: file.name, diagnostics: loaded.diagnostics };
    useAppStore.getState().openTrajectory(loaded.value);
    return { status: 'opened', name: file.name };
  }, []);

  return { saveJson, saveIcs, saveDocument, printDocument, openTrajectory };
}
