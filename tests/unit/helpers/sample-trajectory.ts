import { readFileSync } from 'node:fs';
import type { Trajectory } from '../../../src/domain/model';
import type { NetworkIndex } from '../../../src/domain/network-index';
import { scheduleTrajectory } from '../../../src/domain/schedule';
import { loadNetwork } from '../../../src/io/network-source';

export const loadSampleIndex = async (): Promise<NetworkIndex> =>
  (await loadNetwork('fixtures/sample/network.json', async (p) => readFileSync(p))).index;

/**
 * A CNC operator's trajectory over the sample network: 16 + 16 + 24 + 16 hours from two partners, with every kind
 * of reason a step can have.
 */
export const cncTrajectory: Trajectory = {
  kind: 'trajectory',
  schemaVersion: 1,
  id: 'tr-cnc-17',
  programId: 'prg-cnc-operator-72h',
  trainee: { alias: 'Trainee 17' },
  targetCompetencies: ['c-cnc-operation', 'c-cnc-setup'],
  priorCompetencies: [
    { competency: 'c-gen-ohs-basic', evidence: 'Certificate of an occupational safety course, 2025' },
  ],
  electives: [{ module: 'm-cnc-tooling', version: '1.0.0' }],
  steps: [
    {
      module: 'm-cnc-metrology',
      version: '1.0.0',
      reasons: [
        { kind: 'programme', stage: 'st-foundations' },
        { kind: 'prerequisite', competency: 'c-cnc-metrology', for: 'm-cnc-operator-basics' },
      ],
    },
    {
      module: 'm-cnc-drawings',
      version: '1.0.0',
      reasons: [{ kind: 'prerequisite', competency: 'c-cnc-drawings', for: 'm-cnc-operator-basics' }],
    },
    {
      module: 'm-cnc-operator-basics',
      version: '1.2.0',
      reasons: [
        { kind: 'target', competency: 'c-cnc-operation' },
        { kind: 'target', competency: 'c-cnc-setup' },
      ],
    },
    {
      module: 'm-cnc-tooling',
      version: '1.0.0',
      reasons: [
        { kind: 'elective', group: 'g-cnc' },
        { kind: 'chosen', note: 'works with carbide tools' },
      ],
    },
  ],
  totalHours: 72,
  optimal: 0.0149,
  waivers: [],
};

/** How the sample trajectory is dated: from 1 September 2026, 16 hours a week on Tuesdays and Thursdays. */
export const SAMPLE_SCHEDULE = { start: '2026-09-01', hoursPerWeek: 16, studyDays: [2, 4] };

/** The sample network and the CNC trajectory dated by SAMPLE_SCHEDULE, as documents and calendars use it. */
export async function loadScheduledSample(): Promise<{ index: NetworkIndex; scheduled: Trajectory }> {
  const index = await loadSampleIndex();
  return { index, scheduled: scheduleTrajectory(cncTrajectory, index, SAMPLE_SCHEDULE) };
}
