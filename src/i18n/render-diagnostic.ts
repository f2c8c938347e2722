import type { Diagnostic } from '../domain/diagnostics';
import type { ProgramEdit } from '../domain/edits';
import type { NetworkIndex } from '../domain/network-index';
import type { Severity } from '../domain/model';
import {
  diagnosticsEn,
  fixesEn,
  leftOutEn,
  type DiagnosticMessages,
  type FixMessages,
  type LeftOutMessage,
} from './diagnostics.en';
import { diagnosticsRu, fixesRu, leftOutRu } from './diagnostics.ru';
import { createFormatter, type Formatter } from './format';
import type { Lang } from './lang';

const MESSAGES: Record<
  Lang,
  { diagnostics: DiagnosticMessages; fixes: FixMessages; leftOut: LeftOutMessage }
> = {
  en: { diagnostics: diagnosticsEn, fixes: fixesEn, leftOut: leftOutEn },
  ru: { diagnostics: diagnosticsRu, fixes: fixesRu, leftOut: leftOutRu },
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
  const { diagnostics, leftOut } = MESSAGES[f.lang];
  const text = diagnostics[d.code](d.params, f);
  return d.params.leftOut ? `${text} ${leftOut(d.params.leftOut, d.moduleId)}` : text;
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
