// The command line's options, and its help.
import { STATUSES } from '../lib/report';
import type { Format } from './analyze-input';
import { DEFAULT_GLOB } from './inputs/glob';
import { STATUS_EXPLANATIONS, STATUS_LABELS } from './statuses';

export interface Args {
  format: Format;
  url: string | null;
  timeoutMs: number;
  jobs: number | null;
  glob: string;
  manifests: string[];
  output: string | null;
  summaryHtml: string | null;
  summaryJson: string | null;
  /** Where the pages grouped by story go: JSON for a .json name, else plain text. */
  stories: string | null;
  /** Result files (JSON Lines or CSV of an earlier run) to summarise without analysing anything. */
  summarize: string[];
  inputs: string[];
}

export const USAGE = `usage: creditline analyze [options] INPUT...
       npm run analyze -- [options] INPUT...

INPUT is any of:
  FILE.html, FILE.html.gz      a saved page (gzip-compressed or not)
  http(s)://…                  a live page, fetched
  FILE.warc, FILE.warc.gz      every HTML response record of a web archive, with its target URI as
                               the page URL (other records are skipped and counted)
  FOLDER                       every file under it matching --glob, recursively, sorted
  FILE.jsonl                   a manifest: one {"file": …, "url": …} or {"warc": …, "offset": N,
                               "url": …} a line (a corpus's labels.jsonl is one)
  -                            a page on standard input

options:
  --json              one JSON object per page per line (JSON Lines)
  --csv               a CSV header, then one row per page
  -o, --output FILE   write the reports to FILE instead of standard output; a re-run with the same
                      FILE skips the pages it already holds and appends the others (--json or --csv)
  --summary FILE      the batch's numbers per outlet, with charts, as one self-contained HTML file
  --summary-json FILE the same numbers as JSON
  --stories FILE      the pages grouped by story: which outlets carried the same text and how much
                      each changed it (JSON for FILE.json, else plain text; from --json results too)
  --summarize FILE    summarise an earlier run's --json or --csv output (no analysis); repeatable
  --url URL           the page's own URL, for saved files and standard input
  --glob PATTERN      files to take from a folder (default ${DEFAULT_GLOB})
  --manifest FILE     a manifest, whatever its name; repeatable
  --timeout S         seconds to wait for a URL (default 15)
  --jobs N            pages analysed at once (default: one per core, when there are enough pages)
  --version           the version
  -h, --help          this help

statuses:
${STATUSES.map((s) => `  ${STATUS_LABELS[s]} — ${STATUS_EXPLANATIONS[s]}`).join('\n')}

A bad input prints one error and the others still run; the exit code is then 1.`;

/** The options, or a message (empty for --help, "version" for --version). */
export function parseArgs(argv: string[]): Args | { message: string } {
  const args: Args = {
    format: 'text',
    url: null,
    timeoutMs: 15_000,
    jobs: null,
    glob: DEFAULT_GLOB,
    manifests: [],
    output: null,
    summaryHtml: null,
    summaryJson: null,
    stories: null,
    summarize: [],
    inputs: [],
  };
  const formats = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (what: string): string | { message: string } => {
      const v = argv[++i];
      return v === undefined || (v.startsWith('--') && v.length > 2) ? { message: `${a} needs ${what}` } : v;
    };
    let v: string | { message: string };
    switch (a) {
      case '--json':
      case '--csv':
        formats.add(a);
        args.format = a === '--json' ? 'json' : 'csv';
        continue;
      case '--help':
      case '-h':
        return { message: '' };
      case '--version':
        return { message: 'version' };
      case '--':
        args.inputs.push(...argv.slice(i + 1));
        i = argv.length;
        continue;
    }
    const takes: Record<string, string> = {
      '--url': 'a URL',
      '--timeout': 'a number of seconds',
      '--jobs': 'a whole number of 1 or more',
      '--glob': 'a pattern',
      '--manifest': 'a file',
      '--output': 'a file',
      '-o': 'a file',
      '--summary': 'a file',
      '--summary-json': 'a file',
      '--stories': 'a file',
      '--summarize': 'a file',
    };
    if (!(a in takes)) {
      if (a.startsWith('-') && a !== '-') return { message: `unknown option ${a}` };
      args.inputs.push(a);
      continue;
    }
    v = value(takes[a]!);
    if (typeof v !== 'string') return v;
    if (a === '--url') {
      if (!/^https?:\/\//i.test(v)) return { message: '--url needs an http(s) URL' };
      args.url = v;
    } else if (a === '--timeout') {
      const n = Number(v);
      if (!(n > 0)) return { message: '--timeout needs a number of seconds' };
      args.timeoutMs = n * 1000;
    } else if (a === '--jobs') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) return { message: '--jobs needs a whole number of 1 or more' };
      args.jobs = n;
    } else if (a === '--glob') args.glob = v;
    else if (a === '--manifest') args.manifests.push(v);
    else if (a === '--output' || a === '-o') args.output = v;
    else if (a === '--summary') args.summaryHtml = v;
    else if (a === '--summary-json') args.summaryJson = v;
    else if (a === '--stories') args.stories = v;
    else args.summarize.push(v);
  }
  if (formats.size > 1) return { message: '--json and --csv cannot be used together' };
  if (args.summarize.length) {
    if (args.inputs.length || args.manifests.length) return { message: '--summarize reads results only: give no inputs with it' };
    if (!args.summaryHtml && !args.summaryJson && !args.stories) return { message: '--summarize needs --summary, --summary-json or --stories' };
    return args;
  }
  if (!args.inputs.length && !args.manifests.length) return { message: 'no input given' };
  if (args.inputs.filter((i) => i === '-').length > 1) return { message: 'standard input (-) can be given once' };
  return args;
}
