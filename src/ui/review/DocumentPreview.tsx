import { useEffect, useState } from 'react';
import type { Lang } from '../../i18n/lang';
import { useAppStore } from '../../store';
import type { Reviewed } from '../../store/review-slice';
import { DocumentLanguage } from '../common/DocumentLanguage';
import { Region } from '../common/Region';
import { REVIEWER } from '../../i18n/ui/reviewer';
import { useMessages, useToday } from '../common/use-messages';

/**
 * The programme document as the reviewer will read it (the same model the PDF and DOCX are made from),
 * in a sandboxed frame: the programme is shown, never edited, and none of its text can run.
 */
export function DocumentPreview({ reviewed }: { reviewed: Reviewed }) {
  const { lang } = useMessages();
  const rv = REVIEWER[lang];
  const today = useToday();
  const index = useAppStore((s) => s.network?.index);
  const [docLang, setDocLang] = useState<Lang>(lang);
  // Each rendering is numbered so it gets a frame of its own (see below).
  const [shown, setShown] = useState<{ html: string; n: number }>();
  useEffect(() => {
    if (!index) return;
    let live = true;
    void Promise.all([
      import('../../domain/documents/programme-document'),
      import('../../domain/validate'),
      import('../../io/html-document'),
      import('../../i18n/documents'),
    ]).then(([{ programmeDocument }, { validateProgram }, { renderHtmlDocument }, { PROGRAMME_STRINGS }]) => {
      const diagnostics = validateProgram(reviewed.program, index, { asOf: today });
      const doc = programmeDocument(
        reviewed.program,
        index,
        diagnostics,
        docLang,
        PROGRAMME_STRINGS[docLang],
        {
          asOf: today,
          ...(reviewed.digest ? { digest: reviewed.digest } : {}),
        },
      );
      const html = renderHtmlDocument(doc);
      if (live) setShown((prev) => ({ html, n: (prev?.n ?? 0) + 1 }));
    });
    return () => {
      live = false;
    };
  }, [reviewed, index, docLang, today]);
  return (
    <Region title={rv.document} className="document-preview">
      <DocumentLanguage value={docLang} onChange={setDocLang} />
      {/* A new frame for each document: Chromium can drop a second srcdoc navigation of a sandboxed frame
          started while the first is under way, leaving the frame blank. */}
      {shown ? (
        <iframe key={shown.n} title={rv.document} sandbox="" srcDoc={shown.html} className="document-frame" />
      ) : (
        <p role="status">{rv.preparingDocument}</p>
      )}
    </Region>
  );
}
