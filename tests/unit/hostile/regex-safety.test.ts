// Every regular expression in the engine is judged by scslre, which finds patterns whose worst case
// is super-linear (exponential or polynomial backtracking, including the quadratic "scan from every
// position" kind). Patterns are collected three ways: literals and RegExp(...) calls in the source,
// RegExp values in the rules' and detectors' exports, and every RegExp built while the engine runs on
// corpus pages (rules as data are often joined into one pattern at load time).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '..', '..', '..', 'lib');
const CORPUS = join(LIB, '..', '..', 'shared', 'corpus');

interface Found {
  source: string;
  flags: string;
  where: string;
}

function libFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...libFiles(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Regex literals, and RegExp(...) calls whose arguments are plain strings, in one source file. */
function literalsIn(file: string): Found[] {
  const code = readFileSync(file, 'utf8');
  const ast = parse(code, { sourceType: 'module', plugins: ['typescript', 'jsx'], errorRecovery: true });
  const out: Found[] = [];
  const where = (n: { loc?: { start: { line: number } } | null }) => `${relative(join(LIB, '..'), file)}:${n.loc?.start.line ?? '?'}`;
  const stringOf = (n: any): string | null => {
    if (!n) return null;
    if (n.type === 'StringLiteral') return n.value;
    if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0].value.cooked;
    return null;
  };
  const visit = (n: any) => {
    if (!n || typeof n.type !== 'string') return;
    if (n.type === 'RegExpLiteral') out.push({ source: n.pattern, flags: n.flags, where: where(n) });
    if ((n.type === 'NewExpression' || n.type === 'CallExpression') && n.callee?.type === 'Identifier' && n.callee.name === 'RegExp') {
      const src = stringOf(n.arguments[0]);
      if (src !== null) out.push({ source: src, flags: stringOf(n.arguments[1]) ?? '', where: where(n) });
    }
    for (const k of Object.keys(n)) {
      if (k === 'loc' || k === 'start' || k === 'end') continue;
      const v = n[k];
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && typeof v.type === 'string') visit(v);
    }
  };
  visit(ast.program);
  return out;
}

/** RegExp values reachable from a module's exports (rules as data). */
function regexesIn(value: unknown, where: string, out: Found[], seen = new Set<unknown>(), depth = 0) {
  if (depth > 6 || value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (value instanceof RegExp) {
    out.push({ source: value.source, flags: value.flags, where });
    return;
  }
  if (value instanceof Map) for (const [k, v] of value) regexesIn(v, `${where}.${String(k)}`, out, seen, depth + 1);
  else if (Array.isArray(value) || value instanceof Set) [...value].forEach((v, i) => regexesIn(v, `${where}[${i}]`, out, seen, depth + 1));
  else for (const [k, v] of Object.entries(value)) regexesIn(v, `${where}.${k}`, out, seen, depth + 1);
}

/** scslre's verdicts for one pattern: empty when it finds no super-linear backtracking. */
function problemsOf(f: Found): string[] {
  let literal;
  try {
    // Through RegExp first: a source built from a string may hold an unescaped "/".
    const re = new RealRegExp(f.source, f.flags);
    literal = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${re.source}/${re.flags}`);
  } catch (err) {
    return [`cannot parse: ${(err as Error).message}`];
  }
  return analyse(literal, { reportTypes: { Move: true, Self: true, Trade: true } }).reports.map(
    (r) => `${r.exponential ? 'exponential' : 'polynomial'} (${r.type}) on repeated ${JSON.stringify(r.character.literal.source)}`,
  );
}

const runtime: Found[] = [];
const RealRegExp = globalThis.RegExp;

describe("regular expressions in lib/ (and the extension's own code)", () => {
  const files = libFiles(LIB);
  // The content script, popup and options read page text too (finding evidence on the page, hosts):
  // their literals are held to the same rule.
  const extensionFiles = ['entrypoints', 'components', 'utils'].flatMap((d) => libFiles(join(LIB, '..', d)));
  const literals = [...files, ...extensionFiles].flatMap(literalsIn);
  const exported: Found[] = [];

  beforeAll(async () => {
    // Record every RegExp the engine builds from data while its modules load and while it runs.
    const record = (args: unknown[]) => {
      const [p, fl] = args as [string | RegExp, string | undefined];
      const source = p instanceof RealRegExp ? p.source : String(p ?? '(?:)');
      const flags = fl ?? (p instanceof RealRegExp ? p.flags : '');
      const stack = new Error().stack?.split('\n').find((l) => l.includes('/lib/')) ?? '';
      runtime.push({
        source,
        flags,
        where: `built at ${stack
          .trim()
          .replace(/^at\s+/, '')
          .replace(/.*\/lib\//, 'lib/')}`,
      });
    };
    globalThis.RegExp = new Proxy(RealRegExp, {
      construct(target, args) {
        record(args);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        record(args);
        return Reflect.apply(target, self, args);
      },
    });
    try {
      for (const file of files.filter((f) => /[/\\](rules|detectors)[/\\]/.test(f))) {
        const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
        regexesIn(mod, relative(join(LIB, '..'), file), exported);
      }
      const { analyze } = await import('../../../lib/analyze');
      const { parseDocument } = await import('../../../cli/dom');
      const pages = readdirSync(join(CORPUS, 'pages'))
        .filter((f) => f.endsWith('.html'))
        .slice(0, 12);
      for (const f of pages)
        analyze(parseDocument(readFileSync(join(CORPUS, 'pages', f), 'utf8')), { customPhrases: [{ phrase: 'syndicated feed', status: 'wire-unedited' }] });
    } finally {
      globalThis.RegExp = RealRegExp;
    }
  }, 60_000);

  afterAll(() => {
    globalThis.RegExp = RealRegExp;
  });

  it('finds the patterns (literals in the source, in the exports and built at run time)', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(literals.length).toBeGreaterThan(20);
    expect(exported.length).toBeGreaterThan(5);
  });

  it('the checker itself flags known super-linear patterns', () => {
    for (const bad of ['^(a+)+$', '(\\s*,\\s*)*x', '\\s+$', '^By\\s+(\\w+\\s*)+$', '(?:^|\\n)\\s*([A-Z]{2,}[\\w ]{0,30})\\s+\\(AP\\)']) {
      expect(problemsOf({ source: bad, flags: '', where: 'known' }), bad).not.toEqual([]);
    }
    for (const good of ['\\bReuters\\b', '[\\s\\u00a0]+', '\\(([A-Z]{2,10})\\)\\s{0,3}[-–—]', '[^.!?\\n]{1,80}?\\s(?:staff|team)\\b']) {
      expect(problemsOf({ source: good, flags: 'i', where: 'known' }), good).toEqual([]);
    }
  });

  it('judges every pattern free of super-linear backtracking', () => {
    const all = [...literals, ...exported, ...runtime];
    const seen = new Set<string>();
    const unsafe: string[] = [];
    for (const f of all) {
      const key = `/${f.source}/${f.flags}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const problems = problemsOf(f);
      if (problems.length) unsafe.push(`${f.where}: ${key.length > 160 ? key.slice(0, 160) + '…' : key} — ${problems.join('; ')}`);
    }
    expect(unsafe).toEqual([]);
    console.info(
      `regex safety: ${seen.size} distinct patterns judged (${literals.length} literals, ${exported.length} exported, ${runtime.length} built at run time)`,
    );
  });
});
