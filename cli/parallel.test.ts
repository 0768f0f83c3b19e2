import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from './analyze-input';
import { cli, comparable, jsonLines, REPO } from './cli-run';
import { DEFAULT_CORPUS } from './corpus';
import { analyseAll, threadsFor } from './parallel';

const PAGES = ['seed-asianet-putin-li-qiang', 'p055-salon-com', 'cnn-homepage', 'p046-fr-de', 'p064-idw-online-de'].map((id) =>
  join(DEFAULT_CORPUS, 'pages', `${id}.html`),
);

async function reports(jobs: number): Promise<Record<string, unknown>[]> {
  const run = await cli(['--json', '--jobs', String(jobs), ...PAGES, join(REPO, 'nope.html')]);
  return jsonLines(run.stdout).map((r) => ({ ...comparable(r), input: r.input }));
}

describe('several inputs on worker threads', () => {
  it('gives the same reports, in input order, as one at a time', async () => {
    const [one, two] = await Promise.all([reports(1), reports(2)]);
    expect(two.map((r) => r.input)).toEqual([...PAGES, join(REPO, 'nope.html')]);
    expect(two).toEqual(one);
    expect(two.at(-1)).toMatchObject({ error: expect.stringContaining('no such file') });
  });

  it('starts threads only for enough pages per core, unless --jobs says how many', () => {
    expect(threadsFor(3, true, null)).toBe(0);
    expect(threadsFor(5, true, 2)).toBe(2);
    expect(threadsFor(1, true, 4)).toBe(1);
    expect(threadsFor(8, false, 3)).toBe(3);
  });
});

describe('a stuck input', () => {
  it('costs only its own report: its worker is stopped and replaced, the others go on', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => {
      // Never answers within the limit below (which leaves a cold worker on a busy machine time for a real page).
      setTimeout(() => res.end('<html><body><p>late</p></body></html>'), 60_000).unref();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const inputs = [PAGES[0]!, `http://127.0.0.1:${port}/slow`, PAGES[1]!, PAGES[2]!];
    const printed: string[] = [];
    const items: Item[] = inputs.map((input) => ({ kind: 'load', input, url: null }));
    const failed = await analyseAll(items, { format: 'json', url: null, timeoutMs: 10_000 }, { jobs: 2, limitMs: 8_000 }, (r) => printed.push(r.text));
    server.closeAllConnections();
    server.close();
    const out = printed.map((l) => JSON.parse(l) as { input: string; error?: string; status?: string });
    expect(out.map((o) => o.input)).toEqual(inputs);
    expect(failed).toBe(1);
    expect(out[1]!.error).toMatch(/took longer than 8 s/);
    expect(out.filter((o) => o.status).length).toBe(3);
  }, 60_000);
});
