import type { Named } from '../domain/diagnostics';
import type { NetworkIndex } from '../domain/network-index';
import { formatNumber, localize, type Lang } from './lang';

/** How messages name things: the title a person recognises, with the id to search for. */
export interface Formatter {
  lang: Lang;
  name(n: Named | undefined): string;
  list(ns: readonly Named[] | undefined, conjunction?: 'and' | 'or'): string;
  module(id: string): string;
  competency(id: string): string;
  num(n: number | undefined): string;
}

export function createFormatter(lang: Lang, index?: NetworkIndex): Formatter {
  const q = lang === 'ru' ? (s: string) => `«${s}»` : (s: string) => `“${s}”`;
  const name = (n: Named | undefined): string => {
    if (!n) return '?';
    const title = localize(n.name, lang);
    if (n.code && title) return `${n.code} ${q(title)}`;
    return title ? `${q(title)} (${n.id})` : n.id;
  };
  const words = { en: { and: 'and', or: 'or' }, ru: { and: 'и', or: 'или' } }[lang];
  const f: Formatter = {
    lang,
    name,
    list: (ns, conjunction = 'and') => {
      const parts = (ns ?? []).map(name);
      return parts.length <= 1
        ? (parts[0] ?? '')
        : `${parts.slice(0, -1).join(', ')} ${words[conjunction]} ${parts[parts.length - 1]}`;
    },
    module: (id) => {
      const m = index?.moduleVersions.get(id)?.[0];
      return name(m ? { id, name: m.title } : { id });
    },
    competency: (id) => {
      const c = index?.competencies.get(id);
      return name(c ? { id, name: c.title, code: c.code } : { id });
    },
    num: (n) => (n === undefined ? '?' : formatNumber(lang, n)),
  };
  return f;
}
