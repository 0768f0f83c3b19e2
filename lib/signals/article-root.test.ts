import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { decodeHtml } from '../../cli/load';
import { analyze, buildPage } from '../analyze';
import { detectEmbeds } from '../detectors/embeds';
import { findArticleScope } from './article-root';

function corpusDoc(id: string): { doc: Document; url: string | null } {
  const labels = readFileSync(join(DEFAULT_CORPUS, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; file: string; url: string | null });
  const label = labels.find((l) => l.id === id)!;
  return { doc: parseDocument(decodeHtml(readFileSync(join(DEFAULT_CORPUS, label.file)), null, label.file)), url: label.url };
}

/** Embeds found when Readability gives nothing: the scope must stand on the page's own paragraphs. */
function embedsWithoutReadability(id: string): string[] {
  const { doc, url } = corpusDoc(id);
  return detectEmbeds(buildPage(doc, url, [], null)).map((e) => `${e.platform}:${e.postId}`);
}

describe('article scope', () => {
  it('places the article where Readability found its text', () => {
    const html = `<html><body><nav class="menu"><p>${'Menu text that is long enough to look like a paragraph of prose. '.repeat(2)}</p></nav>
<div class="layout"><div class="story"><p>${'The council voted on Tuesday to expand the programme to every district in the city. '.repeat(2)}</p>
<p>${'Supporters said the plan would cut waiting times, while critics questioned the cost of it. '.repeat(2)}</p>
<div class="embed"><span id="inside">x</span></div></div>
<div class="rail"><span id="rail">x</span></div></div></body></html>`;
    const doc = parseDocument(html);
    // Readability's blocks for this page, as it gives them.
    const blocks = [
      { text: 'The council voted on Tuesday to expand the programme to every district in the city. The council voted on Tuesday to expand the programme to every district in the city.', where: 'body' as const },
      { text: 'Supporters said the plan would cut waiting times, while critics questioned the cost of it. Supporters said the plan would cut waiting times, while critics questioned the cost of it.', where: 'body' as const },
    ];
    const scope = findArticleScope(doc, blocks, true);
    expect(scope.root?.getAttribute('class')).toBe('story');
    expect(scope.contains(doc.getElementById('inside')!)).toBe(true);
    expect(scope.contains(doc.getElementById('rail')!)).toBe(false);
  });

  it('without Readability, the page\'s long paragraphs place the article (corpus pages)', () => {
    // Layout classes that mention a rail or a sidebar hold the article itself here.
    expect(embedsWithoutReadability('p104-forward-com')).toHaveLength(4);
    expect(embedsWithoutReadability('vox-kejriwal-tweets')).toEqual(['x:1190124368241795073', 'x:1191110529592496130']);
    // A sidebar live-stream player stays out.
    expect(embedsWithoutReadability('p036-100noticias-com-ni')).toEqual(['youtube:TdChki1-wW4']);
    // One paragraph per block (a newsletter): the blocks' common container is the article.
    expect(embedsWithoutReadability('milkroad-newsletter-tweet-iframe-only')).toEqual(['x:1511642234562752512']);
  });

  it('a social network\'s own post page is not an article embedding its posts', () => {
    const { doc, url } = corpusDoc('p145-twitter-com');
    expect(analyze(doc, { url }).embeds).toEqual([]);
  });
});
