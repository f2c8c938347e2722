import { useId } from 'react';
import type { Program } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { usePlanField } from './use-plan-form';

/** Which programme to plan within: the one open in the editor, a saved one, or a sample. */
export function ProgrammeSource() {
  const { lang } = useMessages();
  const tr = TRAINEE[lang];
  const id = useId();
  const [program, setProgram] = usePlanField('program');
  const editing = useAppStore(selectProgram);
  const samples = useAppStore((s) => s.samples);
  const summaries = useAppStore((s) => s.summaries);
  const library = useAppStore((s) => s.library);
  const options: { value: string; label: string; load: () => Promise<Program | undefined> }[] = [
    ...(editing
      ? [
          {
            value: 'editor',
            label: tr.currentProgramme(localize(editing.title, lang)),
            load: async () => editing,
          },
        ]
      : []),
    ...summaries.map((s) => ({
      value: `library:${s.key}`,
      label: localize(s.title, lang),
      load: async () => (await library?.get(s.key))?.program,
    })),
    ...samples.map((s) => ({
      value: `sample:${s.path}`,
      label: localize(s.program.title, lang),
      load: async () => s.program,
    })),
  ];
  // The programme itself is kept, so the select shows whichever option holds a programme with its id.
  const current = program
    ? (options.find((o) => o.value === 'editor' && editing?.id === program.id) ??
      options.find((o) => o.value.startsWith('sample:') && samples.some((s) => s.program === program)))
    : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{tr.programme}</label>
      <select
        id={id}
        value={current?.value ?? ''}
        onChange={async (e) => {
          const option = options.find((o) => o.value === e.target.value);
          setProgram((await option?.load()) ?? null);
        }}
      >
        <option value="">{tr.chooseProgramme}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
