// Unicode property escapes (\p{L}, [\p{L}\p{M}\p{N}.\-]) spelled out as lists of ranges for the
// built scripts. V8 builds each \p{…} from ICU's tables when it reads a pattern, and again when it
// compiles it, and sorts a class's ranges into one list by inserting them one at a time, so joining
// properties of hundreds of ranges is slow. Measured in Chromium on a fresh page, construction and
// first match: [\p{L}\p{M}\p{N}] 0.9–1.3 ms, the same set as one sorted list 0.1 ms; [\p{Lu}.\-]
// 0.18 ms against 0.07; [\p{L}.\-] under the i flag 0.7 ms against 0.4. The content script pays
// that afresh on every page. The sets are worked out here, at build time, by the build's own
// JavaScript engine, one sorted list per set of properties, written once in the script and put into
// the patterns that use it; a class keeps its other members. A class that negates a property inside
// ([\P{N}x]) is left to the browser.
//
// The lists are exact for the Unicode version of the Node.js that builds the extension; the browser
// may know a few characters added to Unicode since (new scripts, rare ideographs), which these lists
// then do not count.

/** A pattern cut where a class's shared list of ranges goes in: text, or the key of a list. */
export type PatternPart = string | { key: string };

const PROPERTY = /\\[pP]\{([A-Za-z_=]+)\}/y;

/**
 * The pattern cut where its properties are: a class keeps its other members and a part names the
 * set ("L+M+N") whose list goes in place of its properties; a property on its own becomes a class of
 * its list. Null when there is nothing to spell out (no property, or the pattern is not in u mode,
 * where \p means "p").
 */
export function spellOutProperties(pattern: string, flags: string): PatternPart[] | null {
  if (!flags.includes('u') || flags.includes('v') || !/\\[pP]\{/.test(pattern)) return null;
  const parts: PatternPart[] = [];
  let text = '';
  let shared = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      // A property on its own: \p{Lu} → [list], \P{N} → [^list].
      PROPERTY.lastIndex = i;
      const m = PROPERTY.exec(pattern);
      if (m) {
        parts.push(`${text}[${m[0][1] === 'P' ? '^' : ''}`, { key: m[1]! });
        text = ']';
        shared = true;
        i += m[0].length - 1;
        continue;
      }
      text += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (c !== '[') {
      text += c;
      continue;
    }
    // A class (u mode: no nesting). Its members: properties, and the rest as written.
    let j = i + 1;
    if (pattern[j] === '^') j++;
    const props: string[] = [];
    let rest = '';
    let negatedProperty = false;
    for (; j < pattern.length && pattern[j] !== ']'; j++) {
      if (pattern[j] === '\\') {
        PROPERTY.lastIndex = j;
        const m = PROPERTY.exec(pattern);
        if (m?.[0][1] === 'p') {
          props.push(m[1]!);
          j += m[0].length - 1;
          continue;
        }
        if (pattern[j + 1] === 'P') negatedProperty = true;
        rest += pattern.slice(j, j + 2);
        j++;
        continue;
      }
      rest += pattern[j];
    }
    const open = pattern.slice(i, pattern[i + 1] === '^' ? i + 2 : i + 1);
    // (A class cut off by the end of a template's piece is left alone.)
    if (!props.length || negatedProperty || j >= pattern.length) {
      text += pattern.slice(i, j + 1);
    } else {
      // A class such as [\p{L}-x] would read differently once its list is in: none is written so.
      if (rest.startsWith('-')) rest = `\\${rest}`;
      parts.push(text + open);
      parts.push({ key: [...new Set(props)].sort().join('+') });
      text = `${rest}]`;
      shared = true;
    }
    i = j;
  }
  if (!shared) return null;
  parts.push(text);
  return parts.filter((p) => p !== '');
}

// Characters that stand for themselves in a u-mode class, written as they are; the rest escaped.
const PLAIN = /^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{S}\p{Zs}]$/u;
const SPECIAL = new Set(['\\', ']', '[', '-', '^', '/']);
const char = (cp: number) => {
  const s = String.fromCodePoint(cp);
  return PLAIN.test(s) && !SPECIAL.has(s) ? s : `\\u{${cp.toString(16)}}`;
};

/** Every code point but the surrogates, once, in order (2.2 million UTF-16 units). */
let everything: string | null = null;
const indexToCodePoint = (i: number) => (i < 0xd800 ? i : i < 0xf800 ? i + 0x800 : 0x10000 + ((i - 0xf800) >> 1));

const lists = new Map<string, string>();

/** The sorted ranges of the set a key names ("L+M+N"), as a class body. */
export function classList(key: string): string {
  let list = lists.get(key);
  if (list !== undefined) return list;
  if (!everything) {
    let s = '';
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) s += String.fromCodePoint(cp);
    everything = s;
  }
  const re = new RegExp(
    `[${key
      .split('+')
      .map((p) => `\\p{${p}}`)
      .join('')}]`,
    'gu',
  );
  const ranges: [number, number][] = [];
  for (const m of everything.matchAll(re)) {
    const cp = indexToCodePoint(m.index);
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  list = ranges.map(([a, b]) => (a === b ? char(a) : b === a + 1 ? char(a) + char(b) : `${char(a)}-${char(b)}`)).join('');
  lists.set(key, list);
  return list;
}
