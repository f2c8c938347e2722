import { fileSave } from 'browser-fs-access';

/**
 * Saves through the browser's save dialog where there is one, else as a download. Closing the dialog is the
 * user's choice, not an error, so it is not reported.
 */
export async function saveFile(blob: Blob, fileName: string, extension: string, description?: string) {
  try {
    await fileSave(blob, { fileName, extensions: [extension], ...(description ? { description } : {}) });
  } catch {
    // The user closed the save dialog: nothing to do.
  }
}
