import { describe, expect, it } from 'vitest';
import { REPUBLICATION_TEMPLATES } from '../rules/republication';
import { articleHtml, corpusReport, pageOf, reportOf } from '../../tests/helpers/pages';
import { detectRepublication } from './republication';

const first = (body: string, url: string | null = null, head = '') => detectRepublication(pageOf(articleHtml(body, { head }), url))[0];

describe('republication', () => {
  it('every template matches its examples', () => {
    for (const t of REPUBLICATION_TEMPLATES) for (const e of t.examples) expect(t.pattern.test(e), `${t.id}: ${e}`).toBe(true);
  });

  it.each([
    ['This post originally appeared on Grist.', 'Grist'],
    ['This article originally appeared on VICE US.', 'VICE US'],
    ['This article originally appeared on Time.com.', 'Time.com'],
    ['This article was originally published on coolimba and has been republished here with permission.', 'coolimba'],
    ['Originally published at www.courtneykirchoff.com on November 18, 2011.', 'www.courtneykirchoff.com'],
    ['This article is republished from The Conversation under a Creative Commons license.', 'The Conversation'],
    ['This story was originally published by The Texas Tribune.', 'The Texas Tribune'],
    ['A version of this story first appeared in The Guardian.', 'The Guardian'],
    ['Dieser Artikel erschien zuerst bei netzpolitik.org.', 'netzpolitik.org'],
    ['Zuerst erschienen bei Übermedien.', 'Übermedien'],
    ['Cet article a été initialement publié sur The Conversation.', 'The Conversation'],
    ['Este artículo fue publicado originalmente en The Conversation.', 'The Conversation'],
    ['Este artigo foi publicado originalmente no The Conversation.', 'The Conversation'],
    ['Questo articolo è stato pubblicato originariamente su The Conversation.', 'The Conversation'],
  ])('reads the original publisher from %s', (line, from) => {
    expect(first(`{{filler}}<p><em>${line}</em></p>`)?.originalPublisher).toBe(from);
  });

  it('finds a news-service partner dateline and byline, but not on the partner’s own site', () => {
    const body = '<p>By Kate Sullivan, CNN</p><p>(CNN) — Joe Biden said Thursday he believes the election will go ahead.</p>{{filler}}';
    expect(first(body, 'https://www.mercurynews.com/story')?.originalPublisher).toBe('CNN');
    expect(first(body, 'https://edition.cnn.com/2020/04/24/politics/story')).toBeUndefined();
  });

  it('finds "X via AGENCY" datelines', () => {
    expect(first('<p>KVELLER via JTA — The state of Washington has sworn in its first justice.</p>{{filler}}')?.originalPublisher).toBe('KVELLER');
  });

  it.each([
    'This article was originally published at 2:05 p.m.',
    'Boing Boing is published under a Creative Commons license except where otherwise noted.',
    'CNN’s Jason Carroll and Greg Botelho contributed to this report.',
    'The treaty was originally signed in 1996 and ratified in 2000.',
  ])('ignores %s', (line) => {
    expect(first(`{{filler}}<p>${line}</p>`, 'https://edition.cnn.com/2013/11/27/travel/story')).toBeUndefined();
  });

  it('takes a canonical URL on another site as a weak hint only', () => {
    const signal = first('{{filler}}', 'https://fortune.com/4603308/story', '<link rel="canonical" href="https://time.com/4603308/story">');
    expect(signal?.evidence.where).toBe('canonical');
    expect(signal!.strength).toBeLessThan(0.7);
  });

  it('reads the page’s own site from og:url when the page has no URL', () => {
    const head = '<meta property="og:url" content="https://fortune.com/4603308/story"><link rel="canonical" href="https://time.com/4603308/story">';
    expect(first('{{filler}}', null, head)?.evidence.where).toBe('canonical');
    expect(first('{{filler}}', null, '<link rel="canonical" href="https://time.com/4603308/story">')).toBeUndefined();
  });

  it.each([
    ['p055-salon-com', 'Grist'],
    ['p050-mercurynews-com', 'CNN'],
    ['p052-inquirer-com', 'The Washington Post'],
    ['p150-xinhuanet-com', '半月谈'],
    ['timesofisrael-kveller-jta-tweets', 'KVELLER'],
  ])('classifies corpus page %s as republished from %s', (id, from) => {
    const report = corpusReport(id);
    expect(report.status).toBe('republished');
    expect(report.republishedFrom).toBe(from);
  });
});

describe('republication first test', () => {
  it('lets every template example through', async () => {
    const { REPUBLICATION_HINT } = await import('../rules/republication');
    for (const t of REPUBLICATION_TEMPLATES) for (const e of t.examples) expect(REPUBLICATION_HINT.test(e), e).toBe(true);
  });

  it("holds each template's words in every text the template matches", () => {
    // Every example of every template, against every template: a hint may never hide a match.
    const texts = REPUBLICATION_TEMPLATES.flatMap((t) => t.examples);
    let matched = 0;
    for (const t of REPUBLICATION_TEMPLATES)
      for (const e of texts) {
        if (!t.pattern.test(e)) continue;
        matched++;
        expect(t.hint.test(e), `${t.id} hint: ${e}`).toBe(true);
      }
    expect(matched).toBeGreaterThanOrEqual(texts.length);
  });
});

describe('co-publication and editorial partnership notes', () => {
  const ownSite = '<meta property="og:site_name" content="Grist">';
  it.each([
    // ProPublica / The Texas Tribune, The Marshall Project, Grist, Inside Climate News, CORRECTIV, Übermedien,
    // Mediapart, The Conversation France, Agenda Propia, CONNECTAS, Agência Pública.
    ['This story was co-published with The Texas Tribune.', 'The Texas Tribune'],
    ['This article was produced in partnership with ProPublica, a nonprofit newsroom that investigates abuses of power.', 'ProPublica'],
    ['This story was published in collaboration with the Marshall Project.', 'the Marshall Project'],
    ['This investigation is being co-published with the Guardian.', 'the Guardian'],
    ['This story is a collaboration between Grist and Mother Jones.', 'Mother Jones'],
    ['This article is part of a reporting partnership with CalMatters.', 'CalMatters'],
    ['Published in partnership with Inside Climate News.', 'Inside Climate News'],
    ['Dieser Artikel entstand in Kooperation mit CORRECTIV.', 'CORRECTIV'],
    ['Diese Recherche ist in Zusammenarbeit mit dem Bayerischen Rundfunk entstanden.', 'Bayerischen Rundfunk'],
    ['Dieser Text ist zuerst bei Übermedien erschienen.', 'Übermedien'],
    ['Cet article est publié en partenariat avec Mediapart.', 'Mediapart'],
    ['Cet article est republié à partir de The Conversation sous licence Creative Commons.', 'The Conversation'],
    ["Cet article a d'abord été publié sur Reporterre.", 'Reporterre'],
    ['Publicado originalmente en Agenda Propia.', 'Agenda Propia'],
    ['Este reportaje fue realizado en alianza con CONNECTAS.', 'CONNECTAS'],
    ['Esta investigación se publica en colaboración con El Faro.', 'El Faro'],
    ['Esta reportagem foi produzida em parceria com a Agência Pública.', 'Agência Pública'],
    ['Questo articolo è stato pubblicato in collaborazione con IrpiMedia.', 'IrpiMedia'],
    ['Dit artikel verscheen eerder bij Follow the Money.', 'Follow the Money'],
    ['Dit artikel is tot stand gekomen in samenwerking met Investico.', 'Investico'],
  ])('reads %s as republished from %s', (line, from) => {
    const signal = first(`{{filler}}<p><em>${line}</em></p>`, null, ownSite);
    expect(signal?.status).toBe('republished');
    expect(signal?.originalPublisher).toBe(from);
    expect(signal?.evidence.text).toContain(line.slice(0, 30));
  });

  it.each([
    'In partnership with the city council, the school opened a new library last month.',
    'The project was developed in partnership with the city council and opens in May.',
    'The report was produced in partnership with the World Bank and published on Monday.',
    'This story was produced in partnership with the Pulitzer Center’s Rainforest Journalism Fund.',
    'This story was published with support from the Knight Foundation.',
    'Die neue Schule entstand in Kooperation mit der Stadt Köln.',
    'En colaboración con el ayuntamiento, la escuela abrió una biblioteca.',
    'First Published on Apr 8, 2020 04:25 pm',
    'Il progetto è stato realizzato in collaborazione con il Comune di Milano.',
    'Der Bericht wurde in Zusammenarbeit mit der WHO erstellt und am Montag vorgestellt.',
    'La investigación fue realizada en colaboración con la Universidad de Chile.',
    'Le rapport a été publié en partenariat avec l’OCDE.',
    'Het onderzoek werd in samenwerking met de gemeente uitgevoerd, zegt de wethouder.',
    'Republishing guidelines',
    'Produced with support from Acme Corp',
    'Published with the help of our readers.',
    'Syndication & Licensing',
  ])('ignores %s', (line) => {
    expect(first(`{{filler}}<p>${line}</p>`)).toBeUndefined();
  });

  it('reads the note as a kicker above the headline', () => {
    const html = `<!doctype html><html lang="en"><head><title>T</title></head><body><main><header><div class="article__topline">In partnership with ProPublica</div><h1>Ski boots</h1></header>${articleHtml('{{filler}}')}</main></body></html>`;
    expect(detectRepublication(pageOf(html))[0]?.originalPublisher).toBe('ProPublica');
  });

  it('does not take the publisher itself for the partner', () => {
    expect(first('{{filler}}<p>This story was co-published with Grist.</p>', null, ownSite)).toBeUndefined();
  });
});

describe('partner blocks', () => {
  const header = (block: string, footer = '') =>
    `<!doctype html><html lang="en"><head><title>What it is like</title><meta property="og:site_name" content="The Intercept"></head><body>
     <article><header><h1>What it is like</h1><div class="byline">By A. Writer</div>${block}</header>
     ${articleHtml('{{filler}}')
       .replace(/^[\s\S]*<article><h1>[^<]*<\/h1>/, '')
       .replace(/<\/article>[\s\S]*$/, '')}</article>${footer}</body></html>`;
  const url = 'https://theintercept.com/2023/11/08/story/';
  const detect = (html: string) => detectRepublication(pageOf(html, url));

  it('reads a label and a logo linking to another site (The Intercept / +972 Magazine)', () => {
    const [s] = detect(header('<div><a href="https://www.972mag.com/"><p>In partnership with</p><div><img src="/972.png" alt=""></div></a></div>'));
    expect(s?.status).toBe('republished');
    expect(s!.strength).toBeGreaterThanOrEqual(0.85);
    expect(s?.originalPublisher).toBe('972mag.com');
    expect(s?.evidence.text).toContain('In partnership with');
  });

  it.each([
    [
      '<div class="partner"><span>Published in partnership with</span> <a href="https://insideclimatenews.org/"><img src="/icn.svg" alt="Inside Climate News"></a></div>',
      'Inside Climate News',
    ],
    ['<p class="copub">Co-published with <a href="https://www.texastribune.org/">The Texas Tribune</a></p>', 'The Texas Tribune'],
    ['<div><p>In Kooperation mit</p><a href="https://correctiv.org/"><img src="/correctiv.png" alt="CORRECTIV"></a></div>', 'CORRECTIV'],
    ['<div><span>En partenariat avec</span><a href="https://disclose.ngo/" title="Disclose"><img src="/d.svg" alt=""></a></div>', 'Disclose'],
  ])('reads the partner block %s', (block, from) => {
    expect(detect(header(block))[0]?.originalPublisher).toBe(from);
  });

  it('leaves a paid partnership to the sponsored verdict', () => {
    const html = header(
      '<div class="article__topline">Paid Content</div><div><a href="https://www.acme.example/"><p>In partnership with</p><img src="/acme.png" alt="Acme"></a></div>',
    );
    expect(reportOf(html, url).status).toBe('sponsored');
  });

  it.each([
    // a footer of partner logos
    ['', '<footer><p>Our partners</p><a href="https://a.example/"><img src="/a.png"></a><a href="https://b.example/"><img src="/b.png"></a></footer>'],
    // "In partnership with" over a strip of several sites
    ['<div><p>In partnership with</p><a href="https://a.example/"><img src="/a.png"></a><a href="https://b.example/"><img src="/b.png"></a></div>', ''],
    // a citation link in a sentence
    ['<p>In partnership with <a href="https://www.theguardian.com/x">the Guardian</a>, researchers found that the river had dried up twice.</p>', ''],
    // a funder's logo
    ['<div><p>Produced with support from</p><a href="https://acme.example/"><img src="/acme.png" alt="Acme"></a></div>', ''],
    // a link to the site itself
    ['<div><p>In partnership with</p><a href="https://theintercept.com/series/"><img src="/x.png"></a></div>', ''],
    // the same block in the footer
    ['', '<footer><div><p>In partnership with</p><a href="https://www.972mag.com/"><img src="/972.png"></a></div></footer>'],
  ])('ignores look-alike %#', (block, footer) => {
    expect(detect(header(block, footer))).toEqual([]);
  });
});

describe('an outlet in the source slot that is the canonical URL’s site', () => {
  const slotPage = (slot: string, head: string) =>
    `<!doctype html><html lang="en"><head><title>Megablaze under control</title>${head}</head><body>
     <div class="single"><h2>Megablaze under control</h2><p>${slot}</p><div class="text">${articleHtml('{{filler}}')
       .replace(/^[\s\S]*<h1>[^<]*<\/h1>/, '')
       .replace(/<\/article>[\s\S]*$/, '')}</div></div></body></html>`;
  const canonical = (href: string) => `<link rel="canonical" href="${href}">`;
  const site = (name: string) => `<meta property="og:site_name" content="${name}"><meta property="og:title" content="Megablaze under control">`;

  it.each([
    ['News24<br>13 Jan 2020, 22:11 GMT+10', 'https://www.news24.com/World/News/megablaze-20200113', 'Asia Pacific Star', null, 'News24'],
    [
      'The Star<br>Jan 13, 2020',
      'https://www.thestar.com.my/news/world/2020/01/13/megablaze',
      'Europe Sun',
      'https://www.europesun.com/news/2020/01/13/megablaze',
      'The Star',
    ],
    ['Independent Online <br> 2020-01-13 08:00', 'https://www.iol.co.za/news/megablaze', 'Big News Network', null, null],
  ])('reads the slot %s', (slot, href, name, url, from) => {
    const signals = detectRepublication(pageOf(slotPage(slot, canonical(href) + site(name)), url));
    const s = signals.find((x) => x.evidence.ruleId === 'source-slot-canonical');
    if (from === null) return expect(s).toBeUndefined(); // "Independent Online" is not "iol": names must match the site exactly
    expect(s?.status).toBe('republished');
    expect(s!.strength).toBeGreaterThanOrEqual(0.85);
    expect(s?.originalPublisher).toBe(from);
    expect(s?.evidence.text).toContain(href);
  });

  it('reads a source line naming the canonical’s outlet', () => {
    const html = slotPage('13 Jan 2020', canonical('https://www.news24.com/World/News/megablaze') + site('Asia Pacific Star')).replace(
      '<div class="text">',
      '<div class="text"><p class="article-source">Source: News24</p>',
    );
    const s = detectRepublication(pageOf(html, null)).find((x) => x.evidence.ruleId === 'source-slot-canonical');
    expect(s?.originalPublisher).toBe('News24');
    expect(s?.evidence.text).toContain('Source: News24');
  });

  it('reads a byline naming the canonical’s outlet on a page that stands elsewhere', () => {
    const html = slotPage('13 Jan 2020', canonical('http://theaviationist.com/2014/12/29/su-24/') + site('Business Insider')).replace(
      '<div class="text">',
      '<div class="text"><p class="byline">David Cenciotti, The Aviationist</p>',
    );
    const bySlot = (url: string | null) => detectRepublication(pageOf(html, url)).find((x) => x.evidence.ruleId === 'source-slot-canonical');
    expect(bySlot('https://www.businessinsider.com/su-24-2014-12')?.originalPublisher).toBe('The Aviationist');
    // On the outlet's own address the byline may name its paper whatever the site calls itself.
    expect(bySlot(null)).toBeUndefined();
  });

  it.each([
    // the outlet's own page: its site name is the slot's outlet
    ['News24<br>13 Jan 2020', canonical('https://www.news24.com/x') + site('News24')],
    // no name of its own, and no URL: nothing says the page is anyone else's
    ['News24<br>13 Jan 2020', canonical('https://www.news24.com/x')],
    // a brand that is not its host: "Birmingham Live" on birminghammail.co.uk, logo text in the slot
    ['birminghammail<br>Bookmark Share', canonical('https://www.birminghammail.co.uk/x') + site('Birmingham Live')],
    // Folha on uol.com.br, byline "UOL"
    ['UOL<br>2018-12-13', canonical('https://www1.folha.uol.com.br/esporte/x.shtml') + site('Folha de S.Paulo')],
    // a person in the slot
    ['Jane Doe<br>13 Jan 2020', canonical('https://www.news24.com/x') + site('Asia Pacific Star')],
  ])('ignores the slot %s', (slot, head) => {
    expect(detectRepublication(pageOf(slotPage(slot, head), null)).filter((x) => x.evidence.ruleId === 'source-slot-canonical')).toEqual([]);
  });
});

describe('corpus pages of family K', () => {
  it.each([
    ['asiapacificstar-news24-ani-teasers', 'News24'],
    ['p067-theintercept-com', '972mag.com'],
  ])('%s is republished from %s', (id, from) => {
    const report = corpusReport(id);
    expect(report.status).toBe('republished');
    expect(report.republishedFrom).toBe(from);
  });

  it.each(['birminghammail-walsall-syndication-footer', 'p089-folha-uol-com-br', 'p132-sudinfo-be'])('staff page %s stays staff', (id) => {
    expect(corpusReport(id).status).toBe('staff');
  });
});
