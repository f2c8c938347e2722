import { MAX_FILE_BYTES } from './json-limits';
import type { ReadBytes } from './network-source';

/** Long enough for a slow partner server, short enough that a dead one does not hold the CLI or the page. */
export const FETCH_TIMEOUT_MS = 30_000;

// Network failures by the system's code, in the phrases src/i18n/io-reasons.ts translates.
const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'certificate not trusted',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate not trusted',
  CERT_HAS_EXPIRED: 'certificate not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate not trusted',
};

/**
 * Why a request failed, in a few words: Node's "fetch failed" keeps the reason in its cause (with a system
 * code); a browser says only that the request failed (CORS, offline, refused), as a TypeError.
 */
function reasonOf(e: unknown, timeoutMs: number): string {
  if (!(e instanceof Error)) return String(e);
  if (e.name === 'TimeoutError') return `no answer in ${timeoutMs / 1000} s`;
  const cause = e.cause as (Error & { code?: string }) | undefined;
  const known = cause?.code && NETWORK_REASONS[cause.code];
  if (known) return known;
  if (cause instanceof Error) return cause.message;
  return e instanceof TypeError ? 'network error' : e.message;
}

/**
 * Reads files over HTTP(S) for the network loader, giving up after `timeoutMs`; a failed request becomes a short
 * reason, not an exception trace. A response larger than any file the loader accepts is cut off one byte past
 * the limit (so the loader still reports it as too large) rather than read whole into memory.
 */
export const fetchBytesWithin =
  (timeoutMs: number): ReadBytes =>
  async (url) => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await readCapped(response, MAX_FILE_BYTES + 1);
    } catch (e) {
      throw new Error(reasonOf(e, timeoutMs));
    }
  };

export const fetchBytes: ReadBytes = fetchBytesWithin(FETCH_TIMEOUT_MS);

async function readCapped(response: Response, cap: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer()).subarray(0, cap);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < cap) {
    const { done, value } = await reader.read();
    if (done) break;
    const part = value.subarray(0, cap - size);
    chunks.push(part);
    size += part.byteLength;
  }
  if (size >= cap) void reader.cancel();
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
