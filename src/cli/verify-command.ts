import { reasonOf } from '../io/network-source';
import { PACKAGE_LIMITS, verifyPackage, type PackageProblem, type VerifyResult } from '../io/review-package';
import { plural, type Lang } from '../i18n/lang';
import { cliMessages } from './messages';

/** What `verify` needs from the CLI around it. */
export interface VerifyContext {
  lang: Lang;
  stdout: (s: string) => void;
  /** The file's bytes, or 'too-large' past `maxBytes` without reading it; rejects with a short reason. */
  readRaw: (path: string, maxBytes: number) => Promise<Uint8Array | 'too-large'>;
  /** Prints the message and the usage; returns exit code 2. */
  usage: (message: string) => number;
  /** The usage error for the first local file named that cannot be read. */
  unreadableFile: (paths: readonly string[]) => Promise<string | undefined>;
}

function problemLine(p: PackageProblem, lang: Lang): string {
  const m = cliMessages[lang].verify;
  switch (p.kind) {
    case 'changed':
      return m.changed(p.path, p.expected, p.actual);
    case 'missing':
      return m.missing(p.path);
    case 'unexpected':
      return m.unexpected(p.path);
    case 'program-digest':
      return m.programDigest(p.expected, p.actual);
    case 'container':
      return p.addedBytes ? m.addedBytes(p.addedBytes.before, p.addedBytes.after) : m.container;
  }
}

function describe(path: string, r: VerifyResult, lang: Lang): string[] {
  const m = cliMessages[lang].verify;
  if (r.status === 'unreadable') return [m.unreadable(path), `  ${m.reasons[r.reason](r.detail)}`];
  const about = [m.programme(r.manifest.programId, r.manifest.created), m.digest(r.manifest.programDigest)];
  if (r.status === 'tampered')
    return [m.tampered(path), ...about, ...r.problems.map((p) => problemLine(p, lang))];
  return [m.verified(path), ...about, m.allMatch(plural(lang, r.manifest.files.length, m.files))];
}

/**
 * `verify`: whether a review package is exactly what `export` wrote. Exit 0 verified, 1 altered or not a
 * package (naming each file that differs), 2 usage errors. `--json` prints the result without the programme.
 */
export async function runVerify(
  flags: { json: boolean },
  files: string[],
  ctx: VerifyContext,
): Promise<number> {
  const m = cliMessages[ctx.lang];
  if (files.length !== 1) return ctx.usage(m.verify.onePackage);
  const path = files[0]!;
  const missing = await ctx.unreadableFile([path]);
  if (missing) return ctx.usage(missing);
  let bytes;
  try {
    bytes = await ctx.readRaw(path, PACKAGE_LIMITS.maxTotalBytes);
  } catch (e) {
    return ctx.usage(m.missingFile(path, reasonOf(e)));
  }
  const result: VerifyResult =
    bytes === 'too-large' ? { status: 'unreadable', reason: 'too-large' } : await verifyPackage(bytes);
  if (flags.json) {
    const { program: _program, ...shown } = result as VerifyResult & { program?: unknown };
    ctx.stdout(`${JSON.stringify(shown, null, 2)}\n`);
  } else ctx.stdout(`${describe(path, result, ctx.lang).join('\n')}\n`);
  return result.status === 'verified' ? 0 : 1;
}
