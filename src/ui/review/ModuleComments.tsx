import type { Id } from '../../domain/model';
import { useAppStore } from '../../store';
import { selectCommentsByModule } from '../../store/selectors';
import { useMessages } from '../common/use-messages';
import { CommentItem } from './CommentItem';

/** The review comments on one module, where the methodologist looks at that module. */
export function ModuleComments({ moduleId }: { moduleId: Id }) {
  const { t, f } = useMessages();
  const placed = useAppStore((s) => selectCommentsByModule(s).get(moduleId));
  if (!placed?.length) return null;
  return (
    <section aria-label={t.review.region}>
      <h4>{t.review.count(placed.length)}</h4>
      <ul className="comment-list">
        {placed.map(({ comment, index }) => (
          <CommentItem
            key={index}
            comment={comment}
            index={index}
            where={t.review.onModule(f.module(moduleId))}
          />
        ))}
      </ul>
    </section>
  );
}
