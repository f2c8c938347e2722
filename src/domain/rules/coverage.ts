import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics';
import type { Id } from '../model';
import { incompleteFiles, named } from '../network-index';
import { provisions, type Provision, type ProgramView } from '../program-view';
import { bestProvider, misversionedProvider } from './candidates';

/** coverage.missing: a target competency that not every trainee develops in the programme. */
export function checkCoverage(
  view: ProgramView,
  provided: Map<Id, Provision> = provisions(view),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { program, index } = view;
  const lastStage = program.stages[program.stages.length - 1];
  const atEnd = (c: Id) => view.entry.has(c) || provided.get(c)?.sure !== undefined;
  program.targetCompetencies.forEach((c, i) => {
    const comp = index.competencies.get(c);
    // Held on entry (recognised prior learning in a trajectory) is covered: nothing needs to develop it.
    if (!comp || view.entry.has(c)) return;
    const prov = provided.get(c);
    if (prov?.sure !== undefined) return;
    const competency = named.competency(comp, c);
    if (prov?.possible !== undefined) {
      out.push(
        diagnostic('coverage.missing', 'warning', pointerOf('targetCompetencies', i), {
          competency,
          electiveOnly: true,
        }),
      );
      return;
    }
    const repair = misversionedProvider(view, [c]);
    const add = repair ? undefined : bestProvider(view, [c], atEnd);
    const provider = repair?.module ?? add;
    // With no provider, "no module in the network does" holds only for what the network could load.
    const incomplete = provider ? [] : incompleteFiles(index);
    out.push(
      diagnostic(
        'coverage.missing',
        'error',
        pointerOf('targetCompetencies', i),
        {
          competency,
          provider: provider && named.module(provider),
          ...(incomplete.length && { catalogs: incomplete }),
        },
        {
          fix: repair
            ? { op: 'set-version', pointer: repair.placement.pointer, version: repair.module.version }
            : add && {
                op: 'add-module',
                module: add.id,
                version: add.version,
                stageId: lastStage?.id ?? 'stage-1',
                index: lastStage?.items.length ?? 0,
              },
        },
      ),
    );
  });
  return out;
}
