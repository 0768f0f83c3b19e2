// Compiles the command line to JavaScript (npm run build:cli, and at install): the main script and
// its worker, one ES module each plus shared chunks, every dependency inside, so a batch starts
// without transpiling TypeScript. Usage: node cli/build.mjs [OUTDIR] (default dist/cli).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const DEFAULT_OUTDIR = fileURLToPath(new URL('../dist/cli', import.meta.url));

export async function buildCli(outdir = DEFAULT_OUTDIR) {
  await build({
    entryPoints: {
      analyze: fileURLToPath(new URL('./analyze.ts', import.meta.url)),
      'analyze-worker': fileURLToPath(new URL('./analyze-worker.ts', import.meta.url)),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // Chunks beside the entries: the worker is found next to the code that starts it.
    chunkNames: '[name]-[hash]',
    // Some dependencies are CommonJS and call require().
    banner: { js: "import { createRequire as __creditlineRequire } from 'node:module'; const require = __creditlineRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outdir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli(process.argv[2]);
}
