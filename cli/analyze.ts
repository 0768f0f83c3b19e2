// creditline analyze [options] INPUT...   (npm run analyze -- …; see args.ts for the options)
// Runs the engine on saved pages, live URLs, folders, web archives, manifests and stdin, several at
// once on worker threads. One bad input prints an error for that input; the others still run;
// reports come out in input order; the exit code is 1 when any input failed.
import { createWriteStream, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import pkg from '../package.json';
import type { InputResult } from './analyze-input';
import { parseArgs, USAGE, type Args } from './args';
import { CSV_HEADER } from './csv';
import { expandInputs, inputBytes } from './inputs/expand';
import type { SkipReason } from './inputs/warc';
import { isUrl } from './load';
import { analyseAll } from './parallel';
import { progressLine } from './progress';
import type { PageRow } from './page-row';
import { readEarlier, type Earlier } from './resume';
import { renderSummaryHtml } from './summary-html';
import { storiesText, StoryCollector } from './stories';
import { SummaryBuilder } from './summary';

/** What is gathered page by page for the files written at the end (summary, stories). */
class Gathered {
  summary: SummaryBuilder | null;
  stories: StoryCollector | null;
  constructor(private args: Args) {
    this.summary = args.summaryHtml || args.summaryJson ? new SummaryBuilder() : null;
    this.stories = args.stories ? new StoryCollector() : null;
  }
  add(row: PageRow): void {
    this.summary?.add(row);
    this.stories?.add(row);
  }
  write(): void {
    const { args } = this;
    if (this.summary) {
      const numbers = this.summary.build();
      if (args.summaryJson) writeFileSync(args.summaryJson, JSON.stringify(numbers, null, 2) + '\n');
      if (args.summaryHtml) writeFileSync(args.summaryHtml, renderSummaryHtml(numbers));
    }
    if (this.stories && args.stories) {
      const groups = this.stories.build();
      writeFileSync(args.stories, /\.json$/i.test(args.stories) ? JSON.stringify(groups, null, 2) + '\n' : storiesText(groups));
    }
  }
}

async function summarizeOnly(args: Args): Promise<number> {
  const gathered = new Gathered(args);
  for (const file of args.summarize) {
    const format = /\.csv$/i.test(file) ? 'csv' : 'json';
    const earlier = await readEarlier(file, format);
    if (!earlier.rows.length) throw new Error(`${file} holds no results`);
    for (const row of earlier.rows) gathered.add(row);
  }
  gathered.write();
  return 0;
}

function skippedLine(skipped: Map<string, number>): string {
  const words: Record<SkipReason | 'broken', string> = {
    'not-html': 'not HTML',
    'not-200': 'status other than 200',
    revisit: 'revisit records',
    'too-large': 'larger than 15 MB',
    done: 'already in the output file (skipped)',
    broken: 'archives damaged or cut short',
  };
  return [...skipped].map(([reason, n]) => `${n} ${words[reason as SkipReason | 'broken']}`).join(', ');
}

async function run(args: Args): Promise<number> {
  if (args.summarize.length) return summarizeOnly(args);
  let earlier: Earlier = { done: new Set(), rows: [], hasHeader: false };
  if (args.output) earlier = await readEarlier(args.output, args.format);
  const gathered = new Gathered(args);
  for (const row of earlier.rows) gathered.add(row);

  let out: WriteStream | null = null;
  if (args.output) out = createWriteStream(args.output, { flags: 'a' });
  const write = async (text: string) => {
    if (out) {
      if (!out.write(text + '\n')) await once(out, 'drain');
    } else if (!process.stdout.write(text + '\n')) await once(process.stdout, 'drain');
  };
  if (args.format === 'csv' && !earlier.hasHeader && !(out && earlier.rows.length)) await write(CSV_HEADER);

  // Not over reports printed to the same terminal.
  const progress = progressLine(process.stderr, Date.now, Boolean(args.output) || !process.stdout.isTTY);
  void inputBytes(args.inputs, args.manifests, args.glob).then(
    (b) => progress.total(b),
    () => {},
  );
  const skipped = new Map<string, number>();
  const items = expandInputs(args.inputs, args.manifests, {
    url: args.url,
    glob: args.glob,
    done: earlier.done,
    stdin: process.stdin,
    onSkip: (reason) => {
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      gathered.summary?.skip(reason);
    },
    onArchiveBytes: (b) => progress.archiveBytes(b),
  });

  let pending: Promise<void> = Promise.resolve();
  const print = (r: InputResult) => {
    gathered.add(r.row);
    const fileBytes = r.input !== '-' && !isUrl(r.input) && !r.input.includes('@') ? (statSafe(r.input) ?? 0) : 0;
    progress.page(fileBytes);
    if (r.stream === 'stderr') {
      progress.clear();
      process.stderr.write(r.text);
    } else pending = pending.then(() => write(r.text.replace(/\n$/, '')));
  };
  const failed = await analyseAll(items, { format: args.format, url: args.url, timeoutMs: args.timeoutMs }, { jobs: args.jobs }, print);
  await pending;
  progress.done();
  if (out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  gathered.write();
  if (skipped.size) process.stderr.write(`records not analysed: ${skippedLine(skipped)}\n`);
  return failed ? 1 : 0;
}

function statSafe(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  // `creditline analyze …` from the package's bin.
  if (argv[0] === 'analyze') argv.shift();
  const args = parseArgs(argv);
  if ('message' in args) {
    if (args.message === 'version') {
      console.log(`creditline ${pkg.version}`);
      return 0;
    }
    if (args.message) console.error(`error: ${args.message}`);
    (args.message ? console.error : console.log)(USAGE);
    return args.message ? 2 : 0;
  }
  try {
    return await run(args);
  } catch (err) {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
