import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';

// One time format per language: building Intl formatters on every render is needlessly slow.
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function time(iso: string, lang: string): string {
  let format = timeFormats.get(lang);
  if (!format)
    timeFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' })));
  return format.format(new Date(iso));
}

/** Whether the work is safe, said plainly; a failure or a conflict is an alert with a way out. */
export function SaveStatus() {
  const { t, lang } = useMessages();
  const state = useAppStore((s) => s.saveState);
  // Refused storage is a fact about the browser, not about the open programme: always say it.
  const refused = useAppStore((s) => s.library?.available === false);
  const document = useAppStore((s) => s.document);
  const s = t.library.status;
  if (refused)
    return (
      <p className="save-status failed" role="alert">
        {s.unavailable}
      </p>
    );
  if (state.status === 'conflict') return <ConflictChoice documentKey={document?.key} />;
  if (state.status === 'failed') {
    const text =
      state.reason === 'quota'
        ? s.quota
        : state.reason === 'unavailable'
          ? s.unavailable
          : s.failed(state.message);
    return (
      <p className="save-status failed" role="alert">
        {text}
      </p>
    );
  }
  const text =
    state.status === 'saved'
      ? s.saved(time(state.at, lang))
      : state.status === 'saving'
        ? s.saving
        : s.unsaved;
  return (
    <p className={`save-status ${state.status}`} role="status">
      {text}
    </p>
  );
}

function ConflictChoice({ documentKey }: { documentKey?: string }) {
  const { t } = useMessages();
  const { openFromLibrary, keepMineAsCopy } = useAppStore.getState();
  return (
    <div className="save-status conflict" role="alert">
      <p>{t.library.status.conflict}</p>
      <div className="button-row">
        <button type="button" onClick={() => documentKey && void openFromLibrary(documentKey)}>
          {t.library.status.loadTheirs}
        </button>
        <button type="button" onClick={() => void keepMineAsCopy(t.library.copySuffix)}>
          {t.library.status.keepMine}
        </button>
      </div>
    </div>
  );
}
