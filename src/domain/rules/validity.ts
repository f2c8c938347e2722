import { isWithinValidity } from '../dates';
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { ProgramEdit } from '../edits';
import { named } from '../network-index';
import type { Placement, ProgramView } from '../program-view';
import { bestProvider } from './candidates';

/** A fix for a retired module: a valid version of the same module, else a valid module with the same outcomes. */
function replacementFor(view: ProgramView, p: Placement): ProgramEdit | undefined {
  const sameId = view.index.moduleVersions.get(p.ref.module)?.find((m) => isWithinValidity(m, view.asOf));
  if (sameId) return { op: 'set-version', pointer: p.pointer, version: sameId.version };
  const outcomes = p.module!.outcomes;
  const other = bestProvider(
    view,
    outcomes,
    () => true,
    (m) => outcomes.every((c) => m.outcomes.includes(c)),
  );
  if (other) return { op: 'replace-module', pointer: p.pointer, module: other.id, version: other.version };
  return undefined;
}

/** module.retired: a module used outside its validFrom/validUntil window on the validation date. */
export function checkValidity(view: ProgramView): Diagnostic[] {
  return view.placements.flatMap((p) => {
    const m = p.module;
    if (!m || isWithinValidity(m, view.asOf)) return [];
    return [
      diagnostic(
        'module.retired',
        'warning',
        p.pointer,
        { module: named.module(m), date: view.asOf, validFrom: m.validFrom, validUntil: m.validUntil },
        { moduleId: m.id, fix: replacementFor(view, p) },
      ),
    ];
  });
}
