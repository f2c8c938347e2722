import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS, FILE_MODELS } from '../../src/domain/model';
import { schemaArtifacts, schemaFileName, serializeSchema } from '../../scripts/schema-artifacts';
import { loadFile } from '../../src/io/load';

const artifacts = schemaArtifacts();

describe('the published contract', () => {
  it.each(FILE_KINDS)(
    'schemas/%s.schema.json is exactly what the zod model generates (run `npm run schemas`)',
    (kind) => {
      expect(readFileSync(`schemas/${schemaFileName(kind)}`, 'utf8')).toBe(
        serializeSchema(artifacts.schemas[kind]),
      );
    },
  );

  it('the precompiled validators are generated from the same schemas', () => {
    expect(readFileSync('src/io/generated/validators.js', 'utf8')).toBe(artifacts.validatorsSource);
  });

  it.each(FILE_KINDS)('the %s schema compiles in a stock draft 2020-12 validator, with an $id', (kind) => {
    const schema = JSON.parse(readFileSync(`schemas/${schemaFileName(kind)}`, 'utf8'));
    expect(schema.$id).toMatch(new RegExp(`/${kind}\\.schema\\.json$`));
    expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow();
  });

  // The schemas and zod must also agree in behaviour, not only in text: same verdict on the same documents.
  const cases: [string, unknown][] = [
    [
      'minimal programme',
      { kind: 'program', schemaVersion: 1, id: 'p', title: 'P', programType: 'retraining' },
    ],
    [
      'programme with empty localized title',
      { kind: 'program', schemaVersion: 1, id: 'p', title: {}, programType: 'retraining' },
    ],
    [
      'programme with bad language tag',
      { kind: 'program', schemaVersion: 1, id: 'p', title: { 'English!': 'x' }, programType: 'retraining' },
    ],
    [
      'elective group choosing zero',
      {
        kind: 'program',
        schemaVersion: 1,
        id: 'p',
        title: 'P',
        programType: 'retraining',
        stages: [{ id: 's', title: 'S', items: [{ choose: 0, of: [{ module: 'm', version: '1.0.0' }] }] }],
      },
    ],
    [
      'module with bad semver',
      {
        kind: 'catalog',
        schemaVersion: 1,
        id: 'c',
        modules: [
          {
            id: 'm',
            version: '1.0',
            title: 'M',
            partnerId: 'p',
            outcomes: ['c'],
            hours: { theory: 1, practice: 0, selfStudy: 0, assessment: 0 },
            format: 'online',
            assessment: 'test',
          },
        ],
      },
    ],
    [
      'valid catalog',
      {
        kind: 'catalog',
        schemaVersion: 1,
        id: 'c',
        modules: [
          {
            id: 'm',
            version: '1.0.0',
            title: 'M',
            partnerId: 'p',
            outcomes: ['c'],
            hours: { theory: 1, practice: 0, selfStudy: 0, assessment: 0 },
            format: 'online',
            assessment: 'test',
            validUntil: '2026-02-30',
          },
        ],
      },
    ],
    [
      'trajectory optimal false',
      { kind: 'trajectory', schemaVersion: 1, targetCompetencies: ['c'], totalHours: 0, optimal: false },
    ],
    [
      'trajectory with gap',
      { kind: 'trajectory', schemaVersion: 1, targetCompetencies: ['c'], totalHours: 0, optimal: 0.05 },
    ],
    [
      'comments with bad digest',
      { kind: 'review-comments', schemaVersion: 1, programId: 'p', programDigest: 'abc' },
    ],
    ['network without catalogs', { kind: 'network', schemaVersion: 1, id: 'n', title: 'N', catalogs: [] }],
    [
      'network with bounds',
      {
        kind: 'network',
        schemaVersion: 1,
        id: 'n',
        title: 'N',
        catalogs: ['a.json'],
        bounds: { retraining: { min: 260 } },
      },
    ],
  ];
  it.each(cases)('zod and the schema agree on: %s', (_, doc) => {
    const kind = (doc as { kind: keyof typeof FILE_MODELS }).kind;
    expect(loadFile(JSON.stringify(doc)).ok).toBe(FILE_MODELS[kind].safeParse(doc).success);
  });
});
