import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../domain/diagnostics';
import type { CatalogList, Salvage } from '../domain/network-index';
import { isJsonObject } from './json-limits';
import { schemaErrors } from './schema-validate';

const LISTS: readonly CatalogList[] = ['partners', 'competencies', 'modules'];
const ITEM = /^\/(partners|competencies|modules)\/(\d+)(?:\/|$)/;

/**
 * A catalog the schema refused, without the partners, competencies and modules it refused, when every failure
 * lies inside such an item and the rest then passes. One partner's typo in one module should cost that module,
 * not the whole catalog: dropping the catalog turns every programme that uses it into a wall of unknown
 * references whose fixes would delete good modules. The refused ids are kept so references to them can say
 * where the problem is. Undefined when the catalog as a whole is broken.
 */
export function salvageCatalog(
  doc: Record<string, unknown>,
  errors: readonly ErrorObject[],
): { doc: Record<string, unknown>; salvage: Salvage } | undefined {
  const bad: Record<CatalogList, Set<number>> = {
    partners: new Set(),
    competencies: new Set(),
    modules: new Set(),
  };
  for (const e of errors) {
    const item = ITEM.exec(e.instancePath);
    if (!item) return undefined;
    bad[item[1] as CatalogList].add(Number(item[2]));
  }
  const kept: Record<string, unknown> = { ...doc };
  const salvage: Salvage = {
    refused: { partners: [], resources: [], competencies: [], modules: [] },
    positions: { partners: [], competencies: [], modules: [] },
  };
  const { refused } = salvage;
  for (const list of LISTS) {
    const items = doc[list];
    if (!Array.isArray(items)) return undefined;
    kept[list] = items.filter((item: unknown, i) => {
      if (bad[list].has(i)) {
        const id = idOf(item);
        if (id === undefined) return false;
        if (list === 'modules') refused.modules.push({ id, version: stringAt(item, 'version') });
        else refused[list].push(id);
        // A refused partner takes its resources with it.
        if (list === 'partners' && isJsonObject(item) && Array.isArray(item.resources))
          for (const r of item.resources as unknown[]) {
            const resource = idOf(r);
            if (resource !== undefined) refused.resources.push(resource);
          }
        return false;
      }
      salvage.positions[list].push(i);
      return true;
    });
  }
  // Defaults are filled, and rules across items checked, on what is kept, as on any catalog.
  return schemaErrors('catalog', kept).length === 0 ? { doc: kept, salvage } : undefined;
}

const stringAt = (item: unknown, key: string): string | undefined => {
  const value = isJsonObject(item) ? item[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};
const idOf = (item: unknown) => stringAt(item, 'id');

const WHAT = { partners: 'partner', competencies: 'competency', modules: 'module' } as const;

/**
 * A salvaged catalog's schema problems, each saying the item it sits in was left out of the network, and which
 * module that is: the methodologist sees its id in the programme, not its position in a partner's file.
 */
export function markLeftOut(doc: Record<string, unknown>, problems: Diagnostic[]): Diagnostic[] {
  return problems.map((d) => {
    const item = ITEM.exec(d.pointer);
    if (!item) return d;
    const list = item[1] as CatalogList;
    const entry = (doc[list] as unknown[])[Number(item[2])];
    const id = list === 'modules' ? idOf(entry) : undefined;
    return { ...d, params: { ...d.params, leftOut: WHAT[list] }, ...(id !== undefined && { moduleId: id }) };
  });
}
