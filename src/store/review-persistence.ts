import { loadKind } from '../io/load';
import { useAppStore } from './index';

const KEY = 'competency-constructor.review-comments';

/** The review comments being worked through come back after a reload, read as any imported file is. */
export function restoreReviewComments(): void {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return; // Storage refused: nothing was kept.
  }
  if (!text) return;
  const loaded = loadKind(text, 'review-comments');
  if (loaded.ok) useAppStore.getState().openReviewComments(loaded.value);
}

/** Writes the review comments (imported, resolved, added) whenever they change; closing them forgets them. */
export function startReviewPersistence(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.reviewComments === previous.reviewComments) return;
    try {
      if (state.reviewComments) localStorage.setItem(KEY, JSON.stringify(state.reviewComments));
      else localStorage.removeItem(KEY);
    } catch {
      // Storage full or refused: the comments can still be exported as a file (Export comments).
    }
  });
}
