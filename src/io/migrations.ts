import type { FileKind } from '../domain/model';

export type JsonObject = Record<string, unknown>;
/** Turns a document of version n into version n + 1. */
export type Migration = (doc: JsonObject) => JsonObject;
/** For each kind, the migration out of each old version. */
export type MigrationRegistry = Partial<Record<FileKind, Record<number, Migration>>>;

export const CURRENT_SCHEMA_VERSION = 1;

/** Version 1 is the first published format, so there is nothing to migrate yet; new versions add entries here. */
export const MIGRATIONS: MigrationRegistry = {};

export type MigrationResult = { ok: true; doc: JsonObject } | { ok: false; missingFrom: number };

export function migrate(
  kind: FileKind,
  doc: JsonObject,
  from: number,
  registry: MigrationRegistry,
  to = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  let current = doc;
  for (let v = from; v < to; v++) {
    const step = registry[kind]?.[v];
    if (!step) return { ok: false, missingFrom: v };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, doc: current };
}
