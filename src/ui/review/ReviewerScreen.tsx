import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { Region } from '../common/Region';
import { REVIEWER } from '../../i18n/ui/reviewer';
import { useMessages } from '../common/use-messages';
import { AddComment } from './AddComment';
import { DocumentPreview } from './DocumentPreview';
import { ReviewCommentsPanel } from './ReviewCommentsPanel';
import { ReviewSource, reviewEditorProgramme } from './ReviewSource';
import './review.css';

/** Reviewer mode: what is reviewed and whether it is verified, the document read-only, and the comments. */
export default function ReviewerScreen() {
  const { lang } = useMessages();
  const rv = REVIEWER[lang];
  const reviewed = useAppStore((s) => s.reviewed);
  const editing = useAppStore(selectProgram);
  const setReviewed = useAppStore((s) => s.setReviewed);
  // With nothing chosen yet, the programme open in the editor is under review.
  useEffect(() => {
    if (!reviewed && editing) void reviewEditorProgramme(editing, setReviewed);
  }, [reviewed, editing, setReviewed]);
  return (
    <main className="workspace reviewer-workspace" id="editor">
      <ReviewSource />
      {reviewed ? <DocumentPreview reviewed={reviewed} /> : <div />}
      <div className="side">
        {reviewed && (
          <Region title={rv.write} className="write-comment">
            <AddComment program={reviewed.program} digest={reviewed.digest} />
          </Region>
        )}
        <ReviewCommentsPanel />
      </div>
    </main>
  );
}
