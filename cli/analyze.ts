// npm run analyze -- [--json] [--url URL] INPUT...
// Runs the engine on saved pages or live URLs. One bad input prints an error for that input; the
// others still run; the exit code is 1 when any input failed.
import { analyze } from '../lib/analyze';
import { parseDocument } from './dom';
import { LoadError, loadInput } from './load';
import { toCliReport, toText } from './output';

const USAGE = `usage: npm run analyze -- [--json] [--url URL] INPUT...
  INPUT       an HTML file or an http(s) URL (several may be given)
  --json      one JSON object per input per line
  --url URL   the page's own URL, for saved files (applies to every file input)
  --timeout S seconds to wait for a URL (default 15)`;

interface Args {
  json: boolean;
  url: string | null;
  timeoutMs: number;
  inputs: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { json: false, url: null, timeoutMs: 15_000, inputs: [] };
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
  let failed = 0;
  for (const input of args.inputs) {
    try {
      const loaded = await loadInput(input, args.timeoutMs);
      let doc: Document;
      try {
        doc = parseDocument(loaded.html);
      } catch (err) {
        // The HTML library itself gives up on some pathological pages (a class attribute with
        // hundreds of thousands of names overflows its stack): say so, not "analysis failed".
        throw new LoadError(`${input}: the page could not be parsed as HTML (${err instanceof Error ? err.message : String(err)})`);
      }
      const report = analyze(doc, { url: loaded.url ?? args.url });
      const out = toCliReport(input, report);
      console.log(args.json ? JSON.stringify(out) : toText(out) + '\n');
    } catch (err) {
      failed++;
      const message = err instanceof LoadError ? err.message : `analysis failed: ${err instanceof Error ? err.message : String(err)}`;
      if (args.json) console.log(JSON.stringify({ input, error: message }));
      else console.error(`${input}\n  error: ${message}\n`);
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
