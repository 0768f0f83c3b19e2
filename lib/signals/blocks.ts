// Turns an element tree into the text blocks a reader sees (paragraphs, list items, captions), in order.
// Iterative, so 10,000-deep nesting cannot overflow the stack.

export type BlockWhere = 'body' | 'caption' | 'heading' | 'quote';

export interface TextBlock {
  text: string;
  where: BlockWhere;
  /** The whole block is link text: a "Read also" list item, a related headline. */
  link?: boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'BUTTON']);

const MAX_BLOCKS = 5000;

export function blocksOf(root: Node, maxChars = 2_000_000): TextBlock[] {
  const out: TextBlock[] = [];
  let buf = '';
  let linked = false;
  let plain = false;
  let where: BlockWhere = 'body';
  let total = 0;
  const flush = () => {
    const text = buf.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (text && out.length < MAX_BLOCKS) {
      const block: TextBlock = { text, where };
      if (linked && !plain) block.link = true;
      out.push(block);
    }
    buf = '';
    linked = false;
    plain = false;
  };
  // Stack of [node, leaving?, contextWhere, inside a link?]
  const stack: [Node, boolean, BlockWhere, boolean][] = [[root, false, 'body', false]];
  while (stack.length) {
    const [node, leaving, ctx, inLink] = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (total + t.length > maxChars) break;
      total += t.length;
      if (where !== ctx && buf.trim()) flush();
      where = ctx;
      buf += t;
      if (t.trim()) {
        if (inLink) linked = true;
        else plain = true;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP_TAGS.has(tag)) continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (leaving) {
      if (isBlock) flush();
      continue;
    }
    if (isBlock) flush();
    let childCtx = ctx;
    // Whatever stands inside a figure (its caption, a credit span) belongs to the picture.
    if (tag === 'FIGCAPTION' || tag === 'FIGURE') childCtx = 'caption';
    else if (/^H[1-6]$/.test(tag)) childCtx = 'heading';
    else if (tag === 'BLOCKQUOTE' && ctx === 'body') childCtx = 'quote';
    stack.push([node, true, ctx, inLink]);
    const kids = node.childNodes;
    const childLink = inLink || tag === 'A';
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false, childCtx, childLink]);
  }
  flush();
  return out;
}
