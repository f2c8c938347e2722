import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewComments } from '../../src/domain/model';
import { loadKind } from '../../src/io/load';
import { useAppStore } from '../../src/store';

const file = (): ReviewComments => {
  const loaded = loadKind(readFileSync('fixtures/review/draft-welder-comments.json'), 'review-comments');
  if (!loaded.ok) throw new Error('fixture');
  return loaded.value;
};
const resolved = () => useAppStore.getState().reviewComments!.comments.map((c) => c.resolved);

describe('review comments opened again', () => {
  beforeEach(() => useAppStore.setState({ reviewComments: null }));

  it('keep what was marked resolved here, for the same programme', () => {
    const { openReviewComments, setCommentResolved } = useAppStore.getState();
    openReviewComments(file());
    const before = resolved();
    const open = before.indexOf(false);
    setCommentResolved(open, true);
    openReviewComments(file());
    expect(resolved()[open]).toBe(true);
    expect(resolved().filter(Boolean)).toHaveLength(before.filter(Boolean).length + 1);
  });

  it('keep what was reopened here, and the comments written here', () => {
    const { openReviewComments, setCommentResolved, addReviewComment } = useAppStore.getState();
    openReviewComments(file());
    const wasResolved = resolved().indexOf(true);
    setCommentResolved(wasResolved, false);
    const mine = {
      text: 'Add a hot-work permit drill.',
      verdict: 'change',
      reviewer: 'Me',
      resolved: false,
    } as const;
    addReviewComment(file().programId, mine);
    openReviewComments(file());
    expect(resolved()[wasResolved]).toBe(false);
    expect(useAppStore.getState().reviewComments!.comments.at(-1)).toEqual(mine);
    expect(useAppStore.getState().reviewComments!.comments).toHaveLength(file().comments.length + 1);
  });

  it('start afresh for another programme', () => {
    const { openReviewComments, setCommentResolved } = useAppStore.getState();
    openReviewComments(file());
    const open = resolved().indexOf(false);
    setCommentResolved(open, true);
    openReviewComments({ ...file(), programId: 'another-programme' });
    expect(resolved()[open]).toBe(false);
  });
});
