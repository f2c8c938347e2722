import type { ReviewComment } from '../../domain/model';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';

/** One reviewer comment: verdict, words, and the box that marks it resolved. */
export function CommentItem({
  comment,
  index,
  where,
  children,
}: {
  comment: ReviewComment;
  index: number;
  /** Where the comment is, in words ("On “Welding safety” (m-weld-safety)"). */
  where: string;
  children?: React.ReactNode;
}) {
  const { t } = useMessages();
  const setResolved = useAppStore((s) => s.setCommentResolved);
  return (
    <li className={`review-comment ${comment.verdict} ${comment.resolved ? 'resolved' : ''}`}>
      <p className="muted">{where}</p>
      <p>
        <strong>
          {t.review.by(comment.reviewer, t.review.verdicts[comment.verdict] ?? comment.verdict)}
        </strong>
      </p>
      <p>{comment.text}</p>
      <div className="button-row">
        <label className="check">
          <input
            type="checkbox"
            checked={comment.resolved}
            aria-label={t.review.resolve(comment.reviewer, where)}
            onChange={(e) => setResolved(index, e.target.checked)}
          />
          {t.review.resolved}
        </label>
        {children}
      </div>
    </li>
  );
}
