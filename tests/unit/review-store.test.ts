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

  it('start afresh for another programme', () => {
    const { openReviewComments, setCommentResolved } = useAppStore.getState();
    openReviewComments(file());
    const open = resolved().indexOf(false);
    setCommentResolved(open, true);
    openReviewComments({ ...file(), programId: 'another-programme' });
    expect(resolved()[open]).toBe(false);
  });
});
