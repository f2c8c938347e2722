import { useMemo } from 'react';
import type { Program } from '../../domain/model';
import type { NetworkIndex } from '../../domain/network-index';
import { coverageMatrix, type CoverageMatrix, type CoverageStatus } from '../../domain/pictures';
import { localize } from '../../i18n/lang';
import { PICTURES } from '../../i18n/ui/pictures';
import { useMessages } from '../common/use-messages';
import { runs } from './layout';

const STATUS_MARK: Record<CoverageStatus, string> = { covered: '✓', 'elective-only': '◐', missing: '✗' };
/** Past this many modules a grid has more cells than anyone can read (or a browser can draw quickly). */
const GRID_LIMIT = 60;

/** The same facts for a large programme, linear in its size: each target with the modules that develop it. */
function CoverageList({ matrix, titles }: { matrix: CoverageMatrix; titles: string[] }) {
  const { lang } = useMessages();
  const p = PICTURES[lang];
  const m = p.coverage;
  return (
    <>
      <p className="pictures-note">{m.compact(matrix.columns.length)}</p>
      <table className="coverage-table compact">
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.target}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.developedBy}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, i) => (
            <tr key={`${row.id}-${i}`} className={`coverage-${row.status}`}>
              <th scope="row">
                <span className="coverage-code">{row.code ?? row.id}</span> {localize(row.title, lang)}
              </th>
              <td className="coverage-status">{m.statuses[row.status]}</td>
              <td>{row.providers.map((j) => titles[j]).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Target competencies (rows) by module placements (columns, grouped by stage); uncovered rows stand out. */
export function CoveragePicture({ program, index }: { program: Program; index: NetworkIndex }) {
  const { lang } = useMessages();
  const p = PICTURES[lang];
  const m = p.coverage;
  const matrix = useMemo(() => coverageMatrix(program, index), [program, index]);
  if (matrix.rows.length === 0) return <p className="muted pictures-note">{m.noTargets}</p>;
  const covered = matrix.rows.filter((r) => r.status === 'covered').length;
  const titles = matrix.columns.map((c) => localize(c.title, lang) || p.unknownModule(c.moduleId));
  const hasElectives = matrix.columns.some((c) => c.elective);
  if (matrix.columns.length > GRID_LIMIT) return <CoverageList matrix={matrix} titles={titles} />;
  return (
    <>
      <p className={`pictures-note ${covered === matrix.rows.length ? 'ok' : 'bad'}`}>
        {m.summary(covered, matrix.rows.length)}
      </p>
      <table className="coverage-table">
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <td colSpan={2} />
            {runs(matrix.columns.map((c) => c.stageIndex)).map((run) => {
              const stage = program.stages[run.value];
              const label = p.stage(String(run.value + 1), localize(stage?.title, lang));
              return (
                <th
                  key={run.start}
                  scope="colgroup"
                  colSpan={run.length}
                  className="coverage-stage"
                  title={label}
                >
                  {run.value + 1}
                  <span className="sr-only">{`. ${localize(stage?.title, lang)}`}</span>
                </th>
              );
            })}
          </tr>
          <tr>
            <th scope="col" className="coverage-target-head">
              {m.target}
            </th>
            <th scope="col" className="coverage-status-head">
              <span className="coverage-module-title">{m.status}</span>
            </th>
            {matrix.columns.map((c, j) => (
              <th
                key={c.pointer}
                scope="col"
                className={`coverage-module ${c.elective ? 'elective' : ''}`}
                title={titles[j]}
              >
                <span className="coverage-module-title">{titles[j]}</span>
                {c.elective && (
                  <>
                    {' '}
                    <span className="sr-only">{m.elective}</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, i) => {
            const develops = new Set(row.providers);
            const title = localize(row.title, lang);
            return (
              <tr key={`${row.id}-${i}`} className={`coverage-${row.status}`}>
                <th scope="row" title={title}>
                  <span className="coverage-target">
                    <span className="coverage-code">{row.code ?? row.id}</span> {title}
                  </span>
                </th>
                <td className="coverage-status" title={m.statuses[row.status]}>
                  <span aria-hidden="true">{STATUS_MARK[row.status]}</span>
                  <span className="sr-only">{m.statuses[row.status]}</span>
                </td>
                {matrix.columns.map((c, j) => (
                  <td key={c.pointer} className={c.elective ? 'elective' : undefined}>
                    {develops.has(j) && (
                      <>
                        <span aria-hidden="true">✓</span>
                        <span className="sr-only">{m.develops}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="pictures-legend" aria-hidden="true">
        <span>
          <span className="coverage-check">✓</span> {m.develops}
        </span>
        {(['elective-only', 'missing'] as const)
          .filter((status) => matrix.rows.some((r) => r.status === status))
          .map((status) => (
            <span key={status} className={`coverage-${status}`}>
              <span className="coverage-status">{STATUS_MARK[status]}</span> {m.statuses[status]}
            </span>
          ))}
        {hasElectives && (
          <span>
            <span className="swatch elective-column" /> {m.electiveLegend}
          </span>
        )}
      </p>
    </>
  );
}
