/** The shape of a 1EdTech CASE package, told apart from this app's own files without reading it further. */

export type Json = Record<string, unknown>;
export const isJsonObject = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isPackage = (value: unknown): value is Json =>
  isJsonObject(value) && isJsonObject(value.CFDocument) && Array.isArray(value.CFItems);

/** The package itself, or the one inside a `{"CFPackage": …}` wrapper that some exports add. */
export const casePackageIn = (value: unknown): Json | undefined =>
  isPackage(value) ? value : isJsonObject(value) && isPackage(value.CFPackage) ? value.CFPackage : undefined;

/** Whether a parsed JSON value looks like a CASE package rather than one of our own files. */
export const isCasePackage = (value: unknown): boolean => casePackageIn(value) !== undefined;
