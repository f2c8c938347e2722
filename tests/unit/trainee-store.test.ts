// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkIndex } from '../../src/domain/network-index';
import { useAppStore } from '../../src/store';
import { restoreTrainee, startTraineePersistence } from '../../src/store/trainee-persistence';
import { initialPlanForm } from '../../src/store/trainee-slice';
import { cncTrajectory, loadSampleIndex } from './helpers/sample-trajectory';

let index: NetworkIndex;
beforeAll(async () => {
  index = await loadSampleIndex();
});
beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({
    network: { catalogs: [], unloaded: [], index, files: [] },
    trajectory: null,
    planForm: initialPlanForm('2026-09-01'),
    mode: 'methodologist',
  });
});

const steps = () => useAppStore.getState().trajectory!.steps.map((s) => s.module);

describe('adjusting a trajectory', () => {
  it('reorders, removes and adds steps with honest totals', () => {
    const { openTrajectory, moveStep, removeStep, addStep } = useAppStore.getState();
    openTrajectory({ ...cncTrajectory, totalHours: 72, optimal: true });
    expect(useAppStore.getState().lowerBound).toBe(72);
    moveStep(3, 0);
    expect(steps()).toEqual(['m-cnc-tooling', 'm-cnc-metrology', 'm-cnc-drawings', 'm-cnc-operator-basics']);
    expect(useAppStore.getState().trajectory!.optimal).toBe(true);
    addStep({ module: 'm-gen-ohs-intro', version: '2.1.0' });
    const added = useAppStore.getState().trajectory!;
    expect(added.steps.at(-1)!.reasons).toEqual([{ kind: 'chosen' }]);
    expect(added.totalHours).toBeGreaterThan(72);
    expect(added.optimal).toBeCloseTo((added.totalHours - 72) / added.totalHours, 4);
    removeStep(0);
    // Fewer hours than the proven optimum means something required is missing: no claim of optimality.
    expect(useAppStore.getState().trajectory!.optimal).not.toBe(true);
  });

  it('ruling a step out removes it and keeps it out of the next plan', () => {
    const { openTrajectory, excludeStep } = useAppStore.getState();
    openTrajectory(cncTrajectory);
    excludeStep(1);
    expect(steps()).not.toContain(cncTrajectory.steps[1]!.module);
    expect(useAppStore.getState().planForm.excluded).toEqual([cncTrajectory.steps[1]!.module]);
  });
});

describe('trainee mode survives a reload', () => {
  it('restores mode, goals and trajectory, and ignores what does not match', () => {
    const stop = startTraineePersistence();
    const { openTrajectory, setMode, updatePlanForm } = useAppStore.getState();
    setMode('trainee');
    updatePlanForm({ targets: ['c-cnc-setup'], hoursPerWeek: 12 });
    openTrajectory(cncTrajectory);
    stop();
    useAppStore.setState({
      mode: 'methodologist',
      trajectory: null,
      planForm: initialPlanForm('2026-09-01'),
    });
    restoreTrainee();
    const state = useAppStore.getState();
    expect(state.mode).toBe('trainee');
    expect(state.planForm.hoursPerWeek).toBe(12);
    expect(state.trajectory!.steps).toEqual(cncTrajectory.steps);

    localStorage.setItem('competency-constructor.trainee', '{"mode":"trainee","form":{"targets":"oops"}}');
    useAppStore.setState({ mode: 'methodologist' });
    restoreTrainee();
    expect(useAppStore.getState().mode).toBe('methodologist');
  });
});
