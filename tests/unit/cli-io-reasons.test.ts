import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { symlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBytesWithin, fetchFailureReason } from '../../src/io/fetch-bytes';
import { ioReason } from '../../src/i18n/io-reasons';
import { AS_OF } from './helpers/builders';
import { cliRunner, scratchDir } from './helpers/cli';

const { dir, file, out } = scratchDir('cc-io-reasons-');
/** A network manifest listing `catalogs`, written as `name`. */
const manifest = (name: string, catalogs: string[]) =>
  file(name, { kind: 'network', schemaVersion: 1, id: 'n', title: 'N', catalogs });
const run = cliRunner({ today: AS_OF });

/** What Node's fetch throws: "fetch failed", with the real failure as its cause. */
const fetchFailed = (cause: Error & { code?: string }) => new TypeError('fetch failed', { cause });
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/close.json') return void req.socket.destroy();
    if (req.url === '/loop.json') {
      res.writeHead(302, { Location: '/loop.json' });
      return void res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('network failures are reasons worded in both languages', () => {
  const read = fetchBytesWithin(5000);
  const reasonFor = (url: string) =>
    read(url).then(
      () => 'read',
      (e: Error) => e.message,
    );

  it('a server that hangs up, a redirect loop, and TLS spoken to a plain HTTP server', async () => {
    expect(await reasonFor(`http://${base}/close.json`)).toBe('connection closed by the server');
    expect(await reasonFor(`http://${base}/loop.json`)).toBe('too many redirects');
    expect(await reasonFor(`https://${base}/tls.json`)).toBe('secure connection failed');
    expect(await reasonFor(`http://${base}/missing.json`)).toBe('HTTP 404');
  });

  it('maps undici, OpenSSL and certificate codes, never a raw or multi-line message', () => {
    const dump =
      '80CC33DFD57F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:\n';
    expect(fetchFailureReason(fetchFailed(withCode(dump, 'ERR_SSL_WRONG_VERSION_NUMBER')))).toBe(
      'secure connection failed',
    );
    expect(fetchFailureReason(fetchFailed(withCode('other side closed', 'UND_ERR_SOCKET')))).toBe(
      'connection closed by the server',
    );
    expect(fetchFailureReason(fetchFailed(new Error('redirect count exceeded')))).toBe('too many redirects');
    for (const code of [
      'CERT_HAS_EXPIRED',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'HOSTNAME_MISMATCH',
      'CERT_REVOKED',
    ])
      expect(fetchFailureReason(fetchFailed(withCode('x', code))), code).toBe('certificate not trusted');
    expect(fetchFailureReason(fetchFailed(withCode('x', 'UND_ERR_HEADERS_TIMEOUT')))).toBe(
      'connection timed out',
    );
    expect(fetchFailureReason(fetchFailed(withCode('x', 'HPE_INVALID_CONSTANT')))).toBe(
      'invalid HTTP response',
    );
    expect(fetchFailureReason(fetchFailed(withCode('x', 'EHOSTUNREACH')))).toBe('host unreachable');
    // Unknown: named by its code, or just a network error; its own text is never shown.
    expect(fetchFailureReason(fetchFailed(withCode('line one\nline two', 'UND_ERR_SOMETHING_NEW')))).toBe(
      'network error (UND_ERR_SOMETHING_NEW)',
    );
    expect(fetchFailureReason(fetchFailed(new Error('some English\nsentence')))).toBe('network error');
    expect(fetchFailureReason(new TypeError('Failed to fetch'))).toBe('network error');
    expect(fetchFailureReason(Object.assign(new Error('x'), { name: 'TimeoutError' }), 30_000)).toBe(
      'no answer in 30 s',
    );
  });

  it('every reason given has its Russian wording', () => {
    const reasons = [
      'connection closed by the server',
      'too many redirects',
      'secure connection failed',
      'certificate not trusted',
      'connection timed out',
      'invalid HTTP response',
      'host unreachable',
      'invalid address',
      'network error',
      'file name too long',
      'too many symbolic links (a link loop)',
      'too many open files',
      'file is busy',
      'input/output error',
      'disk quota exceeded',
    ];
    for (const reason of reasons) {
      expect(ioReason('en', reason)).toBe(reason);
      expect(ioReason('ru', reason), reason).not.toBe(reason);
      // No English word left (HTTP, an abbreviation, may stay).
      expect(ioReason('ru', reason), reason).not.toMatch(/[a-z]/);
    }
    expect(ioReason('ru', 'connection closed by the server')).toBe('сервер закрыл соединение, не ответив');
    expect(ioReason('ru', 'too many redirects')).toBe('слишком много перенаправлений');
    expect(ioReason('ru', 'secure connection failed')).toBe('не удалось установить защищённое соединение');
    expect(ioReason('ru', 'network error (UND_ERR_X)')).toBe('ошибка сети (UND_ERR_X)');
    expect(ioReason('ru', 'file system error (EXDEV)')).toBe('ошибка файловой системы (EXDEV)');
  });

  it('validate --lang ru words each failed catalog in Russian, on one line each', async () => {
    const net = manifest('network.json', [
      `http://${base}/close.json`,
      `http://${base}/loop.json`,
      `https://${base}/tls.json`,
    ]);
    const r = await run('validate', net, '--lang', 'ru');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 7)).toEqual([
      `${net} (network)`,
      '  ошибка   ref.unknown-catalog      /catalogs/0',
      `           Не удалось прочитать каталог «http://${base}/close.json»: сервер закрыл соединение, не ответив.`,
      '  ошибка   ref.unknown-catalog      /catalogs/1',
      `           Не удалось прочитать каталог «http://${base}/loop.json»: слишком много перенаправлений.`,
      '  ошибка   ref.unknown-catalog      /catalogs/2',
      `           Не удалось прочитать каталог «https://${base}/tls.json»: не удалось установить защищённое соединение.`,
    ]);
  });
});

describe('file names too long and symbolic link loops', () => {
  const long = `${dir}/${'n'.repeat(300)}.json`;
  const loop = out('loop-a.json');
  beforeAll(() => {
    symlinkSync(out('loop-b.json'), loop);
    symlinkSync(loop, out('loop-b.json'));
  });

  it.each([
    ['en', long, `Cannot read ${long}: file name too long`],
    ['ru', long, `Не удалось прочитать ${long}: слишком длинное имя файла`],
    ['en', loop, `Cannot read ${loop}: too many symbolic links (a link loop)`],
    ['ru', loop, `Не удалось прочитать ${loop}: слишком много символических ссылок (ссылки образуют петлю)`],
  ])('validate --lang %s names the reason, not the code: %s', async (lang, path, message) => {
    const r = await run('validate', path, '--lang', lang);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  it('a catalog the network lists through a link loop is reported with the reason, in Russian', async () => {
    const net = manifest('loop-network.json', ['loop-a.json']);
    const r = await run('validate', net, '--lang', 'ru');
    expect(r.stdout).toContain('слишком много символических ссылок (ссылки образуют петлю).');
    expect(r.stdout).not.toContain('ELOOP');
  });
});
