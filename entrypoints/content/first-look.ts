// A cheap first look (well under a millisecond on a news page) that decides whether the page may be
// an article at all, so home pages, shops and web apps never pay for Readability and the engine.
// The readerable check alone, not the package index (which would pull all of Readability into the
// small script that runs on every page).
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

const ARTICLE_OG_TYPES = new Set(['article', 'news', 'news_article', 'newsarticle']);
// Schema.org types that mark a story; matched as quoted JSON strings so prose mentions do not count.
const ARTICLE_LD_RE = /"@type"\s{0,4}:\s{0,4}\[?\s{0,4}"(?:News|Reportage|Analysis|Opinion|Report|Background|Review)?Article"/;
const LD_SCAN_MAX = 200_000;
// Chinese, Japanese and Korean say in one character what takes about three in Latin script, so
// Readability's length thresholds overlook short CJK stories; those characters count triple here.
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const STORY_TEXT_MIN = 900;
const PARAGRAPH_MIN = 40;

function weightedLength(text: string): number {
  return text.length + 2 * (text.match(CJK_RE)?.length ?? 0);
}

/** Enough real paragraphs to be a story (short teasers and captions do not count). */
function hasStoryText(doc: Document): boolean {
  let total = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const length = weightedLength((p.textContent ?? '').trim());
    if (length >= PARAGRAPH_MIN) total += length;
    if (total >= STORY_TEXT_MIN) return true;
  }
  return false;
}

export function looksLikeArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]')?.getAttribute('content');
  if (og && ARTICLE_OG_TYPES.has(og.trim().toLowerCase())) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = (script.textContent ?? '').slice(0, LD_SCAN_MAX);
    if (ARTICLE_LD_RE.test(text)) return true;
  }
  if (doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]')) return true;
  try {
    return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 }) || hasStoryText(doc);
  } catch {
    return false;
  }
}
