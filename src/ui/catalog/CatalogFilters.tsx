import { useId, useMemo, useState } from 'react';
import type { CatalogFacets, CatalogQuery } from '../../domain/catalog-search';
import type { AssessmentKind, ModuleFormat, PartnerKind } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useMessages } from '../common/use-messages';

/** What the controls hold: selects and number fields keep their raw text, '' meaning "any". */
export interface CatalogFilterState {
  partner: string;
  partnerKind: string;
  specialty: string;
  formats: readonly ModuleFormat[];
  assessments: readonly AssessmentKind[];
  minHours: string;
  maxHours: string;
}

export const NO_FILTERS: CatalogFilterState = {
  partner: '',
  partnerKind: '',
  specialty: '',
  formats: [],
  assessments: [],
  minHours: '',
  maxHours: '',
};

const hoursOf = (text: string): number | undefined => {
  const n = Number.parseFloat(text);
  return Number.isFinite(n) ? n : undefined;
};

/** The search query the filter controls describe, with the free text typed beside them. */
export function toQuery(text: string, filters: CatalogFilterState): CatalogQuery {
  return {
    text,
    partners: filters.partner ? [filters.partner] : [],
    partnerKinds: filters.partnerKind ? [filters.partnerKind as PartnerKind] : [],
    specialties: filters.specialty ? [filters.specialty] : [],
    formats: filters.formats,
    assessments: filters.assessments,
    minHours: hoursOf(filters.minHours),
    maxHours: hoursOf(filters.maxHours),
  };
}

export const activeFilterCount = ({
  partner,
  partnerKind,
  specialty,
  minHours,
  maxHours,
  ...lists
}: CatalogFilterState) =>
  [partner, partnerKind, specialty, minHours, maxHours].filter(Boolean).length +
  lists.formats.length +
  lists.assessments.length;

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list, value] : list.filter((v) => v !== value);

/** Filters in a disclosure, closed at first so the results get the room; "Clear filters" stays in reach. */
export function CatalogFilters({
  facets,
  value,
  onChange,
}: {
  facets: CatalogFacets;
  value: CatalogFilterState;
  onChange: (next: CatalogFilterState) => void;
}) {
  const { t, f, lang, count } = useMessages();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const set = (patch: Partial<CatalogFilterState>) => onChange({ ...value, ...patch });
  const active = activeFilterCount(value);
  const partners = useMemo(() => {
    const collator = new Intl.Collator(lang, { numeric: true });
    return facets.partners
      .map((p) => ({ id: p.id, name: localize(p.name, lang) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [facets, lang]);
  return (
    <div className="catalog-filters">
      <div className="catalog-filters-bar">
        <button
          type="button"
          className="catalog-filters-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t.catalog.filters}
        </button>
        {active > 0 && <span className="muted">{count(active, t.catalog.activeFilters)}</span>}
        <button type="button" className="catalog-clear" onClick={() => onChange(NO_FILTERS)}>
          {t.catalog.clearFilters}
        </button>
      </div>
      <div id={panelId} className="catalog-filters-panel" hidden={!open}>
        <label>
          {t.catalog.partner}
          <select value={value.partner} onChange={(e) => set({ partner: e.target.value })}>
            <option value="">{t.catalog.anyPartner}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.catalog.partnerKind}
          <select value={value.partnerKind} onChange={(e) => set({ partnerKind: e.target.value })}>
            <option value="">{t.catalog.anyPartnerKind}</option>
            {facets.partnerKinds.map((k) => (
              <option key={k} value={k}>
                {t.catalog.partnerKinds[k] ?? k}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.catalog.specialty}
          <select value={value.specialty} onChange={(e) => set({ specialty: e.target.value })}>
            <option value="">{t.catalog.anySpecialty}</option>
            {facets.specialties.map((s) => (
              <option key={s} value={s}>
                {t.catalog.specialties[s] ?? s}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t.catalog.format}</legend>
          {facets.formats.map((mode) => (
            <label key={mode} className="catalog-check">
              <input
                type="checkbox"
                checked={value.formats.includes(mode)}
                onChange={(e) => set({ formats: toggle(value.formats, mode, e.target.checked) })}
              />
              {t.catalog.formats[mode] ?? mode}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.catalog.assessment}</legend>
          {facets.assessments.map((a) => (
            <label key={a} className="catalog-check">
              <input
                type="checkbox"
                checked={value.assessments.includes(a)}
                onChange={(e) => set({ assessments: toggle(value.assessments, a, e.target.checked) })}
              />
              {t.catalog.assessments[a] ?? a}
            </label>
          ))}
        </fieldset>
        <div className="catalog-hours">
          <label>
            {t.catalog.minHours}
            <input
              type="number"
              min={0}
              inputMode="numeric"
              placeholder={f.num(facets.hours.min)}
              value={value.minHours}
              onChange={(e) => set({ minHours: e.target.value })}
            />
          </label>
          <label>
            {t.catalog.maxHours}
            <input
              type="number"
              min={0}
              inputMode="numeric"
              placeholder={f.num(facets.hours.max)}
              value={value.maxHours}
              onChange={(e) => set({ maxHours: e.target.value })}
            />
          </label>
        </div>
      </div>
    </div>
  );
}
