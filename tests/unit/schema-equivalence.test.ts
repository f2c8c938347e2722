import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS, type FileKind } from '../../src/domain/model';
import * as generated from '../../src/io/generated/validators.js';
import { schemaFileName, validatorName } from '../../scripts/schema-artifacts';

// The validators are compiled from an equivalent form of the published schemas (LocalizedText as one schema
// typed ["string", "object"] instead of an anyOf): both must accept exactly the same documents.
const published = Object.fromEntries(
  FILE_KINDS.map((kind) => {
    const schema = JSON.parse(readFileSync(`schemas/${schemaFileName(kind)}`, 'utf8'));
    return [kind, new Ajv2020({ strict: true, allErrors: true }).compile(schema)];
  }),
) as unknown as Record<FileKind, (doc: unknown) => boolean>;
const compiled = (kind: FileKind) =>
  (generated as unknown as Record<string, (doc: unknown) => boolean>)[validatorName(kind)]!;

/** Both verdicts on one document; each validator gets its own copy, since ours fills defaults in. */
const verdicts = (kind: FileKind, doc: unknown) => [
  published[kind](structuredClone(doc)),
  compiled(kind)(structuredClone(doc)),
];

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );

const module = (title: unknown) => ({
  id: 'm',
  version: '1.0.0',
  title,
  partnerId: 'p',
  outcomes: ['c'],
  hours: { theory: 1, practice: 0, selfStudy: 0, assessment: 0 },
  format: 'online',
  assessment: 'test',
});

// Titles and descriptions of every shape a partner's tool might write.
const text = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.dictionary(
    fc.oneof(
      fc.constantFrom('en', 'ru', 'en-GB', 'zh-Hant-TW', 'EN', 'e', 'english', 'ru_RU', ''),
      fc.string(),
    ),
    fc.oneof(fc.string({ maxLength: 2 }), fc.integer(), fc.constant(null), fc.constant({})),
    { maxKeys: 3 },
  ),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }),
);

describe('the compiled validators and the published schemas', () => {
  it('agree on every fixture: the sample network, its programmes and the invalid cases', () => {
    const files = jsonFiles('fixtures').filter((f) => !f.endsWith('expected.json'));
    let compared = 0;
    for (const file of files) {
      let doc: { kind?: unknown };
      try {
        doc = JSON.parse(readFileSync(file, 'utf8')) as { kind?: unknown };
      } catch {
        continue; // The invalid JSON fixture: no document to compare.
      }
      if (!FILE_KINDS.includes(doc.kind as FileKind)) continue;
      compared++;
      const [ours, theirs] = verdicts(doc.kind as FileKind, doc);
      expect(ours, file).toBe(theirs);
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('agree on localized text of any shape, in a programme, a catalog and a network', () => {
    const tried = [0, 0];
    fc.assert(
      fc.property(text, text, (title, description) => {
        const program = { kind: 'program', schemaVersion: 1, id: 'p', title, programType: 'retraining' };
        const catalog = {
          kind: 'catalog',
          schemaVersion: 1,
          id: 'c',
          title,
          modules: [{ ...module(title), description }],
        };
        const network = { kind: 'network', schemaVersion: 1, id: 'n', title, catalogs: [] };
        const [a, b] = verdicts('program', program);
        tried[a ? 1 : 0]!++;
        const [c, d] = verdicts('catalog', catalog);
        const [e, f] = verdicts('network', network);
        return a === b && c === d && e === f;
      }),
      { numRuns: 1000, seed: 20261206 },
    );
    // Both kinds of answer were exercised, not only refusals.
    expect(tried.every((n) => n > 100)).toBe(true);
  });
});
