import type { Catalog, Competency, Module, Program, StageItem } from '../../../src/domain/model';
import { buildNetworkIndex } from '../../../src/domain/network-index';
import { validateProgram } from '../../../src/domain/validate';

export const AS_OF = '2026-09-01';

type ModuleSpec = Partial<Module> & { id: string; outcomes: string[] };

/** A module with 8 hours unless said otherwise, delivered by partner p-a. */
export const mod = (spec: ModuleSpec): Module => ({
  version: '1.0.0',
  title: { en: `Module ${spec.id}`, ru: `Модуль ${spec.id}` },
  partnerId: 'p-a',
  prerequisites: [],
  hours: { theory: 4, practice: 4, selfStudy: 0, assessment: 0 },
  format: 'in-person',
  resources: [],
  assessment: 'test',
  ...spec,
});

export const hours = (total: number) => ({ theory: total, practice: 0, selfStudy: 0, assessment: 0 });

export function catalog(modules: Module[], extraCompetencies: string[] = []): Catalog {
  const ids = new Set([
    ...modules.flatMap((m) => [
      ...m.outcomes,
      ...m.prerequisites.flatMap((p) => (typeof p === 'string' ? [p] : p.anyOf)),
    ]),
    ...extraCompetencies,
  ]);
  const competencies: Competency[] = [...ids].map((id) => ({
    id,
    code: id.toUpperCase(),
    title: { en: `Skill ${id}`, ru: `Навык ${id}` },
    specialty: 'test',
    level: 3,
  }));
  return {
    kind: 'catalog',
    schemaVersion: 1,
    id: 'cat',
    partners: [
      {
        id: 'p-a',
        kind: 'college',
        name: 'College A',
        resources: [{ id: 'r-lab', type: 'site', name: 'Lab', capacity: 12 }],
      },
    ],
    competencies,
    modules,
  };
}

export const indexOf = (modules: Module[], extraCompetencies: string[] = []) =>
  buildNetworkIndex([{ source: 'cat.json', catalog: catalog(modules, extraCompetencies) }]).index;

export const ref = (module: string, version = '1.0.0') => ({ module, version });
export const group = (choose: number, ...modules: string[]): StageItem => ({
  choose,
  of: modules.map((m) => ref(m)),
});

export function program(stages: StageItem[][], extra: Partial<Program> = {}): Program {
  return {
    kind: 'program',
    schemaVersion: 1,
    id: 'prog',
    title: 'Test programme',
    programType: 'vocational-training',
    targetCompetencies: [],
    entryRequirements: [],
    stages: stages.map((items, i) => ({ id: `s${i + 1}`, title: `Stage ${i + 1}`, items })),
    finalAssessment: { kind: 'test' },
    waivers: [],
    ...extra,
  };
}

/** Codes found, in order, for a programme over modules (the date fixed so validity windows are stable). */
export const validate = (p: Program, modules: Module[], extraCompetencies: string[] = []) =>
  validateProgram(p, indexOf(modules, extraCompetencies), { asOf: AS_OF });
export const codes = (p: Program, modules: Module[]) =>
  validate(p, modules).map((d) => `${d.severity}:${d.code}`);
