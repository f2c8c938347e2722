import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/domain/edits';
import type { Program } from '../../src/domain/model';
import { dropEdit, type DragSource, type DropTarget } from '../../src/ui/editor/drag-data';
import { group, program, ref } from './helpers/builders';

/** The first stage after dropping `source` on `target`, as module ids (a group as an array of them). */
function dropped(p: Program, source: DragSource, target: DropTarget) {
  const edit = dropEdit(p, source, target);
  if (!edit) return undefined;
  return applyEdit(p, edit).stages[0]!.items.map((item) =>
    'choose' in item ? item.of.map((m) => m.module) : item.module,
  );
}
const item = (pointer: string): DragSource => ({ kind: 'item', pointer });

describe('where a drop lands', () => {
  it('moves a stage item to the place of the item it is dropped on, as the sortable previews', () => {
    const p = program([[ref('a'), ref('b'), ref('c')]]);
    expect(dropped(p, item('/stages/0/items/0'), { kind: 'item', pointer: '/stages/0/items/2' })).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('offers a stage item as an alternative to a later group of the same stage', () => {
    const p = program([[ref('a'), group(1, 'b', 'c'), ref('d')]]);
    const target: DropTarget = { kind: 'alternative', pointer: '/stages/0/items/1' };
    expect(dropped(p, item('/stages/0/items/0'), target)).toEqual([['b', 'c', 'a'], 'd']);
  });

  it('counts a group that leaves with its only member when the drop is later in the same stage', () => {
    const p = program([[group(1, 'a'), group(1, 'b', 'c'), ref('d')]]);
    const alternative: DropTarget = { kind: 'alternative', pointer: '/stages/0/items/1' };
    expect(dropped(p, item('/stages/0/items/0/of/0'), alternative)).toEqual([['b', 'c', 'a'], 'd']);
    const before: DropTarget = { kind: 'item', pointer: '/stages/0/items/2' };
    expect(dropped(p, item('/stages/0/items/0/of/0'), before)).toEqual([['b', 'c'], 'a', 'd']);
  });

  it('puts a member of a larger group before the item it is dropped on', () => {
    const p = program([[group(1, 'a', 'x'), ref('b'), ref('c')]]);
    expect(
      dropped(p, item('/stages/0/items/0/of/0'), { kind: 'item', pointer: '/stages/0/items/2' }),
    ).toEqual([['x'], 'b', 'a', 'c']);
  });
});
