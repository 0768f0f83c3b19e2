import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { keyHost, storyKey, storyLinks } from './link-index';

describe('storyKey', () => {
  it('gives one key for the ways one story is linked', () => {
    const key = 'apnews.com/article/fed-rates-4f1c';
    for (const href of [
      'https://apnews.com/article/fed-rates-4f1c',
      'http://www.apnews.com/article/fed-rates-4f1c/',
      'https://APNEWS.com:443/article/fed-rates-4f1c#comments',
      'https://apnews.com/article/fed-rates-4f1c?utm_source=twitter&utm_medium=social',
      'https://apnews.com/article/fed-rates-4f1c?fbclid=IwAR0x&gclid=abc',
    ])
      expect(storyKey(href), href).toBe(key);
  });

  it('keeps the parameters that choose the page', () => {
    expect(storyKey('https://example.com/story.php?id=12&utm_campaign=x&page=2')).toBe('example.com/story.php?id=12&page=2');
    expect(storyKey('https://example.com/story.php?id=12')).not.toBe(storyKey('https://example.com/story.php?id=13'));
  });

  it('resolves relative links and refuses what is not an http(s) story address', () => {
    expect(storyKey('/2014/07/24/world/index.html?hpt=hp_inthenews', 'http://edition.cnn.com/')).toBe('edition.cnn.com/2014/07/24/world/index.html');
    expect(storyKey('//uk.news.yahoo.com/a-story.html', 'https://uk.yahoo.com/')).toBe('uk.news.yahoo.com/a-story.html');
    for (const bad of ['javascript:void(0)', 'mailto:desk@example.com', 'data:text/html,x', '#top', '', 'https://example.com/', 'https://example.com'])
      expect(storyKey(bad, 'https://example.com/page'), bad).toBe(bad === '#top' ? 'example.com/page' : null);
    expect(storyKey('relative/path')).toBeNull();
  });

  it('names the host of a key', () => {
    expect(keyHost('edition.cnn.com/2014/07/24/world/index.html')).toBe('edition.cnn.com');
    expect(keyHost('example.com?id=2')).toBe('example.com');
  });
});

describe('storyLinks on a real home page', () => {
  const html = readFileSync(join(DEFAULT_CORPUS, 'pages', 'cnn-homepage.html'), 'utf8');
  const doc = parseDocument(html);
  const links = storyLinks(doc, 'http://edition.cnn.com/');

  it('finds the story links by key, several links to one story under one key', () => {
    const key = 'edition.cnn.com/2014/07/23/world/meast/mideast-crisis/index.html';
    expect(links.get(key)?.length).toBeGreaterThanOrEqual(1);
    expect(links.get(key)![0]!.getAttribute('href')).toContain('/2014/07/23/world/meast/mideast-crisis/index.html');
    const anchors = doc.querySelectorAll('a[href]').length;
    const found = [...links.values()].reduce((n, l) => n + l.length, 0);
    expect(found).toBeGreaterThan(200);
    expect(found).toBeLessThan(anchors); // javascript: links and the home page itself are left out
    for (const k of links.keys()) expect(k).not.toMatch(/[#]|hpt=|^https?:/);
  });
});

describe('storyLinks against storyKey', () => {
  it('keys every link of every corpus page as storyKey does, whatever the base', () => {
    let links = 0;
    const wrong: string[] = [];
    for (const label of readLabels(DEFAULT_CORPUS)) {
      const doc = parseDocument(readPage(DEFAULT_CORPUS, label));
      const own = label.url?.startsWith('//') ? `https:${label.url}` : label.url;
      // The page's own address, and bases whose origin the fast path for root-relative links must not take as it is.
      for (const base of [
        own,
        'https://WWW.Example.COM:443/a/b?c=1#d',
        'http://user:pw@www.example.com/',
        'http://example.com?q/x',
        'file:///tmp/page.html',
        null,
      ]) {
        const found = new Map<Element, string>();
        for (const [key, anchors] of storyLinks(doc, base ?? null)) for (const a of anchors) found.set(a, key);
        const self = base ? storyKey(base) : null;
        for (const a of doc.querySelectorAll('a[href]')) {
          const raw = a.getAttribute('href')!;
          links++;
          const key = raw.startsWith('#') ? null : storyKey(raw, base ?? null);
          const expected = key && key !== self ? key : undefined;
          if (found.get(a) !== expected) wrong.push(`${label.id} ${base}: ${raw} → ${found.get(a)}, storyKey ${expected}`);
        }
      }
    }
    expect(links).toBeGreaterThan(50_000);
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 120_000);
});
