import { useMemo } from 'react';
import type { Id } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from './use-messages';

/**
 * The network's competencies as `<option>`s grouped by specialty, leaving out `exclude`. A large network has
 * thousands of them: the sorted list is built when the network or language changes, the options only when the
 * exclusions do, never on a keystroke elsewhere in the form.
 */
export function useCompetencyOptions(exclude: readonly Id[]) {
  const { lang } = useMessages();
  const index = useAppStore((s) => s.network?.index);
  const bySpecialty = useMemo(() => {
    const groups = new Map<string, { id: Id; label: string }[]>();
    for (const c of index?.competencies.values() ?? []) {
      const list = groups.get(c.specialty) ?? groups.set(c.specialty, []).get(c.specialty)!;
      list.push({ id: c.id, label: `${c.code} ${localize(c.title, lang)}` });
    }
    for (const list of groups.values())
      list.sort((a, b) => a.label.localeCompare(b.label, lang, { numeric: true }));
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  }, [index, lang]);
  return useMemo(
    () =>
      bySpecialty.map(([specialty, list]) => (
        <optgroup key={specialty} label={specialty}>
          {list
            .filter((c) => !exclude.includes(c.id))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
        </optgroup>
      )),
    [bySpecialty, exclude],
  );
}
