import { isCalendarDate } from '../domain/dates';
import type { CatalogSource, NetworkIndex } from '../domain/network-index';
import { validateProgram, validateTrajectory } from '../domain/validate';
import { loadFile } from '../io/load';
import {
  indexCatalogs,
  loadNetwork,
  overlayCatalogs,
  readCatalogs,
  unreadable,
  type FileReport,
  type ReadBytes,
} from '../io/network-source';
import type { Lang } from '../i18n/lang';
import { cliMessages } from './messages';

export interface ValidateRequest {
  files: string[];
  catalogs: string[];
  network?: string;
  asOf: string;
  lang: Lang;
}

export type ValidateOutcome = { usageError: string } | { reports: FileReport[]; index?: NetworkIndex };

interface Context {
  index?: NetworkIndex;
  catalogs: CatalogSource[];
  reports: FileReport[];
}

async function loadContext(req: ValidateRequest, read: ReadBytes): Promise<Context> {
  if (req.network) {
    const net = await loadNetwork(req.network, read, req.catalogs);
    return { index: net.index, catalogs: net.catalogs, reports: net.files };
  }
  if (req.catalogs.length === 0) return { catalogs: [], reports: [] };
  const reports: FileReport[] = [];
  const { catalogs, unloaded } = await readCatalogs(req.catalogs, read, reports, (i, reason) =>
    reports.push(unreadable(req.catalogs[i]!, reason)),
  );
  return { index: indexCatalogs(catalogs, undefined, reports, unloaded), catalogs, reports };
}

/** One report per path, holding all of it: a manifest may list itself, or one file twice, as a catalog. */
function addReport(reports: Map<string, FileReport>, r: FileReport): void {
  const earlier = reports.get(r.path);
  if (earlier && earlier !== r) earlier.diagnostics.push(...r.diagnostics);
  else reports.set(r.path, { ...r, diagnostics: [...r.diagnostics] });
}

/**
 * Validates each file against the context (a network manifest and/or catalogs). Context files are reported
 * too when they have problems, since a broken network explains a programme's errors.
 */
export async function runValidate(req: ValidateRequest, read: ReadBytes): Promise<ValidateOutcome> {
  const m = cliMessages[req.lang];
  if (req.files.length === 0) return { usageError: m.noFiles };
  if (!isCalendarDate(req.asOf)) return { usageError: m.badDate(req.asOf) };
  const context = await loadContext(req, read);
  const reports = new Map<string, FileReport>();
  for (const r of context.reports)
    if (r.diagnostics.length || req.files.includes(r.path)) addReport(reports, r);

  for (const path of req.files) {
    if (reports.has(path)) continue;
    const bytes = await read(path);
    const loaded = loadFile(bytes);
    const report: FileReport = { path, kind: loaded.kind, diagnostics: [...loaded.diagnostics] };
    reports.set(path, report);
    if (!loaded.ok) continue;
    const value = loaded.value;
    switch (value.kind) {
      case 'program':
      case 'trajectory': {
        if (!context.index) return { usageError: m.needsNetwork(path) };
        const check =
          value.kind === 'program'
            ? validateProgram(value, context.index, req)
            : validateTrajectory(value, context.index, req);
        report.diagnostics.push(...check);
        break;
      }
      case 'catalog': {
        // A partner's catalog is checked against the rest of the network it joins, in its own place.
        indexCatalogs(overlayCatalogs(context.catalogs, [{ source: path, catalog: value }]), undefined, [
          report,
        ]);
        break;
      }
      case 'network': {
        const net = await loadNetwork(path, read);
        for (const r of net.files) addReport(reports, r);
        break;
      }
      case 'review-comments':
        break;
    }
  }
  return { reports: [...reports.values()], index: context.index };
}
