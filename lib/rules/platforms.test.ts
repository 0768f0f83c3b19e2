import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { postFromEmbedSrc, postFromId, postFromUrl } from '../detectors/embed-urls';
import { NON_NEWS_HOSTS } from './page-kinds';
import {
  EMBED_ADDRESS_HINTS,
  EMBED_CANDIDATE_SELECTOR,
  EMBED_MARKUP_HINTS,
  GENERIC_EMBED_RULES,
  PLATFORM_BY_ID,
  PLATFORM_RULES,
  PLATFORM_SITES,
  PLATFORMS,
  POST_ADDRESS_ATTRS,
  POST_ADDRESS_SELECTOR,
  platformOfTextHandle,
  type PlatformRule,
} from './platforms';

const MESSAGES = parseMessagesText(readFileSync(join(import.meta.dirname, '../../locales/en.yml'), 'utf8'), 'YAML');
const message = (key: string) => {
  const m = MESSAGES.find((x) => x.key.join('.') === key);
  return m && m.type !== 'plural' ? m.message : null;
};

/** A detached element for a simple selector ("blockquote.twitter-tweet", "[data-telegram-post]"). */
function elementFor(selector: string, attrs: Record<string, string> = {}) {
  const m = /^([a-z-]*)(?:\.([\w-]+))?(?:\[([\w-]+)\])?$/.exec(selector);
  expect(m, selector).not.toBeNull();
  const tag = m![1] || 'div';
  const all = { ...(m![2] ? { class: m![2] } : {}), ...(m![3] ? { [m![3]]: 'x' } : {}), ...attrs };
  const html = Object.entries(all)
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return parseDocument(`<html><body><${tag}${html}></${tag}></body></html>`);
}

// Adding a platform is one entry in PLATFORM_RULES: this walks every entry and checks each table that
// is derived from it, with the entry's own example post.
describe.each(PLATFORM_RULES.map((p) => [p.id, p as PlatformRule] as const))('platform %s', (id, p) => {
  it('is listed once, in order, with its name spelled as the UI spells it', () => {
    expect(PLATFORMS.filter((x) => x === id)).toEqual([id]);
    expect(PLATFORM_BY_ID.get(id)).toBe(p);
    expect(p.home).toMatch(/^https:\/\//);
    expect(p.nameKey).toBe(`platform.${id}`);
    expect(message(p.nameKey)).toBe(p.name);
  });

  it('reads its example post and embed player, and the address hints let both through', () => {
    const post = postFromUrl(p.example.post, null, id);
    expect(post?.platform).toBe(id);
    expect(post?.postId).toBeTruthy();
    // Without a platform named, only federated rules (any host) stay silent.
    if (!p.posts.some((r) => r.anyHost)) expect(postFromUrl(p.example.post)?.platform).toBe(id);
    if (post?.handle) expect(p.handle && post.handle.startsWith(p.handle.prefix)).toBe(true);
    expect(postFromEmbedSrc(p.example.embed)?.platform).toBe(id);
    expect(
      EMBED_ADDRESS_HINTS.some((h) => p.example.embed.includes(h)),
      p.example.embed,
    ).toBe(true);
    if (!p.iframes.some((r) => r.anyHost))
      expect(
        EMBED_MARKUP_HINTS.some((h) => p.example.embed.toLowerCase().includes(h)),
        p.example.embed,
      ).toBe(true);
    expect(EMBED_ADDRESS_HINTS.some((h) => p.example.post.includes(h)) || p.posts.some((r) => r.anyHost), p.example.post).toBe(true);
  });

  it('keeps every markup element inside the candidate selector, and the highlighter finds it by its address', () => {
    for (const rule of p.markup) {
      const doc = elementFor(rule.selector);
      expect(doc.querySelectorAll(EMBED_CANDIDATE_SELECTOR).length, rule.selector).toBe(1);
      // Kept as text by a consent tool, the same markup is worth parsing.
      const html = doc.body.innerHTML.toLowerCase();
      expect(
        EMBED_MARKUP_HINTS.some((h) => html.includes(h)),
        html,
      ).toBe(true);
      for (const attr of rule.urlAttrs) {
        const doc = elementFor(rule.selector, { [attr]: p.example.post });
        expect(doc.querySelectorAll(POST_ADDRESS_SELECTOR).length, `${rule.selector}[${attr}]`).toBe(1);
        expect(POST_ADDRESS_ATTRS).toContain(attr);
      }
    }
  });

  it('reads a bare post id into its post URL', () => {
    if (!p.postById) return expect(p.markup.some((m) => m.idAttr && !m.urlAttrs.length && !m.channelPost)).toBe(false);
    const id0 = postFromUrl(p.example.post, null, id)?.postId ?? '';
    const ref = postFromId(p, p.postById.id.test(id0) ? id0 : '12345678901');
    expect(ref?.platform).toBe(id);
    expect(postFromUrl(ref?.url, null, id)?.platform ?? postFromEmbedSrc(ref?.url)?.platform).toBe(id);
  });

  it('names its own sites as pages that are not news, and each is one of its post hosts', () => {
    const hosts = new Set([...p.posts, ...p.iframes].flatMap((r) => r.hosts));
    for (const site of p.sites) {
      expect(hosts.has(site), site).toBe(true);
      expect(PLATFORM_SITES).toContain(site);
      expect(NON_NEWS_HOSTS).toContain(site);
    }
  });

  it('tells its handles in plain text from every other platform', () => {
    if (!p.textHandle) return expect(p.example.textHandle).toBeUndefined();
    expect(p.example.textHandle, 'an example handle').toBeDefined();
    expect(platformOfTextHandle(p.example.textHandle!)).toBe(id);
    for (const other of PLATFORM_RULES as readonly PlatformRule[]) {
      if (other.id !== id && other.textHandle) expect(other.textHandle.test(p.example.textHandle!), other.id).toBe(false);
    }
    for (const from of p.attributionFrom ?? []) expect(PLATFORMS).toContain(from);
  });

  it('anchors every URL pattern and bounds its repetition', () => {
    for (const r of [...p.posts, ...p.iframes]) {
      expect(r.path.source.startsWith('^'), r.path.source).toBe(true);
      expect(r.path.source, `${id}: unbounded repetition`).not.toMatch(/(?<!\\)[*+](?![^[]*\])/);
    }
  });
});

describe('derived platform tables', () => {
  it('list the platforms of the report type and nothing else', () => {
    expect([...PLATFORMS]).toEqual(PLATFORM_RULES.map((p) => p.id));
    expect(new Set(PLATFORMS).size).toBe(PLATFORMS.length);
  });

  it('keep every generic and click-to-load wrapper inside the candidate selector too', () => {
    for (const rule of GENERIC_EMBED_RULES) {
      expect(elementFor(rule.selector).querySelectorAll(EMBED_CANDIDATE_SELECTOR).length, rule.selector).toBe(1);
      // A click-to-load rule reads one address attribute: never the element's text.
      if (rule.clickToLoad) expect(rule.urlAttr, rule.selector).not.toBeNull();
    }
  });

  it('leave plain quotations and ordinary elements out of the candidate selector', () => {
    const doc = parseDocument('<html><body><p>Text</p><div class="story">x</div><span data-src="a.jpg">y</span></body></html>');
    expect(doc.querySelectorAll(EMBED_CANDIDATE_SELECTOR).length).toBe(0);
  });
});

describe('post URLs are normalised per platform', () => {
  const cases: [string, string, string | null, string | null, string | null][] = [
    // raw, platform, normalised URL, post id, handle
    [
      'https://twitter.com/mfa_russia/status/1991500000000000000?ref_src=twsrc%5Etfw',
      'x',
      'https://x.com/mfa_russia/status/1991500000000000000',
      '1991500000000000000',
      '@mfa_russia',
    ],
    [
      'http://mobile.twitter.com/SenOssoff/statuses/1529811248258371590',
      'x',
      'https://x.com/SenOssoff/status/1529811248258371590',
      '1529811248258371590',
      '@SenOssoff',
    ],
    ['https://x.com/i/web/status/1511642234562752512', 'x', 'https://x.com/i/status/1511642234562752512', '1511642234562752512', null],
    ['https://twitter.com/i/status/1511642234562752512', 'x', 'https://x.com/i/status/1511642234562752512', '1511642234562752512', null],
    [
      'https://www.instagram.com/p/B_fawQoFahE/?utm_source=ig_embed&utm_campaign=loading',
      'instagram',
      'https://www.instagram.com/p/B_fawQoFahE/',
      'B_fawQoFahE',
      null,
    ],
    ['https://www.instagram.com/tv/CIqsGheBmpi/', 'instagram', 'https://www.instagram.com/tv/CIqsGheBmpi/', 'CIqsGheBmpi', null],
    ['https://www.instagram.com/reel/C1a2b3c4d5/', 'instagram', 'https://www.instagram.com/reel/C1a2b3c4d5/', 'C1a2b3c4d5', null],
    [
      'https://www.facebook.com/Sozialdemokratie/posts/928812574504508/',
      'facebook',
      'https://www.facebook.com/Sozialdemokratie/posts/928812574504508/',
      '928812574504508',
      '@Sozialdemokratie',
    ],
    [
      'https://www.facebook.com/CHCoteBasque/photos/a.182970021827953/1920722881385983/?type=3&theater',
      'facebook',
      'https://www.facebook.com/CHCoteBasque/photos/a.182970021827953/1920722881385983/',
      '1920722881385983',
      '@CHCoteBasque',
    ],
    [
      'https://www.facebook.com/groups/123456789012/posts/987654321098765/',
      'facebook',
      'https://www.facebook.com/groups/123456789012/posts/987654321098765/',
      '987654321098765',
      null,
    ],
    [
      'https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1332832050135&type=3',
      'facebook',
      'https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1332832050135&type=3',
      '10207393772231779',
      null,
    ],
    ['https://youtu.be/TdChki1-wW4?t=10', 'youtube', 'https://www.youtube.com/watch?v=TdChki1-wW4', 'TdChki1-wW4', null],
    ['https://www.youtube.com/watch?feature=share&v=K7yr8Sg44cA', 'youtube', 'https://www.youtube.com/watch?v=K7yr8Sg44cA', 'K7yr8Sg44cA', null],
    ['https://www.youtube.com/shorts/KPnmmIrD0oc', 'youtube', 'https://www.youtube.com/watch?v=KPnmmIrD0oc', 'KPnmmIrD0oc', null],
    [
      'https://www.tiktok.com/@scout2015/video/6718335390845095173',
      'tiktok',
      'https://www.tiktok.com/@scout2015/video/6718335390845095173',
      '6718335390845095173',
      '@scout2015',
    ],
    [
      'https://bsky.app/profile/jay.bsky.team/post/3lbmtwjj6gk2x',
      'bluesky',
      'https://bsky.app/profile/jay.bsky.team/post/3lbmtwjj6gk2x',
      '3lbmtwjj6gk2x',
      '@jay.bsky.team',
    ],
    ['https://www.threads.net/@zuck/post/C8l2k5Rv0Xe', 'threads', 'https://www.threads.com/@zuck/post/C8l2k5Rv0Xe', 'C8l2k5Rv0Xe', '@zuck'],
    ['https://t.me/chollometro/28542', 'telegram', 'https://t.me/chollometro/28542', '28542', '@chollometro'],
    ['https://www.reddit.com/r/worldnews/comments/1abcde/some_title/', 'reddit', 'https://www.reddit.com/r/worldnews/comments/1abcde/', '1abcde', null],
    [
      'https://www.linkedin.com/posts/satyanadella_ai-copilot-activity-7123456789012345678-abcd/',
      'linkedin',
      'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/',
      '7123456789012345678',
      null,
    ],
    ['https://vimeo.com/76979871', 'vimeo', 'https://vimeo.com/76979871', '76979871', null],
  ];
  it.each(cases)('%s', (raw, platform, url, id, handle) => {
    const ref = postFromUrl(raw);
    expect(ref).toEqual({ platform, url, postId: id, handle });
  });

  it('reads a Mastodon post on any instance only when asked for Mastodon', () => {
    expect(postFromUrl('https://mastodon.social/@Gargron/109334245433734985')).toBeNull();
    expect(postFromUrl('https://mastodon.social/@Gargron/109334245433734985', null, 'mastodon')).toEqual({
      platform: 'mastodon',
      url: 'https://mastodon.social/@Gargron/109334245433734985',
      postId: '109334245433734985',
      handle: '@Gargron@mastodon.social',
    });
  });

  it('does not take profiles, follow links, share buttons or channels for posts', () => {
    for (const raw of [
      'https://twitter.com/mfa_russia',
      'https://twitter.com/intent/follow?screen_name=electrekco',
      'https://www.threads.net/@techcrunch',
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fstory',
      'https://www.facebook.com/electrekco/',
      'https://www.youtube.com/channel/UCcOIZzJgLCyMPILY7-1Vsdg?sub_confirmation=1',
      'https://youtube.com/c/electrekco',
      'https://www.instagram.com/kirabejaoui/',
      'https://t.me/unzAT',
      'https://bsky.app/profile/jay.bsky.team',
    ]) {
      expect(postFromUrl(raw), raw).toBeNull();
    }
  });

  it('lets only http(s) out and survives hostile input', () => {
    expect(postFromUrl('javascript:alert(1)//twitter.com/a/status/123456789')).toBeNull();
    expect(postFromUrl('data:text/html,https://twitter.com/a/status/123456789')).toBeNull();
    expect(postFromUrl('https://twitter.com/a/status/1234567' + '9'.repeat(5000))).toBeNull();
    expect(() => postFromEmbedSrc('https://www.facebook.com/plugins/post.php?href=%E0%A4%A')).not.toThrow();
    expect(postFromEmbedSrc('https://www.facebook.com/plugins/post.php?href=%E0%A4%A')).toBeNull();
    expect(postFromUrl('https://twitter.com/%E0%A4%A/status/123456789')).toBeNull();
  });
});

describe('embed iframe sources', () => {
  const cases: [string, string, string | null, string | null][] = [
    [
      'https://platform.twitter.com/embed/Tweet.html?dnt=false&embedId=twitter-widget-0&frame=false&id=1511642234562752512&lang=en',
      'x',
      'https://x.com/i/status/1511642234562752512',
      '1511642234562752512',
    ],
    ['https://www.instagram.com/p/BwhCjGGF1Tt/embed/captioned/', 'instagram', 'https://www.instagram.com/p/BwhCjGGF1Tt/', 'BwhCjGGF1Tt'],
    [
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fphoto.php%3Ffbid%3D10207393772231779%26set%3Da.1332832050135%26type%3D3&width=500',
      'facebook',
      'https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1332832050135&type=3',
      '10207393772231779',
    ],
    [
      'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fzdf%2Fvideos%2F1234567890123456%2F&show_text=0',
      'facebook',
      'https://www.facebook.com/zdf/videos/1234567890123456/',
      '1234567890123456',
    ],
    [
      'https://www.facebook.com/v18.0/plugins/post.php?app_id=&container_width=600&href=https%3A%2F%2Fwww.facebook.com%2FSozialdemokratie%2Fposts%2F928812574504508%2F&locale=de_DE',
      'facebook',
      'https://www.facebook.com/Sozialdemokratie/posts/928812574504508/',
      '928812574504508',
    ],
    ['//www.youtube.com/embed/K7yr8Sg44cA', 'youtube', 'https://www.youtube.com/watch?v=K7yr8Sg44cA', 'K7yr8Sg44cA'],
    ['https://www.youtube-nocookie.com/embed/TdChki1-wW4?rel=0', 'youtube', 'https://www.youtube.com/watch?v=TdChki1-wW4', 'TdChki1-wW4'],
    ['https://player.vimeo.com/video/76979871?h=8272103f6e', 'vimeo', 'https://vimeo.com/76979871', '76979871'],
    [
      'https://www.linkedin.com/embed/feed/update/urn:li:share:7123456789012345678',
      'linkedin',
      'https://www.linkedin.com/feed/update/urn:li:share:7123456789012345678/',
      '7123456789012345678',
    ],
    ['https://t.me/chollometro/28542?embed=1&mode=tme', 'telegram', 'https://t.me/chollometro/28542', '28542'],
    ['https://embed.reddit.com/r/worldnews/comments/1abcde/some_title/?embed=true', 'reddit', 'https://www.reddit.com/r/worldnews/comments/1abcde/', '1abcde'],
    ['https://www.tiktok.com/embed/v2/6718335390845095173', 'tiktok', 'https://www.tiktok.com/embed/v2/6718335390845095173', '6718335390845095173'],
    [
      'https://embed.bsky.app/embed/did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3lbmtwjj6gk2x',
      'bluesky',
      'https://bsky.app/profile/did:plc:oky5czdrnfjpqslsw2a5iclo/post/3lbmtwjj6gk2x',
      '3lbmtwjj6gk2x',
    ],
    ['https://mastodon.social/@Gargron/109334245433734985/embed', 'mastodon', 'https://mastodon.social/@Gargron/109334245433734985', '109334245433734985'],
    ['https://www.threads.net/@zuck/post/C8l2k5Rv0Xe/embed', 'threads', 'https://www.threads.com/@zuck/post/C8l2k5Rv0Xe', 'C8l2k5Rv0Xe'],
  ];
  it.each(cases)('%s', (src, platform, url, id) => {
    const ref = postFromEmbedSrc(src);
    expect(ref?.platform).toBe(platform);
    expect(ref?.url).toBe(url);
    expect(ref?.postId).toBe(id);
  });

  it('skips players and widgets that are not one post', () => {
    for (const src of [
      'https://www.youtube-nocookie.com/embed/videoseries?list=PLy0NQSOSzjFcBeu3ziTjxqyQZRxBpdlmq',
      'https://www.youtube.com/embed/wh5M-xjzus4?playlist=mvDHs0LCTf8,N4uJiZmcYbc,4SBwRCHeYpg',
      'https://www.youtube.com/embed/live_stream?channel=UCcOIZzJgLCyMPILY7-1Vsdg',
      'https://www.facebook.com/plugins/like.php?href=http%3A%2F%2Fwww.facebook.com%2Fyahoonews&layout=button_count',
      'https://www.facebook.com/plugins/likebox.php?href=http%3A%2F%2Fwww.facebook.com%2Ftelegraph.co.uk',
      'http://platform.twitter.com/widgets/follow_button.html?screen_name=yahoonews',
      'https://platform.twitter.com/widgets/widget_iframe.644279d1635fd969e87af94a98bd232b.html?origin=https%3A%2F%2Fwww.buzzfeed.com',
      'https://syndication.twitter.com/srv/timeline-profile/screen-name/electrekco',
      'https://www.tiktok.com/embed.js',
    ]) {
      expect(postFromEmbedSrc(src), src).toBeNull();
    }
  });
});
