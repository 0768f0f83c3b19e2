import { describe, expect, it } from 'vitest';
import { articleHtml, corpusReport, pageOf } from '../../tests/helpers/pages';
import { detectSponsored } from './sponsored';

const withKicker = (kicker: string) =>
  `<!doctype html><html><head><title>T</title></head><body><main><header><div class="article__topline">${kicker}</div><h1>Ski boots for every tour</h1></header>${articleHtml('{{filler}}')}</main></body></html>`;

describe('sponsored content', () => {
  it.each(['- Advertorial Dalbello-', 'Sponsored', 'Paid content', 'Anzeige: Ein Angebot von Acme', 'Publireportage', 'Contenido patrocinado'])(
    'finds the kicker %s',
    (kicker) => {
      expect(detectSponsored(pageOf(withKicker(kicker)))[0]?.status).toBe('sponsored');
    },
  );

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

  it.each([
    'This article was produced in partnership with ProPublica, a nonprofit newsroom.',
    'This story was co-published with The Texas Tribune.',
    'Dieser Artikel entstand in Kooperation mit CORRECTIV.',
    'The festival, sponsored by the Ministry of Culture, opens on Friday.',
    'Sponsored by the Ministry of Health, the campaign reached 2 million people, officials said.',
    'The influencer’s posts were made in paid partnership with brands, the regulator found.',
    'This story was produced for PBS Frontline.',
  ])('does not read the editorial partnership or news sentence %s as paid content', (line) => {
    expect(detectSponsored(pageOf(articleHtml(`{{filler}}<p>${line}</p>`)))).toEqual([]);
  });

  it.each(['In Kooperation mit CORRECTIV', 'In partnership with ProPublica'])('does not read the partnership kicker %s as paid content', (kicker) => {
    expect(detectSponsored(pageOf(withKicker(kicker)))).toEqual([]);
  });

  it.each([
    'In paid partnership with Acme',
    'Brand Partner',
    'Advertiser content',
    'From our advertisers',
    'Bezahlte Kooperation',
    'In bezahlter Kooperation mit Acme',
  ])('finds the paid kicker %s', (kicker) => {
    expect(detectSponsored(pageOf(withKicker(kicker)))[0]?.status).toBe('sponsored');
  });

  it.each([
    'This article was produced in paid partnership with Acme Bank.',
    'This content was produced by our brand studio.',
    'This article was written by the Acme Brand Studio.',
    'This content was produced for Acme Insurance.',
    'This article was produced for and paid for by Acme Bank.',
    'This story was produced for our advertiser.',
    'Dieser Artikel entstand in bezahlter Kooperation mit der Acme AG.',
  ])('finds the paid disclosure %s', (line) => {
    const [s] = detectSponsored(pageOf(articleHtml(`{{filler}}<p>${line}</p>`)));
    expect(s?.evidence.rule).toBe('paid-content disclosure');
    expect(s?.evidence.text).toContain(line.slice(0, 25));
  });

  it('keeps the corpus paid-content pages', () => {
    for (const id of ['p062-alpin-de', 'selbermachen-advertorial-gewaechshaus', 'sponsored-partner']) expect(corpusReport(id).status, id).toBe('sponsored');
  });
});
