import { valueAtPointer } from '../../domain/diagnostics';
import { findModulePointer } from '../../domain/edits';
import type { ReviewComment } from '../../domain/model';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { Region } from '../common/Region';
import { useMessages } from '../common/use-messages';
import { useFiles } from '../editor/use-files';
import { CommentItem } from './CommentItem';

/** Every comment of an imported review, each with where it is, a way to show it, and its resolution. */
export function ReviewCommentsPanel() {
  const { t, f } = useMessages();
  const file = useAppStore((s) => s.reviewComments);
  const program = useAppStore(selectProgram);
  const { select, closeReviewComments } = useAppStore.getState();
  const { exportComments } = useFiles();
  if (!file) return null;
  const open = file.comments.filter((c) => !c.resolved).length;
  const pointerOf = (c: ReviewComment) =>
    c.moduleId && program ? findModulePointer(program, c.moduleId) : undefined;
  const where = (c: ReviewComment) => {
    if (c.moduleId)
      return pointerOf(c)
        ? t.review.onModule(f.module(c.moduleId))
        : t.review.notInProgramme(f.module(c.moduleId));
    if (!c.pointer) return t.review.onProgramme;
    return !program || valueAtPointer(program, c.pointer) !== undefined
      ? t.review.onPointer(c.pointer)
      : t.review.pointerNotInProgramme(c.pointer);
  };
  return (
    <Region
      title={t.review.region}
      className="review-comments"
      aside={
        <p className="muted" role="status">
          {t.review.summary(open, file.comments.length)}
        </p>
      }
    >
      <ul className="comment-list">
        {file.comments.map((c, i) => {
          const pointer = pointerOf(c);
          return (
            <CommentItem key={i} comment={c} index={i} where={where(c)}>
              {pointer && (
                <button type="button" className="link" onClick={() => select({ kind: 'item', pointer })}>
                  {t.review.show}
                </button>
              )}
            </CommentItem>
          );
        })}
      </ul>
      <div className="button-row comment-actions">
        <button type="button" onClick={() => void exportComments()}>
          {t.review.export}
        </button>
        <button type="button" onClick={closeReviewComments}>
          {t.review.close}
        </button>
      </div>
    </Region>
  );
}
