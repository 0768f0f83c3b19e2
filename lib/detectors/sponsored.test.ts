import { describe, expect, it } from 'vitest';
import { articleHtml, corpusReport, pageOf } from '../../tests/helpers/pages';
import { detectSponsored } from './sponsored';

const withKicker = (kicker: string) =>
  `<!doctype html><html><head><title>T</title></head><body><main><header><div class="article__topline">${kicker}</div><h1>Ski boots for every tour</h1></header>${articleHtml('{{filler}}')}</main></body></html>`;

describe('sponsored content', () => {
  it.each(['- Advertorial Dalbello-', 'Sponsored', 'Paid content', 'Anzeige: Ein Angebot von Acme', 'Publireportage', 'Contenido patrocinado'])('finds the kicker %s', (kicker) => {
    expect(detectSponsored(pageOf(withKicker(kicker)))[0]?.status).toBe('sponsored');
  });

  it('ignores a menu link and an ad box', () => {
    const html = `<!doctype html><html><body><nav><ul><li><a class="menu-label" href="/sponsored">Sponsored Content</a></li></ul></nav>
      <article><h1>Council approves budget</h1><div class="sidebar-widget"><span class="label">Sponsored By:</span></div>${articleHtml('{{filler}}')}</article></body></html>`;
    expect(detectSponsored(pageOf(html))).toEqual([]);
    expect(detectSponsored(pageOf(withKicker('Sponsored Advert')))).toEqual([]);
    // A bare "Anzeige" above the headline is as often the label of an ad slot there.
    expect(detectSponsored(pageOf(withKicker('Anzeige')))).toEqual([]);
  });

  it.each(['This article is sponsored by Acme Insurance.', 'This content was produced on behalf of Acme Bank.', 'This is a paid post.'])(
    'finds the disclosure line %s',
    (line) => {
      expect(detectSponsored(pageOf(articleHtml(`{{filler}}<p>${line}</p>`)))[0]?.evidence.rule).toBe('paid-content disclosure');
    },
  );

  it('classifies the corpus advertorial and leaves ad-heavy news pages alone', () => {
    expect(corpusReport('p062-alpin-de').status).toBe('sponsored');
    expect(corpusReport('p112-breitbart-com').status).not.toBe('sponsored');
    expect(corpusReport('indiapost-pti-deportees').status).not.toBe('sponsored');
  });
});
