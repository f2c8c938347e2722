import { customAlphabet } from 'nanoid';

// Ids must match ^[a-z0-9][a-z0-9._-]*$: lower-case letters and digits only.
const suffix = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 8);
export const newId = (prefix: string) => `${prefix}-${suffix()}`;
