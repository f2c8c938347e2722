import { z } from 'zod';
import { MODULE_FORMATS, PARTNER_KINDS } from './patterns';
import { AssessmentKind, envelope, Id, IsoDate, LocalizedText, SemVer } from './primitives';

export const PartnerKind = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof PartnerKind>;

export const ResourceType = z.enum(['site', 'equipment', 'staff']);
export type ResourceType = z.infer<typeof ResourceType>;

export const Resource = z.strictObject({
  id: Id,
  type: ResourceType,
  name: LocalizedText,
  /** Places for trainees at a site. */
  capacity: z.number().int().min(1).optional(),
  /** Units of equipment. */
  quantity: z.number().int().min(1).optional(),
  /** A staff member's field, or a site's purpose. */
  specialty: LocalizedText.optional(),
  address: z.string().optional(),
});
export type Resource = z.infer<typeof Resource>;

export const Partner = z.strictObject({
  id: Id,
  kind: PartnerKind,
  name: LocalizedText,
  shortName: LocalizedText.optional(),
  city: z.string().optional(),
  resources: z.array(Resource).default([]),
});
export type Partner = z.infer<typeof Partner>;

export const Competency = z.strictObject({
  id: Id,
  code: z.string().min(1),
  title: LocalizedText,
  specialty: z.string().min(1),
  level: z.number().int().min(1).max(9),
  frameworkUri: z.string().min(1).optional(),
});
export type Competency = z.infer<typeof Competency>;

export const Prerequisite = z.union([Id, z.strictObject({ anyOf: z.array(Id).min(1) })]);
export type Prerequisite = z.infer<typeof Prerequisite>;

/**
 * One part of a module's hours. A year of full-time study is under 2,000 hours, so more than 10,000 in one
 * part is a typo; the cap also keeps every sum finite (two parts of 1e308 hours add up to Infinity).
 */
const HourPart = z.number().min(0).max(10_000);

export const Hours = z.strictObject({
  theory: HourPart,
  practice: HourPart,
  selfStudy: HourPart,
  assessment: HourPart,
});
export type Hours = z.infer<typeof Hours>;

export const ModuleFormat = z.enum(MODULE_FORMATS);
export type ModuleFormat = z.infer<typeof ModuleFormat>;

export const Module = z.strictObject({
  id: Id,
  version: SemVer,
  title: LocalizedText,
  partnerId: Id,
  specialty: z.string().min(1).optional(),
  outcomes: z.array(Id).min(1),
  prerequisites: z.array(Prerequisite).default([]),
  hours: Hours,
  format: ModuleFormat,
  resources: z.array(Id).default([]),
  assessment: AssessmentKind,
  description: LocalizedText.optional(),
  validFrom: IsoDate.optional(),
  validUntil: IsoDate.optional(),
});
export type Module = z.infer<typeof Module>;

export const Catalog = z.strictObject({
  ...envelope('catalog'),
  id: Id,
  title: LocalizedText.optional(),
  publisher: Id.optional(),
  partners: z.array(Partner).default([]),
  competencies: z.array(Competency).default([]),
  modules: z.array(Module).default([]),
});
export type Catalog = z.infer<typeof Catalog>;
