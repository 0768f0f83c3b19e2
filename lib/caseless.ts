// Case-insensitive Unicode patterns, rewritten once at load to spell their letters' cases out:
// /news agency/iu becomes /[nN][eE][wW][sS] [aA][gG][eE][nN][cC][yY]/u.
//
// Why: with the flags i and u together, V8 works out the case closure of every character and class
// of a pattern when it first runs it, and for patterns holding \p{L}, negated classes or non-Latin
// words that costs milliseconds each. The content script always runs cold (a fresh engine on every
// page), so the rules paid it on every page. The rewritten pattern matches the same strings for the
// one-to-one case pairs of the languages the rules are written in (tested against the original on
// random text in lib/caseless.test.ts); Unicode classes (\p{L}, \s, \d) hold both cases already.

/** The other case forms of one character (single code points only: "ß" → "SS" is left alone). */
function otherCases(c: string): string {
  let out = '';
  // As the i flag pairs them: both forms fold to the same lower case ("I" → "i", but "ı" stays alone).
  for (const v of [c.toLowerCase(), c.toUpperCase()]) {
    if (v !== c && [...v].length === 1 && v.toLowerCase() === c.toLowerCase() && !out.includes(v)) out += v;
  }
  return out;
}

/** Characters that must be escaped inside a class. */
const CLASS_SPECIAL = new Set(['\\', ']', '[', '^', '-']);
const classChar = (c: string): string => (CLASS_SPECIAL.has(c) ? `\\${c}` : c);

/** Length, in code points, of the escape starting at `s[i]` (a backslash), so that it is copied whole. */
function escapeLength(s: readonly string[], i: number): number {
  const n = s[i + 1];
  const open = s[i + 2];
  if ((n === 'p' || n === 'P' || n === 'u' || n === 'k') && (open === '{' || open === '<')) {
    const close = s.indexOf(open === '{' ? '}' : '>', i + 3);
    return close < 0 ? 2 : close - i + 1;
  }
  if (n === 'u') return 6;
  if (n === 'x') return 4;
  if (n === 'c') return 3;
  return 2;
}

/** The pattern source with every cased letter matched in both cases, for use without the i flag. */
export function spellCases(src: string): string {
  let out = '';
  let inClass = false;
  let extra = '';
  const s = [...src];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const len = escapeLength(s, i);
      const esc = s.slice(i, i + len).join('');
      // A letter written as a code ("\u00e9", "\x41") has its other case too.
      const code = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))$/.exec(esc);
      const v = code ? otherCases(String.fromCodePoint(parseInt(code[1] ?? code[2] ?? code[3]!, 16))) : '';
      if (inClass) {
        out += esc;
        for (const x of v) extra += classChar(x);
      } else out += v ? `[${esc}${[...v].map(classChar).join('')}]` : esc;
      i += len - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        out += extra + ']';
        extra = '';
        inClass = false;
        continue;
      }
      // A range of letters: add the other cases of every letter in it (the rules' ranges are short).
      if (s[i + 1] === '-' && s[i + 2] !== undefined && s[i + 2] !== ']' && s[i + 2] !== '\\') {
        const from = c.codePointAt(0)!;
        const to = s[i + 2]!.codePointAt(0)!;
        out += `${c}-${s[i + 2]}`;
        for (let cp = from; cp <= to && cp - from < 2000; cp++) {
          for (const v of otherCases(String.fromCodePoint(cp))) if (v.codePointAt(0)! < from || v.codePointAt(0)! > to) extra += classChar(v);
        }
        i += 2;
        continue;
      }
      out += c;
      for (const v of otherCases(c)) extra += classChar(v);
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (s[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    // A group's name is not text: "(?<year>".
    if (c === '(' && s[i + 1] === '?' && s[i + 2] === '<' && s[i + 3] !== '=' && s[i + 3] !== '!') {
      const close = s.indexOf('>', i);
      out += s.slice(i, close + 1).join('');
      i = close;
      continue;
    }
    const v = otherCases(c);
    out += v ? `[${c}${[...v].map(classChar).join('')}]` : c;
  }
  return out;
}

/** Each rewritten pattern with the one it came from, so that a test can hold the two equal. */
export const REWRITTEN: [original: RegExp, spelled: RegExp][] = [];

/** `re` without the i flag and its letters spelled in both cases; patterns without both i and u are returned as they are. */
export function caseless(re: RegExp): RegExp {
  if (!re.flags.includes('i') || !re.flags.includes('u')) return re;
  const spelled = new RegExp(spellCases(re.source), re.flags.replace('i', ''));
  REWRITTEN.push([re, spelled]);
  return spelled;
}
