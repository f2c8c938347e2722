import { useEffect, useRef, useState } from 'react';
import type { LibrarySummary } from '../../io/persistence/library-db';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';
import { withTranslation } from '../inspector/localized-field';

/** The saved programmes: open, rename, duplicate, delete (with undo). A modal dialog, so focus stays inside. */
export function LibraryButton() {
  const { t } = useMessages();
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) ref.current?.showModal?.();
    else ref.current?.close?.();
  }, [open]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t.library.open}
      </button>
      <dialog
        ref={ref}
        aria-labelledby="library-title"
        className="library-dialog"
        onClose={() => setOpen(false)}
      >
        {open && <LibraryList onOpened={() => setOpen(false)} />}
      </dialog>
    </>
  );
}

function LibraryList({ onOpened }: { onOpened: () => void }) {
  const { t } = useMessages();
  const summaries = useAppStore((s) => s.summaries);
  const recentlyDeleted = useAppStore((s) => s.recentlyDeleted);
  const { undoDelete, refreshLibrary } = useAppStore.getState();
  const { lang } = useMessages();
  useEffect(() => void refreshLibrary(), [refreshLibrary]);
  return (
    <>
      <div className="region-head">
        <h2 id="library-title">{t.library.region}</h2>
        <button type="button" onClick={onOpened}>
          {t.library.close}
        </button>
      </div>
      {recentlyDeleted && (
        <p role="status" className="button-row">
          {t.library.deleted(localize(recentlyDeleted.title, lang))}
          <button type="button" onClick={() => void undoDelete()}>
            {t.library.undoDelete}
          </button>
        </p>
      )}
      {summaries.length === 0 ? (
        <p className="muted">{t.library.empty}</p>
      ) : (
        <ul className="library-list" aria-label={t.library.region}>
          {summaries.map((s) => (
            <LibraryItem key={s.key} summary={s} onOpened={onOpened} />
          ))}
        </ul>
      )}
      <ImportedCatalogs />
    </>
  );
}

/** Partner catalogs the user added to the network; they are kept between visits until removed here. */
function ImportedCatalogs() {
  const { t } = useMessages();
  const imported = useAppStore((s) => s.importedCatalogs);
  const { removeImportedCatalog } = useAppStore.getState();
  if (imported.length === 0) return null;
  return (
    <section aria-labelledby="imported-catalogs-title" className="imported-catalogs">
      <h3 id="imported-catalogs-title">{t.library.importedCatalogs}</h3>
      <ul className="library-list">
        {imported.map(({ source, catalog }) => (
          <li key={source}>
            <span>
              {t.library.importedCatalog(source, catalog.modules.length, catalog.competencies.length)}
            </span>
            <button
              type="button"
              aria-label={t.library.removeCatalog(source)}
              onClick={() => removeImportedCatalog(source)}
            >
              {t.library.removeCatalogAction}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LibraryItem({ summary, onOpened }: { summary: LibrarySummary; onOpened: () => void }) {
  const { t, lang } = useMessages();
  const { openFromLibrary, renameInLibrary, duplicateInLibrary, deleteFromLibrary } = useAppStore.getState();
  const current = useAppStore((s) => s.document?.key === summary.key);
  const title = localize(summary.title, lang);
  const [renaming, setRenaming] = useState<string>();
  return (
    <li aria-label={title} aria-current={current || undefined}>
      {renaming === undefined ? (
        <button
          type="button"
          className="link"
          aria-label={t.library.openItem(title)}
          onClick={() => void openFromLibrary(summary.key).then(onOpened)}
        >
          <strong>{title}</strong>
        </button>
      ) : (
        <form
          className="button-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (renaming.trim())
              void renameInLibrary(
                summary.key,
                withTranslation(summary.title, lang, renaming.trim()) ?? renaming.trim(),
              );
            setRenaming(undefined);
          }}
        >
          <label>
            {t.library.newName} <input value={renaming} onChange={(e) => setRenaming(e.target.value)} />
          </label>
          <button type="submit">{t.library.saveName}</button>
        </form>
      )}
      <span className="muted">
        {t.program.type[summary.programType]} · {t.library.modules(summary.modules)} ·{' '}
        {t.library.savedAt(new Date(summary.savedAt).toLocaleString(lang))}
      </span>
      <span className="button-row">
        <button type="button" aria-label={t.library.rename(title)} onClick={() => setRenaming(title)}>
          {t.library.actions.rename}
        </button>
        <button
          type="button"
          aria-label={t.library.duplicate(title)}
          onClick={() => void duplicateInLibrary(summary.key, t.library.copySuffix)}
        >
          {t.library.actions.duplicate}
        </button>
        <button
          type="button"
          aria-label={t.library.remove(title)}
          onClick={() => void deleteFromLibrary(summary.key)}
        >
          {t.library.actions.remove}
        </button>
      </span>
    </li>
  );
}
