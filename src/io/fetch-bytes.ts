import { MAX_FILE_BYTES } from './json-limits';
import type { ReadBytes } from './network-source';

/** Long enough for a slow partner server, short enough that a dead one does not hold the CLI or the page. */
export const FETCH_TIMEOUT_MS = 30_000;

// Network failures by the code Node (or undici, its fetch) gives, in the phrases src/i18n/io-reasons.ts words in
// each language.
const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'host unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'connection timed out',
  UND_ERR_BODY_TIMEOUT: 'connection timed out',
  // The server hung up before it answered in full.
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CLOSED: 'connection closed by the server',
  UND_ERR_HEADERS_OVERFLOW: 'invalid HTTP response',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'invalid HTTP response',
  UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE: 'invalid HTTP response',
  UND_ERR_INFO: 'invalid HTTP response',
  EPROTO: 'secure connection failed',
  ERR_INVALID_URL: 'invalid address',
};

/** Certificate checks OpenSSL fails (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, HOSTNAME_MISMATCH, ...). */
const CERTIFICATE_CODE = /CERT|CRL|ISSUER|SIGNATURE|HOSTNAME_MISMATCH|INVALID_CA|PATH_LENGTH|INVALID_PURPOSE/;

/** A failure's code as a reason: certificates and the TLS handshake by their families, the rest by the table. */
function reasonOfCode(code: string): string | undefined {
  if (NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  if (CERTIFICATE_CODE.test(code)) return 'certificate not trusted';
  // OpenSSL's own errors (ERR_SSL_WRONG_VERSION_NUMBER: the server does not speak TLS there) and Node's TLS ones.
  if (/^ERR_(SSL|TLS)_/.test(code)) return 'secure connection failed';
  // llhttp: the answer is not HTTP.
  if (code.startsWith('HPE_')) return 'invalid HTTP response';
  return undefined;
}

/** undici's network errors that carry no code, by their (fixed, English) message. */
const MESSAGE_REASONS: [RegExp, string][] = [
  [/^redirect count exceeded$/, 'too many redirects'],
  [/^other side closed$/, 'connection closed by the server'],
];

/**
 * Why a request failed, in a few words the i18n renderers know: Node's "fetch failed" keeps the reason in its
 * cause (with a system, undici or OpenSSL code); a browser says only that the request failed (CORS, offline,
 * refused), as a TypeError. A cause nothing here knows is "network error", with its code when it has one: never
 * its own message, which can be an English sentence or a multi-line OpenSSL dump.
 */
export function fetchFailureReason(e: unknown, timeoutMs = FETCH_TIMEOUT_MS): string {
  if (!(e instanceof Error)) return 'network error';
  if (e.name === 'TimeoutError') return `no answer in ${timeoutMs / 1000} s`;
  // Our own: the server answered with an error status.
  if (/^HTTP \d{3}$/.test(e.message)) return e.message;
  const cause = e.cause as (Error & { code?: unknown }) | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const known = code && reasonOfCode(code);
  if (known) return known;
  const message = cause instanceof Error ? cause.message : undefined;
  const byMessage = message && MESSAGE_REASONS.find(([pattern]) => pattern.test(message))?.[1];
  if (byMessage) return byMessage;
  return code && /^[A-Z0-9_]+$/.test(code) ? `network error (${code})` : 'network error';
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
      throw new Error(fetchFailureReason(e, timeoutMs));
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
