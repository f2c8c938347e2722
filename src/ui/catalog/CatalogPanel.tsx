import { useDeferredValue, useMemo, useState } from 'react';
import { createCatalogSearch } from '../../domain/catalog-search';
import type { Module } from '../../domain/model';
import { useAppStore } from '../../store';
import { Region } from '../common/Region';
import { useMessages } from '../common/use-messages';
import { CatalogFilters, NO_FILTERS, toQuery, type CatalogFilterState } from './CatalogFilters';
import { CatalogResults } from './CatalogResults';
import './catalog.css';

export interface CatalogPanelProps {
  /** "Add to programme" on a card: the way to add a module without dragging it. */
  onAdd: (module: Module) => void;
  /** A click or Enter on a card, for the inspector to show the module. */
  onSelect: (module: Module) => void;
  selectedModuleId?: string;
  /** Ids of the modules already in the open programme, marked "in programme". */
  inProgramme?: ReadonlySet<string>;
}

const NONE_IN_PROGRAMME: ReadonlySet<string> = new Set();

/**
 * The whole partner network's modules, searched and filtered as you type. Cards are drag sources for the
 * editor's DndContext (which this panel does not create) and also have a button, so nothing needs a mouse.
 */
export function CatalogPanel({
  onAdd,
  onSelect,
  selectedModuleId,
  inProgramme = NONE_IN_PROGRAMME,
}: CatalogPanelProps) {
  const { t, f, lang, count } = useMessages();
  const index = useAppStore((s) => s.network?.index);
  // Built once per network: folding 10k modules' text costs tens of milliseconds, a query a few.
  const search = useMemo(() => (index ? createCatalogSearch(index) : undefined), [index]);
  const facets = useMemo(() => search?.facets(), [search]);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<CatalogFilterState>(NO_FILTERS);
  // Typing stays responsive: the list catches up with the latest query when React has time.
  const query = useDeferredValue(useMemo(() => toQuery(text, filters), [text, filters]));
  const results = useMemo(() => search?.search(query, lang) ?? [], [search, query, lang]);
  const total = search?.total ?? 0;
  return (
    <Region
      title={t.catalog.region}
      className="catalog"
      aside={
        <p role="status" className="muted">
          {results.length < total
            ? count(total, t.catalog.countOf(f.num(results.length)))
            : count(total, t.catalog.count)}
        </p>
      }
    >
      <div className="catalog-controls">
        <label htmlFor="catalog-search">{t.catalog.search}</label>
        <input
          id="catalog-search"
          type="search"
          value={text}
          placeholder={t.catalog.searchHint}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
        {facets && <CatalogFilters facets={facets} value={filters} onChange={setFilters} />}
      </div>
      {results.length > 0 ? (
        <CatalogResults
          modules={results}
          selectedModuleId={selectedModuleId}
          inProgramme={inProgramme}
          onAdd={onAdd}
          onSelect={onSelect}
        />
      ) : (
        <p className="catalog-empty muted">{t.catalog.noResults}</p>
      )}
    </Region>
  );
}
