import type { Program } from '../domain/model';
import { isCalendarDate } from '../domain/dates';
import type { NetworkIndex } from '../domain/network-index';
import { validateProgram } from '../domain/validate';
import { loadKind } from '../io/load';
import { loadNetwork, reasonOf, unreadable, type FileReport, type ReadBytes } from '../io/network-source';
import {
  createReviewPackage,
  programDigest,
  renderProgrammeDocument,
  type DocumentKind,
  type ManifestEntry,
} from '../io/review-package';
import { LANGS, plural, type Lang } from '../i18n/lang';
import { cliMessages } from './messages';
import { summarize, toJson, toText } from './output';

/** The flags of `export` (defined in main.ts, which parses them). */
export interface ExportFlags {
  network?: string;
  format?: string;
  output?: string;
  annex: boolean;
  'as-of'?: string;
  json: boolean;
}

/** What `export` needs from the CLI around it. */
export interface ExportContext {
  lang: Lang;
  /** Whether --lang was given: a review package is in both languages unless it was. */
  langGiven: boolean;
  today: string;
  now: Date;
  colour: boolean;
  stdout: (s: string) => void;
  read: ReadBytes;
  write: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Whether two locations name one existing file, whatever the spelling (links, `./`, absolute). */
  sameFile: (a: string, b: string) => Promise<boolean>;
  /** Prints the message and the usage; returns exit code 2. */
  usage: (message: string) => number;
  /** The usage error for the first local file named that cannot be read. */
  unreadableFile: (paths: readonly string[]) => Promise<string | undefined>;
}

const FORMATS = ['pdf', 'docx', 'csv', 'zip'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (f: string): f is Format => (FORMATS as readonly string[]).includes(f);

/** Russian first: the documents follow Russian regulations, and reviewers read them in Russian first. */
const PACKAGE_LANGS: readonly Lang[] = ['ru', ...LANGS.filter((l) => l !== 'ru')];

/** The network and the programme; any file with errors comes back as a report to print. */
async function loadInputs(path: string, network: string, read: ReadBytes) {
  const net = await loadNetwork(network, read);
  const loaded = await read(path).then(
    (bytes) => loadKind(bytes, 'program'),
    (e: unknown) => ({ ok: false as const, diagnostics: unreadable(path, reasonOf(e)).diagnostics }),
  );
  const reports: FileReport[] = [
    ...net.files,
    { path, kind: 'program' as const, diagnostics: loaded.diagnostics },
  ].filter((r) => r.diagnostics.length > 0);
  const inputs = [network, ...net.catalogs.map((c) => c.source), path];
  return { index: net.index, program: loaded.ok ? loaded.value : undefined, reports, inputs };
}

interface Written {
  output: string;
  format: Format;
  document: DocumentKind | 'package';
  langs: Lang[];
  programDigest: string;
  bytes: number;
  summary: { errors: number; warnings: number };
  files?: ManifestEntry[];
}

function printWritten(w: Written, ctx: ExportContext, json: boolean) {
  if (json) {
    ctx.stdout(`${JSON.stringify(w, null, 2)}\n`);
    return;
  }
  const m = cliMessages[ctx.lang];
  const lines = [
    m.export.wrote(w.output, m.export.what[w.document], w.langs.join(', '), w.bytes),
    m.export.digest(w.programDigest),
  ];
  const { errors, warnings } = w.summary;
  if (errors + warnings > 0) {
    const counts = `${plural(ctx.lang, errors, m.errors)}, ${plural(ctx.lang, warnings, m.warnings)}`;
    lines.push(m.export.findings(counts, w.document === 'package'));
  }
  ctx.stdout(`${lines.join('\n')}\n`);
}

/** The bytes to write, with what they are and the programme's diagnostics. */
async function produce(
  program: Program,
  index: NetworkIndex,
  format: Format,
  annex: boolean,
  asOf: string,
  ctx: ExportContext,
) {
  const options = { asOf, now: ctx.now };
  if (format === 'zip') {
    const langs = ctx.langGiven ? [ctx.lang] : [...PACKAGE_LANGS];
    const { zip, diagnostics, manifest } = await createReviewPackage(program, index, { ...options, langs });
    const { programDigest, files } = manifest;
    return { bytes: zip, diagnostics, document: 'package' as const, langs, programDigest, files };
  }
  const diagnostics = validateProgram(program, index, options);
  const kind: DocumentKind = format === 'csv' ? 'curriculum' : annex ? 'annex' : 'programme';
  const digest = await programDigest(program);
  const request = { asOf, kind, format, lang: ctx.lang, diagnostics, digest, created: ctx.now };
  const bytes = await renderProgrammeDocument(program, index, request);
  return { bytes, diagnostics, document: kind, langs: [ctx.lang], programDigest: digest };
}

/**
 * `export`: the programme document (or, with --annex, the network agreement annex) as PDF or DOCX, the
 * curriculum as CSV, or the review package as a zip. A programme with rule errors is still exported (its
 * documents and report say what is wrong: that is what reviewers are for); a network or programme file that
 * does not load is not. Exit 0 written, 1 input files with errors, 2 usage errors and an OUT not writable.
 */
export async function runExport(flags: ExportFlags, files: string[], ctx: ExportContext): Promise<number> {
  const m = cliMessages[ctx.lang];
  if (files.length !== 1) return ctx.usage(m.export.oneFile);
  const path = files[0]!;
  const { network, output } = flags;
  if (!network) return ctx.usage(m.export.networkRequired);
  if (!output) return ctx.usage(m.export.outputRequired);
  const format = flags.format ?? /\.([a-z]+)$/i.exec(output)?.[1]?.toLowerCase() ?? '';
  if (!isFormat(format)) return ctx.usage(m.export.badFormat(format));
  if (flags.annex && (format === 'csv' || format === 'zip')) return ctx.usage(m.export.annexFormat);
  const asOf = flags['as-of'] ?? ctx.today;
  if (!isCalendarDate(asOf)) return ctx.usage(m.badDate(asOf));
  const missing = await ctx.unreadableFile([network, path]);
  if (missing) return ctx.usage(missing);

  const { index, program, reports, inputs } = await loadInputs(path, network, ctx.read);
  // Written over one of its own inputs, the export would destroy the programme or the network it came from.
  for (const input of inputs)
    if (await ctx.sameFile(output, input)) return ctx.usage(m.export.overwritesInput(output, input));
  if (!program || summarize(reports).errors > 0) {
    ctx.stdout(
      flags.json
        ? `${JSON.stringify({ error: 'invalid-input', ...toJson(reports, ctx.lang, index) }, null, 2)}\n`
        : toText(reports, ctx.lang, ctx.colour, index),
    );
    return 1;
  }

  const made = await produce(program, index, format, flags.annex, asOf, ctx);
  try {
    await ctx.write(output, made.bytes);
  } catch (e) {
    return ctx.usage(m.export.cannotWrite(output, reasonOf(e)));
  }
  const { bytes, diagnostics, ...rest } = made;
  const summary = summarize([{ path, diagnostics }]);
  printWritten({ output, format, bytes: bytes.byteLength, summary, ...rest }, ctx, flags.json);
  return 0;
}
