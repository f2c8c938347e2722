import type { Diagnostic } from '../../domain/diagnostics';
import type { ModuleRef, Stage } from '../../domain/model';
import { resolveModule } from '../../domain/network-index';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { ModuleFacts } from '../catalog/ModuleFacts';
import { useMessages } from '../common/use-messages';

function ModuleCard({
  refTo,
  pointer,
  problems,
}: {
  refTo: ModuleRef;
  pointer: string;
  problems: Diagnostic[];
}) {
  const { t, count, lang } = useMessages();
  const module = useAppStore((s) =>
    s.network ? resolveModule(s.network.index, refTo.module, refTo.version) : undefined,
  );
  const title = module ? localize(module.title, lang) : t.program.unknownModule(refTo.module);
  const worst = problems.some((d) => d.severity === 'error')
    ? 'error'
    : problems.length
      ? 'warning'
      : undefined;
  return (
    <li className={`card ${worst ?? ''}`} aria-label={title} data-pointer={pointer}>
      <h3>
        {title}
        {worst && <span className={`badge ${worst}`}>{count(problems.length, t.program.problems)}</span>}
      </h3>
      {module && <ModuleFacts module={module} />}
    </li>
  );
}

/** Each stage is a list named by its title; an elective group is a nested list named by its rule. */
export function StageList({
  stage,
  index,
  problemsAt,
}: {
  stage: Stage;
  index: number;
  problemsAt: (pointer: string) => Diagnostic[];
}) {
  const { t, lang } = useMessages();
  const title = localize(stage.title, lang);
  return (
    <div className="stage">
      <h3 className="stage-title">
        <span className="muted">
          {t.program.stage} {index + 1}.
        </span>{' '}
        {title}
      </h3>
      <ol aria-label={title} className="card-list">
        {stage.items.map((item, i) => {
          const pointer = `/stages/${index}/items/${i}`;
          if (!('choose' in item))
            return <ModuleCard key={pointer} refTo={item} pointer={pointer} problems={problemsAt(pointer)} />;
          const label =
            `${localize(item.title, lang) || ''} ${t.program.elective(item.choose, item.of.length)}`.trim();
          return (
            <li key={pointer} className="elective">
              <p className="elective-rule">{label}</p>
              <ul aria-label={label} className="card-list">
                {item.of.map((ref, j) => (
                  <ModuleCard
                    key={`${pointer}/of/${j}`}
                    refTo={ref}
                    pointer={`${pointer}/of/${j}`}
                    problems={problemsAt(`${pointer}/of/${j}`)}
                  />
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
