import { useCallback } from 'react';
import type { Diagnostic } from '../../domain/diagnostics';
import type { CaseImportNotes } from '../../io/case-package';
import { isCasePackage } from '../../io/case-shape';
import { loadFile, readJsonText } from '../../io/load';
import { programFileName, programFileText } from '../../io/program-file';
import { localIsoDate } from '../../domain/dates';
import { useAppStore } from '../../store';
import { openFile, saveFile } from '../common/files';
import { selectProgram } from '../../store/selectors';

export type ImportOutcome =
  | { status: 'program'; name: string }
  | {
      status: 'catalog';
      name: string;
      diagnostics: Diagnostic[];
      /** The network's catalog it took the place of (same id or name). */
      replaced?: string;
      framework?: { competencies: number; notes: CaseImportNotes };
    }
  | { status: 'comments'; name: string; diagnostics: Diagnostic[]; count: number; programId: string }
  | { status: 'refused'; name: string; diagnostics: Diagnostic[] }
  | { status: 'cancelled' };

/**
 * Opening and saving files. A file is read through the same pipeline as the CLI; one that fails leaves the
 * open programme exactly as it was and says why.
 */
export function useFiles() {
  const importFile = useCallback(async (): Promise<ImportOutcome> => {
    let file: File;
    try {
      file = await openFile({ mimeTypes: ['application/json'], extensions: ['.json'], description: 'JSON' });
    } catch {
      return { status: 'cancelled' };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const loaded = loadFile(bytes, { expect: ['program', 'catalog', 'review-comments'] });
    const { openProgram, addCatalog, openReviewComments } = useAppStore.getState();
    if (!loaded.ok) {
      // A competency framework exported from another system (CASE) joins the network as a catalog.
      const read = readJsonText(bytes);
      if ('code' in read || !isCasePackage(read.value))
        return { status: 'refused', name: file.name, diagnostics: loaded.diagnostics };
      // Loaded for the rare CASE file only, not with the page.
      const { importCasePackage } = await import('../../io/case-package');
      const framework = importCasePackage(bytes);
      if (!framework.ok) return { status: 'refused', name: file.name, diagnostics: framework.diagnostics };
      return {
        status: 'catalog',
        name: file.name,
        ...addCatalog(file.name, framework.catalog),
        framework: { competencies: framework.catalog.competencies.length, notes: framework.notes },
      };
    }
    if (loaded.value.kind === 'program') {
      openProgram(loaded.value, undefined, { save: true });
      return { status: 'program', name: file.name };
    }
    if (loaded.value.kind === 'review-comments') {
      openReviewComments(loaded.value);
      const { comments, programId } = loaded.value;
      return { status: 'comments', name: file.name, diagnostics: [], count: comments.length, programId };
    }
    if (loaded.value.kind === 'catalog')
      return { status: 'catalog', name: file.name, ...addCatalog(file.name, loaded.value) };
    return { status: 'cancelled' };
  }, []);

  const exportProgram = useCallback(async () => {
    const program = selectProgram(useAppStore.getState());
    if (!program) return;
    const blob = new Blob([programFileText(program)], { type: 'application/json' });
    await saveFile(blob, programFileName(program), '.json', 'JSON');
  }, []);

  const exportComments = useCallback(async () => {
    const comments = useAppStore.getState().reviewComments;
    if (!comments) return;
    const blob = new Blob([`${JSON.stringify(comments, null, 2)}\n`], { type: 'application/json' });
    await saveFile(blob, `${comments.programId}.review-comments.json`, '.json');
  }, []);

  /** The review package: programme, documents in both languages, validation report, manifest of digests. */
  const exportReviewPackage = useCallback(async () => {
    const state = useAppStore.getState();
    const program = selectProgram(state);
    if (!program || !state.network) return;
    const { createReviewPackage } = await import('../../io/review-package');
    const now = new Date();
    const { zip } = await createReviewPackage(program, state.network.index, {
      langs: [state.lang, state.lang === 'ru' ? 'en' : 'ru'],
      asOf: localIsoDate(now),
      now,
    });
    const blob = new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    await saveFile(blob, `${program.id}.review.zip`, '.zip');
  }, []);

  return { importFile, exportProgram, exportComments, exportReviewPackage };
}
