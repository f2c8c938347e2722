import { z } from 'zod/mini';
import type { Stage } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';
import { TextField } from './TextField';
import { withTranslation } from './localized-field';

export function StageForm({ stage }: { stage: Stage }) {
  const { t, lang } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const select = useAppStore((s) => s.select);
  return (
    <form
      className="inspector-form"
      aria-label={t.editor.inspector.stage}
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField
        label={t.editor.stage.title}
        value={localize(stage.title, lang)}
        schema={z.string().check(z.trim(), z.minLength(1, t.editor.inspector.required))}
        onValid={(v) =>
          edit(
            { op: 'rename-stage', stageId: stage.id, title: withTranslation(stage.title, lang, v) ?? v },
            { merge: true },
          )
        }
      />
      <button
        type="button"
        onClick={() => {
          edit({ op: 'remove-stage', stageId: stage.id });
          select({ kind: 'program' });
        }}
      >
        {t.editor.stage.remove}
      </button>
    </form>
  );
}
