import type { AssessmentKind, Id, ModuleRef, Program, Stage, StageItem } from './model';

/**
 * A typed change to a programme. One path serves one-click fixes, drag and drop, the keyboard, undo and tests.
 * Item addresses are JSON pointers (`/stages/1/items/0`, `/stages/1/items/0/of/2`) into the programme.
 */
export type ProgramEdit =
  | { op: 'add-module'; module: Id; version: string; stageId: Id; index: number }
  | { op: 'remove-item'; pointer: string }
  | { op: 'move-item'; pointer: string; stageId: Id; index: number }
  | { op: 'set-version'; pointer: string; version: string }
  | { op: 'replace-module'; pointer: string; module: Id; version: string }
  | { op: 'set-choose'; pointer: string; choose: number }
  | { op: 'set-final-assessment'; kind: AssessmentKind }
  | { op: 'add-entry-requirement'; competency: Id }
  | { op: 'remove-target'; competency: Id }
  | { op: 'remove-entry-requirement'; competency: Id };

export type EditOp = ProgramEdit['op'];

interface ItemAddress {
  stage: number;
  item: number;
  member?: number;
}

const ITEM_POINTER = /^\/stages\/(\d+)\/items\/(\d+)(?:\/of\/(\d+))?$/;

export function parseItemPointer(pointer: string): ItemAddress | undefined {
  const m = ITEM_POINTER.exec(pointer);
  if (!m) return undefined;
  return { stage: Number(m[1]), item: Number(m[2]), member: m[3] === undefined ? undefined : Number(m[3]) };
}

export const itemPointer = (a: ItemAddress): string =>
  `/stages/${a.stage}/items/${a.item}${a.member === undefined ? '' : `/of/${a.member}`}`;

const isGroup = (item: StageItem | undefined): item is Extract<StageItem, { choose: number }> =>
  item !== undefined && 'choose' in item;

function mapStage(program: Program, index: number, f: (s: Stage) => Stage): Program {
  return { ...program, stages: program.stages.map((s, i) => (i === index ? f(s) : s)) };
}

function updateItem(
  program: Program,
  pointer: string,
  f: (ref: StageItem) => StageItem | undefined,
): Program {
  const a = parseItemPointer(pointer);
  if (!a) return program;
  return mapStage(program, a.stage, (stage) => {
    const items = stage.items.flatMap((item, i): StageItem[] => {
      if (i !== a.item) return [item];
      if (a.member === undefined) {
        const next = f(item);
        return next ? [next] : [];
      }
      if (!isGroup(item)) return [item];
      const of = item.of.flatMap((ref, j) => {
        if (j !== a.member) return [ref];
        const next = f(ref);
        return next && !isGroup(next) ? [next] : [];
      });
      return of.length ? [{ ...item, of, choose: Math.min(item.choose, of.length) }] : [];
    });
    return { ...stage, items };
  });
}

export function getItem(program: Program, pointer: string): StageItem | undefined {
  const a = parseItemPointer(pointer);
  if (!a) return undefined;
  const item = program.stages[a.stage]?.items[a.item];
  if (a.member === undefined) return item;
  return isGroup(item) ? item.of[a.member] : undefined;
}

const withoutId = (list: readonly Id[], id: Id) => list.filter((x) => x !== id);

function ensureStage(program: Program, stageId: Id): Program {
  if (program.stages.some((s) => s.id === stageId)) return program;
  const n = program.stages.length + 1;
  return {
    ...program,
    stages: [...program.stages, { id: stageId, title: { en: `Stage ${n}`, ru: `Этап ${n}` }, items: [] }],
  };
}

function insertItem(program: Program, stageId: Id, index: number, item: StageItem): Program {
  const p = ensureStage(program, stageId);
  const stageIndex = p.stages.findIndex((s) => s.id === stageId);
  return mapStage(p, stageIndex, (s) => {
    const items = [...s.items];
    items.splice(Math.max(0, Math.min(index, items.length)), 0, item);
    return { ...s, items };
  });
}

/** Applies one edit, returning a new programme; an edit that no longer fits (stale pointer) changes nothing. */
export function applyEdit(program: Program, edit: ProgramEdit): Program {
  switch (edit.op) {
    case 'add-module':
      return insertItem(program, edit.stageId, edit.index, { module: edit.module, version: edit.version });
    case 'remove-item':
      return updateItem(program, edit.pointer, () => undefined);
    case 'move-item': {
      const item = getItem(program, edit.pointer);
      if (!item) return program;
      // The index counts positions after the item has been taken out, as in a drag-and-drop move.
      return insertItem(
        applyEdit(program, { op: 'remove-item', pointer: edit.pointer }),
        edit.stageId,
        edit.index,
        item,
      );
    }
    case 'set-version':
      return updateItem(program, edit.pointer, (item) =>
        isGroup(item) ? item : { ...item, version: edit.version },
      );
    case 'replace-module':
      return updateItem(program, edit.pointer, (item) =>
        isGroup(item) ? item : ({ module: edit.module, version: edit.version } satisfies ModuleRef),
      );
    case 'set-choose':
      return updateItem(program, edit.pointer, (item) =>
        isGroup(item) ? { ...item, choose: edit.choose } : item,
      );
    case 'set-final-assessment':
      return { ...program, finalAssessment: { ...program.finalAssessment, kind: edit.kind } };
    case 'add-entry-requirement':
      return program.entryRequirements.includes(edit.competency)
        ? program
        : { ...program, entryRequirements: [...program.entryRequirements, edit.competency] };
    case 'remove-target':
      return { ...program, targetCompetencies: withoutId(program.targetCompetencies, edit.competency) };
    case 'remove-entry-requirement':
      return { ...program, entryRequirements: withoutId(program.entryRequirements, edit.competency) };
  }
}
