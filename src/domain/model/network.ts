import { z } from 'zod';
import { envelope, Id, LocalizedText } from './primitives';
import { ProgramType } from './program';

export const HourBound = z.strictObject({
  min: z.number().min(0).optional(),
  max: z.number().min(0).optional(),
});
export type HourBound = z.infer<typeof HourBound>;

export const Bounds = z.partialRecord(ProgramType, HourBound);
export type Bounds = z.infer<typeof Bounds>;

export const Network = z.strictObject({
  ...envelope('network'),
  id: Id,
  title: LocalizedText,
  /** The centre that runs the network: the base organisation in network-form agreements. */
  basePartnerId: Id.optional(),
  /** Catalog locations, relative to this manifest, or absolute URLs. */
  catalogs: z.array(z.string().min(1)).min(1),
  bounds: Bounds.optional(),
});
export type Network = z.infer<typeof Network>;
