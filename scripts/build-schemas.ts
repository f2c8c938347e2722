import { writeFileSync } from 'node:fs';
import { FILE_KINDS } from '../src/domain/model';
import { schemaArtifacts, schemaFileName, serializeSchema } from './schema-artifacts';

const { schemas, validatorsSource } = schemaArtifacts();
for (const kind of FILE_KINDS)
  writeFileSync(`schemas/${schemaFileName(kind)}`, serializeSchema(schemas[kind]));
writeFileSync('src/io/generated/validators.js', validatorsSource);
console.log(`wrote ${FILE_KINDS.length} schemas and src/io/generated/validators.js`);
