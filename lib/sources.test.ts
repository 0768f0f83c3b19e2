import { describe, expect, it } from 'vitest';
import { articleHtml, corpusReport, reportOf } from '../tests/helpers/pages';

describe('original sources', () => {
  it('lists the agency and the post on the founding example', () => {
    const sources = corpusReport('seed-asianet-putin-li-qiang').originalSources;
    expect(sources).toContainEqual({ kind: 'agency', label: 'Asian News International', url: 'https://www.aninews.in' });
    // The post is known from its plain-text attribution only: the t.co link its text shared is not the post.
    expect(sources.filter((s) => s.kind === 'post')).toEqual([]);
  });

  it("links a post by the post's own address", () => {
    const html = articleHtml(
      '{{filler}}<blockquote class="twitter-tweet"><p>Words</p><a href="https://twitter.com/someone/status/1511642234562752512">May 1</a></blockquote>',
    );
    const sources = reportOf(html, 'https://news.example.com/a').originalSources.filter((s) => s.kind === 'post');
    expect(sources.map((s) => s.url)).toEqual(['https://x.com/someone/status/1511642234562752512']);
  });

  it('names no account for a placeholder handle ("twitter.com/X/status/…", "/i/status/…")', () => {
    for (const who of ['X', 'i']) {
      const html = articleHtml(
        `{{filler}}<blockquote class="twitter-tweet"><p>Words</p><a href="https://twitter.com/${who}/status/1511642234562752512">May 1</a></blockquote>`,
      );
      const [post] = reportOf(html, 'https://news.example.com/a').embeds;
      expect(post?.postId).toBe('1511642234562752512');
      expect(post?.handle).toBeNull();
    }
  });

  it('links the original publisher named in a republication note', () => {
    expect(corpusReport('p055-salon-com').originalSources).toEqual([
      { kind: 'publisher', label: 'Grist', url: 'https://grist.org/energy/despite-everything-us-emissions-dipped-in-2019/' },
    ]);
  });

  it('lists a canonical copy on another site, and only http(s) links', () => {
    const html = articleHtml('{{filler}}<p>This post originally appeared on <a href="javascript:alert(1)">Evil</a>.</p>', {
      head: '<link rel="canonical" href="https://time.com/4603308/story/">',
    });
    const sources = reportOf(html, 'https://fortune.com/4603308/story/').originalSources;
    expect(sources).toContainEqual({ kind: 'publisher', label: 'Evil', url: null });
    expect(sources).toContainEqual({ kind: 'canonical', label: 'time.com', url: 'https://time.com/4603308/story/' });
  });
});
