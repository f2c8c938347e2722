/** The shape of a 1EdTech CASE package, told apart from this app's own files without reading it further. */
import { isJsonObject } from './json-limits';
import type { JsonObject as Json } from './migrations';

const isPackage = (value: unknown): value is Json =>
  isJsonObject(value) && isJsonObject(value.CFDocument) && Array.isArray(value.CFItems);

/** The package itself, or the one inside a `{"CFPackage": …}` wrapper that some exports add. */
export const casePackageIn = (value: unknown): Json | undefined =>
  isPackage(value) ? value : isJsonObject(value) && isPackage(value.CFPackage) ? value.CFPackage : undefined;

/** Whether a parsed JSON value looks like a CASE package rather than one of our own files. */
export const isCasePackage = (value: unknown): boolean => casePackageIn(value) !== undefined;
