// "Show on page": marks the evidence sentences and the embedded posts on the live page and scrolls
// to the first one. Uses the CSS Custom Highlight API where the browser has it (nothing in the page
// changes but one style element); elsewhere wraps the text in <mark> elements, removed on clear.
import type { EmbeddedPost, Evidence, Report } from '../../lib/report';
import { POST_ADDRESS_ATTRS, POST_ADDRESS_SELECTOR } from '../../lib/rules/platforms';
import { findInIndex, indexText, locate, rangeOf, type TextIndex } from './find-text';

const HIGHLIGHT_NAME = 'creditline-evidence';
const MARK_ATTR = 'data-creditline-mark';
const STYLE_ATTR = 'data-creditline-style';
const PAGE_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe08a; color: #1b1b1b; }
mark[${MARK_ATTR}] { background-color: #ffe08a !important; color: #1b1b1b !important; border-radius: 2px; }
[${MARK_ATTR}="post"] { outline: 3px solid #d9a300 !important; outline-offset: 3px !important; }
`;

/** Evidence read from the visible text (not from meta tags, JSON-LD or the URL). */
const ON_PAGE = new Set<Evidence['where']>(['byline', 'dateline', 'body', 'sign-off', 'caption', 'embed', 'custom-rule', 'title']);

export function pageEvidence(report: Report): string[] {
  const out: string[] = [];
  const add = (e: Evidence | null | undefined) => {
    if (e && ON_PAGE.has(e.where) && e.text && !out.includes(e.text)) out.push(e.text);
  };
  add(report.disclaimer);
  report.statusEvidence.forEach(add);
  report.agencies.filter((a) => a.contribution !== 'photo').forEach((a) => a.evidence.forEach(add));
  return out;
}

/** The element that shows an embedded post: its blockquote, iframe or figure. */
function postElement(doc: Document, post: EmbeddedPost): Element | null {
  const keys = [post.postId, post.url].filter((k): k is string => !!k && k.length >= 4);
  if (!keys.length) return null;
  for (const el of Array.from(doc.querySelectorAll(POST_ADDRESS_SELECTOR))) {
    if (el.closest('creditline-badge')) continue;
    const value = POST_ADDRESS_ATTRS.map((a) => el.getAttribute(a)).join(' ');
    if (keys.some((k) => value.includes(k))) return el.closest('blockquote, iframe, figure') ?? el;
  }
  return null;
}

/** Posts with no embed markup left (plain text on the page): from their first words to their attribution line. */
const POST_SPAN_MAX = 2000;

function plainTextPost(index: TextIndex, post: EmbeddedPost): Range | null {
  const start = post.text ? locate(index, post.text) : null;
  for (const e of post.evidence) {
    const end = locate(index, e.text, start?.start ?? 0);
    if (!end) continue;
    if (start && end.start > start.start && end.end - start.start <= POST_SPAN_MAX) {
      return rangeOf(index, { start: start.start, end: end.end });
    }
    return rangeOf(index, end);
  }
  return start ? rangeOf(index, start) : null;
}

export interface Highlighter {
  /**
   * Finds the evidence and the posts on the page, marks them (unless `mark` is false: the reader
   * switched highlighting off, so it only scrolls) and returns how many places were found.
   */
  show(report: Report, scroll: boolean, mark?: boolean): number;
  clear(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const marks: Element[] = [];
  const posts: Element[] = [];
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;

  function ensureStyle() {
    if (doc.querySelector(`style[${STYLE_ATTR}]`)) return;
    const style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }

  function wrap(range: Range) {
    // Wrap each text node piece inside the range in its own <mark>, so no element is ever split.
    const root = range.commonAncestorContainer;
    const pieces: Text[] = [];
    if (root.nodeType === 3) pieces.push(root as Text);
    else {
      const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) pieces.push(n as Text);
    }
    for (let text of pieces) {
      const start = text === range.startContainer ? range.startOffset : 0;
      const end = text === range.endContainer ? range.endOffset : text.data.length;
      if (end <= start) continue;
      if (end < text.data.length) text.splitText(end);
      if (start > 0) text = text.splitText(start);
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, 'text');
      text.replaceWith(mark);
      mark.append(text);
      marks.push(mark);
    }
  }

  return {
    show(report, scroll, mark = true) {
      this.clear();
      if (mark) ensureStyle();
      const index = indexText(doc.body ?? doc.documentElement);
      const ranges = pageEvidence(report)
        .map((text) => findInIndex(index, text))
        .filter((r): r is Range => !!r);
      const postTargets = report.embeds.map((p) => postElement(doc, p)).filter((e): e is Element => !!e);
      // Embedded posts in plain-text form are found by their text and attribution line.
      for (const p of report.embeds) {
        if (p.form !== 'text') continue;
        const r = plainTextPost(index, p);
        if (r) ranges.push(r);
      }
      if (mark) {
        if (registry && HighlightCtor) registry.set(HIGHLIGHT_NAME, new HighlightCtor(...ranges));
        else ranges.forEach(wrap);
        for (const el of postTargets) {
          el.setAttribute(MARK_ATTR, 'post');
          posts.push(el);
        }
      }
      if (scroll) {
        const first = ranges[0]?.startContainer.parentElement ?? postTargets[0];
        first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
      return ranges.length + postTargets.length;
    },
    clear() {
      registry?.delete(HIGHLIGHT_NAME);
      for (const mark of marks.splice(0)) {
        const parent = mark.parentNode;
        if (!parent) continue;
        mark.replaceWith(...Array.from(mark.childNodes));
        parent.normalize();
      }
      for (const el of posts.splice(0)) el.removeAttribute(MARK_ATTR);
    },
  };
}
