import { describe, expect, it } from 'vitest';
import { articleHtml, corpusReport, pageOf } from '../../tests/helpers/pages';
import { detectArticle } from './article-kind';

describe('article check', () => {
  it.each([
    ['cnn-homepage', 'a home page'],
    ['p137-github-com', 'github.com'],
    ['p139-parallels-com', 'non-news'],
    ['p145-twitter-com', 'twitter.com'],
    ['biancazapatka-recipe-automatisch-generiert', 'non-news'],
    ['p138-daringfireball-net', 'no article metadata'],
  ])('%s is not an article (%s)', (id, why) => {
    const report = corpusReport(id);
    expect(report.isArticle).toBe(false);
    expect(report.status).toBe('not-article');
    expect(report.statusEvidence.map((e) => e.rule).join(' ')).toContain(why);
  });

  it.each(['p090-publico-pt', 'p160-nikkei-com', 'seed-asianet-putin-li-qiang', 'p022-rnz-de'])('%s is an article', (id) => {
    expect(corpusReport(id).isArticle).toBe(true);
  });

  it.each(['https://news.example.com/politics/', 'https://news.example.com/tag/climate/', 'https://example.de/autor/max-muster', 'https://example.com/en/world/page/2'])(
    'takes %s for a listing',
    (url) => {
      expect(detectArticle(pageOf(articleHtml('{{filler}}'), url)).evidence[0]?.rule).toBe('a section, tag or author listing');
    },
  );

  it('keeps one-segment article slugs and listings that declare an article', () => {
    const head = '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-20T10:00:00Z">';
    expect(detectArticle(pageOf(articleHtml('{{filler}}', { head }), 'https://example.com/the-two-aussie-covid-measures')).isArticle).toBe(true);
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>';
    expect(detectArticle(pageOf(articleHtml('{{filler}}', { head: ld }), 'https://example.com/live/')).isArticle).toBe(true);
  });

  it('knows a saved front page by its og:url or canonical, even at another address', () => {
    const head = '<meta property="og:type" content="website"><meta property="og:url" content="https://uk.yahoo.com/">';
    expect(detectArticle(pageOf(articleHtml('{{filler}}', { head }), 'http://127.0.0.1:8080/pages/front.html')).evidence[0]?.rule).toBe('a home page');
    const article = '<meta property="og:type" content="article"><meta property="og:url" content="https://example.com/">';
    expect(detectArticle(pageOf(articleHtml('{{filler}}', { head: article }), 'https://example.com/2025/11/20/story')).isArticle).toBe(true);
  });

  it('needs more than a title on a bare page', () => {
    expect(detectArticle(pageOf('<html><body><h1>Hello</h1><p>Short.</p></body></html>')).isArticle).toBe(false);
    const page = pageOf(articleHtml('{{filler}}', { head: '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-20T10:00:00Z">' }));
    expect(detectArticle(page).isArticle).toBe(true);
  });
});
