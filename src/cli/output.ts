import type { NetworkIndex } from '../domain/network-index';
import type { FileReport } from '../io/network-source';
import { plural, type Lang } from '../i18n/lang';
import { renderDiagnostics } from '../i18n/render-diagnostic';
import { cliMessages } from './messages';
import { summarize, toJson, type ValidateJson } from '../io/validation-report';

export { summarize, toJson, type ValidateJson };

const ANSI = {
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  green: '\x1b[32m',
  reset: '\x1b[0m',
};

/** Human output grouped by file: code, location, message and fix; colour only when a terminal reads it. */
export function toText(
  reports: readonly FileReport[],
  lang: Lang,
  colour: boolean,
  index?: NetworkIndex,
): string {
  const m = cliMessages[lang];
  const paint = (c: keyof typeof ANSI, s: string) => (colour ? `${ANSI[c]}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  for (const r of reports) {
    const rendered = renderDiagnostics(r.diagnostics, lang, index);
    lines.push(
      `${paint('bold', r.path)}${r.kind ? paint('dim', ` (${r.kind})`) : ''}${rendered.length ? '' : `  ${paint('green', m.ok)}`}`,
    );
    for (const d of rendered) {
      const sev = d.waived
        ? paint('dim', m.severity.waived.padEnd(8))
        : paint(
            d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'cyan',
            m.severity[d.severity].padEnd(8),
          );
      const where = [d.pointer || '/', d.moduleId && `[${d.moduleId}]`].filter(Boolean).join(' ');
      lines.push(`  ${sev} ${paint('bold', d.code.padEnd(24))} ${paint('dim', where)}`);
      lines.push(`           ${d.message}`);
      if (d.fix) lines.push(`           ${paint('green', `${m.fix}:`)} ${d.fix.label}`);
      if (d.waived)
        lines.push(`           ${paint('dim', `${m.waivedBy} ${d.waived.by}: ${d.waived.reason}`)}`);
    }
  }
  const s = summarize(reports);
  const errors = plural(lang, s.errors, m.errors);
  const warnings = plural(lang, s.warnings, m.warnings);
  const files = plural(lang, reports.length, m.files);
  lines.push('', paint(s.errors ? 'red' : 'green', `${errors}, ${warnings} ${m.in} ${files}`));
  return `${lines.join('\n')}\n`;
}
