import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/domain/edits';
import {
  AS_OF,
  catalog,
  codes,
  group,
  hours,
  indexOf,
  mod,
  program,
  ref,
  validate,
} from './helpers/builders';
import { buildNetworkIndex } from '../../src/domain/network-index';
import { validateProgram } from '../../src/domain/validate';
import { renderDiagnostics } from '../../src/i18n/render-diagnostic';

const a = mod({ id: 'm-a', outcomes: ['c-a'] });
const b = mod({ id: 'm-b', outcomes: ['c-b'], prerequisites: ['c-a'] });
const c = mod({ id: 'm-c', outcomes: ['c-c'], prerequisites: [{ anyOf: ['c-a', 'c-x'] }] });
const all = [a, b, c];

describe('prerequisites', () => {
  it('accepts a module whose prerequisite an earlier module develops', () => {
    expect(codes(program([[ref('m-a'), ref('m-b')]], { targetCompetencies: ['c-b'] }), all)).toEqual([]);
  });

  it('accepts a prerequisite held on entry', () => {
    expect(
      codes(program([[ref('m-b')]], { targetCompetencies: ['c-b'], entryRequirements: ['c-a'] }), all),
    ).toEqual([]);
  });

  it('accepts an any-of prerequisite met by one alternative', () => {
    expect(codes(program([[ref('m-a'), ref('m-c')]], { targetCompetencies: ['c-c'] }), all)).toEqual([]);
  });

  it('flags prereq.order when the provider comes later, with a fix that moves the module after it', () => {
    const p = program([[ref('m-b')], [ref('m-a')]], { targetCompetencies: ['c-b'] });
    const [d, ...rest] = validate(p, all);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'prereq.order',
      severity: 'error',
      pointer: '/stages/0/items/0',
      moduleId: 'm-b',
    });
    expect(d!.fix).toEqual({
      op: 'move-item',
      pointer: '/stages/0/items/0',
      stageId: 's2',
      index: 1,
      after: 'm-a',
    });
    const fixed = applyEdit(p, d!.fix!);
    expect(fixed.stages.map((s) => s.items)).toEqual([[], [ref('m-a'), ref('m-b')]]);
    expect(validate(fixed, all)).toEqual([]);
  });

  it('moves within one stage counting positions after removal', () => {
    const p = program([[ref('m-b'), ref('m-a')]], { targetCompetencies: ['c-b'] });
    const [d] = validate(p, all);
    expect(d!.fix).toEqual({
      op: 'move-item',
      pointer: '/stages/0/items/0',
      stageId: 's1',
      index: 1,
      after: 'm-a',
    });
    expect(applyEdit(p, d!.fix!).stages[0]!.items).toEqual([ref('m-a'), ref('m-b')]);
  });

  it('flags prereq.unmet with a fix that adds the cheapest provider before the module', () => {
    const cheap = mod({ id: 'm-a2', outcomes: ['c-a'], hours: hours(2) });
    const p = program([[ref('m-b')]], { targetCompetencies: ['c-b'] });
    const [d, ...rest] = validate(p, [...all, cheap]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'prereq.unmet', severity: 'error', moduleId: 'm-b' });
    expect(d!.fix).toEqual({ op: 'add-module', module: 'm-a2', version: '1.0.0', stageId: 's1', index: 0 });
    expect(validate(applyEdit(p, d!.fix!), [...all, cheap])).toEqual([]);
  });

  it('prefers a provider whose own prerequisites are met over a cheaper one that would add a new error', () => {
    const needy = mod({ id: 'm-needy', outcomes: ['c-a'], prerequisites: ['c-z'], hours: hours(1) });
    const z = mod({ id: 'm-z', outcomes: ['c-z'] });
    const p = program([[ref('m-b')]], { targetCompetencies: ['c-b'] });
    const d = validate(p, [a, b, needy, z]).find((x) => x.code === 'prereq.unmet');
    expect(d!.fix).toMatchObject({ op: 'add-module', module: 'm-a' });
  });

  it('offers an entry requirement when no module in the network develops the competency', () => {
    const orphan = mod({ id: 'm-o', outcomes: ['c-o'], prerequisites: ['c-nobody'] });
    const p = program([[ref('m-o')]], { targetCompetencies: ['c-o'] });
    const [d] = validate(p, [orphan]);
    expect(d).toMatchObject({
      code: 'prereq.unmet',
      fix: { op: 'add-entry-requirement', competency: 'c-nobody' },
    });
    expect(validate(applyEdit(p, d!.fix!), [orphan])).toEqual([]);
  });

  it('offers no entry requirement the network does not know: that fix would only make another error', () => {
    const orphan = mod({ id: 'm-o', outcomes: ['c-o'], prerequisites: [{ anyOf: ['c-ghost', 'c-nobody'] }] });
    const cat = catalog([orphan]);
    cat.competencies = cat.competencies.filter((c) => c.id !== 'c-ghost');
    const index = buildNetworkIndex([{ source: 'cat.json', catalog: cat }]).index;
    const p = program([[ref('m-o')]], { targetCompetencies: ['c-o'] });
    const unmet = validateProgram(p, index, { asOf: AS_OF }).find((d) => d.code === 'prereq.unmet');
    expect(unmet?.fix).toEqual({ op: 'add-entry-requirement', competency: 'c-nobody' });
    cat.competencies = cat.competencies.filter((c) => c.id !== 'c-nobody');
    const none = buildNetworkIndex([{ source: 'cat.json', catalog: cat }]).index;
    expect(
      validateProgram(p, none, { asOf: AS_OF }).find((d) => d.code === 'prereq.unmet')?.fix,
    ).toBeUndefined();
  });

  it('does not let a module satisfy its own prerequisite', () => {
    const self = mod({ id: 'm-self', outcomes: ['c-s'], prerequisites: ['c-s'] });
    expect(codes(program([[ref('m-self')]], { targetCompetencies: ['c-s'] }), [self])).toContain(
      'error:prereq.cycle',
    );
  });

  it('warns, not errs, when only some elective choices provide the prerequisite', () => {
    const x = mod({ id: 'm-x', outcomes: ['c-x'] });
    const y = mod({ id: 'm-y', outcomes: ['c-y'] });
    const needsX = mod({ id: 'm-nx', outcomes: ['c-n'], prerequisites: ['c-x'] });
    const p = program([[group(1, 'm-x', 'm-y')], [ref('m-nx')]], {
      targetCompetencies: ['c-n', 'c-x', 'c-y'],
    });
    const found = validate(p, [x, y, needsX]);
    expect(found.filter((d) => d.code === 'prereq.unmet').map((d) => d.severity)).toEqual(['warning']);
  });

  it('counts an elective group as a provider when every choice includes a provider', () => {
    const x1 = mod({ id: 'm-x1', outcomes: ['c-x'] });
    const x2 = mod({ id: 'm-x2', outcomes: ['c-x'] });
    const y = mod({ id: 'm-y', outcomes: ['c-x'] });
    const needsX = mod({ id: 'm-nx', outcomes: ['c-n'], prerequisites: ['c-x'] });
    // Choose 2 of 3 where all three develop c-x: every trainee has it.
    const p = program([[group(2, 'm-x1', 'm-x2', 'm-y')], [ref('m-nx')]], { targetCompetencies: ['c-n'] });
    expect(codes(p, [x1, x2, y, needsX]).filter((c) => c.includes('prereq'))).toEqual([]);
  });

  it('reports a cycle once per member with a fix that breaks it by an entry requirement', () => {
    const p1 = mod({ id: 'm-p1', outcomes: ['c-1'], prerequisites: ['c-2'] });
    const p2 = mod({ id: 'm-p2', outcomes: ['c-2'], prerequisites: ['c-1'] });
    const p = program([[ref('m-p1'), ref('m-p2')]], { targetCompetencies: ['c-1', 'c-2'] });
    const found = validate(p, [p1, p2]);
    expect(found.map((d) => [d.code, d.moduleId])).toEqual([
      ['prereq.cycle', 'm-p1'],
      ['prereq.cycle', 'm-p2'],
    ]);
    expect(found[0]!.params.competencies!.map((n) => n.id)).toEqual(['c-1', 'c-2']);
    // Breaking the cycle leaves an ordering problem, which its own one-click fix resolves.
    const opened = applyEdit(p, found[0]!.fix!);
    const [next, ...rest] = validate(opened, [p1, p2]);
    expect(rest).toEqual([]);
    expect(next).toMatchObject({ code: 'prereq.order', moduleId: 'm-p1' });
    expect(validate(applyEdit(opened, next!.fix!), [p1, p2])).toEqual([]);
  });
});

describe('coverage and usefulness', () => {
  it('flags an uncovered target with a fix adding a provider to the last stage', () => {
    const p = program([[ref('m-a')]], { targetCompetencies: ['c-a', 'c-b'] });
    const [d, ...rest] = validate(p, all);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'coverage.missing',
      severity: 'error',
      pointer: '/targetCompetencies/1',
    });
    expect(d!.fix).toEqual({ op: 'add-module', module: 'm-b', version: '1.0.0', stageId: 's1', index: 1 });
    expect(validate(applyEdit(p, d!.fix!), all)).toEqual([]);
  });

  it('warns when a target is covered only by some elective choices', () => {
    const p = program([[group(1, 'm-a', 'm-x')]], { targetCompetencies: ['c-a', 'c-x'] });
    const x = mod({ id: 'm-x', outcomes: ['c-x'] });
    expect(codes(p, [a, x])).toEqual(['warning:coverage.missing', 'warning:coverage.missing']);
  });

  it('flags a module that serves nothing, and removing it clears the warning', () => {
    const p = program([[ref('m-a'), ref('m-b')]], { targetCompetencies: ['c-a'] });
    const [d, ...rest] = validate(p, all);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'module.unused',
      severity: 'warning',
      moduleId: 'm-b',
      fix: { op: 'remove-item', pointer: '/stages/0/items/1' },
    });
    expect(validate(applyEdit(p, d!.fix!), all)).toEqual([]);
  });

  it('does not flag a module that only feeds a later prerequisite', () => {
    expect(codes(program([[ref('m-a'), ref('m-b')]], { targetCompetencies: ['c-b'] }), all)).toEqual([]);
  });

  it('reports a provider placed too late as misordered, not as unused', () => {
    expect(codes(program([[ref('m-b'), ref('m-a')]], { targetCompetencies: ['c-b'] }), all)).toEqual([
      'error:prereq.order',
    ]);
  });
});

describe('references, duplicates and electives', () => {
  it('flags an unknown module version with a fix to the existing version', () => {
    const p = program([[ref('m-a', '9.9.9')]], { targetCompetencies: ['c-a'] });
    const [d, ...rest] = validate(p, all);
    expect(d).toMatchObject({ code: 'ref.unknown-module', fix: { op: 'set-version', version: '1.0.0' } });
    expect(rest.map((x) => x.code)).toEqual(['coverage.missing']);
    expect(validate(applyEdit(p, d!.fix!), all)).toEqual([]);
  });

  it('flags an unknown module id with a fix that removes the reference', () => {
    const [d] = validate(program([[ref('m-nowhere')]]), all);
    expect(d).toMatchObject({
      code: 'ref.unknown-module',
      fix: { op: 'remove-item', pointer: '/stages/0/items/0' },
    });
  });

  it('flags unknown target and entry competencies', () => {
    const found = validate(
      program([], { targetCompetencies: ['c-nope'], entryRequirements: ['c-none'] }),
      all,
    );
    expect(found.map((d) => [d.code, d.pointer])).toEqual([
      ['ref.unknown-competency', '/entryRequirements/0'],
      ['ref.unknown-competency', '/targetCompetencies/0'],
    ]);
  });

  it('flags a module placed twice and a duplicate stage id', () => {
    const p = program([[ref('m-a')], [ref('m-a')]], { targetCompetencies: ['c-a'] });
    p.stages[1]!.id = 's1';
    expect(codes(p, all)).toEqual(['error:id.duplicate', 'error:module.duplicate']);
  });

  it('warns of a target or entry requirement listed twice, and removes only the second copy', () => {
    const p = program([[ref('m-a')]], {
      targetCompetencies: ['c-a', 'c-a'],
      entryRequirements: ['c-b', 'c-b'],
    });
    const dups = validate(p, all).filter((d) => d.code === 'id.duplicate');
    expect(dups.map((d) => [d.severity, d.pointer, d.fix])).toEqual([
      ['warning', '/entryRequirements/1', { op: 'remove-entry-requirement', competency: 'c-b', index: 1 }],
      ['warning', '/targetCompetencies/1', { op: 'remove-target', competency: 'c-a', index: 1 }],
    ]);
    expect(renderDiagnostics(dups, 'en').map((d) => d.message)).toEqual([
      'The entry requirement "c-b" is listed twice; once is enough.',
      'The target competency "c-a" is listed twice; once is enough.',
    ]);
    const fixed = dups.reduce((q, d) => applyEdit(q, d.fix!), p);
    expect([fixed.targetCompetencies, fixed.entryRequirements]).toEqual([['c-a'], ['c-b']]);
  });

  it('keeps the copy of a module placed twice that resolves, and offers to remove the broken one', () => {
    const p = program([[ref('m-a', '9.9.9')], [ref('m-a')]], { targetCompetencies: ['c-a'] });
    const dup = validate(p, all).filter((d) => d.code === 'module.duplicate');
    expect(dup.map((d) => [d.pointer, d.params.detail, d.fix])).toEqual([
      ['/stages/0/items/0', '/stages/1/items/0', { op: 'remove-item', pointer: '/stages/0/items/0' }],
    ]);
  });

  it('fixes a duplicate stage id by giving the later stage a fresh one, so stage edits reach it', () => {
    const p = program([[ref('m-a')], [], []], { targetCompetencies: ['c-a'] });
    p.stages[1]!.id = 's1';
    p.stages[2]!.id = 's1';
    const dups = validate(p, all).filter((d) => d.code === 'id.duplicate');
    expect(dups.map((d) => [d.pointer, d.fix])).toEqual([
      ['/stages/1/id', { op: 'set-stage-id', index: 1, stageId: 's1-2' }],
      ['/stages/2/id', { op: 'set-stage-id', index: 2, stageId: 's1-3' }],
    ]);
    const fixed = dups.reduce((q, d) => applyEdit(q, d.fix!), p);
    expect(fixed.stages.map((s) => s.id)).toEqual(['s1', 's1-2', 's1-3']);
    expect(validate(fixed, all).filter((d) => d.code === 'id.duplicate')).toEqual([]);
    // Applied again (a stale fix), it changes nothing: the id is taken now.
    expect(applyEdit(fixed, dups[0]!.fix!)).toBe(fixed);
  });

  it('flags a choose-k group with fewer usable modules and fixes k', () => {
    const retired = mod({ id: 'm-old', outcomes: ['c-a'], validUntil: '2020-01-01' });
    const p = program([[group(2, 'm-a', 'm-old')]], { targetCompetencies: ['c-a'] });
    const found = validate(p, [a, retired]);
    const d = found.find((x) => x.code === 'elective.unsatisfiable')!;
    expect(d).toMatchObject({
      severity: 'error',
      pointer: '/stages/0/items/0',
      fix: { op: 'set-choose', choose: 1 },
    });
    expect(found.map((x) => x.code)).toContain('module.retired');
  });

  it('accepts a satisfiable elective group', () => {
    const x = mod({ id: 'm-x', outcomes: ['c-a'] });
    expect(codes(program([[group(1, 'm-a', 'm-x')]], { targetCompetencies: ['c-a'] }), [a, x])).toEqual([]);
  });
});

describe('hours, final assessment, validity and waivers', () => {
  const big = mod({ id: 'm-big', outcomes: ['c-big'], hours: hours(300) });
  const small = mod({ id: 'm-small', outcomes: ['c-big'], hours: hours(10) });

  it('checks the minimum against the cheapest elective choice and the maximum against the dearest', () => {
    const p = program([[group(1, 'm-big', 'm-small')]], {
      programType: 'advanced-training',
      targetCompetencies: ['c-big'],
    });
    const [below, ...rest] = validate(p, [big, small]);
    expect(rest).toEqual([]);
    expect(renderDiagnostics([below!], 'en')[0]!.message).toBe(
      'With its lightest elective choices, the programme has 10 h, below the minimum of 16 h for advanced training.',
    );
    const index = indexOf([big, small]);
    index.bounds = { 'advanced-training': { min: 8, max: 200 } };
    const found = validateProgram(p, index, { asOf: AS_OF });
    expect(found.map((d) => [d.code, d.params.total, d.params.max])).toEqual([
      ['hours.above-maximum', 300, 200],
    ]);
    expect(renderDiagnostics(found, 'en')[0]!.message).toBe(
      'With its heaviest elective choices, the programme has 300 h, above the maximum of 200 h for advanced training.',
    );
  });

  it('does not blame the lightest or heaviest choices when every choice misses the bound', () => {
    const mid = mod({ id: 'm-mid', outcomes: ['c-big'], hours: hours(24) });
    const p = program([[group(1, 'm-small', 'm-mid')]], {
      programType: 'advanced-training',
      targetCompetencies: ['c-big'],
    });
    const index = indexOf([small, mid]);
    index.bounds = { 'advanced-training': { min: 30 } };
    const below = validateProgram(p, index, { asOf: AS_OF });
    expect(below.map((d) => [d.code, d.params.total, d.params.electiveOnly])).toEqual([
      ['hours.below-minimum', 10, undefined],
    ]);
    expect(renderDiagnostics(below, 'en')[0]!.message).toBe(
      'The programme has 10 h, below the minimum of 30 h for advanced training.',
    );
    index.bounds = { 'advanced-training': { min: 1, max: 5 } };
    const above = validateProgram(p, index, { asOf: AS_OF });
    expect(renderDiagnostics(above, 'ru')[0]!.message).toBe(
      'Программа может достигать 24 часа — больше максимума в 5 часов для вида «повышение квалификации».',
    );
  });

  it('accepts exactly 16 hours of advanced training and refuses 15', () => {
    const m16 = mod({
      id: 'm-16',
      outcomes: ['c-16'],
      hours: { theory: 6, practice: 8, selfStudy: 1, assessment: 1 },
    });
    const m15 = mod({
      id: 'm-15',
      outcomes: ['c-16'],
      hours: { theory: 6, practice: 8, selfStudy: 1, assessment: 0 },
    });
    const p = (id: string) =>
      program([[ref(id)]], { programType: 'advanced-training', targetCompetencies: ['c-16'] });
    expect(codes(p('m-16'), [m16])).toEqual([]);
    expect(codes(p('m-15'), [m15])).toEqual(['error:hours.below-minimum']);
  });

  it('warns about a missing final assessment, with a fix', () => {
    const p = program([[ref('m-a')]], { targetCompetencies: ['c-a'], finalAssessment: undefined });
    const [d] = validate(p, all);
    expect(d).toMatchObject({
      code: 'assessment.missing-final',
      severity: 'warning',
      fix: { op: 'set-final-assessment', kind: 'demonstration-exam' },
    });
    expect(validate(applyEdit(p, d!.fix!), all)).toEqual([]);
  });

  it('warns about a retired module with a fix to a valid replacement', () => {
    const old = mod({ id: 'm-old', outcomes: ['c-a'], validUntil: '2024-12-31' });
    const p = program([[ref('m-old')]], { targetCompetencies: ['c-a'] });
    const [d] = validate(p, [old, a]);
    expect(d).toMatchObject({ code: 'module.retired', fix: { op: 'replace-module', module: 'm-a' } });
    expect(validate(applyEdit(p, d!.fix!), [old, a])).toEqual([]);
  });

  it('does not flag a module inside its validity window', () => {
    const dated = mod({ id: 'm-d', outcomes: ['c-a'], validFrom: '2026-01-01', validUntil: '2026-12-31' });
    expect(codes(program([[ref('m-d')]], { targetCompetencies: ['c-a'] }), [dated])).toEqual([]);
  });

  it('marks a waived warning, keeps errors unwaivable and reports unused waivers', () => {
    const p = program([[ref('m-a'), ref('m-b')]], {
      targetCompetencies: ['c-a', 'c-zzz'],
      waivers: [
        { code: 'module.unused', moduleId: 'm-b', reason: 'Required by the employer', by: 'Methodologist' },
        { code: 'coverage.missing', reason: 'try to waive an error', by: 'x' },
        { code: 'module.retired', moduleId: 'm-a', reason: 'stale', by: 'x' },
      ],
    });
    const found = validate(p, all, ['c-zzz']);
    expect(found.map((d) => [d.code, d.severity, d.waived?.by ?? null])).toEqual([
      ['coverage.missing', 'error', null],
      ['module.unused', 'warning', 'Methodologist'],
      ['waiver.unused', 'info', null],
      ['waiver.unused', 'info', null],
    ]);
    // The waiver of an error is told apart from a stale one.
    expect(renderDiagnostics(found.slice(2), 'en').map((d) => d.message)).toEqual([
      'The waiver for "coverage.missing" names an error, and errors cannot be waived: fix the problem, then remove the waiver.',
      'The waiver for "module.retired" matches no diagnostic any more; remove it.',
    ]);
  });
});

describe('complexity', () => {
  it('visits each prerequisite edge a bounded number of times (linear work)', () => {
    // A chain of n modules; if validation were quadratic, 4x modules would cost about 16x the lookups.
    const work = (n: number) => {
      const modules = Array.from({ length: n }, (_, i) =>
        mod({ id: `m-${i}`, outcomes: [`c-${i}`], prerequisites: i ? [`c-${i - 1}`] : [] }),
      );
      const index = indexOf(modules);
      let lookups = 0;
      const providers = index.providers;
      const get = providers.get.bind(providers);
      providers.get = (k) => {
        lookups++;
        return get(k);
      };
      const p = program([modules.map((m) => ref(m.id))], { targetCompetencies: [`c-${n - 1}`] });
      expect(validateProgram(p, index, { asOf: AS_OF })).toEqual([]);
      return lookups;
    };
    const small = work(500);
    const large = work(2000);
    expect(large / Math.max(small, 1)).toBeLessThan(5);
  });
});
