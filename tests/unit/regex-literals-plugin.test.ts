import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { rewriteRegexLiterals } from '../../scripts/regex-literals-plugin';

/** Runs a script's body and returns what it returns. */
const run = (code: string): unknown => new Function(code)();

describe('regular expression literals in the built scripts', () => {
  it('makes a literal evaluated once `new RegExp` where it stands, inside an IIFE bundle too', () => {
    const code = 'var lib=(function(){"use strict";const A=/a+b/iu;return {A}})();\nlib;';
    const out = rewriteRegexLiterals(code);
    expect(out).toMatchObject({ atLoad: 1, onFirstUse: 0, kept: 0 });
    expect(out.code).toContain('const A=new RegExp("a+b","iu")');
    expect(run(`${out.code}; return lib.A.test("AAB") && lib.A.flags;`)).toBe('iu');
  });

  it('makes a stateless literal in a function one object, made on first use', () => {
    const code = 'var lib=(function(){"use strict";function f(s){return /^\\d+\\/x$/.test(s)}function g(){return /q/}return {f,g}})();\nlib;';
    const out = rewriteRegexLiterals(code);
    expect(out).toMatchObject({ atLoad: 0, onFirstUse: 2, kept: 0 });
    // The cache is the bundle's own, declared after its directive.
    expect(out.code.startsWith('var lib=(function(){"use strict";var __creditlineRegExps=[];')).toBe(true);
    expect(run(`${out.code}; return [lib.f("12/x"), lib.f("1x"), lib.g() === lib.g(), String(lib.g())];`)).toEqual([true, false, true, '/q/']);
    expect(run(`return typeof __creditlineRegExps;`)).toBe('undefined');
  });

  it('leaves a literal with g or y in a function as it is, and counts one in a loop as inside', () => {
    const code = 'function f(s){const r=/a/g;return r.exec(s)}for(let i=0;i<2;i++){/x/y.test("x")}const t=()=>/z/;';
    const out = rewriteRegexLiterals(code, 'module');
    expect(out).toMatchObject({ atLoad: 0, onFirstUse: 1, kept: 2 });
    expect(out.code).toContain('const r=/a/g;');
    expect(out.code).toContain('/x/y.test');
    expect(out.code.startsWith('var __creditlineRegExps=[];')).toBe(true);
  });

  it('makes one object of a g literal that replace, match or split is called with, not of one with y alone', () => {
    const code = 'function f(s){return s.replace(/a/g,"b").split(/,/g).concat(s.match(/x/y)??[])}';
    const out = rewriteRegexLiterals(code, 'module');
    expect(out).toMatchObject({ onFirstUse: 2, kept: 1 });
    expect(out.code).toContain('s.match(/x/y)');
    const f = new Function(`${out.code}; return f;`)() as (s: string) => string[];
    // Called again and again, the shared objects give the same answer each time.
    for (let i = 0; i < 3; i++) expect(f('a,ba,x')).toEqual(['b', 'bb', 'x']);
  });

  it('spells out Unicode properties in literals, pattern strings and String.raw pieces, each list written once', () => {
    const code =
      'var lib=(function(){"use strict";const A=/^[\\p{L}\\p{N}]+$/u;const B=new RegExp("^\\\\p{Lu}","u");' +
      'const N=String.raw`[\\p{L}\\p{N}]+`;const C=new RegExp(`^${N}$`,"u");function f(s){return s.replace(/[^\\p{L}\\p{N}]+/gu,"")}' +
      'return {A,B,C,f}})();\nlib;';
    const out = rewriteRegexLiterals(code);
    expect(out.shared).toBe(4);
    expect(out.code).not.toContain('\\p{');
    expect(out.code.match(/__creditlineClassLists=/g)).toHaveLength(1);
    const before = run(
      `${code} return [lib.A.test("Čapek42"), lib.A.test("a b"), lib.B.test("Ελλάδα"), lib.B.test("ελλάδα"), lib.C.test("新华社"), lib.f("a-b c·1")];`,
    );
    expect(before).toEqual([true, false, true, false, true, 'abc1']);
    expect(
      run(`${out.code} return [lib.A.test("Čapek42"), lib.A.test("a b"), lib.B.test("Ελλάδα"), lib.B.test("ελλάδα"), lib.C.test("新华社"), lib.f("a-b c·1")];`),
    ).toEqual(before);
  });

  it('keeps what every pattern means: sources with slashes, escapes, classes and unicode', () => {
    // (Unicode properties are spelled out: the test above checks what those match.)
    const patterns = ['/[/\\]]+/u', '/\\u00a0|\\s{2,}/', '/(?<y>\\d{4})-(?<m>\\d\\d)/d', '/[\\d\\s]+/u', '/"\'`/', '/\\//'];
    const code = `var lib=(function(){return [${patterns.join(',')}]})();`;
    const out = rewriteRegexLiterals(code);
    const before = run(`${code} return lib.map(String);`);
    expect(run(`${out.code} return lib.map(String);`)).toEqual(before);
  });

  // The build's own output: tests/e2e drive it; this checks that the rewrite reached it.
  const engine = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'content-engine.js');
  it.runIf(existsSync(engine))('leaves no literal in the built engine but those with g or y inside functions', () => {
    const code = readFileSync(engine, 'utf8');
    expect(code).toContain('__creditlineRegExps=[]');
    const left: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as { type?: string; flags?: string; pattern?: string };
      if (n.type === 'RegExpLiteral') left.push(n.flags!);
      for (const [k, v] of Object.entries(node)) if (k !== 'loc' && k !== 'extra') Array.isArray(v) ? v.forEach(walk) : walk(v);
    };
    walk(parse(code, { sourceType: 'script' }).program);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((f) => /[gy]/.test(f))).toBe(true);
    expect(rewriteRegexLiterals(code)).toMatchObject({ atLoad: 0, onFirstUse: 0, shared: 0 });
    // Properties are left only where a template's expression cuts a class or the text is not raw.
    expect(code.match(/\\\\?p\{/g)?.length ?? 0).toBeLessThanOrEqual(4);
  });
});
