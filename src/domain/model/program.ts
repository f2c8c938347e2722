import { z } from 'zod';
import { PROGRAM_TYPES } from './patterns';
import { AssessmentKind, envelope, Id, LocalizedText, ModuleRef, Waiver } from './primitives';

export const ProgramType = z.enum(PROGRAM_TYPES);
export type ProgramType = z.infer<typeof ProgramType>;

export const ElectiveGroup = z.strictObject({
  id: Id.optional(),
  title: LocalizedText.optional(),
  choose: z.number().int().min(1),
  of: z.array(ModuleRef).min(1),
});
export type ElectiveGroup = z.infer<typeof ElectiveGroup>;

export const StageItem = z.union([ModuleRef, ElectiveGroup]);
export type StageItem = z.infer<typeof StageItem>;

export const Stage = z.strictObject({
  id: Id,
  title: LocalizedText,
  items: z.array(StageItem).default([]),
});
export type Stage = z.infer<typeof Stage>;

export const FinalAssessment = z.strictObject({
  kind: AssessmentKind,
  description: LocalizedText.optional(),
});
export type FinalAssessment = z.infer<typeof FinalAssessment>;

export const Program = z.strictObject({
  ...envelope('program'),
  id: Id,
  title: LocalizedText,
  programType: ProgramType,
  purpose: LocalizedText.optional(),
  audience: LocalizedText.optional(),
  targetCompetencies: z.array(Id).default([]),
  entryRequirements: z.array(Id).default([]),
  stages: z.array(Stage).default([]),
  finalAssessment: FinalAssessment.optional(),
  waivers: z.array(Waiver).default([]),
});
export type Program = z.infer<typeof Program>;
