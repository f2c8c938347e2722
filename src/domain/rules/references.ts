import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics';
import { isWithinValidity } from '../dates';
import type { ProgramView } from '../program-view';

/** Module references and competency ids that resolve to nothing in the network. */
export function checkReferences(view: ProgramView): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { program, index } = view;
  for (const p of view.placements) {
    if (p.module) continue;
    const versions = index.moduleVersions.get(p.ref.module);
    const replacement = versions?.find((m) => isWithinValidity(m, view.asOf)) ?? versions?.[0];
    out.push(
      diagnostic(
        'ref.unknown-module',
        'error',
        p.pointer,
        {
          module: { id: p.ref.module, name: replacement?.title },
          version: p.ref.version,
          versions: versions?.map((m) => m.version),
        },
        {
          moduleId: p.ref.module,
          fix: replacement
            ? { op: 'set-version', pointer: p.pointer, version: replacement.version }
            : { op: 'remove-item', pointer: p.pointer },
        },
      ),
    );
  }
  const lists = [
    ['targetCompetencies', 'target', 'remove-target'],
    ['entryRequirements', 'entry', 'remove-entry-requirement'],
  ] as const;
  for (const [field, context, op] of lists)
    program[field].forEach((c, i) => {
      if (!index.competencies.has(c))
        out.push(
          diagnostic(
            'ref.unknown-competency',
            'error',
            pointerOf(field, i),
            { competency: { id: c }, context },
            { fix: { op, competency: c } },
          ),
        );
    });
  return out;
}
