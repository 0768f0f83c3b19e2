import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../lib/prefilter';
import { withLiterals } from '../../scripts/prefilter-plugin';

const LIB = join(import.meta.dirname, '..', '..', 'lib');
const sources = (readdirSync(LIB, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'prefilter.ts')
  .map((f) => ({ file: f, code: readFileSync(join(LIB, f), 'utf8') }));

describe('build-time prefilter literals', () => {
  it('rewrites every pf(/…/) call of the engine', () => {
    let calls = 0;
    for (const { file, code } of sources) {
      const written = (code.match(/\bpf\(\s*\//g) ?? []).length;
      const { code: out, count } = withLiterals(code);
      expect(count, file).toBe(written);
      // What the build writes in is what the engine would work out on first use.
      for (const m of out.matchAll(/\bpf\((\/.+?\/([a-z]*)), (null|\[.*?\])\)/g)) {
        const re = new Function(`return ${m[1]}`)() as RegExp;
        expect(JSON.parse(m[3]!), `${file}: ${m[1]!.slice(0, 60)}`).toEqual(requiredLiterals(re.source, re.flags));
      }
      calls += count;
    }
    expect(calls).toBeGreaterThan(80);
  });

  it('leaves other code alone', () => {
    const code = 'const a = /x\\/y[/]z/i; f(pf); pf(NAME);';
    expect(withLiterals(code)).toEqual({ code, count: 0 });
  });
});
