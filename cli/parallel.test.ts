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
