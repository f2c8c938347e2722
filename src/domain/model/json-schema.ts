import { z } from 'zod';
import { FILE_MODELS, type FileKind } from './index';
import { schemaId } from './patterns';

export { SCHEMA_BASE_URI, schemaId } from './patterns';

const TITLES: Record<FileKind, string> = {
  catalog: 'Competency Constructor catalog: partners, competencies and modules',
  network: 'Competency Constructor network manifest: the catalogs that form a training network',
  program: 'Competency Constructor programme: stages of modules towards target competencies',
  trajectory: "Competency Constructor trajectory: one trainee's ordered learning path",
  'review-comments': "Competency Constructor review comments: an expert's verdicts on a programme",
};

/** The published JSON Schema for a file kind, derived from the zod model so the two cannot drift. */
export function jsonSchemaFor(kind: FileKind): Record<string, unknown> {
  const body = z.toJSONSchema(FILE_MODELS[kind], {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  });
  const { $schema, ...rest } = body as Record<string, unknown>;
  return { $schema, $id: schemaId(kind), title: TITLES[kind], ...rest };
}
