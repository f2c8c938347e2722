import { countDiagnostics } from '../domain/diagnostics';
import type { NetworkIndex } from '../domain/network-index';
import { renderDiagnostics, type RenderedDiagnostic } from '../i18n/render-diagnostic';
import type { Lang } from '../i18n/lang';
import type { FileReport } from './network-source';

/** The `validate --json` report: the CLI prints it and review packages carry it, so both say the same. */
export interface ValidateJson {
  files: { path: string; kind: string | null; diagnostics: RenderedDiagnostic[] }[];
  summary: { errors: number; warnings: number };
}

export function summarize(reports: readonly FileReport[]) {
  return reports.reduce(
    (s, r) => {
      const c = countDiagnostics(r.diagnostics);
      return { errors: s.errors + c.errors, warnings: s.warnings + c.warnings };
    },
    { errors: 0, warnings: 0 },
  );
}

export function toJson(reports: readonly FileReport[], lang: Lang, index?: NetworkIndex): ValidateJson {
  return {
    files: reports.map((r) => ({
      path: r.path,
      kind: r.kind ?? null,
      diagnostics: renderDiagnostics(r.diagnostics, lang, index),
    })),
    summary: summarize(reports),
  };
}
