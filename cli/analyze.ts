// npm run analyze -- [--json] [--url URL] INPUT...
// Runs the engine on saved pages or live URLs, several at once on worker threads. One bad input prints
// an error for that input; the others still run; reports come out in input order; the exit code is 1
// when any input failed.
import { analyseAll } from './parallel';

const USAGE = `usage: npm run analyze -- [--json] [--url URL] INPUT...
  INPUT       an HTML file or an http(s) URL (several may be given)
  --json      one JSON object per input per line
  --url URL   the page's own URL, for saved files (applies to every file input)
  --timeout S seconds to wait for a URL (default 15)
  --jobs N    inputs analysed at once (default: one per core)`;

interface Args {
  json: boolean;
  url: string | null;
  timeoutMs: number;
  jobs: number | null;
  inputs: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, url: null, timeoutMs: 15_000, jobs: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--url') {
      const v = argv[++i];
      if (!v) return '--url needs a URL';
      args.url = v;
    } else if (a === '--timeout') {
      const v = Number(argv[++i]);
      if (!(v > 0)) return '--timeout needs a number of seconds';
      args.timeoutMs = v * 1000;
    } else if (a === '--jobs') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) return '--jobs needs a whole number of 1 or more';
      args.jobs = v;
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.inputs.push(a);
  }
  if (!args.inputs.length) return 'no input given';
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args) console.error(`error: ${args}`);
    console.error(USAGE);
    return args ? 2 : 0;
  }
  const failed = await analyseAll(args.inputs, { json: args.json, url: args.url, timeoutMs: args.timeoutMs }, args.jobs, (r) =>
    (r.stream === 'stdout' ? console.log : console.error)(r.text),
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
