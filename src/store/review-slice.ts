import type { StateCreator } from 'zustand';
import type { Id, Program, ReviewComment, ReviewComments } from '../domain/model';
import type { AppState } from './index';

/** What a reviewer is looking at: the editor's programme, or one read from a review package. */
export interface Reviewed {
  program: Program;
  /** The package's file name; absent for the programme open in the editor. */
  packageName?: string;
  /** SHA-256 of the programme's canonical JSON, as printed on the documents. */
  digest?: string;
}

export interface ReviewSlice {
  reviewed: Reviewed | null;
  setReviewed: (reviewed: Reviewed | null) => void;
  /** Comments from a reviewer on the open programme, as imported (resolution marks change them). */
  reviewComments: ReviewComments | null;
  openReviewComments: (file: ReviewComments) => void;
  closeReviewComments: () => void;
  setCommentResolved: (index: number, resolved: boolean) => void;
  /** A reviewer's new comment (reviewer mode); starts a comments file for the programme if there is none. */
  addReviewComment: (programId: Id, comment: ReviewComment, programDigest?: string) => void;
}

export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => ({
  reviewed: null,
  setReviewed: (reviewed) => set({ reviewed }),
  reviewComments: null,
  openReviewComments: (file) => set((s) => ({ reviewComments: keepResolved(s.reviewComments, file) })),
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

/** One comment, however the file that holds it was saved again: its id, else where it is, who and what. */
const commentKey = (c: ReviewComment) => c.id ?? `${c.moduleId ?? c.pointer ?? ''}|${c.reviewer}|${c.text}`;

/**
 * The same review opened again (the reviewer's file imported a second time) keeps the work done here: what
 * was marked resolved or open here stays so, and comments written here that the file lacks stay too.
 */
function keepResolved(current: ReviewComments | null, file: ReviewComments): ReviewComments {
  if (!current || current.programId !== file.programId) return file;
  const here = new Map(current.comments.map((c) => [commentKey(c), c]));
  const inFile = new Set(file.comments.map(commentKey));
  const comments = [
    ...file.comments.map((c) => {
      const mine = here.get(commentKey(c));
      return mine ? { ...c, resolved: mine.resolved } : c;
    }),
    ...current.comments.filter((c) => !inFile.has(commentKey(c))),
  ];
  return { ...file, comments };
}
