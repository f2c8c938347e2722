import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBytesWithin } from '../../src/io/fetch-bytes';
import { MAX_FILE_BYTES } from '../../src/io/json-limits';
import { loadKind } from '../../src/io/load';

// A partner's server, as the network loader meets them: fine, missing, silent or sending far too much.
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/catalog.json') return void res.end('{"kind":"catalog"}');
    if (req.url === '/missing.json') {
      res.statusCode = 404;
      return void res.end();
    }
    if (req.url === '/silent.json') return; // never answers
    if (req.url === '/endless.json') {
      // 1 MB chunks for as long as the client reads.
      const chunk = Buffer.alloc(1 << 20, 0x20);
      const more = () => {
        while (res.write(chunk));
      };
      res.on('drain', more);
      return more();
    }
    res.statusCode = 500;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fetchBytes = fetchBytesWithin(500);

describe('reading files over HTTP', () => {
  it('returns the bytes of a file that is there', async () => {
    expect(new TextDecoder().decode((await fetchBytes(`${base}/catalog.json`)) as Uint8Array)).toBe(
      '{"kind":"catalog"}',
    );
  });

  it('gives the status for a file that is not', async () => {
    await expect(fetchBytes(`${base}/missing.json`)).rejects.toThrow('HTTP 404');
  });

  it('gives up on a server that does not answer, saying so', async () => {
    await expect(fetchBytes(`${base}/silent.json`)).rejects.toThrow('no answer in 0.5 s');
  });

  it('says why when nothing listens, in words the Russian messages translate, not a bare "fetch failed"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchBytes(`http://127.0.0.1:${port}/nothing.json`)).rejects.toThrow('connection refused');
  });

  it('stops reading an endless response one byte past the limit, which the loader refuses as too large', async () => {
    const bytes = (await fetchBytes(`${base}/endless.json`)) as Uint8Array;
    expect(bytes.byteLength).toBe(MAX_FILE_BYTES + 1);
    expect(loadKind(bytes, 'catalog').diagnostics.map((d) => [d.code, d.params.detail])).toEqual([
      ['json.parse', 'too-large'],
    ]);
  });
});
