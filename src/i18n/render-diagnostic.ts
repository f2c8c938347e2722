import type { Diagnostic } from '../domain/diagnostics';
import type { ProgramEdit } from '../domain/edits';
import type { NetworkIndex } from '../domain/network-index';
import type { Severity } from '../domain/model';
import { diagnosticsEn, fixesEn, type DiagnosticMessages, type FixMessages } from './diagnostics.en';
import { diagnosticsRu, fixesRu } from './diagnostics.ru';
import { createFormatter, type Formatter } from './format';
import type { Lang } from './lang';

const MESSAGES: Record<Lang, { diagnostics: DiagnosticMessages; fixes: FixMessages }> = {
  en: { diagnostics: diagnosticsEn, fixes: fixesEn },
  ru: { diagnostics: diagnosticsRu, fixes: fixesRu },
};

/** A diagnostic as files and people read it: the published shape, with the message in one language. */
export interface RenderedDiagnostic {
  code: Diagnostic['code'];
  severity: Severity;
  message: string;
  pointer: string;
  moduleId?: string;
  fix?: ProgramEdit & { label: string };
  waived?: { reason: string; by: string };
}

export function fixLabel(fix: ProgramEdit, f: Formatter): string {
  const render = MESSAGES[f.lang].fixes[fix.op] as (e: ProgramEdit, f: Formatter) => string;
  return render(fix, f);
}

export function diagnosticMessage(d: Diagnostic, f: Formatter): string {
  return MESSAGES[f.lang].diagnostics[d.code](d.params, f);
}

export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  index?: NetworkIndex,
): RenderedDiagnostic[] {
  const f = createFormatter(lang, index);
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: diagnosticMessage(d, f),
    pointer: d.pointer,
    ...(d.moduleId !== undefined && { moduleId: d.moduleId }),
    ...(d.fix && { fix: { ...d.fix, label: fixLabel(d.fix, f) } }),
    ...(d.waived && { waived: d.waived }),
  }));
}
