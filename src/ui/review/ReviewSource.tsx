import { openFile } from '../common/files';
import { useState } from 'react';
import type { Program } from '../../domain/model';
import { useAppStore } from '../../store';
import type { Reviewed } from '../../store/review-slice';
import { selectProgram } from '../../store/selectors';
import { Region } from '../common/Region';
import { REVIEWER } from '../../i18n/ui/reviewer';
import { useMessages } from '../common/use-messages';

/** The programme open in the editor, with the digest its documents would carry. */
export async function reviewEditorProgramme(program: Program, setReviewed: (r: Reviewed) => void) {
  const { programDigest } = await import('../../io/review-package');
  setReviewed({ program, digest: await programDigest(program) });
}

type Verification =
  | { status: 'none' }
  | { status: 'verified'; name: string }
  | { status: 'tampered'; name: string; lines: string[] }
  | { status: 'unreadable'; name: string; reason: string };

/** Which programme is under review, and whether the package it came in is exactly what was exported. */
export function ReviewSource() {
  const { lang } = useMessages();
  const rv = REVIEWER[lang];
  const editing = useAppStore(selectProgram);
  const reviewed = useAppStore((s) => s.reviewed);
  const setReviewed = useAppStore((s) => s.setReviewed);
  const [verification, setVerification] = useState<Verification>({ status: 'none' });

  const openPackage = async () => {
    let file: File;
    try {
      file = await openFile({ extensions: ['.zip'], mimeTypes: ['application/zip'] });
    } catch {
      return; // The user closed the dialog.
    }
    const { verifyPackage } = await import('../../io/review-package');
    const result = await verifyPackage(new Uint8Array(await file.arrayBuffer()));
    const name = file.name;
    if (result.status === 'verified') {
      setReviewed({ program: result.program, packageName: name, digest: result.manifest.programDigest });
      return setVerification({ status: 'verified', name });
    }
    if (result.status === 'unreadable')
      return setVerification({
        status: 'unreadable',
        name,
        reason: rv.unreadableReasons[result.reason] ?? result.reason,
      });
    const lines = result.problems.map((p) =>
      p.kind === 'changed'
        ? rv.changed(p.path)
        : p.kind === 'missing'
          ? rv.missing(p.path)
          : p.kind === 'unexpected'
            ? rv.unexpected(p.path)
            : p.kind === 'program-digest'
              ? rv.programDigest
              : rv.container,
    );
    setVerification({ status: 'tampered', name, lines });
  };

  return (
    <Region title={rv.reviewing} className="review-source">
      <div className="button-column">
        <button
          type="button"
          disabled={!editing}
          aria-pressed={Boolean(reviewed && !reviewed.packageName)}
          onClick={() => {
            if (editing) void reviewEditorProgramme(editing, setReviewed);
            setVerification({ status: 'none' });
          }}
        >
          {rv.fromEditor}
        </button>
        <button type="button" onClick={() => void openPackage()}>
          {rv.openPackage}
        </button>
      </div>
      {verification.status === 'verified' && (
        <p role="status" className="verified">
          {rv.verified(verification.name)}
        </p>
      )}
      {verification.status === 'tampered' && (
        <div role="alert" className="no-plan">
          <p>
            <strong>{rv.tampered(verification.name)}</strong>
          </p>
          <ul>
            {verification.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {verification.status === 'unreadable' && (
        <p role="alert" className="no-plan">
          {rv.unreadable(verification.name, verification.reason)}
        </p>
      )}
      {reviewed?.digest && <p className="muted digest">{rv.digest(reviewed.digest)}</p>}
    </Region>
  );
}
