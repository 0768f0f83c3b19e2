// A pattern's first use on a page costs its compilation: V8 compiles a regular expression when it is
// first run (and again to machine code on the second run), and the content script always runs in a
// fresh world, so every phrase family tested on a page is compiled on that page. A family's pattern
// can only match a text that holds the literals every match must contain ("contributed"; "this" and
// one of "article" or "story"), so a text without them is answered with includes() and nothing is
// compiled. This is the prefilter of RE2 and of code search (Russ Cox, "Regular Expression Matching
// with a Trigram Index", 2012, https://swtch.com/~rsc/regexp/regexp4.html), on literals, not trigrams.

/**
 * What every match of a pattern contains: it matches one of the branches, and a branch's text holds
 * one literal of each of its sets ("this" and one of "article", "story"; lowercased under the i flag).
 */
export type Requirement = string[][][];

/**
 * The literals every match of `source` contains, or null when none is required (a pattern of classes
 * and assertions). Conservative: whatever syntax it does not know requires nothing.
 */
export function requiredLiterals(source: string, flags: string): Requirement | null {
  if (flags.includes('v')) return null;
  const p = new LiteralParser(source, flags.includes('u'), flags.includes('i'));
  try {
    const info = p.alternatives();
    return p.pos === source.length ? info : null;
  } catch {
    return null;
  }
}

/** Sets whose shortest literal is shorter than this are weak ("is", "de"): kept only when nothing else is. */
const STRONG_LITERAL = 3;
const MIN_LITERAL = 2;
/** At most this many sets are required of one branch. */
const MAX_SETS = 3;

/** The pieces of pattern syntax the reader itself needs. */
const HEX2 = /^[0-9a-fA-F]{2}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const DIGIT = /[0-9]/;
const BRACES = /^\{(\d+)(,\d*)?\}/;

const shortest = (set: string[]) => Math.min(...set.map((l) => l.length));
/** The more selective set first: the longer shortest member, then the fewer members. */
const bySelectivity = (a: string[], b: string[]) => shortest(b) - shortest(a) || a.length - b.length;

class LiteralParser {
  pos = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
    private readonly ignoreCase: boolean,
  ) {}

  /** a|b|c: every branch's sets, or null if a branch requires nothing. */
  alternatives(): Requirement | null {
    const branches: string[][][] = [];
    let open = false;
    for (;;) {
      const branch = this.sequence();
      if (!branch) open = true;
      else branches.push(branch);
      if (this.src[this.pos] !== '|') break;
      this.pos++;
    }
    return open || !branches.length ? null : branches;
  }

  /** A concatenation: the sets of its most selective factors (runs of literal characters, required groups). */
  private sequence(): string[][] | null {
    const sets: string[][] = [];
    let run = '';
    const flush = () => {
      if (run.length >= MIN_LITERAL) sets.push([run]);
      run = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '|' || c === ')') break;
      const atom = this.atom();
      const min = this.quantifier();
      if (typeof atom === 'string') {
        if (min === null) run += atom;
        else {
          if (min >= 1) run += atom;
          flush();
        }
        continue;
      }
      flush();
      if (atom === null || atom === ZERO_WIDTH || (min !== null && min < 1)) continue;
      if (atom.length === 1) sets.push(...atom[0]!);
      else {
        // A group of several branches is one set: one literal of each branch's most selective set.
        const union = new Set<string>();
        for (const branch of atom) for (const l of [...branch].sort(bySelectivity)[0]!) union.add(l);
        sets.push([...union]);
      }
    }
    flush();
    const usable = sets.filter((set) => set.length && shortest(set) >= MIN_LITERAL).sort(bySelectivity);
    if (!usable.length) return null;
    const strong = usable.filter((set) => shortest(set) >= STRONG_LITERAL);
    return strong.length ? strong.slice(0, MAX_SETS) : usable.slice(0, 1);
  }

  /** One atom: a literal character (string), a group's literal set, null (any other atom) or ZERO_WIDTH. */
  private atom(): string | Requirement | null | typeof ZERO_WIDTH {
    const s = this.src;
    const c = s[this.pos++]!;
    switch (c) {
      case '^':
      case '$':
        return ZERO_WIDTH;
      case '.':
        return null;
      case '[':
        this.skipClass();
        return null;
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Error('nothing to repeat');
      case '{':
        if (this.unicode) throw new Error('lone brace');
        return this.literal(c);
      default:
        return this.literal(c);
    }
  }

  private literal(c: string): string | null {
    if (!this.ignoreCase) return c;
    const l = c.toLowerCase();
    // A character whose lower case is longer ("İ") is left out rather than guessed at.
    return l.length === c.length ? fold(l) : null;
  }

  private group(): Requirement | null | typeof ZERO_WIDTH {
    const s = this.src;
    let lookaround = false;
    if (s[this.pos] === '?') {
      const next = s[this.pos + 1];
      if (next === ':') this.pos += 2;
      else if (next === '=' || next === '!') {
        lookaround = true;
        this.pos += 2;
      } else if (next === '<' && (s[this.pos + 2] === '=' || s[this.pos + 2] === '!')) {
        lookaround = true;
        this.pos += 3;
      } else if (next === '<') {
        const end = s.indexOf('>', this.pos);
        if (end < 0) throw new Error('bad group name');
        this.pos = end + 1;
      } else throw new Error('unknown group');
    }
    const inner = this.alternatives();
    if (s[this.pos] !== ')') throw new Error('unclosed group');
    this.pos++;
    return lookaround ? ZERO_WIDTH : inner;
  }

  private escape(): string | null | typeof ZERO_WIDTH {
    const s = this.src;
    const c = s[this.pos++];
    if (c === undefined) throw new Error('trailing backslash');
    switch (c) {
      case 'b':
      case 'B':
        return ZERO_WIDTH;
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return null;
      case 'p':
      case 'P':
        if (this.unicode && s[this.pos] === '{') this.pos = s.indexOf('}', this.pos) + 1 || s.length;
        return this.unicode ? null : this.literal(c);
      case 'k':
        if (s[this.pos] === '<') this.pos = s.indexOf('>', this.pos) + 1 || s.length;
        return null;
      case 'c':
        this.pos++;
        return null;
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'x': {
        const hex = s.slice(this.pos, this.pos + 2);
        if (!HEX2.test(hex)) return null;
        this.pos += 2;
        return this.literal(String.fromCharCode(parseInt(hex, 16)));
      }
      case 'u': {
        if (s[this.pos] === '{') {
          const end = s.indexOf('}', this.pos);
          const code = parseInt(s.slice(this.pos + 1, end), 16);
          this.pos = end + 1;
          return Number.isFinite(code) ? this.literal(String.fromCodePoint(code)) : null;
        }
        const hex = s.slice(this.pos, this.pos + 4);
        if (!HEX4.test(hex)) return null;
        this.pos += 4;
        return this.literal(String.fromCharCode(parseInt(hex, 16)));
      }
      default:
        // A back-reference (\1) or an octal escape (\0): nothing literal to rely on.
        if (c >= '0' && c <= '9') {
          while (DIGIT.test(s[this.pos] ?? '')) this.pos++;
          return null;
        }
        return this.literal(c);
    }
  }

  private skipClass(): void {
    const s = this.src;
    if (s[this.pos] === '^') this.pos++;
    if (s[this.pos] === ']') this.pos++;
    while (this.pos < s.length && s[this.pos] !== ']') this.pos += s[this.pos] === '\\' ? 2 : 1;
    if (s[this.pos] !== ']') throw new Error('unclosed class');
    this.pos++;
  }

  /** The minimum count of a quantifier after an atom, or null when none follows. */
  private quantifier(): number | null {
    const s = this.src;
    const c = s[this.pos];
    let min: number | null = null;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = BRACES.exec(s.slice(this.pos, this.pos + 20));
      if (!m) return null;
      this.pos += m[0].length - 1;
      min = Number(m[1]);
    } else return null;
    this.pos++;
    if (s[this.pos] === '?') this.pos++;
    return min;
  }
}

const ZERO_WIDTH = Symbol('zero-width');

/** Characters that case-insensitive Unicode matching takes for another letter whose lower case differs. */
const FOLDS: Record<string, string> = {
  '\u017f': 's', // ſ
  '\u03c2': '\u03c3', // ς σ
  '\u03d0': '\u03b2',
  '\u03d1': '\u03b8',
  '\u03d5': '\u03c6',
  '\u03d6': '\u03c0',
  '\u03f0': '\u03ba',
  '\u03f1': '\u03c1',
  '\u03f5': '\u03b5',
  '\u1e9b': '\u1e61',
  '\u1fbe': '\u03b9',
};
const FOLD_TEST = /[\u017f\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1e9b\u1fbe]/;
const FOLD_ALL = new RegExp(FOLD_TEST.source, 'g');

function fold(lower: string): string {
  return FOLDS[lower] ?? lower;
}

/** Lower-cased (and folded) texts of the current page, so each is lowered once whatever tests it. */
const lowered = new Map<string, string>();
const LOWERED_MAX = 4000;

function lowerOf(text: string): string {
  let l = lowered.get(text);
  if (l === undefined) {
    l = text.toLowerCase();
    if (FOLD_TEST.test(l)) l = l.replace(FOLD_ALL, (ch) => FOLDS[ch]!);
    if (lowered.size >= LOWERED_MAX) lowered.clear();
    lowered.set(text, l);
  }
  return l;
}

/** Drops the lowered texts (called when a page's analysis ends). */
export function forgetLoweredTexts(): void {
  lowered.clear();
}

let enabled = true;

/** Switches the prefilter off and on (tests compare the engine's reports with and without it). */
export function usePrefilter(on: boolean): void {
  enabled = on;
}

/** Whether `text` meets `required`: all the sets of one branch (lowered texts for lowercased literals). */
export function mayMatch(required: Requirement | null, text: string, ignoreCase: boolean): boolean {
  if (!required || !enabled) return true;
  const t = ignoreCase ? lowerOf(text) : text;
  branches: for (let b = 0; b < required.length; b++) {
    const sets = required[b]!;
    for (let i = 0; i < sets.length; i++) {
      const set = sets[i]!;
      let hit = false;
      for (let j = 0; j < set.length && !hit; j++) hit = t.includes(set[j]!);
      if (!hit) continue branches;
    }
    return true;
  }
  return false;
}

/**
 * A RegExp that answers "no match" without running (or compiling) itself on a text that lacks every
 * literal its matches need. Every RegExp method (test, match, replace, split, matchAll) goes through
 * exec, so all of them are filtered, until the pattern has run once. The literals are worked out on
 * first use, not at load.
 */
export class PrefilteredRegExp extends RegExp {
  #literals: Requirement | null | undefined;

  /** `literals`: worked out beforehand (the extension's build does it, scripts/prefilter-plugin.ts). */
  constructor(pattern: string | RegExp, flags?: string, literals?: Requirement | null) {
    super(pattern, flags);
    this.#literals = literals;
  }

  /** Whether the pattern has run (and so been compiled) on this page already. */
  #compiled = false;

  override exec(text: string): RegExpExecArray | null {
    // Once compiled, running the pattern costs no more than testing its literals would.
    if (!this.#compiled) {
      if (this.#literals === undefined) this.#literals = requiredLiterals(this.source, this.flags);
      if (!mayMatch(this.#literals, String(text), this.ignoreCase)) {
        this.lastIndex = 0;
        return null;
      }
      this.#compiled = enabled;
    }
    return super.exec(text);
  }

  /** The literals it tests (for tests). */
  get literals(): Requirement | null {
    if (this.#literals === undefined) this.#literals = requiredLiterals(this.source, this.flags);
    return this.#literals;
  }
}

/**
 * `re`, prefiltered by its required literals: for module-level patterns (phrase families, rules). The
 * extension's build writes each call's literals in as a second argument, so a page never parses the
 * patterns for them; elsewhere (tests, the command line) they are worked out on first use.
 */
export function pf(re: RegExp, literals?: Requirement | null): PrefilteredRegExp {
  return new PrefilteredRegExp(re.source, re.flags, literals);
}
