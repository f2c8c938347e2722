import { memo } from 'react';
import { moduleHours } from '../../domain/hours';
import type { Module } from '../../domain/model';
import { localize } from '../../i18n/lang';
import { useAppStore } from '../../store';
import { useMessages } from '../common/use-messages';

/** What a methodologist needs to judge a module at a glance: partner, hours, format, outcomes, prerequisites. */
export const ModuleFacts = memo(function ModuleFacts({ module: m }: { module: Module }) {
  const { t, f, lang } = useMessages();
  const partner = useAppStore((s) => s.network?.index.partners.get(m.partnerId));
  const requires = m.prerequisites.map((p) =>
    typeof p === 'string'
      ? f.competency(p)
      : `${t.catalog.anyOf}: ${p.anyOf.map((c) => f.competency(c)).join(' / ')}`,
  );
  return (
    <>
      <p className="facts">
        <span>{localize(partner?.shortName ?? partner?.name, lang) || m.partnerId}</span>
        <span>{t.catalog.hours(f.num(moduleHours(m)))}</span>
        <span>{t.catalog.formats[m.format]}</span>
        <span>{t.catalog.assessments[m.assessment]}</span>
      </p>
      <p className="outcomes">
        <strong>{t.catalog.develops}:</strong> {m.outcomes.map((c) => f.competency(c)).join('; ')}
      </p>
      {requires.length > 0 && (
        <p className="prereqs">
          <strong>{t.catalog.requires}:</strong> {requires.join('; ')}
        </p>
      )}
    </>
  );
});
