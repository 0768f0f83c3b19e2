// The story's own element, and credits judged by where they stand (MISSES.md families A, B, C, E, G, H).
// Each family: the shapes seen on real pages (publishers named in the comments), a variant not in
// the corpus, and a look-alike that must not credit the story.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { analyze, buildPage } from '../analyze';
import type { AgencyCredit } from '../report';
import { extractArticle } from './article';
import { classWordTest, scanDom } from './scan';
import { findStory, placeIn } from './story';
import { TEASER_WORDS } from '../rules/vocabulary';

const PROSE = [
  'The measure passed after a long debate in which lawmakers from both parties raised concerns about the cost of the programme and its effect on local budgets over the coming decade.',
  'Officials said the first payments would reach households within weeks, although several details of how the money would be distributed were still being worked out by the ministry.',
  'Critics argued the plan did too little for rural areas, where many families still lack reliable access to the services that the new spending is meant to support in the long run.',
  'The opposition said it would challenge parts of the law in court, arguing that the government had not consulted the regions before drawing up the list of projects to be funded.',
];
const BODY = PROSE.map((p) => `<p>${p}</p>`).join('');
const URL = 'https://news.example.com/2024/05/12/council-passes-budget.html';

function page(body: string, { bodyClass = '', head = '' } = {}): string {
  return `<!doctype html><html lang="en"><head><title>Council passes the budget | Example News</title><meta property="og:title" content="Council passes the budget">${head}</head><body class="${bodyClass}">${body}</body></html>`;
}

function report(html: string, url = URL) {
  return analyze(parseDocument(html), { url });
}

function text(html: string): Record<string, string> {
  return Object.fromEntries(
    report(html)
      .agencies.filter((a) => a.contribution !== 'photo')
      .map((a) => [a.id, a.contribution]),
  );
}

function photo(html: string): string[] {
  return report(html)
    .agencies.filter((a: AgencyCredit) => a.contribution === 'photo')
    .map((a) => a.id);
}

describe('the story element', () => {
  it('maps Readability’s content back to the original body, under the headline', () => {
    const doc = parseDocument(
      page(
        `<header class="site">Example News</header><main><article class="story"><h1>Council passes the budget</h1><div class="byline">By Jane Roe</div><div class="story-body">${BODY}</div></article><aside class="rail"><h2><a href="/other">Another story on the same day</a></h2></aside></main>`,
      ),
    );
    const p = buildPage(doc, URL, [], extractArticle(doc));
    const story = p.story!;
    expect(story.body.textContent).toContain(PROSE[3]);
    expect(story.root.getAttribute('class')).toBe('story');
    expect(story.headline?.textContent).toBe('Council passes the budget');
    expect(placeIn(doc.querySelector('.byline')!, story)).not.toBe('outside');
    expect(['outside', 'trailer']).toContain(placeIn(doc.querySelector('.rail')!, story));
    expect(placeIn(doc.querySelector('header.site')!, story)).toBe('outside');
  });

  it('is absent when the page changed between the scan and Readability’s clone', () => {
    const doc = parseDocument(page(`<article><h1>Council passes the budget</h1><div class="body">${BODY}</div></article>`));
    const scan = scanDom(doc);
    const intro = doc.createElement('div');
    intro.innerHTML = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>';
    doc.body!.insertBefore(intro, doc.body!.firstChild);
    expect(findStory(scanDom(doc), extractArticle(doc), [])).not.toBeNull();
    expect(findStory(scan, extractArticle(doc), [])).toBeNull();
  });

  it('is absent when Readability found no article, and the page is read as before', () => {
    const doc = parseDocument(page(`<div>${BODY}</div>`));
    expect(findStory(scanDom(doc), null, [])).toBeNull();
  });
});

describe('class words are whole tokens, never from <body> or a wrapper holding the story (family B)', () => {
  const isTeaser = classWordTest(TEASER_WORDS);
  it.each(['sidebar', 'c-sidebar', 'related-posts', 'relatedArticles'.toLowerCase(), 'jp-relatedposts', 'newsticker', 'most-read', 'teaser teaser--small'])(
    '%s is a teaser class',
    (cls) => {
      expect(isTeaser(cls)).toBe(true);
    },
  );
  it.each(['no-sidebars', 'has-sidebar', 'elementor-widget-container', 'panelmenu', 'article-body'])('%s is not', (cls) => {
    expect(isTeaser(cls)).toBe(false);
  });

  // Drupal 7 "no-sidebars", WordPress "single right-sidebar", Genesis "content-sidebar-wrap",
  // off-canvas wrappers (mmenu "mm-page mm-slideout", slideout.js "slideout-panel", Pushy
  // "pushy-container"), share wrappers around the body.
  it.each([
    ['html not-front no-sidebars page-node', ''],
    ['single right-sidebar', ''],
    ['', 'content-sidebar-wrap'],
    ['', 'mm-page mm-slideout menu-wrap'],
    ['', 'slideout-panel sidebar-menu-open'],
    ['', 'pushy-container related-wrap'],
    ['', 'article-body-share-wrapper'],
  ])('body class "%s", wrapper "%s": the byline still counts', (bodyClass, wrapper) => {
    const html = page(
      `<div class="${wrapper}"><article><h1>Council passes the budget</h1><div class="byline">By Associated Press</div><div class="text">${BODY}</div></article></div>`,
      { bodyClass },
    );
    expect(text(html)).toEqual({ ap: 'copy' });
  });

  it('look-alike: a real sidebar beside the story, with an agency byline on its teaser, credits nothing', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="byline">By Jane Roe</div><div class="text">${BODY}</div></article><div class="sidebar"><div class="byline">By Reuters</div><h3><a href="/x">Markets slide</a></h3></div>`,
    );
    expect(text(html)).toEqual({});
  });
});

describe('other stories on the page never credit it (family H)', () => {
  it('a ticker box beside the story with "Zdroj: ČTK" items', () => {
    const ticker = `<div class="timeline-box"><h2>Právě se děje</h2>${['Praha postaví podél Radlické ulice byty', 'Vláda schválila rozpočet na příští rok'].map((t) => `<div class="item"><h3><a href="/clanek/${t.length}">${t}</a></h3><span class="item-author">Zdroj: ČTK</span></div>`).join('')}</div>`;
    const html = page(
      `<div class="page"><h1>Council passes the budget</h1><div class="wrapper"><div class="article"><div class="byline">Aleš Vávra</div>${BODY}</div></div><div class="wrapper wrapper--reverse">${ticker}${'<p>Další zprávy z domova a ze světa, které právě teď čtou ostatní čtenáři našeho webu.</p>'.repeat(20)}</div></div>`,
    );
    expect(text(html)).toEqual({});
  });

  it('a "more stories" rail inside the story container whose cards carry an agency author', () => {
    const rail = ['Rates held as inflation cools down', 'Storm closes schools across the state']
      .map((t, i) => `<div class="card"><h3><a href="/2024/05/1${i}/other-${i}.html">${t}</a></h3><span class="author">AFP</span></div>`)
      .join('');
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="byline">By Jane Roe</div><div class="body">${BODY}</div><div class="more">${rail}</div></article>`,
    );
    expect(text(html)).toEqual({});
  });

  it('a promo box with a "Source: AP" line in another story’s card', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="byline">By Jane Roe</div><div class="body">${BODY}</div><div class="box"><h4><a href="https://news.example.com/2024/05/11/other.html">Why the vote on the new budget matters</a></h4><p class="source">Source: AP</p></div></article>`,
    );
    expect(text(html)).toEqual({});
  });

  it('variant: the story’s own "Source: AP" line under its headline still counts', () => {
    const html = page(`<article><h1>Council passes the budget</h1><p class="source">Source: AP</p><div class="body">${BODY}</div></article>`);
    expect(text(html)).toEqual({ ap: 'copy' });
  });
});

describe('photo or text by position, not by class (family C)', () => {
  it('an "image author" credit right under the lead picture is a photo credit; the byline below is the author', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="lead"><div class="pic"><img src="/a.jpg" alt=""></div><div class="image-author">AFP/ John MacDougall</div></div><div class="byline">By Jane Roe</div><div class="body">${BODY}</div></article>`,
    );
    expect(text(html)).toEqual({});
    expect(photo(html)).toEqual(['afp']);
  });

  it.each([
    ['KYODO', 'kyodo'],
    ['REUTERS', 'reuters'],
    ['BLOOMBERG', 'bloomberg'],
  ])('a "credit" class under the headline with no picture beside it is a byline: %s', (credit, id) => {
    const html = page(`<article><h1>Council passes the budget</h1><p class="credit">${credit}</p><div class="body">${BODY}</div></article>`);
    expect(text(html)).toEqual({ [id]: 'copy' });
  });

  it('the same word as a figure’s credit elsewhere does not veto the byline', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><p class="credit">REUTERS</p><figure><img src="/b.jpg" alt=""><figcaption class="credit">REUTERS</figcaption></figure><div class="body">${BODY}</div></article>`,
    );
    expect(text(html)).toEqual({ reuters: 'copy' });
  });

  it('look-alike: a "copyright" credit inside a figure stays a photo credit', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="byline">By Jane Roe</div><figure><img src="/b.jpg" alt=""><span class="story-image-copyright">Reuters</span></figure><div class="body">${BODY}</div></article>`,
    );
    expect(text(html)).toEqual({});
    expect(photo(html)).toEqual(['reuters']);
  });
});

describe('agency logos in the byline slot (family C)', () => {
  it.each([
    ['alt text', '<img src="/logos/x1.png" alt="Reuters">', 'reuters'],
    [
      'an empty alt, the file name',
      '<img src="https://bn.example.com/1x1.gif" data-src="https://img.example.com/c/agencias/ultnot/afp.gif" alt="" class="img-agency">',
      'afp',
    ],
    ['a link to the agency’s site', '<a href="https://www.efe.com/"><img src="/i/partner-7.png" alt=""></a>', 'efe'],
    ['a wire icon in the byline row', '<span class="wire"><img width="18" height="18" src="/images/v/ap_wire.png" alt="AP"></span>', 'ap'],
  ])('%s', (_, logo, id) => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="author has-image">${logo}<p class="time">14/03/2020 16h15</p></div><div class="body">${BODY}</div></article>`,
    );
    expect(text(html)).toEqual({ [id]: 'copy' });
  });

  it.each([
    ['an RSS icon', '<a href="/feed"><img src="/icons/rss.png" alt=""></a>'],
    ['the publisher’s own logo', '<img src="/logo/example-news.svg" alt="Example News">'],
    ['the lead picture in a figure', '<figure><img src="/photo.jpg" alt="Reuters"></figure>'],
  ])('look-alike: %s credits nothing', (_, logo) => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="author">${logo}<span>By Jane Roe</span></div><div class="body">${BODY}</div></article>`,
    );
    expect(text(html)).toEqual({});
  });
});

describe('the last lines run from the last long paragraph to the end (family E)', () => {
  const links = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Other story number ${i + 1}</a></li>`).join('')}</ul>`;

  it.each([
    ['(dpa)', 'Lesen Sie auch:', 'dpa'],
    ['(ANSA).', 'Leggi anche', 'ansa'],
    ['(With inputs from PTI)', 'Also Read:', 'pti'],
  ])('"%s" followed by "%s" and a link list', (signOff, label, id) => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="body">${BODY}<p>The council will meet again next month to vote on the rest of the plan. ${signOff}</p><p>${label}</p>${links(8)}</div></article>`,
    );
    expect(Object.keys(text(html))).toContain(id);
  });

  it('an AP contributor line followed by short promo lines', () => {
    const promos = [
      'Follow AP’s coverage of the budget at https://apnews.com/hub/budget',
      'Sign up for our newsletter.',
      'Share this story.',
      'Comments are closed.',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="body">${BODY}<p>___</p><p>Associated Press writer Jane Doe in Montgomery contributed to this report.</p>${promos}</div></article>`,
    );
    expect(text(html)).toEqual({ ap: 'inputs' });
  });

  it('a sign-off survives twelve short trailing blocks (it was lost at eight)', () => {
    const chrome = Array.from({ length: 12 }, (_, i) => `<p>Weitere Meldung ${i + 1}</p>`).join('');
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="body">${BODY}<p>Die Abstimmung im Rat ist für den nächsten Monat geplant, teilte die Stadt mit. (dpa)</p>${chrome}</div></article>`,
    );
    expect(text(html)).toEqual({ dpa: 'copy' });
  });

  it('a one-paragraph brief wrapped in breadcrumbs and comment-form text', () => {
    const html = page(
      `<nav><a href="/">Home</a> › <a href="/news">News</a></nav><article><h1>Council passes the budget</h1><div class="body"><p>${PROSE[0]} ${PROSE[1]} (AFP)</p><p>Write a comment</p><p>Your e-mail address will not be published.</p></div></article>`,
    );
    expect(text(html)).toEqual({ afp: 'copy' });
  });

  it('look-alike: a link list item ending in an agency tag is another story', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="byline">By Jane Roe</div><div class="body">${BODY}<ul><li><a href="/x">Storm closes schools across the state (AP)</a></li></ul></div></article>`,
    );
    expect(text(html)).toEqual({});
  });
});

describe('credits outside Readability’s content but inside the story (family A)', () => {
  it('a bare "(KNA, DR)" in a div after the body', () => {
    const html = page(`<article><h1>Council passes the budget</h1><div class="body">${BODY}</div><div class="after">(KNA, DR)</div></article>`);
    expect(text(html)).toHaveProperty('kna');
  });

  it('an "(APA)" source strip after the story box', () => {
    const html = page(
      `<div class="main"><div class="story"><h1>Council passes the budget</h1><div class="text">${BODY}</div></div><div class="attachment-after">(APA)</div><div class="comments"><p>Write a comment</p></div></div>`,
    );
    expect(text(html)).toHaveProperty('apa');
  });

  it('"(with inputs from Agencies)" in a byline row marked up as <nav>', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><nav class="meta"><ul><li><span class="author">Edited by <a href="/author/jane-roe">Jane Roe</a></span> (with inputs from Agencies)</li><li>Updated: May 12, 2024 10:20 am IST</li></ul></nav><div class="body">${BODY}</div></article>`,
    );
    expect(text(html)).toEqual({ agencies: 'inputs' });
  });

  it.each([
    ['<footer><p>© AFP</p></footer>'],
    ['<div class="site-bottom"><nav><a href="/">Home</a></nav><p>© AFP</p></div>'],
    ['<div role="contentinfo"><p>© AFP</p></div>'],
  ])('look-alike: a short site footer right after the story is not its trailer: %s', (footer) => {
    const html = page(`<article><h1>Council passes the budget</h1><div class="byline">By Jane Roe</div><div class="body">${BODY}</div></article>${footer}`);
    expect(text(html)).toEqual({});
  });

  it('look-alike: the site footer’s "© Reuters" market-data notice is not the story’s', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="byline">By Jane Roe</div><div class="body">${BODY}</div></article><div class="site-links">${'<p>More from Example News: weather, sport, culture and the archive of our reporting.</p>'.repeat(12)}</div><footer><p>Market data © Reuters</p></footer>`,
    );
    expect(text(html)).toEqual({});
  });
});

describe('an unnamed "agencies" credit gives way to a named agency (family G)', () => {
  it.each([
    ['Agencias', 'Bruselas, 7 oct (EFE).- El alto representante pidió no aplazar las elecciones previstas.', 'efe'],
    ['Agencies', 'NEW DELHI, May 12 (PTI): The government on Sunday announced a new scheme for farmers.', 'pti'],
    ['Agency News', 'New Delhi [India], November 20 (ANI): The Russian Foreign Ministry on Thursday hailed the talks.', 'ani'],
  ])('"%s" byline with a named dateline', (byline, lead, id) => {
    const html = page(`<article><h1>Council passes the budget</h1><div class="byline">${byline}</div><div class="body"><p>${lead}</p>${BODY}</div></article>`);
    expect(text(html)).toEqual({ [id]: 'copy' });
  });

  it('look-alike: "Agencies" alone stays an unnamed credit', () => {
    const html = page(`<article><h1>Council passes the budget</h1><div class="byline">Agencies</div><div class="body">${BODY}</div></article>`);
    expect(Object.keys(text(html))).toEqual(['agencies']);
  });
});

describe('evidence a reader can trust', () => {
  it('a sign-off on a page without pictures is never a picture credit, and each sentence is quoted once', () => {
    const html = page(
      `<article><h1>Council passes the budget</h1><div class="body"><p>Kochi [India], November 20 (ANI): ${PROSE[0]}</p>${BODY}<p>Officials said a second site is being studied and could be ready within two years if the first one performs as expected. (ANI)</p></div></article>`,
    );
    const r = report(html);
    expect(r.agencies.map((a) => [a.id, a.contribution])).toEqual([['ani', 'copy']]);
    const quotes = r.agencies[0]!.evidence.map((e) => e.text.toLowerCase().replace(/[^a-z]/g, ''));
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(r.agencies[0]!.evidence.some((e) => e.where === 'caption')).toBe(false);
  });
});
