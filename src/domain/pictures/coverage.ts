import type { Id, LocalizedText, Program } from '../model';
import type { NetworkIndex } from '../network-index';
import { provisions } from '../program-view';
import { pictureView } from './view';

/**
 * How a target is developed, in the sense of coverage.missing: `covered` for every trainee (by a mandatory
 * module, or by an elective group every choice of which includes a provider), `elective-only` by some choices
 * only, `missing` by nothing in the programme.
 */
export type CoverageStatus = 'covered' | 'elective-only' | 'missing';

/** One module placement, in programme order. */
export interface CoverageColumn {
  /** JSON pointer of the placement: `/stages/0/items/1`, or `/stages/0/items/1/of/0` for an elective member. */
  pointer: string;
  moduleId: Id;
  version: string;
  /** Absent when the reference resolves to no module in the network. */
  title?: LocalizedText;
  stageIndex: number;
  elective: boolean;
}

export interface CoverageRow {
  id: Id;
  /** Absent when the target is no competency of the network. */
  code?: string;
  title?: LocalizedText;
  status: CoverageStatus;
  /** Indices of the columns whose module develops the target, ascending: the matrix's true cells. */
  providers: number[];
}

export interface CoverageMatrix {
  columns: CoverageColumn[];
  rows: CoverageRow[];
}

/**
 * Target competencies by module placements. Cells are kept sparse (the providing columns of each row) so the
 * work stays linear in the programme's size; a reader tests a cell with `row.providers.includes(column)`.
 */
export function coverageMatrix(program: Program, index: NetworkIndex): CoverageMatrix {
  const view = pictureView(program, index);
  const provided = provisions(view);
  const columnOf = new Map(view.placements.map((p, i) => [p, i]));
  const columns = view.placements.map((p): CoverageColumn => ({
    pointer: p.pointer,
    moduleId: p.ref.module,
    version: p.ref.version,
    title: p.module?.title,
    stageIndex: p.stageIndex,
    elective: p.group !== undefined,
  }));
  const rows = program.targetCompetencies.map((id): CoverageRow => {
    const competency = index.competencies.get(id);
    const prov = provided.get(id);
    return {
      id,
      code: competency?.code,
      title: competency?.title,
      status:
        prov?.sure !== undefined ? 'covered' : prov?.possible !== undefined ? 'elective-only' : 'missing',
      providers: (prov?.providers ?? []).map((p) => columnOf.get(p)!),
    };
  });
  return { columns, rows };
}
