import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from './corpus';

const run = promisify(execFile);
const REPO = join(import.meta.dirname, '..');
const PAGES = ['seed-asianet-putin-li-qiang', 'p055-salon-com', 'cnn-homepage', 'p046-fr-de', 'p064-idw-online-de'].map((id) =>
  join(DEFAULT_CORPUS, 'pages', `${id}.html`),
);

async function reports(jobs: number): Promise<Record<string, unknown>[]> {
  const { stdout } = await run('npx', ['tsx', 'cli/analyze.ts', '--json', '--jobs', String(jobs), ...PAGES, join(REPO, 'nope.html')], { cwd: REPO }).catch(
    (err: { stdout: string }) => ({ stdout: err.stdout }),
  );
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      delete r.timings;
      return r;
    });
}

describe('several inputs on worker threads', () => {
  it('gives the same reports, in input order, as one at a time', async () => {
    const [one, two] = await Promise.all([reports(1), reports(2)]);
    expect(two.map((r) => r.input)).toEqual([...PAGES, join(REPO, 'nope.html')]);
    expect(two).toEqual(one);
    expect(two.at(-1)).toMatchObject({ error: expect.stringContaining('no such file') });
  });
});

describe('a stuck input', () => {
  it('costs only its own report: its worker is stopped and replaced, the others go on', async () => {
    const { createServer } = await import('node:http');
    const { analyseAll } = await import('./parallel');
    const server = createServer((_req, res) => {
      // Never answers within the limit below.
      setTimeout(() => res.end('<html><body><p>late</p></body></html>'), 5_000).unref();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const inputs = [PAGES[0]!, `http://127.0.0.1:${port}/slow`, PAGES[1]!, PAGES[2]!];
    const printed: string[] = [];
    const failed = await analyseAll(inputs, { json: true, url: null, timeoutMs: 10_000 }, 2, (r) => printed.push(r.text), 2_000);
    server.closeAllConnections();
    server.close();
    const out = printed.map((l) => JSON.parse(l) as { input: string; error?: string; status?: string });
    expect(out.map((o) => o.input)).toEqual(inputs);
    expect(failed).toBe(1);
    expect(out[1]!.error).toMatch(/took longer than 2 s/);
    expect(out.filter((o) => o.status).length).toBe(3);
  }, 60_000);
});
