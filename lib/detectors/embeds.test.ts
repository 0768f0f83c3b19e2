import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { decodeHtml } from '../../cli/load';
import { analyze } from '../analyze';
import type { EmbeddedPost } from '../report';

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
  const labels = readFileSync(join(DEFAULT_CORPUS, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; file: string; url: string | null });
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
    const html = page('<div><blockquote class="twitter-tweet" data-lang="de"><a href="https://twitter.com/BoxenIude/status/1862204060138389630">&nbsp;</a></blockquote></div>');
    expect(embeds(html)).toMatchObject([{ platform: 'x', handle: '@BoxenIude', postId: '1862204060138389630', url: 'https://x.com/BoxenIude/status/1862204060138389630' }]);
  });

  it('reads a rendered Tweet iframe alone (id only)', () => {
    const html = page('<div class="twitter-tweet twitter-tweet-rendered"><iframe title="X Post" src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;embedId=twitter-widget-0&amp;frame=false&amp;hideCard=false&amp;id=1511642234562752512&amp;lang=en"></iframe></div>');
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
    const html = page('<iframe id="twitter-widget-0" class="twitter-tweet twitter-tweet-rendered" data-tweet-id="800384752746254337" title="Twitter Tweet"></iframe>');
    expect(embeds(html)).toMatchObject([{ platform: 'x', postId: '800384752746254337', form: 'iframe' }]);
  });

  it('reads the plain-text form with a t.co link as the URL', () => {
    const html = page(`<p>In a post on X, the ministry wrote that the partnership was at its best. On November 18, President #Putin met with China's Premier Li Qiang. https://t.co/hiZ6c5DPZr pic.twitter.com/uykWJUrA91 — MFA Russia 🇷🇺 (@mfa_russia) November 20, 2025</p>`);
    expect(embeds(html)).toMatchObject([{ platform: 'x', handle: '@mfa_russia', author: 'MFA Russia', date: '2025-11-20', url: 'https://t.co/hiZ6c5DPZr', postId: null, form: 'text' }]);
  });

  it('prefers the status URL a plain-text post links to', () => {
    const html = page(`<p>Record heat at the base pic.twitter.com/AbC123xy — SMN Argentina (@SMN_Argentina) <a href="https://twitter.com/SMN_Argentina/status/1225455484259442691">February 6, 2020</a></p>`);
    expect(embeds(html)).toMatchObject([{ platform: 'x', form: 'text', postId: '1225455484259442691', url: 'https://x.com/SMN_Argentina/status/1225455484259442691', date: '2020-02-06' }]);
  });

  it('reads a classless quote whose attribution line stands in its own block', () => {
    const html = page(`<blockquote><p lang="en" dir="ltr">Our deepest condolences #airasiamissing pic.twitter.com/Nli9H4c2md</p>&mdash; Bigi (@DrBigi) December 30, 2014</blockquote>`);
    expect(embeds(html)).toMatchObject([{ platform: 'x', handle: '@DrBigi', author: 'Bigi', date: '2014-12-30', url: 'https://pic.twitter.com/Nli9H4c2md', text: 'Our deepest condolences #airasiamissing', form: 'text' }]);
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
    const html = page(`<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/BwhCjGGF1Tt/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="12"><div><a href="https://www.instagram.com/p/BwhCjGGF1Tt/?utm_source=ig_embed&amp;utm_campaign=loading">View this post on Instagram</a><p><a href="https://www.instagram.com/p/BwhCjGGF1Tt/">Sneaker love</a></p><p>A post shared by <a href="https://www.instagram.com/kirabejaoui/">Kira Bejaoui</a> (@kirabejaoui) on <time datetime="2019-04-21T10:04:51+00:00">Apr 21, 2019 at 3:04am PDT</time></p></div></blockquote>`);
    expect(embeds(html)).toMatchObject([{ platform: 'instagram', url: 'https://www.instagram.com/p/BwhCjGGF1Tt/', postId: 'BwhCjGGF1Tt', handle: '@kirabejaoui', author: 'Kira Bejaoui', date: '2019-04-21', form: 'markup' }]);
  });

  it('Facebook div.fb-post with its fallback quote counts once', () => {
    const html = page(`<div id="fb-root"></div><div class="fb-post" data-href="https://www.facebook.com/Sozialdemokratie/posts/928812574504508/" data-width="600">
<blockquote cite="https://graph.facebook.com/Sozialdemokratie/videos/928812574504508/" class="fb-xfbml-parse-ignore"><p>In Zeiten explodierender Kosten für Strom, Heizen und Lebensmittel dürfen Familien nicht noch zusätzlich belastet werden.</p>
<p>Posted by <a href="https://www.facebook.com/Sozialdemokratie">SPÖ</a> on&nbsp;<a href="https://graph.facebook.com/Sozialdemokratie/videos/928812574504508/">Monday, February 7, 2022</a></p></blockquote></div>`);
    expect(embeds(html)).toMatchObject([{ platform: 'facebook', postId: '928812574504508', author: 'SPÖ', date: '2022-02-07', url: 'https://www.facebook.com/Sozialdemokratie/posts/928812574504508/' }]);
  });

  it('Facebook plugin iframe with a percent-encoded post URL', () => {
    const html = page('<p><iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fphoto.php%3Ffbid%3D10207393772231779%26set%3Da.1332832050135.2039779.1511060888%26type%3D3&amp;width=500" width="500" height="650"></iframe></p>');
    expect(embeds(html)).toMatchObject([{ platform: 'facebook', postId: '10207393772231779', form: 'iframe' }]);
  });

  it('TikTok blockquote with cite and data-video-id', () => {
    const html = page(`<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout2015/video/6718335390845095173" data-video-id="6718335390845095173"><section><a target="_blank" title="@scout2015" href="https://www.tiktok.com/@scout2015?refer=embed">@scout2015</a> Scramble up ur name &amp; I'll try to guess it</section></blockquote><script async src="https://www.tiktok.com/embed.js"></script>`);
    expect(embeds(html)).toMatchObject([{ platform: 'tiktok', postId: '6718335390845095173', handle: '@scout2015', url: 'https://www.tiktok.com/@scout2015/video/6718335390845095173' }]);
  });

  it('Bluesky blockquote with an at:// URI', () => {
    const html = page(`<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3lbmtwjj6gk2x" data-bluesky-cid="bafyreia"><p lang="en">Nothing to see here, just the whole team at a table</p>&mdash; Jay (<a href="https://bsky.app/profile/did:plc:oky5czdrnfjpqslsw2a5iclo?ref_src=embed">@jay.bsky.team</a>) <a href="https://bsky.app/profile/did:plc:oky5czdrnfjpqslsw2a5iclo/post/3lbmtwjj6gk2x?ref_src=embed">November 25, 2024 at 12:58 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>`);
    expect(embeds(html)).toMatchObject([{ platform: 'bluesky', postId: '3lbmtwjj6gk2x', handle: '@jay.bsky.team', author: 'Jay', date: '2024-11-25', url: 'https://bsky.app/profile/did:plc:oky5czdrnfjpqslsw2a5iclo/post/3lbmtwjj6gk2x' }]);
  });

  it('Mastodon blockquote and iframe', () => {
    const html = page(`<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@Gargron/109334245433734985/embed"><a href="https://mastodon.social/@Gargron/109334245433734985">Post by @Gargron@mastodon.social</a></blockquote>
<p>${LOREM[1]}</p>
<iframe src="https://fosstodon.org/@kev/110123456789012345/embed" class="mastodon-embed" width="400"></iframe>`);
    expect(embeds(html)).toMatchObject([
      { platform: 'mastodon', postId: '109334245433734985', handle: '@Gargron@mastodon.social' },
      { platform: 'mastodon', postId: '110123456789012345', handle: '@kev@fosstodon.org' },
    ]);
  });

  it('Threads blockquote with data-text-post-permalink', () => {
    const html = page(`<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/C8l2k5Rv0Xe" data-text-post-version="0"><a href="https://www.threads.net/@zuck/post/C8l2k5Rv0Xe">View on Threads</a></blockquote><script async src="https://www.threads.net/embed.js"></script>`);
    expect(embeds(html)).toMatchObject([{ platform: 'threads', postId: 'C8l2k5Rv0Xe', handle: '@zuck' }]);
  });

  it('Telegram post widget', () => {
    const html = page('<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="durov/43" data-width="100%"></script>');
    expect(embeds(html)).toMatchObject([{ platform: 'telegram', url: 'https://t.me/durov/43', postId: '43', handle: '@durov' }]);
  });

  it('Reddit blockquote', () => {
    const html = page(`<blockquote class="reddit-embed-bq" data-embed-height="316"><a href="https://www.reddit.com/r/worldnews/comments/1abcde/some_title/">Some title</a><br> by <a href="https://www.reddit.com/user/someone/">u/someone</a> in <a href="https://www.reddit.com/r/worldnews/">worldnews</a></blockquote><script async src="https://embed.reddit.com/widgets.js"></script>`);
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
    ['facebook', '<amp-facebook width="552" height="310" data-href="https://www.facebook.com/zuck/posts/10102593740125791"></amp-facebook>', '10102593740125791'],
    ['youtube', '<amp-youtube data-videoid="mGENRKrdoGY" layout="responsive" width="480" height="270"></amp-youtube>', 'mGENRKrdoGY'],
    ['vimeo', '<amp-vimeo data-videoid="27246366" layout="responsive" width="500" height="281"></amp-vimeo>', '27246366'],
    ['tiktok', '<amp-tiktok width="325" height="575" data-src="6718335390845095173"></amp-tiktok>', '6718335390845095173'],
    ['reddit', '<amp-reddit layout="responsive" width="300" height="400" data-embedtype="post" data-src="https://www.reddit.com/r/me_irl/comments/52rmir/me_irl/"></amp-reddit>', '52rmir'],
    ['youtube', '<amp-iframe width="200" height="100" layout="responsive" src="https://www.youtube.com/embed/TdChki1-wW4"></amp-iframe>', 'TdChki1-wW4'],
    ['youtube', '<div class="rll-youtube-player" data-src="https://www.youtube.com/embed/TdChki1-wW4" data-id="TdChki1-wW4" data-query="feature=oembed"></div><noscript><iframe src="https://www.youtube.com/embed/TdChki1-wW4?feature=oembed"></iframe></noscript>', 'TdChki1-wW4'],
  ])('%s', (platform, el, id) => {
    expect(embeds(page(`<p>${el}</p>`))).toMatchObject([{ platform, postId: id }]);
  });
});

describe('in the article or not', () => {
  it('an embed in an inline <aside> box within the body text counts', () => {
    const html = page('<aside class="inline-embed"><blockquote class="twitter-tweet"><a href="https://twitter.com/WhiteHouse/status/1889122688884453876">February 11, 2025</a></blockquote></aside>');
    expect(embeds(html).map((e) => e.postId)).toEqual(['1889122688884453876']);
  });

  it('an embed set between the article\'s paragraphs counts even outside the container of its text', () => {
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
    ['instagram', '<iframe class="instagram-media instagram-media-rendered" src="https://www.instagram.com/p/BwhCjGGF1Tt/embed/captioned/?cr=1&amp;v=12"></iframe>', 'BwhCjGGF1Tt'],
    ['linkedin', '<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:7123456789012345678" height="600" width="504" title="Embedded post"></iframe>', '7123456789012345678'],
    ['telegram', '<iframe src="https://t.me/chollometro/28542?embed=1&amp;mode=tme"></iframe>', '28542'],
    ['reddit', '<iframe src="https://embed.reddit.com/r/worldnews/comments/1abcde/some_title/?embed=true"></iframe>', '1abcde'],
    ['tiktok', '<iframe src="https://www.tiktok.com/embed/v2/6718335390845095173"></iframe>', '6718335390845095173'],
    ['bluesky', '<iframe src="https://embed.bsky.app/embed/did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3lbmtwjj6gk2x"></iframe>', '3lbmtwjj6gk2x'],
    ['threads', '<iframe src="https://www.threads.net/@zuck/post/C8l2k5Rv0Xe/embed"></iframe>', 'C8l2k5Rv0Xe'],
    ['facebook', '<iframe data-src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fzdf%2Fvideos%2F1234567890123456%2F" src="about:blank"></iframe>', '1234567890123456'],
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
    const html = page('<b>Diskussion zum Artikel auf unserem <a href="https://t.me/unzAT">Telegram-Kanal</a>:</b><script async src="https://telegram.org/js/telegram-widget.js?18" data-page-url="https://example.at/story/" data-telegram-discussion="unzAT/" data-comments-limit="5"></script>');
    expect(embeds(html)).toEqual([]);
  });

  it('follow and profile links, share buttons, a channel link', () => {
    const html = page(`<p>Follow <a href="https://www.threads.net/@techcrunch">@techcrunch on Threads</a> and <a href="https://twitter.com/electrekco">Twitter</a>.</p>
<p><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.com%2Fworld%2Ftalks-end">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?text=Talks">Share on X</a></p>
<p>Subscribe to <a href="https://www.youtube.com/channel/UCcOIZzJgLCyMPILY7-1Vsdg?sub_confirmation=1">our YouTube channel</a>.</p>
<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example.com%2Fworld%2Ftalks-end&amp;layout=button_count"></iframe>
<iframe src="https://platform.twitter.com/widgets/follow_button.html?screen_name=example"></iframe>`);
    expect(embeds(html)).toEqual([]);
  });

  it('a playlist or channel feed player', () => {
    const html = page(`<div class="fluid-width-video-wrapper"><iframe title="Recent Videos" src="https://www.youtube.com/embed/wh5M-xjzus4?playlist=mvDHs0LCTf8,N4uJiZmcYbc,4SBwRCHeYpg"></iframe></div>
<iframe src="https://www.youtube-nocookie.com/embed/videoseries?list=PLy0NQSOSzjFcBeu3ziTjxqyQZRxBpdlmq"></iframe>`);
    expect(embeds(html)).toEqual([]);
  });

  it('embeds in sidebars and footers, outside the article', () => {
    const tweet = '<blockquote class="twitter-tweet"><p>Sidebar tweet</p>&mdash; Site (@site) <a href="https://twitter.com/site/status/1234567890123456789">May 1, 2020</a></blockquote>';
    const video = '<div class="live-video"><iframe src="https://www.youtube.com/embed/P-CeRGiDLis"></iframe></div>';
    expect(embeds(page('', tweet, video))).toEqual([]);
    // The same markup inside the article body counts.
    expect(embeds(page(tweet + video, '', '')).map((e) => e.platform)).toEqual(['x', 'youtube']);
  });

  it('a "(@handle)" mention that is not an attribution line', () => {
    const html = page('<p>The minister (@minister) said on Monday, November 3, 2025 that talks would resume.</p><p>Contact the desk (@newsdesk) for details.</p>');
    expect(embeds(html)).toEqual([]);
  });
});

describe('scale and hostile input', () => {
  it('stays fast and bounded with thousands of embeds', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `<blockquote class="twitter-tweet"><a href="https://twitter.com/u${i}/status/${1000000000 + i}">May 1, 2020</a></blockquote>`).join('');
    const t = performance.now();
    const found = embeds(page(many));
    expect(performance.now() - t).toBeLessThan(5000);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(500);
  });

  it('survives long adversarial text and bad URLs, and lets only http(s) out', () => {
    const junk = `${'— '.repeat(50_000)}${'(@a'.repeat(30_000)} ${'(@x) '.repeat(20_000)}`;
    const html = page(`<p>${junk}</p><iframe src="javascript:alert('https://www.youtube.com/embed/TdChki1-wW4')"></iframe>
<div class="fb-post" data-href="https://www.facebook.com/%E0%A4%A/posts/%ZZ"></div>
<iframe src="https://www.facebook.com/plugins/post.php?href=%E0%A4%A"></iframe>`);
    const t = performance.now();
    const found = embeds(html);
    expect(performance.now() - t).toBeLessThan(5000);
    for (const e of found) if (e.url) expect(e.url).toMatch(/^https?:\/\//);
  });
});

describe('corpus pages', () => {
  it('seed: one X post by @mfa_russia from its plain-text form', () => {
    const found = corpusEmbeds('seed-asianet-putin-li-qiang');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ platform: 'x', handle: '@mfa_russia', author: 'MFA Russia', date: '2025-11-20', form: 'text', url: 'https://t.co/hiZ6c5DPZr' });
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
