import { parseItemPointer, type ProgramEdit } from '../../domain/edits';
import type { Id, Program } from '../../domain/model';

/** What is being dragged. */
export type DragSource =
  | { kind: 'catalog-module'; module: Id; version: string }
  | { kind: 'item'; pointer: string }
  | { kind: 'stage'; stageId: Id };

/** Where it can land: before an item, onto an item (to offer it as an alternative), or at a stage's end. */
export type DropTarget =
  | { kind: 'item'; pointer: string }
  | { kind: 'alternative'; pointer: string }
  | { kind: 'stage-end'; stageId: Id }
  | { kind: 'stage'; stageId: Id };

export const catalogDragId = (module: Id) => `catalog:${module}`;
// Items and their alternative places are named by their keys (ui/program/item-keys.ts), not their pointers:
// a drop moves the other items, and a drag id that moved with them would register them all anew.
export const itemDragId = (key: string) => `item:${key}`;
export const stageDragId = (stageId: Id) => `stage:${stageId}`;
export const stageEndDropId = (stageId: Id) => `stage-end:${stageId}`;
export const alternativeDropId = (key: string) => `alternative:${key}`;

/**
 * The edit a drop makes, or nothing when the drop changes nothing. Positions follow drag-and-drop
 * convention: dropping on an item puts the dragged one where that item is, so moving down within a list
 * lands after it and moving up lands before it, exactly as the sortable animation previews.
 */
export function dropEdit(program: Program, source: DragSource, target: DropTarget): ProgramEdit | undefined {
  if (source.kind === 'stage') {
    if (target.kind !== 'stage' && target.kind !== 'stage-end') return undefined;
    const index = program.stages.findIndex((s) => s.id === target.stageId);
    return index < 0 || target.stageId === source.stageId
      ? undefined
      : { op: 'move-stage', stageId: source.stageId, index };
  }
  const destination = destinationOf(program, source, target);
  if (!destination) return undefined;
  if (source.kind === 'catalog-module')
    return { op: 'add-module', module: source.module, version: source.version, ...destination };
  return { op: 'move-item', pointer: source.pointer, ...destination };
}

function destinationOf(program: Program, source: Exclude<DragSource, { kind: 'stage' }>, target: DropTarget) {
  const from = source.kind === 'item' ? parseItemPointer(source.pointer) : undefined;
  if (target.kind === 'stage-end' || target.kind === 'stage') {
    const stage = program.stages.find((s) => s.id === target.stageId);
    if (!stage) return undefined;
    const sameStage = from && from.member === undefined && program.stages[from.stage]?.id === target.stageId;
    return { stageId: target.stageId, index: sameStage ? stage.items.length - 1 : stage.items.length };
  }
  const to = parseItemPointer(target.pointer);
  const stage = to && program.stages[to.stage];
  if (!to || !stage || (source.kind === 'item' && source.pointer === target.pointer)) return undefined;
  // Taking the dragged item out moves the stage's later items up by one when it is a stage item, or the only
  // member of its group (the group goes with it).
  const sourceGroup = from?.member === undefined ? undefined : program.stages[from.stage]?.items[from.item];
  const takesItem =
    from !== undefined &&
    (from.member === undefined ||
      (sourceGroup !== undefined && 'choose' in sourceGroup && sourceGroup.of.length === 1));
  const shift = takesItem && from.stage === to.stage && from.item < to.item ? 1 : 0;
  // Within one list the index is the final position (as the sortable animation previews); from elsewhere the
  // dragged item lands before the target.
  if (target.kind === 'item' && to.member === undefined)
    return { stageId: stage.id, index: from?.member === undefined ? to.item : to.item - shift };
  // Into a group: the group is addressed by its index after the dragged item is taken out.
  if (target.kind === 'alternative') {
    const group = stage.items[to.item];
    return {
      stageId: stage.id,
      index: to.item - shift,
      member: group && 'choose' in group ? group.of.length : 1,
    };
  }
  return { stageId: stage.id, index: to.item - shift, member: to.member };
}
