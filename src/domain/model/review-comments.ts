import { z } from 'zod';
import { envelope, Id } from './primitives';

export const Verdict = z.enum(['approve', 'change', 'reject']);

export const ReviewComment = z.strictObject({
  id: Id.optional(),
  moduleId: Id.optional(),
  pointer: z.string().optional(),
  text: z.string().min(1),
  verdict: Verdict,
  reviewer: z.string().min(1),
  resolved: z.boolean().default(false),
  createdAt: z.string().optional(),
});
export type ReviewComment = z.infer<typeof ReviewComment>;

export const ReviewComments = z.strictObject({
  ...envelope('review-comments'),
  programId: Id,
  /** SHA-256 of the reviewed programme's canonical JSON, tying the comments to what was read. */
  programDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  comments: z.array(ReviewComment).default([]),
});
export type ReviewComments = z.infer<typeof ReviewComments>;
