import type * as FsAccess from 'browser-fs-access';
import type { FirstFileOpenOptions } from 'browser-fs-access';

// Loaded when a file is first opened or saved, not with the page: the first paint does not need it. The
// browser lets a picker open within seconds of the click, far longer than this small chunk takes to load.
let fsAccess: Promise<typeof FsAccess> | undefined;
const loadFsAccess = () => (fsAccess ??= import('browser-fs-access'));

/** The browser's open dialog (or a file input where there is none); rejects when the user closes it. */
export async function openFile(options: FirstFileOpenOptions<false>): Promise<File> {
  const { fileOpen } = await loadFsAccess();
  return fileOpen(options);
}

/**
 * Saves through the browser's save dialog where there is one, else as a download. Closing the dialog is the
 * user's choice, not an error, so it is not reported.
 */
export async function saveFile(blob: Blob, fileName: string, extension: string, description?: string) {
  const { fileSave } = await loadFsAccess();
  try {
    await fileSave(blob, { fileName, extensions: [extension], ...(description ? { description } : {}) });
  } catch {
    // The user closed the save dialog: nothing to do.
  }
}
