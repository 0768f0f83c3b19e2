// `vitest bench` for the engine in Node (npm run bench runs it; never part of npm test).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    benchmark: { include: ['cli/bench-node.bench.ts'] },
  },
});
