import { addDays, parseISO } from 'date-fns';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { describeReasons } from '../domain/documents/trajectory-document';
import { localize } from '../domain/localized-text';
import type { Module, Trajectory } from '../domain/model';
import { resolveModule, type NetworkIndex } from '../domain/network-index';
import { stepHours } from '../domain/hours';
import { TRAJECTORY_STRINGS as STRINGS } from '../i18n/documents';
import type { Lang } from '../i18n/lang';

export interface IcsOptions {
  lang: Lang;
  /** When the calendar is made (DTSTAMP); fixed in tests so the output is reproducible. */
  now?: Date;
}

const dateArray = (iso: string, plusDays = 0): DateArray => {
  const d = addDays(parseISO(iso), plusDays);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
};

/** Where the trainee goes: the module's first site, else the partner that delivers it. */
function location(module: Module, index: NetworkIndex, lang: Lang): string | undefined {
  const site = module.resources.map((id) => index.resources.get(id)).find((r) => r?.type === 'site');
  if (site) return [localize(site.name, lang), site.address].filter(Boolean).join(', ');
  const partner = index.partners.get(module.partnerId);
  return partner && [localize(partner.name, lang), partner.city].filter(Boolean).join(', ');
}

/**
 * The scheduled steps of a trajectory as an iCalendar file: one all-day event per step that has dates, so a
 * trainee can put the plan in any calendar. Steps without dates are left out.
 */
export function trajectoryToIcs(trajectory: Trajectory, index: NetworkIndex, options: IcsOptions): string {
  const { lang, now = new Date() } = options;
  const strings = STRINGS[lang];
  const events = trajectory.steps.flatMap((step, i) => {
    if (!step.start || !step.end) return [];
    const module = resolveModule(index, step.module, step.version);
    const why = describeReasons(step.reasons, index, lang, strings);
    const event: EventAttributes & { timestamp: number } = {
      uid: `${trajectory.id ?? 'trajectory'}-${i}-${step.module}@competency-constructor`,
      // ics writes DTSTAMP from `timestamp` (its schema accepts it; its types leave it out).
      timestamp: now.getTime(),
      // Three-part dates make all-day events; iCalendar's DTEND is the day after the last one.
      start: dateArray(step.start),
      end: dateArray(step.end, 1),
      title: module ? localize(module.title, lang) : step.module,
      location: module && location(module, index, lang),
      description: `${strings.hours(stepHours(index, step))}\n${strings.columns.reasons}: ${why}`,
    };
    return [event];
  });
  const { error, value } = createEvents(events, {
    productId: '-//Competency Constructor//Learning trajectory//EN',
    calName: trajectory.trainee ? `${strings.title}: ${trajectory.trainee.alias}` : strings.title,
  });
  if (error) throw new Error(error.message, { cause: error });
  return foldOctets(value!);
}

/**
 * ics folds lines at 75 characters, but RFC 5545 counts 75 octets: a Cyrillic line would run to twice that.
 * Refolds every line at 75 octets of UTF-8 without splitting a character.
 */
function foldOctets(ics: string): string {
  const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
  const fold = (line: string): string => {
    let out = '';
    let used = 0;
    for (const ch of line) {
      const n = octets(ch.codePointAt(0)!);
      if (used + n > 75) {
        out += '\r\n ';
        used = 1;
      }
      out += ch;
      used += n;
    }
    return out;
  };
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(fold)
    .join('\r\n');
}
