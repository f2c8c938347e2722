import type {
  AssessmentKind,
  Id,
  LocalizedText,
  ModuleRef,
  Program,
  ProgramType,
  Stage,
  StageItem,
} from './model';

/**
 * A typed change to a programme. One path serves one-click fixes, drag and drop, the keyboard, undo and tests.
 * Item addresses are JSON pointers (`/stages/1/items/0`, `/stages/1/items/0/of/2`) into the programme.
 */
/**
 * Where an item lands: position `index` among the stage's items, or, with `member`, inside the stage item at
 * `index`: an elective group gains a member there, and a single module becomes a "choose 1" group with it
 * (how methodologists build elective groups by dropping one module onto another).
 */
export interface Destination {
  stageId: Id;
  index: number;
  member?: number;
}

export type TextField = 'title' | 'purpose' | 'audience';

export type ProgramEdit =
  | ({ op: 'add-module'; module: Id; version: string } & Destination)
  | { op: 'remove-item'; pointer: string }
  /** `after`: the module it goes after, when that is the point of the move (a fix), to name it. */
  | ({ op: 'move-item'; pointer: string; after?: Id } & Destination)
  | { op: 'set-version'; pointer: string; version: string }
  | { op: 'replace-module'; pointer: string; module: Id; version: string }
  | { op: 'set-choose'; pointer: string; choose: number }
  | { op: 'set-group-title'; pointer: string; title?: LocalizedText }
  | { op: 'ungroup'; pointer: string }
  /** Without `description` the current one is kept; `null` clears it. */
  | { op: 'set-final-assessment'; kind: AssessmentKind; description?: LocalizedText | null }
  | { op: 'add-entry-requirement'; competency: Id }
  /** With `index`, only the entry there (one of a competency listed twice); without, every entry of it. */
  | { op: 'remove-entry-requirement'; competency: Id; index?: number }
  | { op: 'add-target'; competency: Id }
  | { op: 'remove-target'; competency: Id; index?: number }
  | { op: 'add-stage'; stageId: Id; title: LocalizedText; index: number }
  | { op: 'rename-stage'; stageId: Id; title: LocalizedText }
  | { op: 'move-stage'; stageId: Id; index: number }
  | { op: 'remove-stage'; stageId: Id }
  /** Stages are addressed by id, so a stage sharing another's id is told apart by its place. */
  | { op: 'set-stage-id'; index: number; stageId: Id }
  | { op: 'set-text'; field: TextField; value?: LocalizedText }
  | { op: 'set-program-type'; programType: ProgramType };

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

/** Where a module sits in the programme (its first placement, a group member included), if anywhere. */
export function findModulePointer(program: Program, moduleId: string): string | undefined {
  for (let stage = 0; stage < program.stages.length; stage++) {
    const items = program.stages[stage]!.items;
    for (let item = 0; item < items.length; item++) {
      const it = items[item]!;
      if (!('choose' in it)) {
        if (it.module === moduleId) return itemPointer({ stage, item });
        continue;
      }
      const member = it.of.findIndex((r) => r.module === moduleId);
      if (member >= 0) return itemPointer({ stage, item, member });
    }
  }
  return undefined;
}

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

/** A competency list without one entry (at `index`, when it holds that competency) or without all of it. */
const withoutEntry = (list: readonly Id[], { competency, index }: { competency: Id; index?: number }) =>
  index !== undefined && list[index] === competency
    ? list.filter((_, i) => i !== index)
    : list.filter((x) => x !== competency);

/** A fix may add to a stage that does not exist yet (a programme with no stages): create it, numbered. */
function ensureStage(program: Program, stageId: Id): Program {
  if (program.stages.some((s) => s.id === stageId)) return program;
  const n = program.stages.length + 1;
  return {
    ...program,
    stages: [...program.stages, { id: stageId, title: { en: `Stage ${n}`, ru: `Этап ${n}` }, items: [] }],
  };
}

const clamp = (i: number, length: number) => Math.max(0, Math.min(i, length));

function insertItem(program: Program, to: Destination, item: StageItem): Program {
  const p = ensureStage(program, to.stageId);
  const stageIndex = p.stages.findIndex((s) => s.id === to.stageId);
  return mapStage(p, stageIndex, (s) => {
    const items = [...s.items];
    const target = items[to.index];
    if (to.member === undefined || target === undefined || isGroup(item)) {
      items.splice(clamp(to.index, items.length), 0, item);
      return { ...s, items };
    }
    const members = isGroup(target) ? [...target.of] : [target];
    members.splice(clamp(to.member, members.length), 0, item);
    items[to.index] = isGroup(target) ? { ...target, of: members } : { choose: 1, of: members };
    return { ...s, items };
  });
}

function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [moved] = out.splice(from, 1);
  out.splice(clamp(to, out.length), 0, moved!);
  return out;
}

const stageIndexOf = (program: Program, stageId: Id) => program.stages.findIndex((s) => s.id === stageId);

/** Applies one edit, returning a new programme; an edit that no longer fits (stale pointer) changes nothing. */
export function applyEdit(program: Program, edit: ProgramEdit): Program {
  switch (edit.op) {
    case 'add-module':
      return insertItem(program, edit, { module: edit.module, version: edit.version });
    case 'remove-item':
      return updateItem(program, edit.pointer, () => undefined);
    case 'move-item': {
      const item = getItem(program, edit.pointer);
      if (!item) return program;
      // The index counts positions after the item has been taken out, as in a drag-and-drop move.
      return insertItem(applyEdit(program, { op: 'remove-item', pointer: edit.pointer }), edit, item);
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
    case 'set-group-title':
      return updateItem(program, edit.pointer, (item) => {
        if (!isGroup(item)) return item;
        const { title: _old, ...rest } = item;
        return edit.title === undefined ? rest : { ...rest, title: edit.title };
      });
    case 'ungroup': {
      const a = parseItemPointer(edit.pointer);
      const group = getItem(program, edit.pointer);
      if (!a || a.member !== undefined || !isGroup(group)) return program;
      return mapStage(program, a.stage, (s) => ({
        ...s,
        items: s.items.flatMap((item, i) => (i === a.item ? group.of : [item])),
      }));
    }
    case 'set-final-assessment': {
      const description =
        edit.description === undefined ? program.finalAssessment?.description : edit.description;
      return { ...program, finalAssessment: { kind: edit.kind, ...(description && { description }) } };
    }
    case 'add-entry-requirement':
      return program.entryRequirements.includes(edit.competency)
        ? program
        : { ...program, entryRequirements: [...program.entryRequirements, edit.competency] };
    case 'remove-target':
      return { ...program, targetCompetencies: withoutEntry(program.targetCompetencies, edit) };
    case 'add-target':
      return program.targetCompetencies.includes(edit.competency)
        ? program
        : { ...program, targetCompetencies: [...program.targetCompetencies, edit.competency] };
    case 'add-stage':
      if (stageIndexOf(program, edit.stageId) >= 0) return program;
      return {
        ...program,
        stages: moveInList(
          [...program.stages, { id: edit.stageId, title: edit.title, items: [] }],
          program.stages.length,
          edit.index,
        ),
      };
    case 'rename-stage':
      return mapStage(program, stageIndexOf(program, edit.stageId), (s) => ({ ...s, title: edit.title }));
    case 'move-stage': {
      const from = stageIndexOf(program, edit.stageId);
      return from < 0 ? program : { ...program, stages: moveInList(program.stages, from, edit.index) };
    }
    case 'remove-stage':
      return { ...program, stages: program.stages.filter((s) => s.id !== edit.stageId) };
    case 'set-stage-id':
      return stageIndexOf(program, edit.stageId) >= 0
        ? program
        : mapStage(program, edit.index, (s) => ({ ...s, id: edit.stageId }));
    case 'set-text': {
      const { [edit.field]: _old, ...rest } = program;
      return edit.value === undefined && edit.field !== 'title'
        ? (rest as Program)
        : { ...program, [edit.field]: edit.value ?? program.title };
    }
    case 'set-program-type':
      return { ...program, programType: edit.programType };
    case 'remove-entry-requirement':
      return { ...program, entryRequirements: withoutEntry(program.entryRequirements, edit) };
  }
}
