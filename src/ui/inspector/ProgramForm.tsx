import { z } from 'zod/mini';
import type { AssessmentKind, Program, ProgramType } from '../../domain/model';
import { ASSESSMENT_KINDS, PROGRAM_TYPES } from '../../domain/model/patterns';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';
import { CompetencyList } from './CompetencyList';
import { TextField } from './TextField';
import { withTranslation } from './localized-field';

/** The programme's own fields, each applied as a typed, undoable edit. */
export function ProgramForm({ program }: { program: Program }) {
  const { t, lang } = useMessages();
  const edit = useAppStore((s) => s.edit);
  const i = t.editor.inspector;
  const required = z.string().check(z.trim(), z.minLength(1, i.required));
  const optional = z.string();
  return (
    <form className="inspector-form" aria-label={i.programme} onSubmit={(e) => e.preventDefault()}>
      <TextField
        label={i.title}
        value={localize(program.title, lang)}
        schema={required}
        onValid={(v) =>
          edit(
            { op: 'set-text', field: 'title', value: withTranslation(program.title, lang, v) },
            { merge: true },
          )
        }
      />
      <div className="field">
        <label htmlFor="program-type">{i.programType}</label>
        <select
          id="program-type"
          value={program.programType}
          onChange={(e) => edit({ op: 'set-program-type', programType: e.target.value as ProgramType })}
        >
          {PROGRAM_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.program.type[type]}
            </option>
          ))}
        </select>
      </div>
      {(['purpose', 'audience'] as const).map((field) => (
        <TextField
          key={field}
          label={i[field]}
          multiline
          value={localize(program[field], lang)}
          schema={optional}
          onValid={(v) =>
            edit({ op: 'set-text', field, value: withTranslation(program[field], lang, v) }, { merge: true })
          }
        />
      ))}
      <CompetencyList
        label={i.targets}
        field="targetCompetencies"
        addLabel={i.addTarget}
        ids={program.targetCompetencies}
        onAdd={(c) => edit({ op: 'add-target', competency: c })}
        onRemove={(c) => edit({ op: 'remove-target', competency: c })}
      />
      <CompetencyList
        label={i.entry}
        field="entryRequirements"
        addLabel={i.addEntry}
        ids={program.entryRequirements}
        onAdd={(c) => edit({ op: 'add-entry-requirement', competency: c })}
        onRemove={(c) => edit({ op: 'remove-entry-requirement', competency: c })}
      />
      <div className="field">
        <label htmlFor="final-assessment">{i.finalAssessment}</label>
        <select
          id="final-assessment"
          value={program.finalAssessment?.kind ?? 'none'}
          onChange={(e) => edit({ op: 'set-final-assessment', kind: e.target.value as AssessmentKind })}
        >
          {ASSESSMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.catalog.assessments[kind]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={i.finalDescription}
        multiline
        value={localize(program.finalAssessment?.description, lang)}
        schema={optional}
        onValid={(v) =>
          edit(
            {
              op: 'set-final-assessment',
              kind: program.finalAssessment?.kind ?? 'none',
              description: withTranslation(program.finalAssessment?.description, lang, v) ?? null,
            },
            { merge: true },
          )
        }
      />
    </form>
  );
}
