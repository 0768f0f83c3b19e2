// The content script's first look must let every labelled article through to the engine (a miss
// here would hide a badge), and keep bare app shells out.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { looksLikeArticle } from './first-look';

describe('first look', () => {
  // It parses every labelled page (about 20 s on a busy 2-core machine): room beyond the default.
  it('passes every article of the corpus', { timeout: 120_000 }, () => {
    const missed = readLabels(DEFAULT_CORPUS)
      .filter((l) => l.isArticle)
      .filter((l) => !looksLikeArticle(parseDocument(readPage(DEFAULT_CORPUS, l))))
      .map((l) => l.id);
    expect(missed).toEqual([]);
  });

  it('skips a web app shell and a short listing', () => {
    expect(looksLikeArticle(parseDocument('<html><body><div id="app"></div><script src="/app.js"></script></body></html>'))).toBe(false);
    const teasers = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('');
    expect(looksLikeArticle(parseDocument(`<html><body><h1>News</h1><ul>${teasers}</ul></body></html>`))).toBe(false);
  });

  it('passes a short Chinese story that Readability alone would skip', () => {
    const p = '新华社北京电 国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，稳中有进，就业形势保持稳定。';
    const html = `<html><body>${Array.from({ length: 6 }, () => `<p>${p}</p>`).join('')}</body></html>`;
    expect(looksLikeArticle(parseDocument(html))).toBe(true);
  });
});
