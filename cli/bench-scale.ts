// Pages of chosen sizes built from a real article: its head (title, meta, JSON-LD), a header and
// footer of its own links, and its article paragraphs repeated in order until the page reaches the
// size. Same structure at every size, so time per MB shows whether cost grows linearly.
import { parseDocument } from './dom';
import type { Label } from './score';

export const SCALE_SIZES = [10_000, 50_000, 100_000, 300_000, 1_000_000, 2_000_000, 5_000_000];

export interface ArticleParts {
  head: string;
  headline: string;
  paragraphs: string[];
  links: string[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The container with the most substantial direct <p> children, and those paragraphs' markup. */
export function articleParts(html: string): ArticleParts {
  const doc = parseDocument(html);
  const counts = new Map<Element, Element[]>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if ((p.textContent ?? '').trim().length < 60 || !p.parentElement) continue;
    const list = counts.get(p.parentElement) ?? [];
    list.push(p);
    counts.set(p.parentElement, list);
  }
  const best = [...counts.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const head = Array.from(doc.head?.children ?? [])
    .filter((el) => {
      const tag = el.tagName.toLowerCase();
      return tag === 'title' || tag === 'meta' || (tag === 'script' && el.getAttribute('type') === 'application/ld+json');
    })
    .map((el) => el.outerHTML)
    .join('\n');
  const links = Array.from(doc.querySelectorAll('a[href]'))
    .map((a) => (a.textContent ?? '').trim())
    .filter((t) => t.length > 2 && t.length < 60)
    .slice(0, 40)
    .map((t, i) => `<a href="/section/${i}">${escapeText(t)}</a>`);
  const headline = (doc.querySelector('h1')?.textContent ?? doc.title ?? 'Headline').trim();
  return { head, headline, paragraphs: best.map((p) => p.outerHTML), links };
}

/** A page of about `bytes` bytes (UTF-8) built from the article's parts. */
export function scaledPage(parts: ArticleParts, bytes: number): string {
  if (!parts.paragraphs.length) throw new Error('the base page has no article paragraphs to repeat');
  const top = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n${parts.head}\n</head><body>
<header><nav>${parts.links.slice(0, 30).join(' ')}</nav></header>
<main><article><h1>${escapeText(parts.headline)}</h1>\n`;
  const bottom = `</article><aside><h2>More</h2><ul>${parts.links
    .slice(30)
    .map((a) => `<li>${a}</li>`)
    .join('')}</ul></aside></main>
<footer><p>${parts.links.slice(0, 10).join(' · ')}</p></footer></body></html>\n`;
  const body: string[] = [];
  let size = Buffer.byteLength(top) + Buffer.byteLength(bottom);
  for (let i = 0; size < bytes; i++) {
    const p = parts.paragraphs[i % parts.paragraphs.length]! + '\n';
    body.push(p);
    size += Buffer.byteLength(p);
  }
  return top + body.join('') + bottom;
}

export function sizeLabel(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} kB`;
}

/** The page to scale: the one asked for, else the first wire article (label order) with 10+ paragraphs. */
export function pickScaleBase(labels: Label[], html: (id: string) => string, wanted: string | null): string {
  if (wanted) {
    if (!labels.some((l) => l.id === wanted)) throw new Error(`no corpus page ${wanted}`);
    return wanted;
  }
  const wire = labels.filter((l) => l.isArticle && l.status === 'wire');
  return (wire.find((l) => articleParts(html(l.id)).paragraphs.length >= 10) ?? labels[0]!).id;
}
