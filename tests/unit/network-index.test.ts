import { describe, expect, it } from 'vitest';
import { buildNetworkIndex } from '../../src/domain/network-index';
import { catalog, mod } from './helpers/builders';

const summary = (ds: ReturnType<typeof buildNetworkIndex>['diagnostics']) =>
  ds.map((d) => [d.code, d.source, d.pointer, d.moduleId ?? null]);

describe('catalog checks across a network', () => {
  it('accepts a consistent network', () => {
    const c = catalog([
      mod({ id: 'm-1', outcomes: ['c-1'] }),
      mod({ id: 'm-2', outcomes: ['c-2'], prerequisites: ['c-1'], resources: ['r-lab'] }),
    ]);
    expect(buildNetworkIndex([{ source: 'a.json', catalog: c }]).diagnostics).toEqual([]);
  });

  it('reports duplicate ids in the file that repeats them', () => {
    const a = catalog([mod({ id: 'm-1', outcomes: ['c-1'] })]);
    const b = catalog([
      mod({ id: 'm-1', outcomes: ['c-1'] }),
      mod({ id: 'm-1', version: '2.0.0', outcomes: ['c-1'] }),
    ]);
    const found = summary(
      buildNetworkIndex([
        { source: 'a.json', catalog: a },
        { source: 'b.json', catalog: b },
      ]).diagnostics,
    );
    expect(found).toEqual([
      ['id.duplicate', 'b.json', '/partners/0', null],
      ['id.duplicate', 'b.json', '/partners/0/resources/0', null],
      ['id.duplicate', 'b.json', '/competencies/0', null],
      ['id.duplicate', 'b.json', '/modules/0', null],
    ]);
  });

  it('keeps several versions of a module, newest first', () => {
    const c = catalog([
      mod({ id: 'm-1', version: '1.2.0', outcomes: ['c'] }),
      mod({ id: 'm-1', version: '1.10.0', outcomes: ['c'] }),
    ]);
    const { index } = buildNetworkIndex([{ source: 'a.json', catalog: c }]);
    expect(index.moduleVersions.get('m-1')!.map((m) => m.version)).toEqual(['1.10.0', '1.2.0']);
  });

  it('reports dangling partner, competency and resource references', () => {
    const c = catalog([mod({ id: 'm-1', outcomes: ['c-1'], partnerId: 'p-x', resources: ['r-x'] })]);
    c.modules[0]!.prerequisites = [{ anyOf: ['c-1', 'c-ghost'] }];
    c.modules[0]!.outcomes.push('c-phantom');
    expect(summary(buildNetworkIndex([{ source: 'a.json', catalog: c }]).diagnostics)).toEqual([
      ['ref.unknown-partner', 'a.json', '/modules/0/partnerId', 'm-1'],
      ['ref.unknown-competency', 'a.json', '/modules/0/outcomes/1', 'm-1'],
      ['ref.unknown-competency', 'a.json', '/modules/0/prerequisites/0/anyOf/1', 'm-1'],
      ['ref.unknown-resource', 'a.json', '/modules/0/resources/0', 'm-1'],
    ]);
  });

  it('reports modules that can only be reached through each other, and not their dependants', () => {
    const c = catalog([
      mod({ id: 'm-x', outcomes: ['c-x'], prerequisites: ['c-y'] }),
      mod({ id: 'm-y', outcomes: ['c-y'], prerequisites: ['c-x'] }),
      mod({ id: 'm-after', outcomes: ['c-z'], prerequisites: ['c-x'] }),
      // An alternative provider outside the cycle opens it for this any-of.
      mod({ id: 'm-open', outcomes: ['c-o'], prerequisites: [{ anyOf: ['c-x', 'c-free'] }] }),
      mod({ id: 'm-free', outcomes: ['c-free'] }),
    ]);
    const found = buildNetworkIndex([{ source: 'a.json', catalog: c }]).diagnostics;
    expect(found.map((d) => [d.code, d.moduleId])).toEqual([
      ['prereq.cycle', 'm-x'],
      ['prereq.cycle', 'm-y'],
    ]);
  });

  it('treats a competency no module develops as an entry requirement, not a cycle', () => {
    const c = catalog([mod({ id: 'm-1', outcomes: ['c-1'], prerequisites: ['c-school'] })]);
    expect(buildNetworkIndex([{ source: 'a.json', catalog: c }]).diagnostics).toEqual([]);
  });
});
