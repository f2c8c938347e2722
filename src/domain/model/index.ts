import { Catalog } from './catalog';
import { Network } from './network';
import { Program } from './program';
import { ReviewComments } from './review-comments';
import { Trajectory } from './trajectory';

import type { FileKind } from './patterns';

export * from './primitives';
export { FILE_KINDS, type FileKind } from './patterns';
export * from './catalog';
export * from './network';
export * from './program';
export * from './trajectory';
export * from './review-comments';

/** Every file kind and the zod model that defines it: the one source of truth for types and JSON Schemas. */
export const FILE_MODELS = {
  catalog: Catalog,
  network: Network,
  program: Program,
  trajectory: Trajectory,
  'review-comments': ReviewComments,
} as const satisfies Record<FileKind, unknown>;

export interface FileOfKind {
  catalog: Catalog;
  network: Network;
  program: Program;
  trajectory: Trajectory;
  'review-comments': ReviewComments;
}
