import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/domain/edits';
import { itemKeys } from '../../src/ui/program/item-keys';
import { group, program, ref } from './helpers/builders';

const base = program([[ref('m-a'), group(1, 'm-b', 'm-c')], [ref('m-d')]]);
const at = (keys: ReadonlyMap<string, string>, pointer: string) => keys.get(pointer)!;

describe('item keys', () => {
  it('names every item and group member, each differently', () => {
    const keys = itemKeys(base);
    expect([...keys.keys()]).toEqual([
      '/stages/0/items/0',
      '/stages/0/items/1',
      '/stages/0/items/1/of/0',
      '/stages/0/items/1/of/1',
      '/stages/1/items/0',
    ]);
    expect(new Set(keys.values()).size).toBe(5);
  });

  it('keeps the names of the items a drop moves down, and gives the dropped one a new name', () => {
    const before = itemKeys(base);
    const after = applyEdit(base, {
      op: 'add-module',
      module: 'm-x',
      version: '1.0.0',
      stageId: 's1',
      index: 0,
    });
    const keys = itemKeys(after, base);
    expect(at(keys, '/stages/0/items/1')).toBe(at(before, '/stages/0/items/0'));
    expect(at(keys, '/stages/0/items/2')).toBe(at(before, '/stages/0/items/1'));
    expect(at(keys, '/stages/1/items/0')).toBe(at(before, '/stages/1/items/0'));
    expect([...before.values()]).not.toContain(at(keys, '/stages/0/items/0'));
  });

  it('lets a moved item keep its name at its new place', () => {
    const before = itemKeys(base);
    const after = applyEdit(base, { op: 'move-item', pointer: '/stages/0/items/0', stageId: 's2', index: 1 });
    expect(at(itemKeys(after, base), '/stages/1/items/1')).toBe(at(before, '/stages/0/items/0'));
  });

  it('lets an item edited in place (a new object where the old is gone) keep its name', () => {
    const before = itemKeys(base);
    const chosen = applyEdit(base, { op: 'set-choose', pointer: '/stages/0/items/1', choose: 2 });
    const keys = itemKeys(chosen, base);
    expect(at(keys, '/stages/0/items/1')).toBe(at(before, '/stages/0/items/1'));
    expect(at(keys, '/stages/0/items/1/of/1')).toBe(at(before, '/stages/0/items/1/of/1'));
    const versioned = applyEdit(base, { op: 'set-version', pointer: '/stages/1/items/0', version: '2.0.0' });
    expect(at(itemKeys(versioned, base), '/stages/1/items/0')).toBe(at(before, '/stages/1/items/0'));
  });

  it('gives the programme before an edit its old names back (undo)', () => {
    const before = itemKeys(base);
    const after = applyEdit(base, { op: 'remove-item', pointer: '/stages/0/items/0' });
    itemKeys(after, base);
    expect(itemKeys(base, after)).toEqual(before);
  });

  it('names the same object twice in one programme twice', () => {
    const shared = ref('m-a');
    const keys = itemKeys(program([[shared, shared], [shared]]));
    expect(new Set(keys.values()).size).toBe(3);
  });
});
