// A local HTTP server on 127.0.0.1 that misbehaves in every way a news site can: slow, looping,
// oversized, binary, not HTML. For the command line's tests; nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { junkBytes } from './generate';

export const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus');
export const SEED_FILE = join(CORPUS, 'pages', 'seed-asianet-putin-li-qiang.html');

export interface BadServer {
  origin: string;
  /** A port on 127.0.0.1 where nothing listens. */
  closedPort: number;
  close(): Promise<void>;
}

const MB = 1024 * 1024;

/** Streams `total` bytes of HTML in 64 kB chunks, without a content-length, stopping if the client leaves. */
function streamHuge(res: ServerResponse, total: number) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const chunk = Buffer.from(`<p>${'WASHINGTON (AP) — Filler text for a very large page. '.repeat(1200)}</p>\n`);
  let sent = 0;
  res.write('<!doctype html><html><head><title>Huge</title></head><body>');
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end('</body></html>');
  };
  pump();
}

export async function startBadServer(): Promise<BadServer> {
  const seed = readFileSync(SEED_FILE);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    res.on('error', () => {});
    const path = (req.url ?? '/').split('?')[0];
    switch (path) {
      case '/page.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(seed);
        return;
      case '/slow-headers':
        return; // never answers
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><body><p>Half a page');
        return; // never finishes
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' }).end();
        return;
      case '/loop-b':
        res.writeHead(301, { location: '/loop-a' }).end();
        return;
      case '/redirect-chain': {
        const n = Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? '0');
        res.writeHead(302, { location: `/redirect-chain?n=${n + 1}` }).end();
        return;
      }
      case '/to-javascript':
        res.writeHead(302, { location: 'javascript:alert(1)' }).end();
        return;
      case '/to-page':
        res.writeHead(302, { location: '/page.html' }).end();
        return;
      case '/huge':
        streamHuge(res, 16 * MB);
        return;
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(20 * MB) });
        res.write('<html>');
        return; // the client should give up on the header alone
      case '/json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
        return;
      case '/binary':
        res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(junkBytes(50_000)));
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from(junkBytes(1000)));
        return;
      case '/empty':
        res.writeHead(200, { 'content-type': 'text/html' }).end();
        return;
      case '/plain':
        res.writeHead(200, { 'content-type': 'text/html' }).end('just some words, no markup at all');
        return;
      case '/error':
        res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>oops</body></html>');
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>not found</body></html>');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free: listen, note it, close.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return {
    origin,
    closedPort,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
