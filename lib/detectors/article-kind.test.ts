import { describe, expect, it } from 'vitest';
import { articleHtml, corpusLabel, corpusPage, corpusReport, pageOf } from '../../tests/helpers/pages';
import { readPage, DEFAULT_CORPUS } from '../../cli/corpus';
import { detectArticle } from './article-kind';
import { cpuMs } from '../../tests/helpers/cpu';

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
    expect(report.status).toBe('not-article');
    expect(report.statusEvidence.map((e) => e.rule).join(' ')).toContain(why);
  });

  it.each(['p090-publico-pt', 'p160-nikkei-com', 'seed-asianet-putin-li-qiang', 'p022-rnz-de'])('%s is an article', (id) => {
    expect(corpusReport(id).status).not.toBe('not-article');
  });

  it.each([
    'https://news.example.com/politics/',
    'https://news.example.com/tag/climate/',
    'https://example.de/autor/max-muster',
    'https://example.com/en/world/page/2',
  ])('takes %s for a listing', (url) => {
    expect(detectArticle(pageOf(articleHtml('{{filler}}'), url)).evidence[0]?.rule).toBe('a section, tag or author listing');
  });

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
    const page = pageOf(
      articleHtml('{{filler}}', { head: '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-20T10:00:00Z">' }),
    );
    expect(detectArticle(page).isArticle).toBe(true);
  });
});

const OG_ARTICLE = '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-20T10:00:00Z">';
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const page = (body: string, head = '', url: string | null = null) =>
  pageOf(`<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`, url);
const FILLER = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} goes on with enough words, commas, and sentences to read as a body to any extractor, as real prose does.</p>`,
).join('');
const LONG = Array.from({ length: 24 }, () => FILLER).join('');

describe('microdata items', () => {
  it('p140-chip-de: a download page with SoftwareApplication microdata and og:type article is not an article', () => {
    const report = corpusReport('p140-chip-de');
    expect(report.status).toBe('not-article');
    expect(report.statusEvidence[0]).toMatchObject({ text: 'itemtype softwareapplication', rule: expect.stringContaining('microdata') });
  });

  it.each([
    [
      'a download portal (SoftwareApplication holding the H1, og:type article)',
      `<div itemscope itemtype="https://schema.org/SoftwareApplication"><h1 itemprop="name">VLC media player 3.0.21</h1><span itemprop="operatingSystem">Windows 11</span><span itemprop="applicationCategory">Multimedia</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="0"></div>${FILLER}</div>`,
      OG_ARTICLE,
    ],
    [
      'an app store page (MobileApplication named as the H1, rating beside it)',
      `<h1>Komoot: Hike, Bike &amp; Run</h1><section itemscope itemtype="http://schema.org/MobileApplication"><meta itemprop="name" content="Komoot: Hike, Bike &amp; Run"><div itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating"><span itemprop="ratingValue">4.6</span></div>${FILLER}</section>`,
      '<meta property="og:type" content="website">',
    ],
    [
      'a shop (Product with Offer and AggregateRating)',
      `<main itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Trail running shoe Speedgoat 6</h1><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">149.95</span></div>${FILLER}</main>`,
      OG_ARTICLE,
    ],
    [
      'a bookshop (a Book with a price of its own)',
      `<div itemscope itemtype="https://schema.org/Book"><h1 itemprop="name">The Overstory</h1><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">12.99</span></div>${FILLER}</div>`,
      OG_ARTICLE,
    ],
    [
      'a recipe blog (Recipe card named as the post)',
      `<h1>Banana bread with walnuts</h1>${FILLER}<div itemscope itemtype="http://schema.org/Recipe"><h2 itemprop="name">Banana bread with walnuts</h2><span itemprop="recipeIngredient">3 bananas</span></div>`,
      OG_ARTICLE,
    ],
    [
      'a recipe blog (hRecipe microformat)',
      `<div class="hrecipe"><h1 class="fn">Lemon tart</h1><ul><li class="ingredient">2 lemons</li></ul>${FILLER}</div>`,
      OG_ARTICLE,
    ],
    [
      'an event listing (Event holding the H1)',
      `<article itemscope itemtype="https://schema.org/MusicEvent"><h1 itemprop="name">Jazz night at the harbour</h1><time itemprop="startDate" datetime="2025-12-05T20:00">5 December 2025</time>${FILLER}</article>`,
      OG_ARTICLE,
    ],
  ])('%s is not an article', (_what, body, head) => {
    const kind = detectArticle(page(body, head));
    expect(kind.isArticle).toBe(false);
    expect(kind.evidence[0]?.rule).toBe('microdata describes a product, app, recipe or event page');
  });

  it.each([
    [
      'a news article about an app, with an app box',
      `<h1>Signal adds usernames</h1>${FILLER}<aside itemscope itemtype="https://schema.org/SoftwareApplication"><span itemprop="name">Signal</span><div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span itemprop="ratingValue">4.5</span></div></aside>`,
      OG_ARTICLE + ld({ '@type': 'NewsArticle', headline: 'Signal adds usernames' }),
    ],
    [
      'the same with only og:type article',
      `<h1>Signal adds usernames</h1>${FILLER}<aside itemscope itemtype="https://schema.org/SoftwareApplication"><span itemprop="name">Signal</span></aside>`,
      OG_ARTICLE,
    ],
    [
      'a news article whose JSON-LD is "about" a Product',
      `<h1>Apple recalls a charger</h1>${FILLER}`,
      OG_ARTICLE + ld({ '@type': 'NewsArticle', about: { '@type': 'Product', name: 'Charger' } }),
    ],
    [
      'a NewsArticle item with a Product deal inside it',
      `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">The best headphone deals this week</h1>${FILLER}<div itemprop="about" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Headphones X</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">99</span></div></div></article>`,
      '',
    ],
    [
      'a film review with a rating',
      `<div itemscope itemtype="https://schema.org/Review"><h1 itemprop="name">A quiet triumph</h1><div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span itemprop="ratingValue">4</span></div>${FILLER}</div>`,
      OG_ARTICLE,
    ],
    [
      'a match report with a SportsEvent box',
      `<h1>Stans beat Kriens in the cup</h1>${FILLER}<div itemscope itemtype="https://schema.org/SportsEvent"><span itemprop="name">BSV Stans – HC Kriens</span></div>`,
      OG_ARTICLE,
    ],
  ])('%s stays an article (look-alike)', (_what, body, head) => {
    expect(detectArticle(page(body, head)).isArticle).toBe(true);
  });

  it('a section front whose teasers are each marked up as NewsArticle is still a listing', () => {
    const teasers = Array.from(
      { length: 5 },
      (_, i) => `<article itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">Story ${i}</h2>${FILLER}</article>`,
    ).join('');
    expect(detectArticle(page(`<h1>Politics</h1>${teasers}`, '', 'https://news.example.com/politics/')).evidence[0]?.rule).toBe(
      'a section, tag or author listing',
    );
  });
});

describe('hostile microdata', () => {
  it('judges a page of deeply nested or thousands of sibling items quickly', () => {
    const nested = `${'<div itemscope itemtype="https://schema.org/Product">'.repeat(150)}<p>x</p>${'</div>'.repeat(150)}`;
    const siblings =
      '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">P</span><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"></div></div>'.repeat(
        2000,
      );
    for (const body of [nested, siblings]) {
      const p = page(`<h1>Headline of the page</h1>${body}${FILLER}`, OG_ARTICLE);
      const t = cpuMs();
      detectArticle(p);
      expect(cpuMs() - t).toBeLessThan(1000);
    }
  });
});

describe('og:url and dates beside the headline', () => {
  it('handball-ch-instagram, saved without its address: og:url and the header date make it a story', () => {
    const kind = detectArticle(pageOf(readPage(DEFAULT_CORPUS, corpusLabel('handball-ch-instagram')), null));
    expect(kind.isArticle).toBe(true);
    expect(kind.evidence.map((e) => e.rule)).toContain('date in the address');
    expect(kind.evidence.find((e) => e.rule === 'date on the page')?.text).toMatch(/02\.02\.2022/);
  });

  it('reads the date in og:url when there is no page URL or canonical', () => {
    const head = '<meta property="og:url" content="https://club.example.ch/de/news/2022/cup-preview/">';
    expect(detectArticle(page(`<h1>Cup preview</h1>${FILLER}`, head)).evidence[0]?.rule).toBe('date in the address');
    const undated = '<meta property="og:url" content="https://club.example.ch/de/news/cup-preview/">';
    expect(detectArticle(page(`<h1>Cup preview</h1>${FILLER}`, undated)).isArticle).toBe(false);
  });

  it.each([
    ['a subtitle after the H1', '<header><h1>Cup preview</h1><p class="subtitle">Club news &nbsp;•&nbsp; 02.02.2022</p></header>'],
    ['a date line before the H1', '<header><span class="kicker">3 April 2020</span><h1>Cup preview</h1></header>'],
    ['a meta row after the header block', '<div class="page-header"><h1>Cup preview</h1></div><div class="meta">By the club · April 3, 2020</div>'],
  ])('accepts a date in %s', (_what, header) => {
    const kind = detectArticle(page(`${header}<div class="body">${FILLER}</div>`));
    expect(kind.isArticle).toBe(true);
    expect(kind.evidence[0]?.rule).toBe('date on the page');
  });

  it('not a date far from the headline (look-alike)', () => {
    expect(detectArticle(page(`<h1>Cup preview</h1>${FILLER}<footer><p>Site updated 02.02.2022</p></footer>`)).isArticle).toBe(false);
  });
});

describe('a canonical pointing at the front page or a section', () => {
  const story = `<article><h1>Quake hits the coast</h1><div class="byline">By Jane Doe</div>${LONG}</article>`;

  it.each([
    ['the site root', '<link rel="canonical" href="https://news.example.com/">'],
    ['a section', '<link rel="canonical" href="https://news.example.com/news/">'],
    ['a section in og:url', '<meta property="og:url" content="https://news.example.com/">'],
  ])('is not evidence against a saved page holding one full story (%s)', (_what, link) => {
    for (const head of [`${link}${OG_ARTICLE}`, `${link}<meta property="og:type" content="website"><meta name="pubdate" content="2025-11-20">`]) {
      expect(detectArticle(page(story, head)).isArticle).toBe(true);
    }
  });

  it('still marks a saved front page: many bylines, or no story evidence (look-alikes)', () => {
    const teasers = (tag: string) =>
      Array.from(
        { length: 14 },
        (_, i) => `<${tag} class="teaser"><h2><a href="/2025/11/20/story-${i}">Story ${i}</a></h2><div class="byline">By Writer ${i}</div>${FILLER}</${tag}>`,
      ).join('');
    const canonical = '<link rel="canonical" href="https://news.example.com/">';
    expect(detectArticle(page(`<h1>News</h1>${teasers('div')}`, canonical + OG_ARTICLE)).isArticle).toBe(false);
    expect(detectArticle(page(`<h1>News</h1>${teasers('article')}`, canonical + OG_ARTICLE)).isArticle).toBe(false);
    expect(detectArticle(page(`<h1>News</h1><div>${LONG}</div>`, canonical)).isArticle).toBe(false);
    expect(detectArticle(page(`<h1>News</h1><div>${LONG}</div>`, '<link rel="canonical" href="https://news.example.com/politics/">')).isArticle).toBe(false);
  });

  it("keeps trusting the page's own address when it is a section", () => {
    expect(detectArticle(page(story, OG_ARTICLE, 'https://news.example.com/politics/')).evidence[0]?.rule).toBe('a section, tag or author listing');
  });
});

describe('lengths in scripts without spaces', () => {
  const zh = (n: number) => {
    const sentence = '国家航天局表示，探月工程四期进展顺利，嫦娥七号将于明年发射，科研人员正在进行最后的测试工作。';
    const paras: string[] = [];
    for (let total = 0; total < n; total += sentence.length * 3) paras.push(`<p>${sentence.repeat(3)}</p>`);
    return paras.join('');
  };
  const ja = '政府は二十四日、新しい宇宙計画を発表した。計画では、月面探査を二〇三〇年までに実現することを目指している。';

  it('a Chinese story of some 2,400 characters with no metadata is a long article', () => {
    const kind = detectArticle(page(`<h1>促进航天技术更好惠及人民</h1><div>${zh(2400)}</div>`));
    expect(kind.isArticle).toBe(true);
  });

  it('a Japanese story of some 1,000 characters is too', () => {
    expect(detectArticle(page(`<h1>宇宙計画</h1><div>${`<p>${ja.repeat(4)}</p>`.repeat(5)}</div>`)).isArticle).toBe(true);
  });

  it('a short Chinese page is still short (look-alike)', () => {
    expect(detectArticle(page(`<h1>关于我们</h1><div>${zh(300)}</div>`)).isArticle).toBe(false);
  });

  it('p149-xinhuanet-com, a short Xinhua story, is an article by its dateline and its mobile header date', () => {
    const kind = detectArticle(corpusPage('p149-xinhuanet-com'));
    expect(kind.isArticle).toBe(true);
    expect(kind.evidence.find((e) => e.rule === 'date on the page')?.text).toMatch(/11月17日电|2023-11-17/);
  });

  it.each([
    ['a China News Service dateline', '<p>中新社上海3月2日电 记者从上海市卫生健康委员会获悉，全市医疗机构已全面恢复门诊服务。</p>'],
    ["a local paper's report line", '<p>本报广州5月8日讯 记者从广州市交通运输局获悉，地铁十号线将于年底开通运营。</p>'],
  ])('a short story opening with %s is dated', (_what, lead) => {
    expect(detectArticle(page(`<h1>标题</h1><div>${lead}${zh(300)}</div>`)).evidence[0]?.rule).toBe('date on the page');
  });

  it('a day and month alone is no dateline (look-alike)', () => {
    expect(detectArticle(page(`<h1>关于我们</h1><div><p>本店自11月17日起营业时间调整为每日九点至二十一点。</p>${zh(300)}</div>`)).isArticle).toBe(false);
  });

  it('reads the date beside either of two headline copies (desktop and mobile headers)', () => {
    const body = `<div class="head"><div class="time">2023 11/17</div><div class="line"><h1>Cup preview</h1><div class="share">Share</div></div></div><div class="mobile"><h1>Cup preview</h1><div class="info">2023-11-17 20:52</div></div><div>${FILLER}</div>`;
    const twoHeaders = pageOf(
      `<!doctype html><html><head><title>Cup preview for the weekend</title></head><body>${body.replaceAll('Cup preview', 'Cup preview for the weekend')}</body></html>`,
    );
    expect(detectArticle(twoHeaders).evidence[0]).toMatchObject({ rule: 'date on the page', text: '2023-11-17 20:52' });
  });

  it('people-cn-xinhua-space is an article, with or without its address', () => {
    expect(corpusPage('people-cn-xinhua-space').headline).toBeTruthy();
    expect(detectArticle(pageOf(readPage(DEFAULT_CORPUS, corpusLabel('people-cn-xinhua-space')), null)).isArticle).toBe(true);
  });
});
