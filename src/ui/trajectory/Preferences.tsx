import { useId } from 'react';
import { MODULE_FORMATS } from '../../domain/model/patterns';
import type { Id } from '../../domain/model';
import type { Leaning } from '../../domain/planner/request';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { TRAINEE } from '../../i18n/ui/trainee';
import { useMessages } from '../common/use-messages';
import { usePlanField } from './use-plan-form';

/** A select of one partner or site to lean towards or away from; empty means no preference. */
function LeaningSelect({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { id: Id; label: string }[];
  value: Id | undefined;
  onChange: (id: Id | undefined) => void;
}) {
  const { lang } = useMessages();
  const tr = TRAINEE[lang];
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{tr.noPreference}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const one = (id: Id | undefined): Id[] => (id ? [id] : []);

/** Preferences only break ties between plans of equal hours, as the planner promises. */
export function Preferences() {
  const { t, lang } = useMessages();
  const tr = TRAINEE[lang];
  const [prefer, setPrefer] = usePlanField('prefer');
  const [avoid, setAvoid] = usePlanField('avoid');
  const index = useAppStore((s) => s.network?.index);
  const partners = [...(index?.partners.values() ?? [])]
    .map((p) => ({ id: p.id, label: localize(p.shortName ?? p.name, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const sites = [...(index?.resources.values() ?? [])]
    .filter((r) => r.type === 'site')
    .map((r) => ({
      id: r.id,
      label: `${localize(r.name, lang)} (${localize(index!.partners.get(r.partnerId)?.shortName ?? index!.partners.get(r.partnerId)?.name, lang)})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const change = (leaning: Leaning, patch: Partial<Leaning>) => ({ ...leaning, ...patch });
  return (
    <fieldset className="field">
      <legend>{tr.preferences}</legend>
      <fieldset className="field">
        <legend>{tr.preferFormats}</legend>
        {MODULE_FORMATS.map((format) => (
          <label key={format} className="check">
            <input
              type="checkbox"
              checked={prefer.formats.includes(format)}
              onChange={(e) =>
                setPrefer(
                  change(prefer, {
                    formats: e.target.checked
                      ? [...prefer.formats, format]
                      : prefer.formats.filter((f) => f !== format),
                  }),
                )
              }
            />
            {t.catalog.formats[format]}
          </label>
        ))}
      </fieldset>
      <LeaningSelect
        label={tr.preferPartner}
        options={partners}
        value={prefer.partners[0]}
        onChange={(id) => setPrefer(change(prefer, { partners: one(id) }))}
      />
      <LeaningSelect
        label={tr.avoidPartner}
        options={partners}
        value={avoid.partners[0]}
        onChange={(id) => setAvoid(change(avoid, { partners: one(id) }))}
      />
      <LeaningSelect
        label={tr.avoidSite}
        options={sites}
        value={avoid.resources[0]}
        onChange={(id) => setAvoid(change(avoid, { resources: one(id) }))}
      />
    </fieldset>
  );
}
