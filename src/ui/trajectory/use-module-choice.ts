import { useMemo } from 'react';
import type { Id, ModuleRef } from '../../domain/model';
import { takeableVersion } from '../../domain/planner/instance';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';

/**
 * The network's modules (but those in `exclude`) as select options by title, and the version a trainee would
 * take on their start date for a chosen one (the newest valid then, else the newest, which the checks flag).
 */
export function useModuleChoice(exclude: readonly Id[]) {
  const { lang } = useMessages();
  const index = useAppStore((s) => s.network?.index);
  const start = useAppStore((s) => s.planForm.start);
  const options = useMemo(() => {
    const skip = new Set(exclude);
    return [...(index?.moduleVersions.entries() ?? [])]
      .filter(([m]) => !skip.has(m))
      .map(([m, versions]) => ({ id: m, label: localize(versions[0]!.title, lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
  }, [index, lang, exclude]);
  const refFor = (id: Id): ModuleRef | undefined => {
    const m = index && (takeableVersion(index, id, start) ?? index.moduleVersions.get(id)?.[0]);
    return m && { module: m.id, version: m.version };
  };
  return { options, refFor };
}
