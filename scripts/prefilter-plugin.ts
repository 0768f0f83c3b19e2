// Works out, at build time, the literals each `pf(/…/)` pattern of the engine requires (lib/prefilter.ts)
// and writes them into the call, so the content script never parses its patterns for them on a page.
import { requiredLiterals } from '../lib/prefilter';

/** `pf(` then a regular expression literal (classes may hold a slash) then `)`, as the formatter lays it out. */
const PF_CALL = /\bpf\(\s*(\/(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/([a-z]*))\s*,?\s*\)/g;

/** `code` with every `pf(/re/flags)` given its literals; `count` says how many calls were rewritten. */
export function withLiterals(code: string): { code: string; count: number } {
  let count = 0;
  const out = code.replace(PF_CALL, (call, literal: string, flags: string) => {
    const source = literal.slice(1, literal.length - flags.length - 1);
    // The literal as the engine will hold it: a pattern that does not compile is left to fail at run time.
    let re: RegExp;
    try {
      re = new RegExp(source, flags);
    } catch {
      return call;
    }
    count++;
    return `pf(${literal}, ${JSON.stringify(requiredLiterals(re.source, re.flags))})`;
  });
  return { code: out, count };
}

/** The Vite plugin: the engine's own modules only. */
export function prefilterLiterals() {
  return {
    name: 'creditline-prefilter-literals',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/[\\/]lib[\\/].+\.ts$/.test(id) || !code.includes('pf(')) return null;
      return { code: withLiterals(code).code, map: null };
    },
  };
}
