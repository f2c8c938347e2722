import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { localIsoDate } from '../domain/dates';
import { fetchBytes } from '../io/fetch-bytes';
import { MAX_FILE_BYTES } from '../io/json-limits';
import { isLang, type Lang } from '../i18n/lang';
import { cliMessages } from './messages';
import { toJson, toText } from './output';
import { runValidate } from './validate-command';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  colour: boolean;
  env: Record<string, string | undefined>;
  today: string;
  /** The current time (a review package records when it was made); the clock unless given. */
  now?: () => Date;
}

export const processIo = (): CliIo => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  env: process.env,
  // By hand, not toLocaleDateString: loading ICU data was a noticeable share of a validation run.
  today: localIsoDate(new Date()),
});

const defaultLang = (env: CliIo['env']): Lang =>
  (env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').startsWith('ru') ? 'ru' : 'en';

// Why a file cannot be read or written, as the i18n renderers know the reasons (src/i18n/io-reasons.ts);
// ENOTREG is ours: a device or a pipe. Writing into a folder that does not exist fails with ENOENT too.
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTREG: 'not a regular file',
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ENOTDIR: 'no such folder',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many symbolic links (a link loop)',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'file is busy',
  ETXTBSY: 'file is busy',
  EIO: 'input/output error',
};
/** A file system failure as a reason; a code not listed is named, never left as the system's English. */
const fsError = (e: unknown, writing = false) => {
  const code = (e as NodeJS.ErrnoException).code;
  if (writing && code === 'ENOENT') return new Error('no such folder');
  if (code && FS_REASONS[code]) return new Error(FS_REASONS[code]);
  if (code && /^[A-Z0-9_]+$/.test(code)) return new Error(`file system error (${code})`);
  return new Error(e instanceof Error ? e.message : String(e));
};

/**
 * A path's stats, when it is a regular file: a directory or a device (such as /dev/zero, which never ends) is
 * refused. Local files are read synchronously: the CLI has nothing else to do meanwhile, and the thread pool's
 * round trips left the main thread idle for about 10 ms of a 10k-module validation.
 */
function regularFile(path: string): Stats {
  const info = statSync(path);
  if (!info.isFile())
    throw Object.assign(new Error(path), { code: info.isDirectory() ? 'EISDIR' : 'ENOTREG' });
  return info;
}

const isUrl = (path: string) => /^https?:\/\//i.test(path);

/** The first `n` bytes of a file, for one too large to read whole. */
function readHead(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(n);
    return buffer.subarray(0, readSync(fd, buffer, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * A regular file's bytes; valid UTF-8 is handed over as text (Node's native decoder is much faster), anything
 * else as bytes to be reported. A file over the loader's limit is read only to one byte past it: the loader then
 * refuses it as too large.
 */
const readBytes = async (path: string) => {
  // Network manifests may list catalogs by URL, as partners publish them.
  if (isUrl(path)) return fetchBytes(path);
  try {
    const bytes =
      regularFile(path).size > MAX_FILE_BYTES ? readHead(path, MAX_FILE_BYTES + 1) : readFileSync(path);
    return isUtf8(bytes) ? bytes.toString('utf8') : bytes;
  } catch (e) {
    throw fsError(e);
  }
};

/** A package as bytes, whatever they are; one larger than `maxBytes` is not read at all. */
async function readRaw(path: string, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  try {
    if (regularFile(path).size > maxBytes) return 'too-large';
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw fsError(e);
  }
}

const writeBytes = async (path: string, bytes: Uint8Array) => {
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw fsError(e, true);
  }
};

/**
 * One spelling per local file, so `./x.json`, `x.json` and `/work/x.json` are one file: relative to the working
 * directory when inside it (as a manifest's catalogs resolve), else absolute. A network's own catalog named
 * again on the command line is then recognised, not reported as a second copy of every id in it.
 */
function canonicalPath(path: string): string {
  if (isUrl(path)) return path;
  const absolute = resolve(path);
  const inside = relative(process.cwd(), absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split(sep).join('/') : absolute;
}

/** Whether two local paths name one file (a link or another spelling included); false when either is missing. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (isUrl(a) || isUrl(b)) return false;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Every local file named that cannot be read is a usage error, not a finding about data: the first, as one. */
async function unreadableFile(paths: readonly string[], lang: Lang): Promise<string | undefined> {
  for (const path of paths) {
    if (isUrl(path)) continue;
    try {
      regularFile(path);
    } catch (e) {
      return cliMessages[lang].missingFile(path, fsError(e).message);
    }
  }
  return undefined;
}

const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const VALIDATE_OPTIONS = {
  ...COMMON_OPTIONS,
  catalog: { type: 'string', multiple: true, default: [] as string[] },
  network: { type: 'string' },
} as const;

/** Lists may be repeated and comma-separated. */
const PLAN_OPTIONS = {
  ...COMMON_OPTIONS,
  network: { type: 'string' },
  program: { type: 'string' },
  target: { type: 'string', multiple: true },
  prior: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  elective: { type: 'string', multiple: true },
  'max-hours': { type: 'string' },
  'time-limit': { type: 'string' },
} as const;

const EXPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  network: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  annex: { type: 'boolean', default: false },
} as const;

const VERIFY_OPTIONS = {
  json: COMMON_OPTIONS.json,
  lang: COMMON_OPTIONS.lang,
  help: COMMON_OPTIONS.help,
} as const;

/** Flags that take a number: a negative one given as a separate argument is refused as a number. */
const NUMBER_FLAGS = new Set(['--max-hours', '--time-limit']);

/** node:util's parseArgs error, worded by its code in the CLI's language (its own message is English). */
function badArgument(
  e: unknown,
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  m: (typeof cliMessages)[Lang],
): string {
  const { code, message } = e as { code?: string; message: string };
  const name = /'([^']*)'/.exec(message)?.[1]?.replace(/ <value>$/, '') ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return m.args.unknownOption(name);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return m.args.unexpectedArgument(name);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (/argument missing/.test(message)) return m.args.needsValue(name);
      if (/ambiguous/.test(message)) {
        // A value that starts with a dash, such as -5, reads as another option unless written --flag=-5.
        const at = args.findIndex((a, i) => a === name && args[i + 1]?.startsWith('-'));
        const value = at >= 0 ? args[at + 1]! : '';
        if (NUMBER_FLAGS.has(name) && /^-[\d.]/.test(value)) return m.plan.badNumber(name.slice(2), value);
        // Followed by another of the command's flags, the value was left out.
        if (isOption(value, options)) return m.args.needsValue(name);
        const written = /use '(-[^'=]+=)-XYZ'/.exec(message)?.[1] ?? `${name}=`;
        return m.args.dashValue(name, written);
      }
      return message.includes('does not take') ? m.args.takesNoValue(name) : message;
    }
    default:
      return message;
  }
}

/** Whether an argument is one of these flags: `--name`, `--name=value` or `-x`. */
function isOption(arg: string, options: NonNullable<ParseArgsConfig['options']>): boolean {
  if (arg.startsWith('--')) return Object.hasOwn(options, arg.slice(2).split('=')[0]!);
  return Object.values(options).some((o) => o.short !== undefined && arg === `-${o.short}`);
}

/**
 * --lang as written (the last one wins, as parseArgs has it), read by hand where the flags do not parse or no
 * command was recognised: a mistake is reported in the language asked for.
 */
function askedLang(args: readonly string[]): Lang | undefined {
  let asked: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    if (args[i] === '--lang') asked = args[i + 1];
    else if (args[i]!.startsWith('--lang=')) asked = args[i]!.slice('--lang='.length);
  }
  return isLang(asked) ? asked : undefined;
}

const COMMANDS = ['validate', 'plan', 'export', 'verify'];

/** The whole CLI as a function of arguments to an exit code, so tests run it without spawning processes. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  let lang = defaultLang(io.env);
  const usage = (message?: string) => {
    if (message) io.stderr(`${message}\n\n`);
    io.stderr(`${cliMessages[lang].usage}\n`);
    return 2;
  };
  // Asked for, the usage is the answer: on stdout, exit 0.
  const help = () => {
    io.stdout(`${cliMessages[lang].usage}\n`);
    return 0;
  };
  /** A command's flags, with --lang and --help settled; a number is the exit code of a usage error. */
  const parse = <T extends NonNullable<ParseArgsConfig['options']>>(
    options: T,
    allowPositionals: boolean,
  ) => {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, allowPositionals, strict: true, options });
    } catch (e) {
      // The flags did not parse, so --lang is read by hand.
      lang = askedLang(rest) ?? lang;
      return usage(badArgument(e, rest, options, cliMessages[lang]));
    }
    const common = parsed.values as { lang?: string; help?: boolean };
    if (common.lang !== undefined) {
      if (!isLang(common.lang)) return usage(cliMessages[lang].badLang(common.lang));
      lang = common.lang;
    }
    return common.help ? help() : parsed;
  };
  /** What every sub-command gets from the CLI around it, in the language settled by its flags. */
  const context = () => ({
    lang,
    today: io.today,
    colour: io.colour,
    stdout: io.stdout,
    stderr: io.stderr,
    read: readBytes,
    usage,
    unreadableFile: (paths: readonly string[]) => unreadableFile(paths, lang),
  });
  if (command === undefined) return usage();
  if (!COMMANDS.includes(command)) {
    // No command to parse the flags for: --lang is read by hand, so even this is said in the language asked for.
    lang = askedLang(argv) ?? lang;
    if (command === '--help' || command === '-h') return help();
    if (command.startsWith('-'))
      return argv.includes('--help') || argv.includes('-h')
        ? help()
        : usage(cliMessages[lang].commandFirst(command));
    return usage(cliMessages[lang].unknownCommand(command));
  }
  // Commands other than validate are loaded on demand: the planner and its solver, the document renderers
  // and the zip code are not needed to validate, which starts faster without them.
  if (command === 'plan') {
    const parsed = parse(PLAN_OPTIONS, false);
    if (typeof parsed === 'number') return parsed;
    const { runPlan } = await import('./plan-command');
    return runPlan(parsed.values, context());
  }
  if (command === 'export') {
    const parsed = parse(EXPORT_OPTIONS, true);
    if (typeof parsed === 'number') return parsed;
    const { runExport } = await import('./export-command');
    return runExport(parsed.values, parsed.positionals, {
      ...context(),
      langGiven: parsed.values.lang !== undefined,
      now: io.now?.() ?? new Date(),
      write: writeBytes,
      sameFile,
    });
  }
  if (command === 'verify') {
    const parsed = parse(VERIFY_OPTIONS, true);
    if (typeof parsed === 'number') return parsed;
    const { runVerify } = await import('./verify-command');
    return runVerify(parsed.values, parsed.positionals, { ...context(), readRaw });
  }

  const parsed = parse(VALIDATE_OPTIONS, true);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const missing = await unreadableFile(
    [...positionals, ...values.catalog, ...(values.network ? [values.network] : [])],
    lang,
  );
  if (missing) return usage(missing);
  const outcome = await runValidate(
    {
      files: positionals.map(canonicalPath),
      catalogs: values.catalog.map(canonicalPath),
      network: values.network && canonicalPath(values.network),
      asOf: values['as-of'] ?? io.today,
      lang,
    },
    readBytes,
  );
  if ('usageError' in outcome) return usage(outcome.usageError);
  const json = toJson(outcome.reports, lang, outcome.index);
  io.stdout(
    values.json
      ? `${JSON.stringify(json, null, 2)}\n`
      : toText(outcome.reports, lang, io.colour, outcome.index),
  );
  return json.summary.errors > 0 ? 1 : 0;
}
