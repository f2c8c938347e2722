import { useEffect, useState } from 'react';
import type { Lang } from '../../i18n/lang';
import { useAppStore } from '../../store';
import type { Reviewed } from '../../store/review-slice';
import { DocumentLanguage } from '../common/DocumentLanguage';
import { Region } from '../common/Region';
import { useMessages, useToday } from '../common/use-messages';

/**
 * The programme document as the reviewer will read it (the same model the PDF and DOCX are made from),
 * in a sandboxed frame: the programme is shown, never edited, and none of its text can run.
 */
export function DocumentPreview({ reviewed }: { reviewed: Reviewed }) {
  const { t, lang } = useMessages();
  const today = useToday();
  const index = useAppStore((s) => s.network?.index);
  const [docLang, setDocLang] = useState<Lang>(lang);
  const [html, setHtml] = useState('');
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
      if (live) setHtml(renderHtmlDocument(doc));
    });
    return () => {
      live = false;
    };
  }, [reviewed, index, docLang, today]);
  return (
    <Region title={t.review.document} className="document-preview">
      <DocumentLanguage value={docLang} onChange={setDocLang} />
      <iframe title={t.review.document} sandbox="" srcDoc={html} className="document-frame" />
    </Region>
  );
}
