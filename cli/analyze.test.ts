// The real command line (compiled, as npm run analyze runs it) against bad files and a misbehaving local server, all
// in one run: every bad input gets one clear error line, the good inputs around them still get their
// reports, in order, and the exit code says something failed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugeClassList, junkBytes } from '../tests/unit/hostile/generate';
import { SEED_FILE, startBadServer, type BadServer } from '../tests/unit/hostile/cli-server';
import { cli } from './cli-run';

let server: BadServer;
let dir: string;

beforeAll(async () => {
  server = await startBadServer();
  dir = mkdtempSync(join(tmpdir(), 'creditline-cli-'));
  mkdirSync(join(dir, 'no-pages'));
  writeFileSync(join(dir, 'no-pages', 'notes.txt'), 'not a page');
  writeFileSync(join(dir, 'junk.bin'), junkBytes(10_000));
  writeFileSync(join(dir, 'notes.txt'), 'Shopping list: milk, eggs, bread.\n');
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'fragment.html'), '<p>WASHINGTON (AP) — A fragment of a page.</p>');
  writeFileSync(join(dir, 'huge-class.html'), hugeClassList(300_000));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run analyze with good and bad inputs together', () => {
  // [input, the error it must give (null: a report)]
  const cases = (): [string, RegExp | null][] => [
    [SEED_FILE, null],
    [join(dir, 'nope.html'), /no such file/],
    [join(dir, 'no-pages'), /is a folder with no file matching/],
    [join(dir, 'junk.bin'), /binary file/],
    [join(dir, 'notes.txt'), /does not look like an HTML page/],
    [join(dir, 'empty.html'), /is empty/],
    [join(dir, 'fragment.html'), null],
    [join(dir, 'huge-class.html'), /could not be parsed as HTML/],
    [`http://127.0.0.1:${server.closedPort}/`, /cannot reach the server/],
    [`${server.origin}/slow-headers`, /no complete answer within 1 s/],
    [`${server.origin}/slow-body`, /no complete answer within 1 s/],
    [`${server.origin}/loop-a`, /redirect loop/],
    [`${server.origin}/huge`, /larger than 15 MB/],
    [`${server.origin}/json`, /not an HTML page/],
    ['ftp://127.0.0.1/page.html', /only http and https/],
    ['file:///etc/passwd', /only http and https/],
    [`${server.origin}/page.html`, null],
  ];

  it('prints one JSON line per input, in order: reports for good ones, one error for each bad one', async () => {
    const inputs = cases();
    const run = await cli(['--json', '--timeout', '1', ...inputs.map(([i]) => i)]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(inputs.length);
    lines.forEach((line, i) => {
      const [input, error] = inputs[i]!;
      const out = JSON.parse(line) as { input: string; error?: string; status?: string };
      expect(out.input).toBe(input);
      if (error) {
        expect(out.error, input).toMatch(error);
        expect(out.status).toBeUndefined();
      } else {
        expect(out.error, `${input}: ${out.error}`).toBeUndefined();
        expect(out.status).toBeTruthy();
      }
    });
    // The slow inputs cost their timeout, not more: nothing waits for the server to give up.
    expect(run.ms).toBeLessThan(60_000);
  });

  it('reports the seed page the same whether read from a file or from a URL', async () => {
    const run = await cli(['--json', SEED_FILE, `${server.origin}/page.html`]);
    expect(run.code).toBe(0);
    const [file, url] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { status: string; agencies: { id: string }[] });
    expect(url!.status).toBe(file!.status);
    expect(url!.agencies.map((a) => a.id)).toEqual(file!.agencies.map((a) => a.id));
  });

  it('in text mode prints each error on stderr under its input and the reports on stdout', async () => {
    const missing = join(dir, 'nope.html');
    const run = await cli(['--timeout', '1', missing, SEED_FILE, `http://127.0.0.1:${server.closedPort}/`]);
    expect(run.code).toBe(1);
    expect(run.stdout, run.stderr).toContain(SEED_FILE);
    expect(run.stdout).toMatch(/status:/);
    const errors = run.stderr.split('\n').filter((l) => /^\s+error: /.test(l));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/no such file/);
    expect(errors[1]).toMatch(/cannot reach the server/);
  });

  it('--help lists the inputs, the options and every status; --version prints the version', async () => {
    const { STATUSES } = await import('../lib/report');
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const s of STATUSES) expect(help.stdout).toMatch(new RegExp(`^  ${s}: `, 'm'));
    for (const o of ['--csv', '--summary', '--output', '--glob', '--manifest', 'FILE.warc.gz']) expect(help.stdout).toContain(o);
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toMatch(/^creditline \d+\.\d+\.\d+$/);
  });

  it('explains its usage for no input or an unknown option, with exit code 2', async () => {
    for (const args of [[], ['--bogus', SEED_FILE], ['--timeout', 'soon', SEED_FILE]]) {
      const run = await cli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^error: /m);
      expect(run.stderr).toMatch(/usage: /);
      expect(run.stdout).toBe('');
    }
  });
});
