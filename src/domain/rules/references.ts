import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics';
import { gapFor } from '../network-index';
import type { ProgramView } from '../program-view';
import { replacementFor } from './candidates';

/** Module references and competency ids that resolve to nothing in the network. */
export function checkReferences(view: ProgramView): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { program, index } = view;
  for (const p of view.placements) {
    if (p.module) continue;
    const versions = index.moduleVersions.get(p.ref.module);
    const replacement = replacementFor(view, p.ref);
    // A module in a catalog that did not load (or that its catalog's schema refused) is not unknown: deleting it
    // from the programme would lose the methodologist's work over a partner's typo.
    const gap = replacement ? undefined : gapFor(index, 'module', p.ref.module, p.ref.version);
    out.push(
      diagnostic(
        'ref.unknown-module',
        'error',
        p.pointer,
        {
          module: { id: p.ref.module, name: replacement?.title },
          version: p.ref.version,
          versions: versions?.map((m) => m.version),
          ...gap,
        },
        {
          moduleId: p.ref.module,
          fix: replacement
            ? { op: 'set-version', pointer: p.pointer, version: replacement.version }
            : gap
              ? undefined
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
      if (index.competencies.has(c)) return;
      const gap = gapFor(index, 'competency', c);
      out.push(
        diagnostic(
          'ref.unknown-competency',
          'error',
          pointerOf(field, i),
          { competency: { id: c }, context, ...gap },
          { fix: gap ? undefined : { op, competency: c } },
        ),
      );
    });
  return out;
}
