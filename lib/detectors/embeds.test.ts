import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { decodeHtml } from '../../cli/load';
import { analyze } from '../analyze';
import type { EmbeddedPost } from '../report';
import { cpuMs } from '../../tests/helpers/cpu';

const LOREM = [
  'The ministry said on Thursday that the talks had covered trade, energy and the training of qualified personnel for the coming years.',
  'Officials from both sides described the meeting as constructive and said further rounds would follow early next year in the capital.',
  'Analysts said the agreement could lift bilateral trade, although several details of the financing remained unclear to observers.',
  'The statement added that cooperation in education and culture would be expanded, with new exchange programmes planned for students.',
];

/** A news page: header, an article whose body holds `inside`, a sidebar and a footer holding `outside`. */
function page(inside: string, outside = '', sidebar = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks end with new agreement</title></head><body>
<header class="site-header"><nav><a href="/">Home</a></nav></header>
<main><article><h1>Talks end with new agreement</h1>
<div class="entry-content">
<p>${LOREM[0]}</p><p>${LOREM[1]}</p>
${inside}
<p>${LOREM[2]}</p><p>${LOREM[3]}</p>
</div></article>
<aside class="sidebar">${sidebar}</aside></main>
<footer class="site-footer">${outside}</footer></body></html>`;
}

function embeds(html: string, url = 'https://news.example.com/world/talks-end'): EmbeddedPost[] {
  return analyze(parseDocument(html), { url }).embeds;
}

function corpusEmbeds(id: string): EmbeddedPost[] {
  const labels = readFileSync(join(DEFAULT_CORPUS, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; file: string; url: string | null });
  const label = labels.find((l) => l.id === id)!;
  const html = decodeHtml(readFileSync(join(DEFAULT_CORPUS, label.file)), null, label.file);
  return analyze(parseDocument(html), { url: label.url }).embeds;
}

describe('X posts', () => {
  const blockquote = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The Indonesian gov this morning asked its citizens to cancel outdoor celebrations <a href="https://t.co/16xocpihlY">pic.twitter.com/16xocpihlY</a></p>&mdash; Tom Phillips (@tomphillipsin) <a href="https://twitter.com/tomphillipsin/status/550153893359804418?ref_src=twsrc%5Etfw">December 31, 2014</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;

  it('reads the publisher markup: URL, id, handle, author, date, text', () => {
    const [post, ...rest] = embeds(page(blockquote));
    expect(rest).toEqual([]);
    expect(post).toMatchObject({
      platform: 'x',
      url: 'https://x.com/tomphillipsin/status/550153893359804418',
      postId: '550153893359804418',
      handle: '@tomphillipsin',
      author: 'Tom Phillips',
      date: '2014-12-31',
      form: 'markup',
    });
    expect(post!.text).toMatch(/^The Indonesian gov this morning/);
    expect(post!.evidence[0]!.where).toBe('embed');
  });

  it('takes the handle from the status URL when the blockquote has no "(@handle)" text', () => {
    const html = page(
      '<div><blockquote class="twitter-tweet" data-lang="de"><a href="https://twitter.com/BoxenIude/status/1862204060138389630">&nbsp;</a></blockquote></div>',
    );
    expect(embeds(html)).toMatchObject([
      { platform: 'x', handle: '@BoxenIude', postId: '1862204060138389630', url: 'https://x.com/BoxenIude/status/1862204060138389630' },
    ]);
  });

  it('reads a rendered Tweet iframe alone (id only)', () => {
    const html = page(
      '<div class="twitter-tweet twitter-tweet-rendered"><iframe title="X Post" src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;embedId=twitter-widget-0&amp;frame=false&amp;hideCard=false&amp;id=1511642234562752512&amp;lang=en"></iframe></div>',
    );
    expect(embeds(html)).toMatchObject([{ platform: 'x', postId: '1511642234562752512', url: 'https://x.com/i/status/1511642234562752512', form: 'iframe' }]);
  });

  it('counts a blockquote and its rendered iframe once', () => {
    const html = page(`<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
<div class="twitter-tweet twitter-tweet-rendered"><iframe src="https://platform.twitter.com/embed/Tweet.html?creatorScreenName=site&amp;id=550153893359804418"></iframe></div>
${blockquote}</div></figure>`);
    const found = embeds(html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ postId: '550153893359804418', handle: '@tomphillipsin', url: 'https://x.com/tomphillipsin/status/550153893359804418' });
  });

  it('reads the older rendered iframe that carries data-tweet-id and no src', () => {
    const html = page(
      '<iframe id="twitter-widget-0" class="twitter-tweet twitter-tweet-rendered" data-tweet-id="800384752746254337" title="Twitter Tweet"></iframe>',
    );
    expect(embeds(html)).toMatchObject([{ platform: 'x', postId: '800384752746254337', form: 'iframe' }]);
  });

  it('reads the plain-text form with a t.co link as the URL', () => {
    const html = page(
      `<p>In a post on X, the ministry wrote that the partnership was at its best. On November 18, President #Putin met with China's Premier Li Qiang. https://t.co/hiZ6c5DPZr pic.twitter.com/uykWJUrA91 — MFA Russia 🇷🇺 (@mfa_russia) November 20, 2025</p>`,
    );
    expect(embeds(html)).toMatchObject([
      { platform: 'x', handle: '@mfa_russia', author: 'MFA Russia', date: '2025-11-20', url: 'https://t.co/hiZ6c5DPZr', postId: null, form: 'text' },
    ]);
  });

  it('prefers the status URL a plain-text post links to', () => {
    const html = page(
      `<p>Record heat at the base pic.twitter.com/AbC123xy — SMN Argentina (@SMN_Argentina) <a href="https://twitter.com/SMN_Argentina/status/1225455484259442691">February 6, 2020</a></p>`,
    );
    expect(embeds(html)).toMatchObject([
      { platform: 'x', form: 'text', postId: '1225455484259442691', url: 'https://x.com/SMN_Argentina/status/1225455484259442691', date: '2020-02-06' },
    ]);
  });

  it('reads a classless quote whose attribution line stands in its own block', () => {
    const html = page(
      `<blockquote><p lang="en" dir="ltr">Our deepest condolences #airasiamissing pic.twitter.com/Nli9H4c2md</p>&mdash; Bigi (@DrBigi) December 30, 2014</blockquote>`,
    );
    expect(embeds(html)).toMatchObject([
      {
        platform: 'x',
        handle: '@DrBigi',
        author: 'Bigi',
        date: '2014-12-30',
        url: 'https://pic.twitter.com/Nli9H4c2md',
        text: 'Our deepest condolences #airasiamissing',
        form: 'text',
      },
    ]);
  });

  it('reads attribution dates written in other languages', () => {
    const html = page(`<p>Récord de temperatura en la base Esperanza — SMN Argentina (@SMN_Argentina) 6 de febrero de 2020</p>
<p>Die Debatte geht weiter pic.twitter.com/qc6Vx1 — Robert Habeck (@RobertHabeck) 2. Juni 2018</p>`);
    expect(embeds(html).map((e) => [e.handle, e.date])).toEqual([
      ['@SMN_Argentina', '2020-02-06'],
      ['@RobertHabeck', '2018-06-02'],
    ]);
  });
});

describe('other platforms, markup form', () => {
  it('Instagram blockquote with permalink, author and date', () => {
    const html = page(
      `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/BwhCjGGF1Tt/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="12"><div><a href="https://www.instagram.com/p/BwhCjGGF1Tt/?utm_source=ig_embed&amp;utm_campaign=loading">View this post on Instagram</a><p><a href="https://www.instagram.com/p/BwhCjGGF1Tt/">Sneaker love</a></p><p>A post shared by <a href="https://www.instagram.com/kirabejaoui/">Kira Bejaoui</a> (@kirabejaoui) on <time datetime="2019-04-21T10:04:51+00:00">Apr 21, 2019 at 3:04am PDT</time></p></div></blockquote>`,
    );
    expect(embeds(html)).toMatchObject([
      {
        platform: 'instagram',
        url: 'https://www.instagram.com/p/BwhCjGGF1Tt/',
        postId: 'BwhCjGGF1Tt',
        handle: '@kirabejaoui',
        author: 'Kira Bejaoui',
        date: '2019-04-21',
        form: 'markup',
      },
    ]);
  });

  it('Facebook div.fb-post with its fallback quote counts once', () => {
    const html =
      page(`<div id="fb-root"></div><div class="fb-post" data-href="https://www.facebook.com/Sozialdemokratie/posts/928812574504508/" data-width="600">
<blockquote cite="https://graph.facebook.com/Sozialdemokratie/videos/928812574504508/" class="fb-xfbml-parse-ignore"><p>In Zeiten explodierender Kosten für Strom, Heizen und Lebensmittel dürfen Familien nicht noch zusätzlich belastet werden.</p>
<p>Posted by <a href="https://www.facebook.com/Sozialdemokratie">SPÖ</a> on&nbsp;<a href="https://graph.facebook.com/Sozialdemokratie/videos/928812574504508/">Monday, February 7, 2022</a></p></blockquote></div>`);
    expect(embeds(html)).toMatchObject([
      {
        platform: 'facebook',
        postId: '928812574504508',
        author: 'SPÖ',
        date: '2022-02-07',
        url: 'https://www.facebook.com/Sozialdemokratie/posts/928812574504508/',
      },
    ]);
  });

  it('Facebook plugin iframe with a percent-encoded post URL', () => {
    const html = page(
      '<p><iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fphoto.php%3Ffbid%3D10207393772231779%26set%3Da.1332832050135.2039779.1511060888%26type%3D3&amp;width=500" width="500" height="650"></iframe></p>',
    );
    expect(embeds(html)).toMatchObject([{ platform: 'facebook', postId: '10207393772231779', form: 'iframe' }]);
  });

  it('TikTok blockquote with cite and data-video-id', () => {
    const html = page(
      `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout2015/video/6718335390845095173" data-video-id="6718335390845095173"><section><a target="_blank" title="@scout2015" href="https://www.tiktok.com/@scout2015?refer=embed">@scout2015</a> Scramble up ur name &amp; I'll try to guess it</section></blockquote><script async src="https://www.tiktok.com/embed.js"></script>`,
    );
    expect(embeds(html)).toMatchObject([
      { platform: 'tiktok', postId: '6718335390845095173', handle: '@scout2015', url: 'https://www.tiktok.com/@scout2015/video/6718335390845095173' },
    ]);
  });

  it('Bluesky blockquote with an at:// URI', () => {
    const html = page(
      `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3lbmtwjj6gk2x" data-bluesky-cid="bafyreia"><p lang="en">Nothing to see here, just the whole team at a table</p>&mdash; Jay (<a href="https://bsky.app/profile/did:plc:oky5czdrnfjpqslsw2a5iclo?ref_src=embed">@jay.bsky.team</a>) <a href="https://bsky.app/profile/did:plc:oky5czdrnfjpqslsw2a5iclo/post/3lbmtwjj6gk2x?ref_src=embed">November 25, 2024 at 12:58 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`,
    );
    expect(embeds(html)).toMatchObject([
      {
        platform: 'bluesky',
        postId: '3lbmtwjj6gk2x',
        handle: '@jay.bsky.team',
        author: 'Jay',
        date: '2024-11-25',
        url: 'https://bsky.app/profile/did:plc:oky5czdrnfjpqslsw2a5iclo/post/3lbmtwjj6gk2x',
      },
    ]);
  });

  it('Mastodon blockquote and iframe', () => {
    const html =
      page(`<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@Gargron/109334245433734985/embed"><a href="https://mastodon.social/@Gargron/109334245433734985">Post by @Gargron@mastodon.social</a></blockquote>
<p>${LOREM[1]}</p>
<iframe src="https://fosstodon.org/@kev/110123456789012345/embed" class="mastodon-embed" width="400"></iframe>`);
    expect(embeds(html)).toMatchObject([
      { platform: 'mastodon', postId: '109334245433734985', handle: '@Gargron@mastodon.social' },
      { platform: 'mastodon', postId: '110123456789012345', handle: '@kev@fosstodon.org' },
    ]);
  });

  it('Threads blockquote with data-text-post-permalink', () => {
    const html = page(
      `<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/C8l2k5Rv0Xe" data-text-post-version="0"><a href="https://www.threads.net/@zuck/post/C8l2k5Rv0Xe">View on Threads</a></blockquote><script async src="https://www.threads.net/embed.js"></script>`,
    );
    expect(embeds(html)).toMatchObject([{ platform: 'threads', postId: 'C8l2k5Rv0Xe', handle: '@zuck' }]);
  });

  it('Telegram post widget', () => {
    const html = page('<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="durov/43" data-width="100%"></script>');
    expect(embeds(html)).toMatchObject([{ platform: 'telegram', url: 'https://t.me/durov/43', postId: '43', handle: '@durov' }]);
  });

  it('Reddit blockquote', () => {
    const html = page(
      `<blockquote class="reddit-embed-bq" data-embed-height="316"><a href="https://www.reddit.com/r/worldnews/comments/1abcde/some_title/">Some title</a><br> by <a href="https://www.reddit.com/user/someone/">u/someone</a> in <a href="https://www.reddit.com/r/worldnews/">worldnews</a></blockquote><script async src="https://embed.reddit.com/widgets.js"></script>`,
    );
    expect(embeds(html)).toMatchObject([{ platform: 'reddit', postId: '1abcde', url: 'https://www.reddit.com/r/worldnews/comments/1abcde/' }]);
  });
});

describe('CMS wrappers holding a bare post URL', () => {
  it('CKEditor 5 <oembed>, CKEditor 4 data-oembed-url, a WordPress embed block before oEmbed ran', () => {
    const html = page(`<figure class="media"><oembed url="https://twitter.com/WhiteHouse/status/1889122688884453876"></oembed></figure>
<p>${LOREM[1]}</p>
<div data-oembed-url="https://www.instagram.com/p/B_fawQoFahE/"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B_fawQoFahE/?utm_source=ig_embed"></blockquote></div>
<p>${LOREM[2]}</p>
<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=KPnmmIrD0oc
</div></figure>
<figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper">Read more on our site https://twitter.com/WhiteHouse</div></figure>`);
    expect(embeds(html).map((e) => [e.platform, e.postId])).toEqual([
      ['x', '1889122688884453876'],
      ['instagram', 'B_fawQoFahE'],
      ['youtube', 'KPnmmIrD0oc'],
    ]);
  });
});

describe('AMP components and lazy players', () => {
  it.each([
    ['x', '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1889122688884453876"></amp-twitter>', '1889122688884453876'],
    ['instagram', '<amp-instagram data-shortcode="B_fawQoFahE" data-captioned width="400" height="400"></amp-instagram>', 'B_fawQoFahE'],
    [
      'facebook',
      '<amp-facebook width="552" height="310" data-href="https://www.facebook.com/zuck/posts/10102593740125791"></amp-facebook>',
      '10102593740125791',
    ],
    ['youtube', '<amp-youtube data-videoid="mGENRKrdoGY" layout="responsive" width="480" height="270"></amp-youtube>', 'mGENRKrdoGY'],
    ['vimeo', '<amp-vimeo data-videoid="27246366" layout="responsive" width="500" height="281"></amp-vimeo>', '27246366'],
    ['tiktok', '<amp-tiktok width="325" height="575" data-src="6718335390845095173"></amp-tiktok>', '6718335390845095173'],
    [
      'reddit',
      '<amp-reddit layout="responsive" width="300" height="400" data-embedtype="post" data-src="https://www.reddit.com/r/me_irl/comments/52rmir/me_irl/"></amp-reddit>',
      '52rmir',
    ],
    ['youtube', '<amp-iframe width="200" height="100" layout="responsive" src="https://www.youtube.com/embed/TdChki1-wW4"></amp-iframe>', 'TdChki1-wW4'],
    [
      'youtube',
      '<div class="rll-youtube-player" data-src="https://www.youtube.com/embed/TdChki1-wW4" data-id="TdChki1-wW4" data-query="feature=oembed"></div><noscript><iframe src="https://www.youtube.com/embed/TdChki1-wW4?feature=oembed"></iframe></noscript>',
      'TdChki1-wW4',
    ],
  ])('%s', (platform, el, id) => {
    expect(embeds(page(`<p>${el}</p>`))).toMatchObject([{ platform, postId: id }]);
  });
});

describe('in the article or not', () => {
  it('an embed in an inline <aside> box within the body text counts', () => {
    const html = page(
      '<aside class="inline-embed"><blockquote class="twitter-tweet"><a href="https://twitter.com/WhiteHouse/status/1889122688884453876">February 11, 2025</a></blockquote></aside>',
    );
    expect(embeds(html).map((e) => e.postId)).toEqual(['1889122688884453876']);
  });

  it("an embed set between the article's paragraphs counts even outside the container of its text", () => {
    const more = LOREM.map((t) => t.replace('the', 'a'));
    const html = `<html><body><div class="top"><a href="/">Home</a></div><div class="page">
<div class="story-body"><p>${LOREM.join('</p><p>')}</p><p>${more.join('</p><p>')}</p></div>
<div class="embed-wrap"><iframe src="https://www.youtube.com/embed/TdChki1-wW4"></iframe></div>
<div class="story-end"><p>${LOREM[0]!.replace('Thursday', 'Friday')}</p></div>
<div class="box"><div><iframe src="https://www.youtube.com/embed/P-CeRGiDLis"></iframe></div><p>Watch more videos from our channel here.</p></div>
</div></body></html>`;
    expect(embeds(html).map((e) => e.postId)).toEqual(['TdChki1-wW4']);
  });

  it('a timeline or follow box inside the article element is furniture', () => {
    const html = page(`<div class="related-videos"><iframe src="https://www.youtube.com/embed/P-CeRGiDLis"></iframe></div>
<div class="newsletter-promo"><div class="fb-post" data-href="https://www.facebook.com/zuck/posts/10102593740125791"></div></div>`);
    expect(embeds(html)).toEqual([]);
  });
});

describe('other platforms, iframe form', () => {
  it.each([
    ['youtube', '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/TdChki1-wW4" allowfullscreen></iframe>', 'TdChki1-wW4'],
    ['vimeo', '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640"></iframe>', '76979871'],
    [
      'instagram',
      '<iframe class="instagram-media instagram-media-rendered" src="https://www.instagram.com/p/BwhCjGGF1Tt/embed/captioned/?cr=1&amp;v=12"></iframe>',
      'BwhCjGGF1Tt',
    ],
    [
      'linkedin',
      '<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:7123456789012345678" height="600" width="504" title="Embedded post"></iframe>',
      '7123456789012345678',
    ],
    ['telegram', '<iframe src="https://t.me/chollometro/28542?embed=1&amp;mode=tme"></iframe>', '28542'],
    ['reddit', '<iframe src="https://embed.reddit.com/r/worldnews/comments/1abcde/some_title/?embed=true"></iframe>', '1abcde'],
    ['tiktok', '<iframe src="https://www.tiktok.com/embed/v2/6718335390845095173"></iframe>', '6718335390845095173'],
    ['bluesky', '<iframe src="https://embed.bsky.app/embed/did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3lbmtwjj6gk2x"></iframe>', '3lbmtwjj6gk2x'],
    ['threads', '<iframe src="https://www.threads.net/@zuck/post/C8l2k5Rv0Xe/embed"></iframe>', 'C8l2k5Rv0Xe'],
    [
      'facebook',
      '<iframe data-src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fzdf%2Fvideos%2F1234567890123456%2F" src="about:blank"></iframe>',
      '1234567890123456',
    ],
  ])('%s', (platform, iframe, id) => {
    expect(embeds(page(`<p>${iframe}</p>`))).toMatchObject([{ platform, postId: id, form: 'iframe' }]);
  });
});

describe('not posts', () => {
  it('embed class names in CSS or a loader script', () => {
    const html = page(`<style>.twitter-tweet{margin:0 auto}.fb-post{width:100%}blockquote.instagram-media{max-width:540px}</style>
<script async src="https://platform.twitter.com/widgets.js"></script><script>window.tiktok=(function(d){var js=d.createElement('script');js.src="https://www.tiktok.com/embed.js";})(document);</script>
<script async src="https://www.tiktok.com/embed.js"></script>`);
    expect(embeds(html)).toEqual([]);
  });

  it('the Telegram discussion widget', () => {
    const html = page(
      '<b>Diskussion zum Artikel auf unserem <a href="https://t.me/unzAT">Telegram-Kanal</a>:</b><script async src="https://telegram.org/js/telegram-widget.js?18" data-page-url="https://example.at/story/" data-telegram-discussion="unzAT/" data-comments-limit="5"></script>',
    );
    expect(embeds(html)).toEqual([]);
  });

  it('follow and profile links, share buttons, a channel link', () => {
    const html =
      page(`<p>Follow <a href="https://www.threads.net/@techcrunch">@techcrunch on Threads</a> and <a href="https://twitter.com/electrekco">Twitter</a>.</p>
<p><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.com%2Fworld%2Ftalks-end">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?text=Talks">Share on X</a></p>
<p>Subscribe to <a href="https://www.youtube.com/channel/UCcOIZzJgLCyMPILY7-1Vsdg?sub_confirmation=1">our YouTube channel</a>.</p>
<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example.com%2Fworld%2Ftalks-end&amp;layout=button_count"></iframe>
<iframe src="https://platform.twitter.com/widgets/follow_button.html?screen_name=example"></iframe>`);
    expect(embeds(html)).toEqual([]);
  });

  it('a playlist or channel feed player', () => {
    const html =
      page(`<div class="fluid-width-video-wrapper"><iframe title="Recent Videos" src="https://www.youtube.com/embed/wh5M-xjzus4?playlist=mvDHs0LCTf8,N4uJiZmcYbc,4SBwRCHeYpg"></iframe></div>
<iframe src="https://www.youtube-nocookie.com/embed/videoseries?list=PLy0NQSOSzjFcBeu3ziTjxqyQZRxBpdlmq"></iframe>`);
    expect(embeds(html)).toEqual([]);
  });

  it('embeds in sidebars and footers, outside the article', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p>Sidebar tweet</p>&mdash; Site (@site) <a href="https://twitter.com/site/status/1234567890123456789">May 1, 2020</a></blockquote>';
    const video = '<div class="live-video"><iframe src="https://www.youtube.com/embed/P-CeRGiDLis"></iframe></div>';
    expect(embeds(page('', tweet, video))).toEqual([]);
    // The same markup inside the article body counts.
    expect(embeds(page(tweet + video, '', '')).map((e) => e.platform)).toEqual(['x', 'youtube']);
  });

  it('a "(@handle)" mention that is not an attribution line', () => {
    const html = page(
      '<p>The minister (@minister) said on Monday, November 3, 2025 that talks would resume.</p><p>Contact the desk (@newsdesk) for details.</p>',
    );
    expect(embeds(html)).toEqual([]);
  });
});

describe('scale and hostile input', () => {
  it('stays fast and bounded with thousands of embeds', () => {
    const many = Array.from(
      { length: 5000 },
      (_, i) => `<blockquote class="twitter-tweet"><a href="https://twitter.com/u${i}/status/${1000000000 + i}">May 1, 2020</a></blockquote>`,
    ).join('');
    const doc = page(many);
    const t = cpuMs();
    const found = embeds(doc);
    // A guard against quadratic work, in CPU time so that a busy machine cannot fail it.
    expect(cpuMs() - t).toBeLessThan(5000);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(500);
  });

  it('survives long adversarial text and bad URLs, and lets only http(s) out', () => {
    const junk = `${'— '.repeat(50_000)}${'(@a'.repeat(30_000)} ${'(@x) '.repeat(20_000)}`;
    const html = page(`<p>${junk}</p><iframe src="javascript:alert('https://www.youtube.com/embed/TdChki1-wW4')"></iframe>
<div class="fb-post" data-href="https://www.facebook.com/%E0%A4%A/posts/%ZZ"></div>
<iframe src="https://www.facebook.com/plugins/post.php?href=%E0%A4%A"></iframe>`);
    const t = cpuMs();
    const found = embeds(html);
    expect(cpuMs() - t).toBeLessThan(5000);
    for (const e of found) if (e.url) expect(e.url).toMatch(/^https?:\/\//);
  });
});

describe('corpus pages', () => {
  it('seed: one X post by @mfa_russia from its plain-text form', () => {
    const found = corpusEmbeds('seed-asianet-putin-li-qiang');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      platform: 'x',
      handle: '@mfa_russia',
      author: 'MFA Russia',
      date: '2025-11-20',
      form: 'text',
      url: 'https://t.co/hiZ6c5DPZr',
    });
  });

  it('a blockquote with its rendered iframe counts once (Electrek)', () => {
    const found = corpusEmbeds('electrek-georgia-solar-tweet-rendered');
    expect(found.map((e) => [e.platform, e.postId, e.handle])).toEqual([['x', '1529811248258371590', '@SenOssoff']]);
  });

  it('sidebar embeds are left out (100% Noticias, finanztreff)', () => {
    expect(corpusEmbeds('p036-100noticias-com-ni').map((e) => [e.platform, e.postId])).toEqual([['youtube', 'TdChki1-wW4']]);
    expect(corpusEmbeds('p025-finanztreff-de')).toEqual([]);
  });

  it('tweets inside a live blog body, with publisher-hosted tweet frames not counted (Telegraph)', () => {
    const found = corpusEmbeds('p156-telegraph-co-uk');
    expect(found.filter((e) => e.platform === 'x')).toHaveLength(9);
    expect(found.filter((e) => e.platform === 'youtube')).toHaveLength(1);
  });
});

const TWEET = (handle: string, id: string) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">A post by ${handle} about the talks.</p>&mdash; ${handle} (@${handle}) <a href="https://twitter.com/${handle}/status/${id}?ref_src=twsrc%5Etfw">November 2, 2021</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const ids = (list: EmbeddedPost[]) => list.map((e) => `${e.platform}:${e.postId}`);
/** JSON as pages inline it in a script: "</" escaped so that the markup it carries cannot close the script. */
const inlineJson = (v: unknown) => JSON.stringify(v).replace(/<\//g, '<\\/');

describe('embeds held back by consent tools and click-to-load placeholders', () => {
  it('Drupal third_party_services: the blockquote kept in a hidden textarea, behind a consent form (amnesty.de)', () => {
    const html =
      page(`<div class="third-party-services--placeholder" data-placeholder-type="field_embedded_code"><textarea class="third-party-services--original-content" hidden>
<form class="third-party-services__configuration-form" method="post"><input type="checkbox" name="allowed[x]"><label>Twitter</label></form>
${TWEET('AgnesCallamard', '1455512589295816707')}</textarea></div>`);
    expect(ids(embeds(html))).toEqual(['x:1455512589295816707']);
    expect(embeds(html)[0]).toMatchObject({ handle: '@AgnesCallamard', author: 'AgnesCallamard', date: '2021-11-02', form: 'markup' });
  });

  it('Borlabs-style text/template scripts, raw or base64, and <template> opt-ins', () => {
    const borlabs = `<div class="BorlabsCookie _brlbs-cb-twitter"><div class="_brlbs-content-blocker"><p>Click to load the tweet.</p></div><div class="borlabs-hide" data-borlabs-cookie-type="content-blocker"><script type="text/template">${b64(TWEET('BanKillerRobots', '1223159406038343685'))}</script></div></div>`;
    expect(ids(embeds(page(borlabs)))).toEqual(['x:1223159406038343685']);
    const raw = `<div class="embed-privacy-container"><script type="text/template"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B_abc-12/"></blockquote></script></div>`;
    expect(ids(embeds(page(raw)))).toEqual(['instagram:B_abc-12']);
    const tpl = `<div class="consent-optin"><template data-consent="youtube"><iframe src="https://www.youtube-nocookie.com/embed/gDeCrdzK-gs"></iframe></template><button>Load video</button></div>`;
    expect(ids(embeds(page(tpl)))).toEqual(['youtube:gDeCrdzK-gs']);
  });

  it('embetty elements and click-to-load divs that keep the post or embed address in a data attribute', () => {
    expect(ids(embeds(page('<embetty-tweet status="1455512589295816707"></embetty-tweet>')))).toEqual(['x:1455512589295816707']);
    expect(
      ids(embeds(page('<div class="embed-placeholder" data-embed-url="https://twitter.com/un/status/1719783887633527153"><button>Show post</button></div>'))),
    ).toEqual(['x:1719783887633527153']);
    expect(
      ids(embeds(page('<div class="cmplz-placeholder" data-src="https://www.youtube.com/embed/TdChki1-wW4"><p>Accept marketing cookies to watch.</p></div>'))),
    ).toEqual(['youtube:TdChki1-wW4']);
    expect(
      ids(embeds(page('<figure class="social-placeholder" data-url="https://www.instagram.com/p/CzX1abcDEF9/"><figcaption>Instagram</figcaption></figure>'))),
    ).toEqual(['instagram:CzX1abcDEF9']);
  });

  it('look-alikes: a code box to copy, a comment field, share and follow buttons, lazy images, placeholders in the sidebar', () => {
    const inside = [
      // A network's own "embed this post" box (t.me pages): visible, read-only.
      '<textarea class="tgme_page_embed_code" readonly>&lt;script async src="https://telegram.org/js/telegram-widget.js" data-telegram-post="chan/28542"&gt;&lt;/script&gt;</textarea>',
      `<div class="embed-code"><textarea>${TWEET('copyme', '1000000000000000002').replace(/</g, '&lt;')}</textarea></div>`,
      `<form class="comment-form"><textarea name="comment">${TWEET('commenter', '1000000000000000003')}</textarea></form>`,
      '<div class="share-buttons" data-url="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.com%2Fworld"></div>',
      '<div class="follow" data-url="https://twitter.com/newsexample"></div>',
      '<div class="lazy-bg" data-src="/images/talks.jpg"></div>',
      '<div class="story-link" data-url="https://news.example.com/world/other-story"></div>',
    ].join('');
    const sidebar = `<div class="third-party-services--placeholder"><textarea hidden>${TWEET('sidebar', '1000000000000000004')}</textarea></div><embetty-tweet status="1000000000000000005"></embetty-tweet>`;
    expect(embeds(page(inside, '', sidebar))).toEqual([]);
  });

  it('one post held in a placeholder and also rendered counts once', () => {
    const html = page(
      `<textarea hidden>${TWEET('AgnesCallamard', '1455512589295816707')}</textarea><iframe src="https://platform.twitter.com/embed/Tweet.html?id=1455512589295816707"></iframe>`,
    );
    expect(ids(embeds(html))).toEqual(['x:1455512589295816707']);
  });

  it('placeholder markup is parsed apart from the page: nothing runs, the live document is unchanged, sizes are capped', () => {
    const hostile = `<textarea hidden><img src="x" onerror="globalThis.__creditlinePwned=1"><script>globalThis.__creditlinePwned=1</script><iframe src="javascript:alert('https://www.youtube.com/embed/TdChki1-wW4')"></iframe>${TWEET('ok', '1455512589295816707')}</textarea>
<textarea hidden>${'<blockquote class="twitter-tweet">'.repeat(10)}${'x'.repeat(300_000)}https://twitter.com/big/status/1000000000000000006</textarea>
<script type="text/template">${'A'.repeat(1000)}=</script>`;
    const doc = parseDocument(page(hostile));
    const before = doc.querySelectorAll('*').length;
    const found = analyze(doc, { url: 'https://news.example.com/world/talks-end' }).embeds;
    expect(ids(found)).toEqual(['x:1455512589295816707']);
    expect(doc.querySelectorAll('*').length).toBe(before);
    expect((globalThis as Record<string, unknown>)['__creditlinePwned']).toBeUndefined();
    for (const e of found) if (e.url) expect(e.url).toMatch(/^https?:\/\//);
  });

  it("corpus: amnesty.de's two consent-held tweets; t.me's own embed-code box adds nothing", () => {
    expect(ids(corpusEmbeds('amnesty-de-killer-robots-tweets'))).toEqual(['x:1455512589295816707', 'x:1223159406038343685']);
    expect(corpusEmbeds('p147-t-me')).toHaveLength(1);
  });
});

describe("embeds in the page's hydration state", () => {
  const TITLE = 'Talks end with new agreement';
  const shell = (state: string, body = `<p>${LOREM[0]}</p><p>${LOREM[1]}</p><p>${LOREM[2]}</p>`) =>
    `<!doctype html><html><head><title>${TITLE}</title><meta property="og:title" content="${TITLE}">
<link rel="canonical" href="https://news.example.com/world/talks-end/"></head><body><main><article><h1>${TITLE}</h1><div class="body">${body}</div></article></main>${state}</body></html>`;
  const oembed = (handle: string, id: string) => ({
    type: 'oembed_response',
    subtype: 'twitter',
    raw_oembed: { url: `https://twitter.com/${handle}/status/${id}`, html: TWEET(handle, id), type: 'twitter' },
  });
  const arcStory = (headline: string, elements: unknown[], extra: Record<string, unknown> = {}) => ({
    _id: 'AZMTTO7OZBCI3IG7LKHAZVLEQQ',
    headlines: { basic: headline },
    canonical_url: headline === TITLE ? '/world/talks-end/' : `/world/${headline.length}/`,
    content_elements: elements,
    ...extra,
  });

  it('Arc XP Fusion.globalContent: the oEmbed elements of the story body, not its related content or promo items', () => {
    const story = arcStory(TITLE, [{ type: 'text', content: LOREM[0] }, oembed('NorwayMFA', '1720047757610631317')], {
      related_content: { basic: [arcStory('Another story', [oembed('other', '1000000000000000007')])] },
      promo_items: { basic: oembed('promo', '1000000000000000008') },
    });
    const html = shell(
      `<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="site";Fusion.globalContent=${inlineJson(story)};Fusion.globalContentConfig={"source":"content-api"};</script>`,
    );
    const found = embeds(html);
    expect(ids(found)).toEqual(['x:1720047757610631317']);
    expect(found[0]).toMatchObject({ handle: '@NorwayMFA', date: '2021-11-02' });
  });

  it('Next.js __NEXT_DATA__ carrying the story (Arc on Next, or a CMS body of typed blocks)', () => {
    const data = {
      props: {
        pageProps: {
          globalContent: arcStory(TITLE, [oembed('RyanMatoushWX', '1783610777993138196')]),
          related: [arcStory('Storm closes harbour', [oembed('x2', '1000000000000000009')])],
        },
      },
    };
    expect(ids(embeds(shell(`<script id="__NEXT_DATA__" type="application/json">${inlineJson(data)}</script>`)))).toEqual(['x:1783610777993138196']);
    const blocks = {
      props: {
        pageProps: {
          article: {
            title: TITLE,
            body: [
              { __typename: 'ParagraphBlock', text: LOREM[0] },
              { __typename: 'InstagramEmbedBlock', url: 'https://www.instagram.com/p/CzX1abcDEF9/' },
              { __typename: 'LinkBlock', url: 'https://twitter.com/cited/status/1000000000000000010' },
            ],
          },
        },
      },
    };
    expect(ids(embeds(shell(`<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(blocks)}</script>`)))).toEqual(['instagram:CzX1abcDEF9']);
  });

  it("a JSON state assigned in a script (window.__NUXT__ = {...}, __INITIAL_STATE__), matched by the story's address", () => {
    const state = {
      data: [
        {
          story: {
            title: 'Another title in the CMS',
            url: 'https://news.example.com/world/talks-end',
            blocks: [{ type: 'embed', provider: 'youtube', src: 'https://www.youtube.com/embed/gDeCrdzK-gs' }],
          },
        },
      ],
    };
    expect(ids(embeds(shell(`<script>window.__NUXT__ = ${JSON.stringify(state)};</script>`)))).toEqual(['youtube:gDeCrdzK-gs']);
    expect(ids(embeds(shell(`<script>window.__INITIAL_STATE__=${JSON.stringify(state)}</script>`)))).toEqual(['youtube:gDeCrdzK-gs']);
  });

  it("Nuxt 3's __NUXT_DATA__ payload (devalue's flat array of indices), cycles read once", () => {
    const flat = [
      ['ShallowReactive', 1],
      { data: 2, self: 0 },
      ['ShallowReactive', 3],
      { 'article-talks': 4 },
      { title: 5, blocks: 6, parent: 1 },
      TITLE,
      [7, 10],
      { type: 8, url: 9 },
      'tweet',
      'https://twitter.com/cityhall/status/1212392185510924290',
      { type: 11, text: 12 },
      'paragraph',
      LOREM[0],
    ];
    expect(ids(embeds(shell(`<script type="application/json" id="__NUXT_DATA__" data-ssr="true">${inlineJson(flat)}</script>`)))).toEqual([
      'x:1212392185510924290',
    ]);
  });

  it('look-alikes: other stories of a feed in the state, broken or hostile state text', () => {
    const feed = { feed: [arcStory('Live: the war, day 27', [oembed('libe', '1720048529790410996')])] };
    const broken = '{"content_elements":[{"type":"oembed_response","raw_oembed":{"url":"https://twitter.com/a/status/1000000000000000011"';
    const js =
      '{"content_elements":[{"type":"tweet","url":"javascript:alert(1)//twitter.com/a/status/1000000000000000012"}],"headlines":{"basic":"Talks end with new agreement"}}';
    for (const s of [
      `<script>window.__INITIAL_STATE__=${inlineJson(feed)}</script>`,
      `<script>Fusion.globalContent=${broken}</script>`,
      `<script>Fusion.globalContent=${js};</script>`,
      `<script>window.__NUXT__=(function(a,b){return {data:[{}]}}(1,2))</script>`,
    ]) {
      expect(embeds(shell(s))).toEqual([]);
    }
  });

  it('many large state scripts cost a bounded scan', () => {
    const junk = `<script>window.__INITIAL_STATE__={"a":"${'x'.repeat(2_000_000)}</script>`;
    const t = cpuMs();
    expect(embeds(shell(junk.repeat(20)))).toEqual([]);
    expect(cpuMs() - t).toBeLessThan(10_000);
  });

  it("corpus: the Washington Post tweet in the DOM and in __NEXT_DATA__ counts once; Libération's state tweets belong to a live blog in its story feed", () => {
    expect(ids(corpusEmbeds('washingtonpost-weather-tweet'))).toEqual(['x:1783610777993138196']);
    // The three oEmbed tweets of p130 sit in Fusion.contentCache's "site-story-feed-sections", in another
    // story's body (a live blog dated the next day), not in this article's globalContent.
    expect(corpusEmbeds('p130-liberation-fr')).toEqual([]);
  });
});
