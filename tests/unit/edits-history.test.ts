import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/domain/edits';
import {
  HISTORY_LIMIT,
  canRedo,
  commit,
  createHistory,
  currentProgram,
  redo,
  restoreHistory,
  saveHistory,
  undo,
  undoEdit,
} from '../../src/domain/history';
import { group, program, ref } from './helpers/builders';

const base = program([[ref('m-a'), ref('m-b')], [ref('m-c')]]);
const items = (p: ReturnType<typeof program>) => p.stages.map((s) => s.items);

describe('edits', () => {
  it('drops a module onto another to make a choose-1 group, and into a group to extend it', () => {
    const grouped = applyEdit(base, {
      op: 'add-module',
      module: 'm-x',
      version: '1.0.0',
      stageId: 's1',
      index: 1,
      member: 1,
    });
    expect(items(grouped)[0]).toEqual([ref('m-a'), { choose: 1, of: [ref('m-b'), ref('m-x')] }]);
    const moved = applyEdit(grouped, {
      op: 'move-item',
      pointer: '/stages/1/items/0',
      stageId: 's1',
      index: 1,
      member: 0,
    });
    expect(items(moved)).toEqual([[ref('m-a'), { choose: 1, of: [ref('m-c'), ref('m-b'), ref('m-x')] }], []]);
  });

  it('moves a member out of its group, keeping choose within the members left', () => {
    const p = program([[group(2, 'm-a', 'm-b')]]);
    const out = applyEdit(p, { op: 'move-item', pointer: '/stages/0/items/0/of/1', stageId: 's1', index: 1 });
    expect(items(out)[0]).toEqual([{ choose: 1, of: [ref('m-a')] }, ref('m-b')]);
  });

  it('dissolves a group into its members in place', () => {
    const p = program([[ref('m-z'), group(1, 'm-a', 'm-b'), ref('m-y')]]);
    expect(items(applyEdit(p, { op: 'ungroup', pointer: '/stages/0/items/1' }))[0]).toEqual([
      ref('m-z'),
      ref('m-a'),
      ref('m-b'),
      ref('m-y'),
    ]);
  });

  it('adds, renames, moves and removes stages', () => {
    let p = applyEdit(base, {
      op: 'add-stage',
      stageId: 's0',
      title: { en: 'Intro', ru: 'Введение' },
      index: 0,
    });
    expect(p.stages.map((s) => s.id)).toEqual(['s0', 's1', 's2']);
    p = applyEdit(p, { op: 'rename-stage', stageId: 's0', title: 'Start' });
    p = applyEdit(p, { op: 'move-stage', stageId: 's0', index: 2 });
    expect(p.stages.map((s) => [s.id, s.title])).toEqual([
      ['s1', 'Stage 1'],
      ['s2', 'Stage 2'],
      ['s0', 'Start'],
    ]);
    p = applyEdit(p, { op: 'remove-stage', stageId: 's1' });
    expect(p.stages.map((s) => s.id)).toEqual(['s2', 's0']);
    // An id already in use is refused rather than creating a duplicate stage.
    expect(applyEdit(p, { op: 'add-stage', stageId: 's0', title: 'Again', index: 0 })).toBe(p);
  });

  it('edits texts, type, targets and the final assessment', () => {
    let p = applyEdit(base, { op: 'set-text', field: 'audience', value: { en: 'Welders' } });
    expect(p.audience).toEqual({ en: 'Welders' });
    p = applyEdit(p, { op: 'set-text', field: 'audience', value: undefined });
    expect('audience' in p).toBe(false);
    p = applyEdit(p, { op: 'set-program-type', programType: 'retraining' });
    p = applyEdit(p, { op: 'add-target', competency: 'c-a' });
    expect(applyEdit(p, { op: 'add-target', competency: 'c-a' })).toBe(p);
    p = applyEdit(p, { op: 'set-final-assessment', kind: 'project', description: 'Defend a project' });
    p = applyEdit(p, { op: 'set-final-assessment', kind: 'demonstration-exam' });
    expect([p.programType, p.targetCompetencies, p.finalAssessment]).toEqual([
      'retraining',
      ['c-a'],
      { kind: 'demonstration-exam', description: 'Defend a project' },
    ]);
    expect(
      applyEdit(p, { op: 'set-final-assessment', kind: 'test', description: null }).finalAssessment,
    ).toEqual({ kind: 'test' });
  });

  it('ignores a stale pointer instead of corrupting the programme', () => {
    expect(applyEdit(base, { op: 'remove-item', pointer: '/stages/9/items/0' })).toEqual(base);
    expect(applyEdit(base, { op: 'move-item', pointer: '/stages/0/items/7', stageId: 's2', index: 0 })).toBe(
      base,
    );
  });
});

describe('history', () => {
  const add = (i: number) => ({ op: 'add-target' as const, competency: `c-${i}` });

  it('undoes and redoes, and a new edit drops the redo tail', () => {
    let h = commit(commit(createHistory(base), add(1)), add(2));
    h = undo(h);
    expect(currentProgram(h).targetCompetencies).toEqual(['c-1']);
    expect(undoEdit(h)).toEqual(add(1));
    h = redo(h);
    expect(currentProgram(h).targetCompetencies).toEqual(['c-1', 'c-2']);
    h = commit(undo(h), add(3));
    expect(currentProgram(h).targetCompetencies).toEqual(['c-1', 'c-3']);
    expect(canRedo(h)).toBe(false);
  });

  it('records nothing for an edit that changes nothing', () => {
    const h = commit(createHistory(base), add(1));
    expect(commit(h, add(1))).toBe(h);
  });

  it('merges consecutive typing into one step', () => {
    let h = createHistory(base);
    for (const title of ['W', 'We', 'Wel', 'Weld'])
      h = commit(h, { op: 'set-text', field: 'title', value: title }, true);
    expect(h.edits).toHaveLength(1);
    expect(currentProgram(undo(h)).title).toBe(base.title);
  });

  it(`keeps at least 200 steps, folding the oldest into the base past ${HISTORY_LIMIT}`, () => {
    let h = createHistory(base);
    for (let i = 0; i < 300; i++) h = commit(h, add(i));
    expect(h.edits).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < 200; i++) h = undo(h);
    expect(currentProgram(h).targetCompetencies).toHaveLength(100);
  });

  it('survives a save and restore with the same programme at every step', () => {
    let h = createHistory(base);
    for (let i = 0; i < 5; i++) h = commit(h, add(i));
    h = undo(undo(h));
    const restored = restoreHistory(JSON.parse(JSON.stringify(saveHistory(h))));
    expect(currentProgram(restored)).toEqual(currentProgram(h));
    expect(currentProgram(redo(redo(restored)))).toEqual(currentProgram(redo(redo(h))));
  });
});
