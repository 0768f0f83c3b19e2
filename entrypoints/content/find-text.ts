// Finds a sentence from the report on the live page, across inline markup ("<b>(ANI)</b>: …") and
// differences in white space, and returns it as a DOM Range. Read-only: the page is not changed.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'CREDITLINE-BADGE']);
const BLOCK_SELECTOR =
  'p,div,li,ul,ol,h1,h2,h3,h4,h5,h6,blockquote,figure,figcaption,td,th,tr,table,section,article,aside,header,footer,main,nav,pre,dd,dt,dl,address,form,fieldset';
const SPACE_RE = /[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000]/;
/** Pages larger than this (in characters of text) are searched only up to here. */
const MAX_TEXT = 2_000_000;

export interface TextIndex {
  /** All text of the page, white space collapsed, a space between blocks. */
  flat: string;
  /** For each character of `flat`: the text node and the offset in it. */
  node: Int32Array;
  offset: Int32Array;
  nodes: Text[];
}

/** One pass over the text nodes under `root`. */
export function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let lastSpace = true;
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode(); n && chars.length < MAX_TEXT; n = walker.nextNode()) {
    const text = n as Text;
    const parent = text.parentElement;
    if (!parent || parent.closest('script,style,noscript,template,textarea,select,creditline-badge') || SKIP.has(parent.tagName)) continue;
    const data = text.data;
    if (!data) continue;
    const block = parent.closest(BLOCK_SELECTOR);
    const index = nodes.push(text) - 1;
    if (block !== lastBlock && !lastSpace) {
      // A block boundary reads as a space, as it does on screen.
      chars.push(' ');
      nodeOf.push(index);
      offsetOf.push(0);
      lastSpace = true;
    }
    lastBlock = block;
    for (let i = 0; i < data.length; i++) {
      let c = data[i]!;
      if (SPACE_RE.test(c)) {
        if (lastSpace) continue;
        c = ' ';
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      chars.push(c);
      nodeOf.push(index);
      offsetOf.push(i);
    }
  }
  return { flat: chars.join(''), node: Int32Array.from(nodeOf), offset: Int32Array.from(offsetOf), nodes };
}

/** The evidence text as it should read on the page: squished, without a clipping ellipsis. */
export function searchable(text: string): string {
  return text
    .replace(/[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .replace(/\s?…$/, '');
}

export interface Span {
  /** First and last character positions in `TextIndex.flat` (inclusive). */
  start: number;
  end: number;
}

/** Where `needle` first occurs in the index at or after `from`; null when it is not on the page. */
export function locate(index: TextIndex, needle: string, from = 0): Span | null {
  const want = searchable(needle);
  if (want.length < 3) return null;
  let at = index.flat.indexOf(want, from);
  if (at < 0) {
    const lower = index.flat.toLowerCase();
    // Only trust a case-insensitive hit when lower-casing kept every position in place.
    if (lower.length === index.flat.length) at = lower.indexOf(want.toLowerCase(), from);
  }
  return at < 0 ? null : { start: at, end: at + want.length - 1 };
}

/** A DOM Range over a span of the index. */
export function rangeOf(index: TextIndex, span: Span): Range {
  const startNode = index.nodes[index.node[span.start]!]!;
  const endNode = index.nodes[index.node[span.end]!]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offset[span.start]!);
  range.setEnd(endNode, index.offset[span.end]! + 1);
  return range;
}

/** Where `needle` first occurs, as a Range; null when it is not on the page. */
export function findInIndex(index: TextIndex, needle: string): Range | null {
  const span = locate(index, needle);
  return span ? rangeOf(index, span) : null;
}
