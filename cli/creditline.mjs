#!/usr/bin/env node
// The package's `creditline` command (`npx creditline analyze …`): runs the command line compiled at
// install (npm run build:cli).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/analyze.mjs', import.meta.url);
if (!existsSync(entry)) {
  console.error('creditline: the command line is not built yet: run npm run build:cli');
  process.exit(1);
}
await import(entry.href);
