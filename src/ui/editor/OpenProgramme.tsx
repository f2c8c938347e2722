import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { selectProgram } from '../../store/selectors';
import { useMessages } from '../common/use-messages';

/** Opens one of the network's sample programmes (a copy: the sample itself never changes). */
export function OpenProgramme() {
  const { t, lang } = useMessages();
  const samples = useAppStore((s) => s.samples);
  const program = useAppStore(selectProgram);
  const openProgram = useAppStore((s) => s.openProgram);
  const current = samples.findIndex((s) => s.program.id === program?.id);
  return (
    <label className="picker">
      {t.program.open}
      <select value={current} onChange={(e) => openProgram(samples[Number(e.target.value)]!.program)}>
        <option value={-1} disabled>
          —
        </option>
        {samples.map((s, i) => (
          <option key={s.path} value={i}>
            {localize(s.program.title, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
