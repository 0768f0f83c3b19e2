// loadInput against bad files and a misbehaving local server: each bad input is one LoadError with a
// clear message, quickly; good inputs load.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junkBytes } from '../tests/unit/hostile/generate';
import { SEED_FILE, startBadServer, type BadServer } from '../tests/unit/hostile/cli-server';
import { decodeHtml, isUrl, LoadError, loadInput, MAX_BYTES } from './load';

let server: BadServer;
let dir: string;

beforeAll(async () => {
  server = await startBadServer();
  dir = mkdtempSync(join(tmpdir(), 'creditline-load-'));
  writeFileSync(join(dir, 'junk.bin'), junkBytes(10_000));
  writeFileSync(join(dir, 'notes.txt'), 'Shopping list: milk, eggs, bread.\n');
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'fragment.html'), '<p>WASHINGTON (AP) — A fragment of a page.</p>');
  writeFileSync(join(dir, 'big.html'), Buffer.alloc(MAX_BYTES + 1, 0x20));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function loadError(input: string, timeoutMs = 5000): Promise<string> {
  try {
    await loadInput(input, timeoutMs);
  } catch (err) {
    expect(err).toBeInstanceOf(LoadError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`${input} loaded, but should not have`);
}

describe('files', () => {
  it('loads a saved page', async () => {
    const loaded = await loadInput(SEED_FILE);
    expect(loaded.html).toContain('</html>');
    expect(loaded.url).toBeNull();
  });

  it('loads a fragment of HTML', async () => {
    expect((await loadInput(join(dir, 'fragment.html'))).html).toContain('WASHINGTON');
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.html'), /no such file/],
    ['a directory', () => dir, /is a directory/],
    ['a binary file', () => join(dir, 'junk.bin'), /binary file/],
    ['a text file that is not HTML', () => join(dir, 'notes.txt'), /does not look like an HTML page/],
    ['an empty file', () => join(dir, 'empty.html'), /is empty/],
    ['a file over the size limit', () => join(dir, 'big.html'), /larger than 15 MB/],
    ['a javascript: "path"', () => 'javascript:alert(1)', /no such file/],
  ])('rejects %s', async (_what, input, message) => {
    expect(await loadError(input())).toMatch(message);
  });
});

describe('URLs', () => {
  it('loads a page and follows a redirect to it', async () => {
    const loaded = await loadInput(`${server.origin}/to-page`, 5000);
    expect(loaded.url).toBe(`${server.origin}/page.html`);
    expect(loaded.html).toContain('</html>');
  });

  it.each([
    ['an unreachable server', () => `http://127.0.0.1:${server.closedPort}/`, /cannot reach the server/],
    ['a redirect loop', () => `${server.origin}/loop-a`, /redirect loop/],
    ['an endless redirect chain', () => `${server.origin}/redirect-chain`, /more than \d+ redirects/],
    ['a redirect to javascript:', () => `${server.origin}/to-javascript`, /redirect to a non-http URL/],
    ['a streamed response over 15 MB', () => `${server.origin}/huge`, /larger than 15 MB/],
    ['a declared length over 15 MB', () => `${server.origin}/huge-declared`, /larger than 15 MB/],
    ['JSON', () => `${server.origin}/json`, /not an HTML page \(content-type application\/json\)/],
    ['an image', () => `${server.origin}/image`, /not an HTML page/],
    ['binary bytes labelled HTML', () => `${server.origin}/binary`, /binary/],
    ['an empty answer', () => `${server.origin}/empty`, /empty|does not look like an HTML page/],
    ['plain words labelled HTML', () => `${server.origin}/plain`, /does not look like an HTML page/],
    ['HTTP 500', () => `${server.origin}/error`, /HTTP 500/],
    ['HTTP 404', () => `${server.origin}/missing`, /HTTP 404/],
    ['an ftp: URL', () => 'ftp://127.0.0.1/page.html', /only http and https/],
    ['a file: URL', () => 'file:///etc/passwd', /only http and https/],
    ['a malformed URL', () => 'http://[::1/', /not a valid URL/],
  ])('rejects %s', async (_what, input, message) => {
    expect(await loadError(input())).toMatch(message);
  });

  it.each([
    ['headers', '/slow-headers'],
    ['body', '/slow-body'],
  ])('gives up on a server that never sends its %s, within the timeout', async (_what, path) => {
    const t = Date.now();
    expect(await loadError(`${server.origin}${path}`, 800)).toMatch(/no complete answer within 0.8 s/);
    expect(Date.now() - t).toBeLessThan(3000);
  });
});

describe('helpers', () => {
  it('tells URLs from paths', () => {
    expect(isUrl('https://a.example/')).toBe(true);
    expect(isUrl('ftp://a.example/')).toBe(true);
    expect(isUrl('pages/a.html')).toBe(false);
    expect(isUrl('C:\\pages\\a.html')).toBe(false);
  });

  it('decodes a declared charset and falls back to UTF-8 for an unknown one', () => {
    const latin1 = Uint8Array.from([...'<html><head><meta charset="iso-8859-1"></head><body>Größe</body></html>'].map((c) => c.charCodeAt(0)));
    expect(decodeHtml(latin1, null, 'x')).toContain('Größe');
    const unknown = new TextEncoder().encode('<html><head><meta charset="x-nope"></head><body>Größe</body></html>');
    expect(decodeHtml(unknown, null, 'x')).toContain('Größe');
    const claimsUtf16 = new TextEncoder().encode('<html><head><meta charset="utf-16"></head><body>Größe</body></html>');
    expect(decodeHtml(claimsUtf16, null, 'x')).toContain('Größe');
  });
});

describe('a URL as a browser asks for it', () => {
  it('sends a browser User-Agent and Accept-Language, follows <meta http-equiv=refresh>, sniffs a body without a charset', async () => {
    const { createServer } = await import('node:http');
    const { readFileSync } = await import('node:fs');
    const seen: { url: string; ua: string; lang: string }[] = [];
    const legacy = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>t</title></head><body><p>'),
      Buffer.from([0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x94]),
      Buffer.from('</p></body></html>'),
    ]);
    const srv = createServer((req, res) => {
      seen.push({ url: req.url ?? '', ua: String(req.headers['user-agent']), lang: String(req.headers['accept-language']) });
      if (req.url === '/hop') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(`<html><head><meta http-equiv="Refresh" content="0; URL='/story?a=1&amp;b=2'"></head><body>Moved</body></html>`);
      }
      if (req.url === '/self') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html><head><meta http-equiv="refresh" content="300"></head><body><p>Live blog</p></body></html>');
      }
      if (req.url === '/legacy') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(legacy);
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(SEED_FILE));
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(srv.address() as { port: number }).port}`;
    try {
      const hop = await loadInput(`${origin}/hop`, 5000);
      expect(hop.url).toBe(`${origin}/story?a=1&b=2`);
      expect(hop.html).toContain('Asianet');
      expect(seen[0]!.ua).toMatch(/^Mozilla\/5\.0 .*Chrome\//);
      expect(seen[0]!.lang).toMatch(/^en/);
      // A page that only reloads itself later is the page.
      expect((await loadInput(`${origin}/self`, 5000)).html).toContain('Live blog');
      expect((await loadInput(`${origin}/legacy`, 5000)).html).toContain('\u201cquote\u201d');
    } finally {
      srv.close();
    }
  });
});
