// The baseline the command line is compared with: the plainest linkedom + Readability script, one
// file after another, one JSON line each (title and length). node cli/bench-plain.mjs FILE...
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

for (const file of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const article = new Readability(document).parse();
  process.stdout.write(`${JSON.stringify({ input: file, title: article?.title ?? null, length: article?.length ?? 0 })}\n`);
}
