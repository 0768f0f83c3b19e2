// Turns an element tree into the text blocks a reader sees (paragraphs, list items, captions), in order.
// Iterative, so 10,000-deep nesting cannot overflow the stack.

export type BlockWhere = 'body' | 'caption' | 'heading' | 'quote';

export interface TextBlock {
  text: string;
  where: BlockWhere;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'BUTTON']);

const MAX_BLOCKS = 5000;

export function blocksOf(root: Node, maxChars = 2_000_000): TextBlock[] {
  const out: TextBlock[] = [];
  let buf = '';
  let where: BlockWhere = 'body';
  let total = 0;
  const flush = () => {
    const text = buf.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (text && out.length < MAX_BLOCKS) out.push({ text, where });
    buf = '';
  };
  // Stack of [node, leaving?, contextWhere]
  const stack: [Node, boolean, BlockWhere][] = [[root, false, 'body']];
  while (stack.length) {
    const [node, leaving, ctx] = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (total + t.length > maxChars) break;
      total += t.length;
      if (where !== ctx && buf.trim()) flush();
      where = ctx;
      buf += t;
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
    if (tag === 'FIGCAPTION') childCtx = 'caption';
    else if (/^H[1-6]$/.test(tag)) childCtx = 'heading';
    else if (tag === 'BLOCKQUOTE' && ctx === 'body') childCtx = 'quote';
    stack.push([node, true, ctx]);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false, childCtx]);
  }
  flush();
  return out;
}
