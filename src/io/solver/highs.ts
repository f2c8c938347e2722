import type { Highs } from 'highs';
import type { MipModel, MipOptions, MipOutcome, MipSolver } from '../../domain/planner/mip';

/** CSR arrays straight from the model's rows: HiGHS copies them, so nothing is parsed as text. */
function toModelData(highs: Highs, model: MipModel, relaxation: boolean) {
  const starts = new Int32Array(model.rows.length + 1);
  model.rows.forEach((row, i) => (starts[i + 1] = starts[i]! + row.indices.length));
  const indices = new Int32Array(starts[model.rows.length]!);
  const values = new Float64Array(indices.length);
  model.rows.forEach((row, i) => {
    indices.set(row.indices, starts[i]!);
    values.set(row.values, starts[i]!);
  });
  const numCols = model.columns.length;
  const bound = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  return {
    numCols,
    numRows: model.rows.length,
    colCost: model.cost,
    colLower: model.lower,
    colUpper: new Float64Array(numCols).fill(1),
    rowLower: Float64Array.from(model.rows, (r) => bound(r.lower)),
    rowUpper: Float64Array.from(model.rows, (r) => bound(r.upper)),
    matrix: { format: 'csr' as const, numRows: model.rows.length, numCols, starts, indices, values },
    integrality: new Int32Array(numCols).fill(relaxation ? 0 : highs.constants.variableType.integer),
  };
}

/** The planner's `MipSolver` over HiGHS compiled to WebAssembly; the same code serves the worker and the CLI. */
export function highsSolver(highs: Highs): MipSolver {
  return {
    solve(model: MipModel, options: MipOptions): MipOutcome {
      try {
        return highs.withModel(
          toModelData(highs, model, options.relaxation === true),
          (solver): MipOutcome => {
            solver.options.set({
              output_flag: false,
              time_limit: options.timeLimitSeconds,
              mip_abs_gap: options.absoluteGap,
              mip_rel_gap: 0,
            });
            if (options.initial) solver.setSolution({ colValue: options.initial });
            solver.run();
            const status = solver.getModelStatus();
            const codes = highs.constants.modelStatus;
            if (status === codes.infeasible) return { status: 'infeasible' };
            const solution = solver.getSolution();
            const values = solution.colValue;
            if (
              (status !== codes.optimal && status !== codes.timeLimit) ||
              values.length !== model.columns.length
            )
              return { status: 'failed', message: `HiGHS model status ${status}` };
            return {
              status: status === codes.optimal ? 'optimal' : 'time-limit',
              values,
              objective: solver.getObjectiveValue(),
              bound: options.relaxation
                ? solver.getObjectiveValue()
                : Number(solver.info.get('mip_dual_bound')),
              ...(options.relaxation ? { reducedCosts: solution.colDual } : {}),
            };
          },
        );
      } catch (error) {
        return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
