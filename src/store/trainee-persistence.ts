import { z } from 'zod/mini';
import { MODULE_FORMATS } from '../domain/model/patterns';
import { loadKind } from '../io/load';
import { useAppStore } from './index';
import type { TraineeSlice } from './trainee-slice';

const KEY = 'competency-constructor.trainee';

const Leaning = z.object({
  partners: z.array(z.string()),
  resources: z.array(z.string()),
  formats: z.array(z.enum(MODULE_FORMATS)),
});
/** What is kept of trainee mode between visits; anything that does not match is forgotten, never trusted. */
const Saved = z.object({
  mode: z.enum(['methodologist', 'trainee', 'reviewer']),
  form: z.object({
    source: z.enum(['network', 'programme']),
    targets: z.array(z.string()),
    prior: z.array(z.object({ competency: z.string(), evidence: z.string() })),
    electives: z.array(z.object({ module: z.string(), version: z.string() })),
    excluded: z.array(z.string()),
    prefer: Leaning,
    avoid: Leaning,
    start: z.string(),
    hoursPerWeek: z.number(),
    maxHours: z.nullable(z.number()),
  }),
  program: z.unknown(),
  trajectory: z.unknown(),
  lowerBound: z.number(),
});

/** A programme or trajectory goes through the same import pipeline as a file: stored data is input too. */
const reload = <K extends 'program' | 'trajectory'>(kind: K, value: unknown) => {
  if (value === null || value === undefined) return null;
  const loaded = loadKind(JSON.stringify(value), kind);
  return loaded.ok ? loaded.value : null;
};

export function restoreTrainee(): void {
  let saved: z.infer<typeof Saved>;
  try {
    const parsed = Saved.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    if (!parsed.success) return;
    saved = parsed.data;
  } catch {
    return; // Storage refused or the text is not JSON: start afresh.
  }
  const state: Partial<TraineeSlice> = {
    mode: saved.mode,
    planForm: { ...saved.form, program: reload('program', saved.program) },
    trajectory: reload('trajectory', saved.trajectory),
    lowerBound: saved.lowerBound,
  };
  useAppStore.setState(state);
}

/** Writes trainee mode's state whenever it changes, so a reload or a closed tab loses nothing. */
export function startTraineePersistence(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (
      state.mode === previous.mode &&
      state.planForm === previous.planForm &&
      state.trajectory === previous.trajectory
    )
      return;
    const { program, ...form } = state.planForm;
    try {
      localStorage.setItem(
        KEY,
        JSON.stringify({
          mode: state.mode,
          form,
          program,
          trajectory: state.trajectory,
          lowerBound: state.lowerBound,
        }),
      );
    } catch {
      // Storage full or refused: the trajectory can still be saved as a file from "Save and export".
    }
  });
}
