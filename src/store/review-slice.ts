import type { StateCreator } from 'zustand';
import type { Id, ReviewComment, ReviewComments } from '../domain/model';
import type { AppState } from './index';

export interface ReviewSlice {
  /** Comments from a reviewer on the open programme, as imported (resolution marks change them). */
  reviewComments: ReviewComments | null;
  openReviewComments: (file: ReviewComments) => void;
  closeReviewComments: () => void;
  setCommentResolved: (index: number, resolved: boolean) => void;
  /** A reviewer's new comment (reviewer mode); starts a comments file for the programme if there is none. */
  addReviewComment: (programId: Id, comment: ReviewComment, programDigest?: string) => void;
}

export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => ({
  reviewComments: null,
  openReviewComments: (reviewComments) => set({ reviewComments }),
  closeReviewComments: () => set({ reviewComments: null }),
  setCommentResolved: (index, resolved) => {
    const file = get().reviewComments;
    if (!file) return;
    set({
      reviewComments: {
        ...file,
        comments: file.comments.map((c, i) => (i === index ? { ...c, resolved } : c)),
      },
    });
  },
  addReviewComment: (programId, comment, programDigest) => {
    const file = get().reviewComments;
    const base: ReviewComments =
      file && file.programId === programId
        ? file
        : {
            kind: 'review-comments',
            schemaVersion: 1,
            programId,
            ...(programDigest ? { programDigest } : {}),
            comments: [],
          };
    set({ reviewComments: { ...base, comments: [...base.comments, comment] } });
  },
});
