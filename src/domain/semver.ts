// Only ordering is needed (newest version of a module); a full semver library would be mostly unused weight.
const parse = (v: string) => {
  const [core = '', pre] = v.split('+')[0]!.split(/-(.*)/s);
  return { nums: core.split('.').map(Number), pre };
};

/** Semver precedence: negative when a < b. Prerelease identifiers compare as a whole string, numerically aware. */
export function compareSemver(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (pa.pre === pb.pre) return 0;
  if (pa.pre === undefined) return 1;
  if (pb.pre === undefined) return -1;
  return pa.pre.localeCompare(pb.pre, 'en', { numeric: true });
}
