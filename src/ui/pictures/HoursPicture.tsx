import { useMemo } from 'react';
import { HOUR_KINDS, moduleHours } from '../../domain/hours';
import type { Program } from '../../domain/model';
import type { NetworkIndex } from '../../domain/network-index';
import { hoursByPartner, hoursByStage, type PartnerHours } from '../../domain/pictures';
import { localize } from '../../i18n/lang';
import { PICTURES } from '../../i18n/ui/pictures';
import { useMessages } from '../common/use-messages';
import { BarChart } from './BarChart';

/** Hours by stage and by delivering partner, each as stacked bars with the numbers in a table. */
export function HoursPicture({ program, index }: { program: Program; index: NetworkIndex }) {
  const { f, lang } = useMessages();
  const p = PICTURES[lang];
  const m = p.hours;
  const stages = useMemo(() => hoursByStage(program, index), [program, index]);
  const partners = useMemo(() => hoursByPartner(program, index), [program, index]);
  const range = (min: number, max: number) => m.range(f.num(min), f.num(max));
  const percent = (share: number) => m.percent(f.num(Math.round(share * 100)));
  const stageName = (i: number) => p.stage(String(i + 1), localize(stages[i]!.title, lang));
  const partnerName = (p: PartnerHours, full = false) =>
    localize(full ? p.name : (p.shortName ?? p.name), lang) || p.partnerId;
  const mandatory = (p: PartnerHours) => moduleHours({ hours: p.mandatory });
  const elective = (p: PartnerHours) =>
    p.elective.max > 0 ? range(p.elective.min, p.elective.max) : undefined;
  if (partners.length === 0) return <p className="muted pictures-note">{p.noModules}</p>;
  return (
    <>
      <BarChart
        title={m.byStage}
        bars={stages.map((s) => ({
          key: `${s.id}-${s.stageIndex}`,
          label: stageName(s.stageIndex),
          kinds: s.min,
          elective: s.total.max - s.total.min,
          value: range(s.total.min, s.total.max),
          description: m.stageBar(stageName(s.stageIndex), range(s.total.min, s.total.max)),
        }))}
        table={
          <table className="pictures-numbers">
            <caption>{m.numbers(m.byStage)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.stage}</th>
                {HOUR_KINDS.map((k) => (
                  <th key={k} scope="col">
                    <span aria-hidden="true">{m.kindsShort[k]}</span>
                    <span className="sr-only">{m.kinds[k]}</span>
                  </th>
                ))}
                <th scope="col">{m.total}</th>
              </tr>
            </thead>
            <tbody>
              {stages.map((s) => (
                <tr key={`${s.id}-${s.stageIndex}`}>
                  <th scope="row">{stageName(s.stageIndex)}</th>
                  {HOUR_KINDS.map((k) => (
                    <td key={k}>{m.kindRange(f.num(s.min[k]), f.num(s.max[k]))}</td>
                  ))}
                  <td>{range(s.total.min, s.total.max)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <BarChart
        title={m.byPartner}
        bars={partners.map((p) => ({
          key: p.partnerId,
          label: partnerName(p),
          kinds: p.mandatory,
          elective: p.elective.max,
          // A partner with only elective modules reads "+0–32 h", not "0 h + 0–32 h".
          value: m.partnerValue(
            mandatory(p) > 0 || !elective(p) ? m.hours(f.num(mandatory(p))) : undefined,
            elective(p),
            percent(p.share),
          ),
          description: m.partnerBar(
            partnerName(p, true),
            m.hours(f.num(mandatory(p))),
            elective(p),
            percent(p.share),
          ),
        }))}
        table={
          <table className="pictures-numbers">
            <caption>{m.numbers(m.byPartner)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.partner}</th>
                <th scope="col">{m.mandatory}</th>
                <th scope="col">{m.elective}</th>
                <th scope="col">{m.share}</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((p) => (
                <tr key={p.partnerId}>
                  <th scope="row">{partnerName(p, true)}</th>
                  <td>{m.hours(f.num(mandatory(p)))}</td>
                  <td>{elective(p) ?? '—'}</td>
                  <td>{percent(p.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}
