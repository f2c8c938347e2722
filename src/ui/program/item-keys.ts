import { getItem, itemPointer } from '../../domain/edits';
import type { Program } from '../../domain/model';

/**
 * A name for each item and group member that follows it through edits, where its JSON pointer names a
 * position. Cards keyed by position would all show other modules when one is inserted at the top of a stage:
 * every card's DOM rewritten and every drop place registered anew, in the task that paints the drop. Keyed
 * by identity, a drop mounts one card and moves the rest.
 *
 * Edits replace only what they change, so an unchanged item keeps its object and its name. An item edited in
 * place (a group's "choose", a module's version) is a new object where the old one is gone; it inherits that
 * name, so its card, and the control the user is on, stay mounted.
 */
export type ItemKeys = ReadonlyMap<string, string>;

const named = new WeakMap<object, string>();
let last = 0;
let previous: { program: Program; keys: ItemKeys } | undefined;

function* places(program: Program): Generator<[pointer: string, item: object]> {
  for (let stage = 0; stage < program.stages.length; stage++) {
    const items = program.stages[stage]!.items;
    for (let item = 0; item < items.length; item++) {
      const it = items[item]!;
      yield [itemPointer({ stage, item }), it];
      if ('choose' in it)
        for (let member = 0; member < it.of.length; member++)
          yield [itemPointer({ stage, item, member }), it.of[member]!];
    }
  }
}

/** The names of a programme's items by pointer, given the programme shown before it (if any). */
export function itemKeys(program: Program, before?: Program): ItemKeys {
  const all = [...places(program)];
  const present = new Set(all.map(([, item]) => item));
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const [pointer, item] of all) {
    let key = named.get(item);
    if (key === undefined) {
      const old = before && getItem(before, pointer);
      key = (old && !present.has(old) && named.get(old)) || `k${++last}`;
      named.set(item, key);
    }
    // The same object twice in one programme (a file can say anything) still gets two names.
    if (used.has(key)) key = `${key}@${pointer}`;
    used.add(key);
    keys.set(pointer, key);
  }
  return keys;
}

/** `itemKeys` for the programme on screen, remembering the one shown before it. */
export function shownItemKeys(program: Program): ItemKeys {
  if (previous?.program === program) return previous.keys;
  const keys = itemKeys(program, previous?.program);
  previous = { program, keys };
  return keys;
}
