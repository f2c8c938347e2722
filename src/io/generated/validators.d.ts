// Types for the generated standalone validators (see scripts/schema-artifacts.ts).
import type { ErrorObject } from 'ajv';

export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export const validate_catalog: StandaloneValidator;
export const validate_network: StandaloneValidator;
export const validate_program: StandaloneValidator;
export const validate_trajectory: StandaloneValidator;
export const validate_review_comments: StandaloneValidator;
