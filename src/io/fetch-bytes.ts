import type { ReadBytes } from './network-source';

/** Reads a file over HTTP(S) for the network loader; a failed request becomes a short reason, not an exception trace. */
export const fetchBytes: ReadBytes = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};
