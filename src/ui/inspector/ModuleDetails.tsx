import { getItem, parseItemPointer } from '../../domain/edits';
import type { Module, Program } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { ModuleFacts } from '../catalog/ModuleFacts';
import { ModuleComments } from '../review/ModuleComments';
import { useMessages } from '../common/use-messages';

/** A module's full record; for one placed in the programme, also what can be done with it there. */
export function ModuleDetails({
  module,
  program,
  pointer,
}: {
  module: Module;
  program: Program;
  pointer?: string;
}) {
  const { t, lang } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const select = useAppStore((s) => s.select);
  const index = useAppStore((s) => s.network?.index);
  const i = t.editor.inspector;
  const at = pointer ? parseItemPointer(pointer) : undefined;
  const stage = at && program.stages[at.stage];
  const next =
    at && at.member === undefined ? getItem(program, `/stages/${at.stage}/items/${at.item + 1}`) : undefined;
  const resources = module.resources.map((r) => index?.resources.get(r)).filter((r) => r !== undefined);
  return (
    <article className="module-details" aria-label={localize(module.title, lang)}>
      <h3>{localize(module.title, lang)}</h3>
      <p className="muted">{pointer ? i.inProgramme : i.catalogOnly}</p>
      <ModuleFacts module={module} />
      <ModuleComments moduleId={module.id} />
      <dl>
        <dt>{i.version}</dt>
        <dd>{module.version}</dd>
        {(module.validFrom || module.validUntil) && (
          <>
            <dt>{i.validity}</dt>
            <dd>{`${module.validFrom ?? '…'} – ${module.validUntil ?? '…'}`}</dd>
          </>
        )}
        {module.description && (
          <>
            <dt>{i.description}</dt>
            <dd>{localize(module.description, lang)}</dd>
          </>
        )}
        {resources.length > 0 && (
          <>
            <dt>{i.resources}</dt>
            <dd>{resources.map((r) => localize(r.name, lang)).join('; ')}</dd>
          </>
        )}
      </dl>
      {pointer && stage && (
        <div className="button-row">
          {next && !('choose' in next) && at && (
            <button
              type="button"
              onClick={() =>
                edit({
                  op: 'move-item',
                  pointer: `/stages/${at.stage}/items/${at.item + 1}`,
                  stageId: stage.id,
                  index: at.item,
                  member: 1,
                })
              }
            >
              {i.makeAlternative}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              edit({ op: 'remove-item', pointer });
              select({ kind: 'program' });
            }}
          >
            {t.editor.card.remove(localize(module.title, lang))}
          </button>
        </div>
      )}
    </article>
  );
}
