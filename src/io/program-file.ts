import type { Program } from '../domain/model';
import { schemaId } from '../domain/model/patterns';

/** A programme as its published file: the schema's $id first, so editors and validators know what it is. */
export function programFileText(program: Program): string {
  const { $schema: _ignored, ...rest } = program;
  return `${JSON.stringify({ $schema: schemaId('program'), ...rest }, null, 2)}\n`;
}

/** A file name people recognise, from the programme id (ids are already file-name safe). */
export const programFileName = (program: Program) => `${program.id}.json`;
