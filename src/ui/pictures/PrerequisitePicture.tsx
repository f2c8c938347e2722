import { useId, useMemo } from 'react';
import type { Program } from '../../domain/model';
import { named, type NetworkIndex } from '../../domain/network-index';
import { prerequisiteGraph, type EdgeStatus, type PrerequisiteEdge } from '../../domain/pictures';
import { localize } from '../../i18n/lang';
import { PICTURES } from '../../i18n/ui/pictures';
import { useMessages } from '../common/use-messages';
import { GRAPH, layoutGraph, wrapLabel, type Box } from './layout';

const STATUSES = ['ok', 'order', 'unmet'] as const;
const LINE = 13;
// A little slack on the right, as the glyph widths are only estimates.
const label = (text: string) => wrapLabel(text, GRAPH.nodeWidth - 2 * GRAPH.labelPad - 4, 2, GRAPH.fontSize);

function Label({ box, lines, full }: { box: Box; lines: string[]; full: string }) {
  const first = box.y + box.height / 2 - ((lines.length - 1) * LINE) / 2 + 4;
  return (
    <>
      <title>{full}</title>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={5} />
      <text x={box.x + GRAPH.labelPad} y={first}>
        {lines.map((l, i) => (
          <tspan key={i} x={box.x + GRAPH.labelPad} dy={i === 0 ? 0 : LINE}>
            {l}
          </tspan>
        ))}
      </text>
    </>
  );
}

/**
 * The programme's modules left to right by stage, with a curve from each provider to each module that needs
 * its competency; a visually hidden list says every edge in words.
 */
export function PrerequisitePicture({ program, index }: { program: Program; index: NetworkIndex }) {
  const { f, lang, count } = useMessages();
  const p = PICTURES[lang];
  const m = p.graph;
  const uid = useId().replace(/[^\w-]/g, '');
  const graph = useMemo(() => prerequisiteGraph(program, index), [program, index]);
  const layout = useMemo(() => layoutGraph(graph, program.stages.length), [graph, program.stages.length]);
  if (graph.nodes.length === 0) return <p className="muted pictures-note">{p.noModules}</p>;

  const titles = graph.nodes.map((n) => localize(n.title, lang) || p.unknownModule(n.moduleId));
  const competencies = (ids: readonly string[], conjunction: 'and' | 'or') =>
    f.list(
      ids.map((c) => named.competency(index.competencies.get(c), c)),
      conjunction,
    );
  const describe = (e: PrerequisiteEdge) => {
    const user = p.quote(titles[e.to]!);
    if (e.status === 'unmet') return m.unmetEdge(competencies(e.competencies, 'or'), user);
    return m[e.status](p.quote(titles[e.from]!), competencies(e.competencies, 'and'), user);
  };
  const descriptions = graph.edges.map(describe);
  // A module's frame shows its worst problem: nothing provides (red) outweighs provided too late (amber).
  const problems = new Map<number, EdgeStatus>();
  for (const e of graph.edges)
    if (e.status !== 'ok' && problems.get(e.to) !== 'unmet') problems.set(e.to, e.status);
  const tally = (status: EdgeStatus) => graph.edges.filter((e) => e.status === status).length;
  const summary = [
    count(graph.nodes.length, m.modules),
    count(graph.edges.length, m.links),
    ...(tally('order') ? [count(tally('order'), m.outOfOrder)] : []),
    ...(tally('unmet') ? [count(tally('unmet'), m.unmet)] : []),
  ].join(' · ');
  const captionId = `${uid}-caption`;
  const summaryId = `${uid}-summary`;
  return (
    <figure className="prereq-graph">
      <figcaption>
        <span id={captionId} className="graph-title">
          {m.label}
        </span>{' '}
        <span id={summaryId} className="muted">
          {summary}
        </span>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={captionId}
        aria-describedby={summaryId}
        className="graph-svg"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <defs>
          {STATUSES.map((s) => (
            <marker
              key={s}
              id={`${uid}-${s}`}
              viewBox="0 0 8 8"
              refX={8}
              refY={4}
              markerWidth={7}
              markerHeight={7}
              orient="auto"
            >
              <path d="M0,0 L8,4 L0,8 z" className={`arrow-${s}`} />
            </marker>
          ))}
        </defs>
        {layout.columns.map((x, i) => {
          const label = p.stage(String(i + 1), localize(program.stages[i]?.title, lang));
          return (
            <text key={i} x={x} y={GRAPH.margin + 12} className="graph-stage">
              <title>{label}</title>
              {wrapLabel(label, GRAPH.nodeWidth, 1, GRAPH.fontSize * 1.1)[0]}
            </text>
          );
        })}
        {layout.groups.map((g) => (
          <rect
            key={g.pointer}
            className="graph-group"
            x={g.x}
            y={g.y}
            width={g.width}
            height={g.height}
            rx={7}
          />
        ))}
        {/* Problem edges go on top, so a tangle of sound ones never hides them. */}
        {STATUSES.flatMap((status) =>
          graph.edges.map((e, i) =>
            e.status !== status ? null : (
              <path
                key={i}
                d={layout.edges[i]}
                className={`graph-edge edge-${e.status}`}
                markerEnd={`url(#${uid}-${e.status})`}
              >
                <title>{descriptions[i]}</title>
              </path>
            ),
          ),
        )}
        {layout.missing && (
          <g className="graph-node graph-missing">
            <Label box={layout.missing} lines={label(m.missing)} full={m.missingTitle} />
          </g>
        )}
        {layout.nodes.map((box, i) => (
          <g key={graph.nodes[i]!.pointer} className={`graph-node ${problems.get(i) ?? ''}`}>
            <Label box={box} lines={label(titles[i]!)} full={titles[i]!} />
          </g>
        ))}
      </svg>
      <p className="pictures-legend" aria-hidden="true">
        {STATUSES.map((s) => (
          <span key={s}>
            <svg width={22} height={8} className="legend-line">
              <line x1={0} y1={4} x2={22} y2={4} className={`graph-edge edge-${s}`} />
            </svg>{' '}
            {m.legend[s]}
          </span>
        ))}
        {layout.groups.length > 0 && (
          <span>
            <span className="swatch graph-group-swatch" /> {m.legend.group}
          </span>
        )}
      </p>
      {descriptions.length > 0 ? (
        <ul className="sr-only" aria-label={m.edges}>
          {descriptions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : (
        <p className="muted pictures-note">{m.noLinks}</p>
      )}
    </figure>
  );
}
