// npm run bench:archive [-- --workers N] [--heap-mb M]
// The command line on web archives, compiled as users run it:
// 1. pages per second for a WARC.gz of the corpus pages (their URLs as target URIs) on N workers;
// 2. peak memory (RSS) while reading a synthetic WARC.gz ten times larger than the process's heap
//    limit (--max-old-space-size) would allow to load whole: 1 MB non-HTML records, with a corpus
//    page every few records. RSS is sampled from /proc all along; flat means the second half of the
//    run peaks no higher than the first.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCli } from './build.mjs';
import { fmt } from './bench-stats';
import { DEFAULT_CORPUS, readLabels } from './corpus';
import { warcRecord } from './inputs/warc-write';

interface Measured {
  seconds: number;
  cpuSeconds: number;
  stdoutLines: number;
  code: number | null;
  rss: { t: number; mb: number }[];
}

async function rssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const kb = status?.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  return kb ? Number(kb) / 1024 : null;
}

async function cpuSeconds(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : null;
}

function run(entry: string, args: string[], nodeArgs: string[] = []): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      for (const b of c) if (b === 0x0a) lines++;
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const rss: Measured['rss'] = [];
    let cpu = 0;
    const sampler = setInterval(() => {
      void rssMb(child.pid!).then((mb) => mb !== null && rss.push({ t: performance.now() - t0, mb }));
      void cpuSeconds(child.pid!).then((s) => s !== null && (cpu = s));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0 && code !== 1) return reject(new Error(`the command line failed (${code}): ${stderr.slice(-500)}`));
      resolve({ seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu, stdoutLines: lines, code, rss });
    });
  });
}

/** A WARC.gz of every corpus page that has a URL. */
async function corpusWarc(path: string): Promise<number> {
  const labels = readLabels(DEFAULT_CORPUS).filter((l) => l.url && /^https?:\/\//.test(l.url));
  const parts: Uint8Array[] = [];
  for (const l of labels) parts.push(await warcRecord({ url: l.url!, body: readFileSync(join(DEFAULT_CORPUS, l.file)), contentType: 'text/html' }, true));
  writeFileSync(path, Buffer.concat(parts));
  return labels.length;
}

/** One WARC response record as its own gzip member, written without compressing (level 0): fast to make. */
function storedRecord(url: string, type: string, body: Uint8Array): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`);
  const head = Buffer.from(
    `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2026-11-30T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:${crypto.randomUUID()}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length + body.length}\r\n\r\n`,
  );
  return gzipSync(Buffer.concat([head, http, body, Buffer.from('\r\n\r\n')]), { level: 0 });
}

async function largeWarc(path: string, bytes: number): Promise<{ records: number; pages: number }> {
  const labels = readLabels(DEFAULT_CORPUS)
    .filter((l) => l.url && /^https?:\/\//.test(l.url))
    .slice(0, 40);
  const out = createWriteStream(path);
  const blob = randomBytes(1024 * 1024);
  let written = 0;
  let records = 0;
  let pages = 0;
  const write = async (b: Buffer) => {
    written += b.length;
    records++;
    if (!out.write(b)) await new Promise((r) => out.once('drain', r));
  };
  while (written < bytes) {
    if (records % 3 === 0) {
      const l = labels[pages % labels.length]!;
      await write(storedRecord(l.url!, 'text/html', readFileSync(join(DEFAULT_CORPUS, l.file))));
      pages++;
    } else await write(storedRecord(`https://example.com/video-${records}.mp4`, 'video/mp4', blob));
  }
  await new Promise((r) => out.end(r));
  return { records, pages };
}

const peak = (samples: { mb: number }[]) => Math.round(Math.max(0, ...samples.map((s) => s.mb)));

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const workers = arg('--workers', 2);
const heapLimitMb = arg('--heap-mb', 64);
const dir = mkdtempSync(join(tmpdir(), 'creditline-bench-archive-'));
// Inside dist/, as the real build: the command line finds the project's files (locales/) above it.
mkdirSync(join(import.meta.dirname, '..', 'dist'), { recursive: true });
const built = mkdtempSync(join(import.meta.dirname, '..', 'dist', 'bench-cli-'));
try {
  const entry = join(await buildCli(built), 'analyze.mjs');
  const warc = join(dir, 'corpus.warc.gz');
  const pages = await corpusWarc(warc);
  const corpus = await run(entry, ['--json', '--jobs', String(workers), warc]);
  if (corpus.stdoutLines !== pages) throw new Error(`expected ${pages} reports, got ${corpus.stdoutLines}`);
  const perSecond = pages / corpus.seconds;
  console.log(
    `corpus WARC.gz: ${pages} pages on ${workers} workers in ${fmt(corpus.seconds, 2)} s: ${fmt(perSecond)} pages/s (${fmt(perSecond / workers)} per core); ` +
      `${fmt(corpus.cpuSeconds)} s CPU, ${fmt(pages / corpus.cpuSeconds)} pages per CPU second`,
  );
  const big = join(dir, 'large.warc.gz');
  const made = await largeWarc(big, heapLimitMb * 10 * 1024 * 1024);
  const large = await run(entry, ['--json', '--jobs', String(workers), big], [`--max-old-space-size=${heapLimitMb}`]);
  if (large.stdoutLines !== made.pages) throw new Error(`expected ${made.pages} reports from the large archive, got ${large.stdoutLines}`);
  const quarter = (large.seconds * 1000) / 4;
  const byQuarter = [0, 1, 2, 3].map((q) => peak(large.rss.filter((s) => s.t >= q * quarter && s.t < (q + 1) * quarter)));
  console.log(
    `large WARC.gz: ${Math.round(statSync(big).size / 1024 / 1024)} MB (${made.records} records, ${made.pages} pages) with a ${heapLimitMb} MB heap limit, ` +
      `in ${fmt(large.seconds)} s: peak RSS ${peak(large.rss)} MB; by quarter of the run ${byQuarter.join(', ')} MB`,
  );
} finally {
  for (const d of [dir, built]) rmSync(d, { recursive: true, force: true });
}
