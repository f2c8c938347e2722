import type { Id, LocalizedText, Program } from './model';

/** A blank programme a methodologist starts from: one empty stage, nothing else assumed. */
export function blankProgram(id: Id, title: LocalizedText, stageTitle: LocalizedText): Program {
  return {
    kind: 'program',
    schemaVersion: 1,
    id,
    title,
    programType: 'advanced-training',
    targetCompetencies: [],
    entryRequirements: [],
    stages: [{ id: 'stage-1', title: stageTitle, items: [] }],
    waivers: [],
  };
}
