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
  const labels = readFileSync(join(DEFAULT_CORPUS, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; file: string; url: string | null });
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
      {
        text: 'The council voted on Tuesday to expand the programme to every district in the city. The council voted on Tuesday to expand the programme to every district in the city.',
        where: 'body' as const,
      },
      {
        text: 'Supporters said the plan would cut waiting times, while critics questioned the cost of it. Supporters said the plan would cut waiting times, while critics questioned the cost of it.',
        where: 'body' as const,
      },
    ];
    const scope = findArticleScope(doc, blocks, true);
    expect(scope.root?.getAttribute('class')).toBe('story');
    expect(scope.contains(doc.getElementById('inside')!)).toBe(true);
    expect(scope.contains(doc.getElementById('rail')!)).toBe(false);
  });

  it("without Readability, the page's long paragraphs place the article (corpus pages)", () => {
    // Layout classes that mention a rail or a sidebar hold the article itself here.
    expect(embedsWithoutReadability('p104-forward-com')).toHaveLength(4);
    expect(embedsWithoutReadability('vox-kejriwal-tweets')).toEqual(['x:1190124368241795073', 'x:1191110529592496130']);
    // A sidebar live-stream player stays out.
    expect(embedsWithoutReadability('p036-100noticias-com-ni')).toEqual(['youtube:TdChki1-wW4']);
    // One paragraph per block (a newsletter): the blocks' common container is the article.
    expect(embedsWithoutReadability('milkroad-newsletter-tweet-iframe-only')).toEqual(['x:1511642234562752512']);
  });

  it("a social network's own post page is not an article embedding its posts", () => {
    const { doc, url } = corpusDoc('p145-twitter-com');
    expect(analyze(doc, { url }).embeds).toEqual([]);
  });
});

const PROSE = [
  'The council voted on Tuesday to expand the programme to every district in the city, after a debate that lasted most of the afternoon.',
  'Supporters said the plan would cut waiting times for families, while critics questioned its cost and the speed of the roll-out.',
  'The mayor said the first districts would join in the spring and that the budget for the coming year already covered the expansion.',
  'Opposition members asked for a review after twelve months, and the council agreed to publish the figures every quarter from now on.',
];

const tweet = (handle: string, id: string) =>
  `<blockquote class="twitter-tweet"><p lang="en">Words of the post by ${handle}, long enough to read.</p>&mdash; ${handle} (@${handle}) <a href="https://twitter.com/${handle}/status/${id}">January 1, 2020</a></blockquote>`;

function postIds(html: string, url = 'https://news.example.com/city/council-expands-programme'): string[] {
  return analyze(parseDocument(html), { url }).embeds.map((e) => e.postId ?? '');
}

function storyPage(bodyWrapperClass: string, extra = ''): string {
  return `<!doctype html><html><head><title>Council expands the programme to every district</title></head><body>
<main><article><h1>Council expands the programme to every district</h1>
<div class="${bodyWrapperClass}"><div class="story-text"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${tweet('cityhall', '1212392185510924290')}<p>${PROSE[2]}</p><p>${PROSE[3]}</p></div>
<div class="share-bar"><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.com%2Fcity">Tweet</a>${extra}</div></div>
</article></main><footer class="site-footer"><a href="https://twitter.com/newsexample">Follow us</a></footer></body></html>`;
}

describe('embed scope: furniture words', () => {
  it("a share wrapper around the body text is the article's (The Week, article-body and content share wrappers)", () => {
    for (const cls of ['sr-body-share-wrapper', 'article-body-share-wrapper', 'content-share-wrap', 'post-content follow-wrapper']) {
      expect(postIds(storyPage(cls)), cls).toEqual(['1212392185510924290']);
    }
  });

  it('a post in the share bar itself, or in the site footer, stays out; share and follow links are not posts', () => {
    const ids = postIds(storyPage('article-body-share-wrapper', tweet('promo', '1000000000000000001')));
    expect(ids).toEqual(['1212392185510924290']);
  });

  it('matches class words whole: "shareholders" is not "share", "l-sidebar" is a sidebar', () => {
    const body = (
      cls: string,
      inner: string,
    ) => `<!doctype html><html><head><title>Council expands the programme to every district</title></head><body><main><article><h1>Council expands the programme to every district</h1>
<div class="story-text"><p>${PROSE[0]}</p><p>${PROSE[1]}</p><div class="${cls}">${inner}</div><p>${PROSE[2]}</p><p>${PROSE[3]}</p></div></article></main></body></html>`;
    expect(postIds(body('shareholders-box', tweet('investor', '1212392185510924291')))).toEqual(['1212392185510924291']);
    expect(postIds(body('menuboard', tweet('cafe', '1212392185510924292')))).toEqual(['1212392185510924292']);
    expect(postIds(body('l-sidebar', tweet('rail', '1212392185510924293')))).toEqual([]);
  });

  const landing = (footerSection: string, realFooter: boolean) => `<!doctype html><html><head><title>Learn to build a web application</title></head><body>
<div class="content"><section class="intro"><h1>Learn to build a web application</h1><p>${PROSE[0]}</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></section>
<section class="faq"><p>${PROSE[3]}</p></section>
<div class="${footerSection}"><h2>What people say</h2>${tweet('student', '844335820580552706')}${tweet('learner', '805651028016148480')}</div></div>
${realFooter ? '<footer class="page-end"><p>© 2020 Example Courses</p></footer>' : ''}</body></html>`;

  it('a div classed "footer" is a section of the page when the page has a real <footer> (landing pages\' testimonials)', () => {
    expect(postIds(landing('footer clearfix', true), 'https://courses.example.com/')).toEqual(['844335820580552706', '805651028016148480']);
    expect(postIds(landing('footer', true), 'https://courses.example.com/')).toHaveLength(2);
  });

  it('without a real <footer>, or named "site-footer", the div is the page footer and its posts stay out', () => {
    expect(postIds(landing('footer clearfix', false), 'https://courses.example.com/')).toEqual([]);
    expect(postIds(landing('site-footer', true), 'https://courses.example.com/')).toEqual([]);
    expect(postIds(landing('footer newsletter', true), 'https://courses.example.com/')).toEqual([]);
    // A section classed "social" is no furniture: its testimonials count.
    expect(postIds(landing('social', false), 'https://courses.example.com/')).toHaveLength(2);
  });

  it('a related-stories box inside the text stays furniture even when Readability kept its one teaser paragraph', () => {
    const teaser = 'Read also: the council had already voted on a smaller version of the programme last year, after months of debate.';
    const html = `<!doctype html><html><head><title>Council expands the programme to every district</title></head><body><main><article><h1>Council expands the programme to every district</h1>
<div class="story-text"><p>${PROSE[0]}</p><p>${PROSE[1]}</p><div class="related-box"><p>${teaser}</p>${tweet('related', '1000000000000000021')}</div><p>${PROSE[2]}</p>${tweet('cityhall', '1212392185510924290')}<p>${PROSE[3]}</p></div></article></main></body></html>`;
    expect(postIds(html)).toEqual(['1212392185510924290']);
  });

  it('a "most read" teaser naming the page itself does not make its sidebar the article\'s', () => {
    const html = `<!doctype html><html><head><title>Council expands the programme to every district</title></head><body>
<div class="sidebar"><h2><a href="/city/council-expands-programme">Council expands the programme to every district</a></h2>${tweet('trending', '1000000000000000020')}</div>
<main><div class="story"><h2 class="story-title">Council expands the programme to every district</h2><div class="story-text"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${tweet('cityhall', '1212392185510924290')}<p>${PROSE[2]}</p><p>${PROSE[3]}</p></div></div></main></body></html>`;
    expect(postIds(html)).toEqual(['1212392185510924290']);
  });

  it("corpus: a landing page's testimonial tweets in div.footer (learnnode), product tweets in sections (parallels)", () => {
    const { doc, url } = corpusDoc('p144-learnnode-com');
    expect(analyze(doc, { url }).embeds).toHaveLength(26);
    const p = corpusDoc('p139-parallels-com');
    expect(analyze(p.doc, { url: p.url }).embeds).toHaveLength(3);
  });
});

describe('embed scope: pages streaming several stories', () => {
  const story = (id: string, title: string, posts: string, attr = 'id') =>
    `<section ${attr}="${id}" class="story-main"><article class="story"><h2 class="story-headline">${title}</h2><div class="story-body"><p>${PROSE[0]}</p>${posts}<p>${PROSE[1]}</p><p>${PROSE[2]}</p></div></article></section>`;
  const stream = (attr: string) => `<!doctype html><html><head><title>Council expands the programme to every district</title>
<link rel="canonical" href="https://news.example.com/briefs/887020/council-expands-programme"></head><body><main><div class="stories">
${story(attr === 'id' ? '887020' : 'brief-887020', 'Council expands the programme to every district', tweet('cityhall', '1212392185510924290') + tweet('mayor', '1212134143045320706'), attr)}
${story(attr === 'id' ? '887220' : 'brief-887220', 'Storm closes the harbour for a second day', tweet('harbour', '1212055805710786566'), attr)}
${story(attr === 'id' ? '887221' : 'brief-887221', 'Library reopens after repairs', tweet('library', '1211726423553118211'), attr)}
</div></main></body></html>`;

  it('keeps only the posts of the story whose element carries the id in the page address (The Week speed-reads, data-id streams)', () => {
    expect(postIds(stream('id'), 'https://news.example.com/briefs/887020/council-expands-programme')).toEqual(['1212392185510924290', '1212134143045320706']);
    expect(postIds(stream('data-id'), 'https://news.example.com/briefs/887020/council-expands-programme')).toEqual([
      '1212392185510924290',
      '1212134143045320706',
    ]);
  });

  it('infinite scroll with an <h1> per story: the story whose <h1> is the page title (Dagbladet-style next article)', () => {
    const html = `<!doctype html><html><head><title>Council expands the programme to every district</title></head><body>
<div class="feed"><article class="article-entity"><h1 class="headline">Council expands the programme to every district</h1><div class="body"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${tweet('cityhall', '1212392185510924290')}<p>${PROSE[2]}</p></div></article>
<article id="second-article" class="article-entity"><h1 class="headline">Storm closes the harbour for a second day</h1><div class="body"><p>${PROSE[3]}</p><p>${PROSE[1]}</p>${tweet('harbour', '1212055805710786566')}<p>${PROSE[0]}</p></div></article></div></body></html>`;
    expect(postIds(html)).toEqual(['1212392185510924290']);
  });

  it('a single story whose sections have <h2> heads keeps every post (look-alike of a stream)', () => {
    const html = `<!doctype html><html><head><title>Council expands the programme to every district</title></head><body><main><article>
<header><h2>Council expands the programme to every district</h2></header><div class="body"><p>${PROSE[0]}</p><h2>Reactions</h2><p>${PROSE[1]}</p>${tweet('cityhall', '1212392185510924290')}<h2>What comes next</h2><p>${PROSE[2]}</p>${tweet('mayor', '1212134143045320706')}<p>${PROSE[3]}</p></div></article></main></body></html>`;
    expect(postIds(html)).toEqual(['1212392185510924290', '1212134143045320706']);
  });

  it("corpus: The Week's speed-read stream gives the 4 tweets of its own story, not the other stories' 3", () => {
    const { doc, url } = corpusDoc('p122-theweek-com');
    expect(analyze(doc, { url }).embeds.map((e) => e.postId)).toEqual([
      '1212392185510924290',
      '1212134143045320706',
      '1212055805710786566',
      '1211726423553118211',
    ]);
  });
});
