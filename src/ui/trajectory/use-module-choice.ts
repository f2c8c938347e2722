import { useMemo } from 'react';
import type { Id, ModuleRef } from '../../domain/model';
import { takeableVersion } from '../../domain/planner/instance';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { choose, haystackOf, type SuggestEntry } from '../common/SuggestField';
import { useMessages } from '../common/use-messages';

/**
 * The network's modules (but those in `exclude`) for a SuggestField, named by title and id (titles repeat
 * across partners), and the version a trainee would take on their start date for a chosen one (the newest
 * valid then, else the newest, which the checks flag).
 */
export function useModuleChoice(query: string, exclude: readonly Id[]) {
  const { lang } = useMessages();
  const index = useAppStore((s) => s.network?.index);
  const start = useAppStore((s) => s.planForm.start);
  const entries = useMemo(() => {
    const list: SuggestEntry[] = [];
    for (const [id, versions] of index?.moduleVersions ?? []) {
      const title = localize(versions[0]!.title, lang);
      const partner = index?.partners.get(versions[0]!.partnerId);
      const label = `${title} (${id})`;
      list.push({
        id,
        label,
        detail: localize(partner?.shortName ?? partner?.name, lang),
        names: [label.toLowerCase(), id.toLowerCase()],
        haystack: haystackOf(id, title),
      });
    }
    return list.sort((a, b) => a.label.localeCompare(b.label, lang));
  }, [index, lang]);
  const choice = useMemo(() => choose(entries, query, exclude), [entries, exclude, query]);
  const refFor = (id: Id): ModuleRef | undefined => {
    const m = index && (takeableVersion(index, id, start) ?? index.moduleVersions.get(id)?.[0]);
    return m && { module: m.id, version: m.version };
  };
  return { choice, refFor };
}
