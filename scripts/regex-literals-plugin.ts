// Regular expression literals in the built scripts, rewritten so that a fresh page parses each
// pattern once. V8 checks every regexp literal when it compiles a script, again when it compiles
// the function holding it, and parses it once more when the literal is first evaluated; the content
// script is compiled afresh on every page, so each of the engine's ~450 patterns was parsed two or
// three times before it ever ran (and a pattern with \p{…} costs a fraction of a millisecond each time).
//
// - A literal the script evaluates once (at its top level, outside loops and functions) becomes
//   `new RegExp(source, flags)` in place: the same object, parsed when it is evaluated.
// - A literal inside a function without the g or y flag (whose only state, lastIndex, it never
//   reads or writes) becomes one object made on first use and reused after: it used to be a new
//   object on every evaluation.
// - A literal inside a function with g or y stays as it is (each evaluation must give a fresh
//   lastIndex), unless it has g and is what replace, replaceAll, match, matchAll or split is called
//   with: with g they set lastIndex to 0 before they start and leave it at 0 (split copies the
//   pattern), so one object serves every call. (With y alone, replace and match read lastIndex.)
// - Unicode properties (\p{L}, [\p{L}\p{N}]) are spelled out as lists of ranges (scripts/unicode-classes.ts).
import { parse } from '@babel/parser';
import { classList, spellOutProperties } from './unicode-classes';

/** The cache's name in the rewritten script: nothing else in a bundle is called so. */
const CACHE = '__creditlineRegExps';
/** The shared lists of ranges. */
const LISTS = '__creditlineClassLists';
/** String methods that set a g pattern's lastIndex to 0 before they use it and leave it at 0. */
const RESETTING = new Set(['replace', 'replaceAll', 'match', 'matchAll', 'split']);

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const FUNCTIONS = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
  'ClassProperty',
  'ClassPrivateProperty',
  'ClassAccessorProperty',
  'StaticBlock',
]);
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

const isNode = (v: unknown): v is Node => !!v && typeof (v as Node).type === 'string';

/**
 * The script's own top level: the body of a lone immediately invoked function (`var x = (function(){…})()`,
 * how an IIFE bundle wraps its modules, perhaps followed by its name as the script's result), else
 * the program itself.
 */
function wrapperOf(program: Node): Node | null {
  const body = (program.body as Node[]).filter((s) => !(s.type === 'ExpressionStatement' && (s.expression as Node).type === 'Identifier'));
  if (body.length !== 1) return null;
  let e: Node | undefined = body[0];
  if (e?.type === 'VariableDeclaration') e = (e.declarations as Node[])[0]?.init as Node | undefined;
  else if (e?.type === 'ExpressionStatement') e = e.expression as Node;
  while (e?.type === 'UnaryExpression') e = e.argument as Node;
  if (e?.type !== 'CallExpression') return null;
  const callee = e.callee as Node;
  return (callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression') && (callee.body as Node).type === 'BlockStatement' ? callee : null;
}

export interface Rewritten {
  code: string;
  /** Literals made `new RegExp` where they are evaluated once. */
  atLoad: number;
  /** Literals made once, on first use. */
  onFirstUse: number;
  /** Literals left as they are (with g or y, inside a function). */
  kept: number;
  /** Patterns (literals, strings, String.raw pieces) whose properties were spelled out. */
  shared: number;
}

export function rewriteRegexLiterals(code: string, sourceType: 'script' | 'module' = 'script'): Rewritten {
  const file = parse(code, { sourceType, errorRecovery: false }) as unknown as { program: Node };
  const wrapper = wrapperOf(file.program);
  const edits: { start: number; end: number; text: string }[] = [];
  const lazy: [string, string][] = [];
  const lists: string[] = [];
  let kept = 0;
  let atLoad = 0;
  let shared = 0;
  const listIndex = (key: string) => {
    const i = lists.indexOf(key);
    return i < 0 ? lists.push(key) - 1 : i;
  };
  /** The pattern as a string expression: its text, and the shared lists where its properties were. */
  const source = (pattern: string, flags: string) => {
    const parts = spellOutProperties(pattern, flags);
    if (!parts) return JSON.stringify(pattern);
    shared++;
    return parts.map((p) => (typeof p === 'string' ? JSON.stringify(p) : `${LISTS}[${listIndex(p.key)}]`)).join('+');
  };
  // depth: functions around the node, the wrapper not counted; loop: inside a loop at that depth;
  // resetting: the node is the first argument of a call to one of RESETTING.
  const walk = (node: Node, depth: number, loop: boolean, resetting = false): void => {
    if (node.type === 'RegExpLiteral') {
      const pattern = node.pattern as string;
      const flags = node.flags as string;
      if (depth === 0 && !loop) {
        edits.push({ start: node.start, end: node.end, text: `new RegExp(${source(pattern, flags)},${JSON.stringify(flags)})` });
        atLoad++;
      } else if (!/[gy]/.test(flags) || (resetting && flags.includes('g'))) {
        edits.push({ start: node.start, end: node.end, text: `(${CACHE}[${lazy.length}]??=new RegExp(${source(pattern, flags)},${JSON.stringify(flags)}))` });
        lazy.push([pattern, flags]);
      } else kept++;
      return;
    }
    // A pattern's source written as a string (new RegExp("…", "u"), or as the build wrote a
    // prefiltered pattern) or as a String.raw template: only patterns hold \p{…} in this code.
    if (node.type === 'StringLiteral' && spellOutProperties(node.value as string, 'u')) {
      edits.push({ start: node.start, end: node.end, text: `(${source(node.value as string, 'u')})` });
      return;
    }
    const tag = node.type === 'TaggedTemplateExpression' ? (node.tag as Node) : null;
    if (tag?.type === 'MemberExpression' && (tag.object as Node).name === 'String' && (tag.property as Node).name === 'raw') {
      for (const q of (node.quasi as Node).quasis as Node[]) {
        const raw = (q.value as { raw: string }).raw;
        const parts = spellOutProperties(raw, 'u');
        if (!parts) continue;
        shared++;
        const text = parts.map((p) => (typeof p === 'string' ? p : `\${${LISTS}[${listIndex(p.key)}]}`)).join('');
        edits.push({ start: q.start, end: q.end, text });
      }
    }
    const fn = FUNCTIONS.has(node.type) && node !== wrapper;
    const d = fn ? depth + 1 : depth;
    const l = fn ? false : loop || LOOPS.has(node.type);
    const callee = node.type === 'CallExpression' || node.type === 'OptionalCallExpression' ? (node.callee as Node) : null;
    const property =
      callee && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed ? (callee.property as Node) : null;
    const resets = !!property && property.type === 'Identifier' && RESETTING.has(property.name as string);
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'extra' || key === 'leadingComments' || key === 'trailingComments') continue;
      const v = node[key];
      if (Array.isArray(v)) v.forEach((c, i) => isNode(c) && walk(c, d, l, resets && key === 'arguments' && i === 0));
      else if (isNode(v)) walk(v, d, l);
    }
  };
  walk(file.program, 0, false);
  if (!edits.length) return { code, atLoad: 0, onFirstUse: 0, kept, shared: 0 };
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += code.slice(at);
  if (lazy.length || lists.length) {
    // The cache goes inside the wrapper, so that it is the bundle's own and not the page's global.
    const declare = (lazy.length ? `var ${CACHE}=[];` : '') + (lists.length ? `var ${LISTS}=${JSON.stringify(lists.map(classList))};` : '');
    const body = wrapper ? (wrapper.body as Node) : null;
    const directives = (body?.directives as Node[] | undefined) ?? (file.program.directives as Node[] | undefined) ?? [];
    const after = directives.length ? directives[directives.length - 1]!.end : body ? body.start + 1 : 0;
    const shift = edits.filter((e) => e.end <= after).reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
    out = out.slice(0, after + shift) + declare + out.slice(after + shift);
  }
  return { code: out, atLoad, onFirstUse: lazy.length, kept, shared };
}

/** The Vite plugin: every script of the build, once it is bundled and minified. */
export function regexLiterals() {
  return {
    name: 'creditline-regex-literals',
    enforce: 'post' as const,
    generateBundle(options: { format?: string }, bundle: Record<string, { type: string; code?: string; fileName: string }>) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code || !chunk.fileName.endsWith('.js')) continue;
        chunk.code = rewriteRegexLiterals(chunk.code, options.format === 'es' ? 'module' : 'script').code;
      }
    },
  };
}
