// A local HTTP server for corpus pages, so the browser tests never touch the internet.
//
// Every page is reachable at http://127.0.0.1:PORT/pages/<id>.html. A page whose label has its own
// URL is ALSO served at that URL's host and path (over http), when the browser resolves every host to
// this server (`hostResolverArgs`): the extension then sees the page at its real address, as a reader
// would. Anything else the page asks for (images, scripts, fonts) gets an empty 404 from here, so
// nothing leaves the machine and pages load fast.
//
// Pages are served with `Content-Security-Policy: script-src 'none'`: the saved page's own scripts do
// not run (offline they only throw or redirect), so the browser sees the same DOM the labels and the
// command line see, and every script error left is the extension's. Content scripts are not subject
// to the page's CSP.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Label } from '../../../cli/score';
import { CORPUS_DIR } from './paths';

/** A corpus label (cli/score.ts reads the same file) with the fields these tests use besides. */
export interface CorpusLabel extends Label {
  publisher: string | null;
}

export function readLabels(dir = CORPUS_DIR): CorpusLabel[] {
  return readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLabel);
}

export interface CorpusServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Where the browser should open this page (its own address when it has a unique one). */
  urlFor(label: CorpusLabel): string;
  /** The page's address on 127.0.0.1, which always works. */
  localUrl(label: CorpusLabel): string;
  /** Every request the server answered, in order (method, host, path). */
  log: { host: string; path: string }[];
  close(): Promise<void>;
}

/** The page's own address, as served here over http, or null when it has none. */
function ownAddress(label: CorpusLabel): { key: string; href: string } | null {
  if (!label.url) return null;
  try {
    const u = new URL(label.url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    const path = `${u.pathname}${u.search}`;
    return { key: `${u.hostname}${path}`, href: `http://${u.hostname}${path}` };
  } catch {
    return null;
  }
}

/** The charset named in the page's first bytes (BOM or meta tag), or null. */
function declaredCharset(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = bytes.subarray(0, 4096).toString('latin1');
  return head.match(/<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i)?.[1] ?? null;
}

/**
 * Serves the corpus pages; `extra` adds pages of a test's own on 127.0.0.1, by path ("/listing.html":
 * its HTML), answered like the corpus pages.
 */
export async function startCorpusServer(dir = CORPUS_DIR, extra: Record<string, string> = {}): Promise<CorpusServer> {
  const labels = readLabels(dir);
  const byPath = new Map<string, CorpusLabel>();
  const byAddress = new Map<string, CorpusLabel | null>();
  for (const label of labels) {
    byPath.set(`/pages/${label.id}.html`, label);
    const own = ownAddress(label);
    // Two pages with one address (two saves of a home page) are served at /pages/ only.
    if (own) byAddress.set(own.key, byAddress.has(own.key) ? null : label);
  }
  const log: CorpusServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    log.push({ host, path });
    const own = host === '127.0.0.1' && req.method === 'GET' ? extra[path.split('?')[0]!] : undefined;
    if (own !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "script-src 'none'" });
      res.end(own);
      return;
    }
    const label = host === '127.0.0.1' ? byPath.get(path.split('?')[0]!) : byAddress.get(`${host}${path}`);
    if (!label || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end();
      return;
    }
    // The saved bytes as they are, with the charset the page declares, else UTF-8: the saved files
    // lost their servers' headers, and the corpus tools read undeclared pages as UTF-8 too.
    const bytes = readFileSync(join(dir, label.file));
    res.writeHead(200, {
      'content-type': `text/html; charset=${declaredCharset(bytes) ?? 'utf-8'}`,
      'cache-control': 'no-store',
      'content-security-policy': "script-src 'none'",
    });
    res.end(bytes);
  });
  // A request that is not HTTP (an https attempt at this plain port) is logged too.
  server.on('clientError', (_err, socket) => {
    log.push({ host: '?', path: '(not http)' });
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    log,
    urlFor(label) {
      const own = ownAddress(label);
      if (own && byAddress.get(own.key)?.id === label.id) return own.href;
      return `${origin}/pages/${label.id}.html`;
    },
    localUrl: (label) => `${origin}/pages/${label.id}.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The Chromium flag that sends every host name to the corpus server, so pages load at their own
 * address and nothing reaches the network (launchWithExtension also keeps http from being upgraded).
 */
export function hostResolverArgs(port: number): string[] {
  return [`--host-resolver-rules=MAP * 127.0.0.1:${port}`];
}
