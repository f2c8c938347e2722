import { useMemo } from 'react';
import { isWithinValidity } from '../../domain/dates';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { Region } from '../common/Region';
import { useMessages, useToday } from '../common/use-messages';
import { ModuleFacts } from './ModuleFacts';

export function CatalogPanel() {
  const { t, lang, count } = useMessages();
  const today = useToday();
  const index = useAppStore((s) => s.network?.index);
  const modules = useMemo(
    () =>
      [...(index?.moduleVersions.values() ?? [])]
        .map((v) => v[0]!)
        .sort((a, b) => localize(a.title, lang).localeCompare(localize(b.title, lang), lang)),
    [index, lang],
  );
  const partners = index?.partners.size ?? 0;
  return (
    <Region
      title={t.catalog.region}
      className="catalog"
      aside={
        <p className="muted">{`${count(modules.length, t.catalog.count)} · ${count(partners, t.catalog.partners)}`}</p>
      }
    >
      <ul className="card-list">
        {modules.map((m) => {
          const title = localize(m.title, lang);
          return (
            <li key={m.id} className="card" aria-label={title}>
              <h3>
                {title}
                {!isWithinValidity(m, today) && <span className="badge warning">{t.catalog.retired}</span>}
              </h3>
              <ModuleFacts module={m} />
            </li>
          );
        })}
      </ul>
    </Region>
  );
}
