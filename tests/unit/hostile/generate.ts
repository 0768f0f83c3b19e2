// Hostile input for the engine: text runs built to make regular expressions backtrack, markup that
// tries to run script or smuggle non-http links through the report, and pages far larger or deeper
// than any real article. Every maker is deterministic, so a slow or failing case can be re-run.

/** A run of text aimed at one or more rule families, grown to about `chars` characters. */
export interface HostileRun {
  name: string;
  /** What the run is aimed at: rule families whose patterns start matching it and then fail. */
  aims: string[];
  make: (chars: number) => string;
}

/** Repeats `unit` until the result is at least `chars` long (cut to `chars`). */
export function repeat(unit: string, chars: number): string {
  if (!unit) return '';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Cycles through several units, so a run is near-miss after near-miss rather than one token. */
function cycle(units: string[], chars: number): string {
  const joined = units.join('');
  return repeat(joined, chars);
}

const run = (name: string, aims: string[], unit: string | string[]): HostileRun => ({
  name,
  aims,
  make: (chars) => (Array.isArray(unit) ? cycle(unit, chars) : repeat(unit, chars)),
});

// Each run is a prefix a rule starts to match, repeated with no way for the match to complete: the
// shape that turns a pattern with nested or adjacent unbounded repetition quadratic or worse.
export const HOSTILE_RUNS: HostileRun[] = [
  run('reuters datelines', ['agencies', 'dateline'], 'LONDON (Reuters) - '),
  run('datelines without the dash', ['agencies', 'dateline'], 'WASHINGTON (AP) '),
  run('(AP) tags', ['agencies', 'captions'], '(AP) '),
  run('em-dash datelines', ['agencies', 'dateline'], 'HANOI, Vietnam (AP) — '),
  run('open parentheses', ['agencies', 'dateline', 'embeds'], '('),
  run('unclosed agency tag', ['agencies'], '(Reuters'),
  run('capital words', ['agencies', 'dateline'], 'WASHINGTON '),
  run('capitals and commas', ['agencies', 'dateline'], 'BEIRUT/THE HAGUE, March 7 '),
  run('by by by', ['bylines', 'agencies'], 'By '),
  run('byline name lists', ['bylines', 'agencies'], 'By AMANDA SEITZ and BEATRICE DUPUY and '),
  run('spaces', ['all'], ' '),
  run('no-break spaces', ['all'], '\u00a0'),
  run('mixed white space', ['all'], ' \u00a0\u2009\u200b\t'),
  run('line breaks', ['all'], '\n'),
  run('one long word', ['all'], 'a'),
  run('one long capital word', ['agencies', 'dateline'], 'A'),
  run('digits', ['embeds', 'dates'], '7'),
  run('dots', ['sentences'], '.'),
  run('dashes', ['agencies', 'dateline'], '- '),
  run('pic.twitter.com links', ['embeds'], 'pic.twitter.com/'),
  run('post sign-offs', ['embeds'], '— Name (@'),
  run('post sign-offs with dates', ['embeds'], '— Narendra Modi (@narendramodi) March '),
  run('at signs', ['embeds'], '@'),
  run('status URLs', ['embeds'], 'https://twitter.com/x/status/'),
  run('slashes', ['embeds', 'urls'], '/'),
  run('reporting by', ['agencies', 'sign-off'], 'Reporting by '),
  run('reuters trailers', ['agencies', 'sign-off'], 'Reporting by A; Editing by B; '),
  run('with inputs from', ['agencies'], 'with inputs from '),
  run('contributed to this report', ['agencies'], 'Associated Press writers '),
  run('copyright lines', ['agencies', 'disclaimers'], '© '),
  run('copyright words', ['agencies'], 'Copyright 2020 The '),
  run('bare agency names', ['agencies'], 'PTI '),
  run('agency slashes', ['agencies', 'captions'], 'dpa/'),
  run('photo credits', ['captions'], '(AP Photo/'),
  run('source lines', ['agencies'], 'Source: '),
  run('not edited by', ['disclaimers'], 'has not been edited by '),
  run('syndicated feed', ['disclaimers'], 'auto-generated from a '),
  run('only the headline', ['disclaimers'], 'only the headline and the '),
  run('german disclaimers', ['disclaimers'], 'automatisch von der '),
  run('originally published', ['republication'], 'This story originally appeared on '),
  run('republished with permission', ['republication'], 'republished with permission from '),
  run('press release words', ['press-release'], 'SOURCE '),
  run('press release wires', ['press-release'], 'PRNewswire/ -- '),
  run('sponsored labels', ['sponsored'], 'Sponsored '),
  run('paid content', ['sponsored'], 'in partnership with '),
  run('cyrillic datelines', ['agencies', 'dateline'], 'МОСКВА, 29 июня. /ТАСС'),
  run('cjk datelines', ['agencies', 'dateline'], '新华社北京4月24日'),
  run('spanish datelines', ['agencies', 'dateline'], 'Bruselas, 7 oct (EFE'),
  run('german datelines', ['agencies', 'dateline'], 'Frankfurt/Main (dpa/'),
  run(
    'mixed near-misses',
    ['all'],
    ['LONDON (Reuters', ' By ', '(AP Photo/', '— A (@', 'pic.twitter.com/', ' with inputs from ', '\u00a0', 'has not been edited by '],
  ),
];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/**
 * A page carrying one text run in every slot a detector reads: title, meta, JSON-LD, byline slot,
 * dateline paragraph, body paragraph, caption, sign-off and a social-post blockquote. The byline and
 * caption slots are short in real pages, so they get the first part of the run; the body gets all of it.
 */
export function pageWithRun(text: string): string {
  const short = text.slice(0, 250);
  // Detectors read short candidates (a paragraph, a line, a caption) and may skip very long ones: the
  // same run cut into paragraph-sized pieces reaches every rule at full length, many times over.
  const pieces: string[] = [];
  const sizes = [120, 300, 1500];
  for (let at = 0, i = 0; at < text.length; at += sizes[i % 3]!, i++) pieces.push(text.slice(at, at + sizes[i % 3]!));
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: short,
    author: [{ '@type': 'Organization', name: short }],
    creditText: text.slice(0, 100_000),
    sourceOrganization: { name: short },
    isBasedOn: text.slice(0, 100_000),
  }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(short)}</title>
<meta property="og:title" content="${esc(short)}">
<meta name="author" content="${esc(short)}">
<meta property="og:description" content="${esc(text.slice(0, 2000))}">
<script type="application/ld+json">${ld}</script>
</head><body><article>
<h1>${esc(short)}</h1>
<div class="byline">${esc(short)}</div>
<p>${esc(text)}</p>
<p>The council met on Tuesday to discuss the budget, officials said in a statement.</p>
<figure><img src="a.jpg" alt="${esc(short)}"><figcaption>${esc(short)}</figcaption></figure>
<blockquote class="twitter-tweet"><p lang="en">${esc(text)}</p>&mdash; ${esc(short)}</blockquote>
<p><i>${esc(text)}</i></p>
${pieces.map((piece, i) => (i % 7 === 6 ? `<figure><figcaption>${esc(piece)}</figcaption></figure>` : `<p>${esc(piece)}</p>`)).join('\n')}
</article></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Hostile markup: script payloads and non-http URLs in every slot the report can quote or link.

/** Strings that run script if anything ever puts them into the DOM as markup. */
export const SCRIPT_PAYLOADS = [
  '<img src=x onerror="document.title=\'pwned\';alert(1)">',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '</style><script>alert(1)</script>',
];

/** Links that must never reach the report as a link: only http: and https: may. */
export const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/x',
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
  '//evil.example/x',
  'about:blank',
];

/** A page that puts payloads and bad URLs into titles, bylines, disclaimers, posts, handles and JSON-LD. */
export function hostileMarkupPage(payload: string, badUrl: string, opts: { hugeJsonLd?: boolean; inert?: boolean } = {}): string {
  const p = esc(payload);
  const u = esc(badUrl);
  // Inert: nothing on the page runs by itself (no handler attributes, no frame loading a bad URL), so
  // in a browser any script that runs was put there by someone else.
  const onerror = opts.inert ? '' : ' onerror="alert(1)"';
  const frameSrc = opts.inert ? 'https://platform.twitter.com/embed/Tweet.html?id=1' : u;
  const huge = opts.hugeJsonLd ? 'x'.repeat(900_000) : payload;
  const ld = [
    JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      __proto__: { polluted: 'yes', isAdmin: true },
      constructor: { prototype: { polluted: 'yes' } },
      headline: payload,
      url: badUrl,
      mainEntityOfPage: { '@id': badUrl },
      author: [
        { '@type': 'Organization', name: `Reuters ${payload}`, url: badUrl, sameAs: [badUrl] },
        { '@type': 'Person', name: huge, __proto__: { polluted: 'yes' } },
      ],
      publisher: { '@type': 'Organization', name: payload, url: badUrl, logo: { url: badUrl } },
      sourceOrganization: { name: `Press Trust of India ${payload}`, url: badUrl },
      isBasedOn: badUrl,
      isBasedOnUrl: badUrl,
      creditText: `AFP ${payload}`,
      copyrightHolder: { name: payload, url: badUrl },
    }),
    // The same keys as literal JSON text: JSON.parse makes "__proto__" an own property, which a careless
    // merge or spread would then copy onto a prototype.
    `{"@type":"NewsArticle","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"name":"x"},"name":"Reuters"},"@graph":[{"@type":"Article","__proto__":{"polluted":"yes"},"headline":${JSON.stringify(payload)}}]}`,
  ];
  const ldScripts = ld.map((j) => `<script type="application/ld+json">${j.replace(/</g, '\\u003c')}</script>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${p} WASHINGTON (AP) story</title>
<meta property="og:title" content="${p}">
<meta property="og:site_name" content="${p}">
<meta property="og:url" content="${u}">
<meta name="author" content="${p}">
<meta name="syndication-source" content="${u}">
<meta property="article:author" content="${u}">
<link rel="canonical" href="${u}">
${ldScripts}
</head><body>
<header><a href="${u}">Home ${p}</a></header>
<article>
<h1>${p} Minister meets counterpart</h1>
<div class="byline"><a rel="author" href="${u}">By ${p} Associated Press</a></div>
<p>WASHINGTON (AP) — ${p} The minister met his counterpart on Tuesday, officials said.</p>
<p>NEW DELHI, Jan 13 (ANI): ${p} Talks covered trade and energy. <a href="${u}">Read more</a></p>
<p>The two sides agreed to meet again next month, according to a statement released after the talks.</p>
<figure><img src="${opts.inert ? 'a.jpg' : u}" alt="${p} (AP Photo/${p})"${onerror}><figcaption>${p} (AP Photo/Evan Vucci)</figcaption></figure>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${p} Great talks today. <a href="${u}">pic.twitter.com/${p}</a></p>&mdash; ${p} (@${p}) <a href="${u}">March 5, 2024</a></blockquote>
<blockquote class="twitter-tweet"><p>Post two</p>&mdash; Name (@handle) <a href="https://twitter.com/handle/status/1234567890123456789?ref=${u}">March 5, 2024</a></blockquote>
<blockquote class="instagram-media" data-instgrm-permalink="${u}"><a href="${u}">${p}</a></blockquote>
<div class="fb-post" data-href="${u}"></div>
<iframe src="${frameSrc}" title="X Post"></iframe>
<iframe src="https://platform.twitter.com/embed/Tweet.html?id=${encodeURIComponent(payload)}&amp;u=${u}" title="X Post"></iframe>
<blockquote class="bluesky-embed" data-bluesky-uri="${u}"><p>${p}</p>&mdash; ${p} (<a href="${u}">@${p}</a>) <a href="${u}">November 25, 2024</a></blockquote>
<p>${p} — Narendra Modi (@narendramodi) March 5, 2024</p>
<p>This story originally appeared on <a href="${u}">${p}</a>.</p>
<p>(Except for the headline, this story has not been edited by ${p} staff and is published from a syndicated feed.)</p>
<p>This article is sponsored by <a href="${u}">${p}</a>. SOURCE ${p}</p>
<p>(Reporting by ${p}; Editing by ${p})</p>
</article>
<footer><a href="${u}">${p}</a></footer>
</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Pages far beyond a real article's size or shape.

/** `n` paragraphs side by side (about 2n elements with the wrappers). */
export function manyElements(n: number): string {
  const parts = ['<!doctype html><html><head><title>Many elements</title></head><body><article>'];
  for (let i = 0; i < n; i++) parts.push(i % 2 ? `<p>Paragraph ${i} of the story.</p>` : `<span>${i}</span>`);
  parts.push('</article></body></html>');
  return parts.join('');
}

/** Elements nested `depth` levels deep, with text at the bottom. */
export function deepNesting(depth: number, tag = 'div'): string {
  return `<!doctype html><html><head><title>Deep</title></head><body>${`<${tag}>`.repeat(depth)}<p>WASHINGTON (AP) — Deep text.</p>${`</${tag}>`.repeat(depth)}</body></html>`;
}

/** A page of about `bytes` bytes of real-looking article text in a modest number of paragraphs. */
export function hugePage(bytes: number): string {
  const sentence = 'WASHINGTON (AP) — The minister met his counterpart on Tuesday, officials said, and the talks covered trade. ';
  const para = `<p>${sentence.repeat(90)}</p>\n`;
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long story</title></head><body><article><h1>A very long story</h1><div class="byline">By Jane Doe, Reuters</div>',
  ];
  let size = parts[0]!.length;
  while (size < bytes) {
    parts.push(para);
    size += para.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

/** `n` social embeds: twitter blockquotes, instagram blockquotes and post iframes in turn. */
export function manyEmbeds(n: number): string {
  const parts = ['<!doctype html><html><head><title>Embeds</title></head><body><article><p>A story with many posts.</p>'];
  for (let i = 0; i < n; i++) {
    const id = String(1_000_000_000_000_000_000n + BigInt(i));
    if (i % 3 === 0) {
      parts.push(
        `<blockquote class="twitter-tweet"><p lang="en">Post ${i} pic.twitter.com/abc${i}</p>&mdash; Name ${i} (@user${i}) <a href="https://twitter.com/user${i}/status/${id}">March 5, 2024</a></blockquote>`,
      );
    } else if (i % 3 === 1) {
      parts.push(`<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C${i}x/"></blockquote>`);
    } else {
      parts.push(`<iframe src="https://platform.twitter.com/embed/Tweet.html?id=${id}" title="X Post"></iframe>`);
    }
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

/** Markup broken in every common way: unclosed tags, stray closers, bad nesting, junk attributes. */
export function brokenMarkup(): string {
  return `<html><head><title>Broken <b>title</title><meta name="author" content="Reuters><meta property=og:title content=>
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "AP"</script>
<script type="application/ld+json"><!-- {"@type":"NewsArticle","headline":"x"} --></script>
<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[</script>
</head><body><article><p>WASHINGTON (AP) — Unclosed <b><i>nesting</b></i> <p>next <div>block in p</p></div>
</span></span></article></article><table><tr><p>paragraph in table</td></table>
<blockquote class="twitter-tweet"><p>Half a post &mdash; Name (@handle) <a href="https://twitter.com/handle/status/123
<!-- unterminated comment <p>(Reuters) hidden</p>
<p a=1 a=2 a=3 =x ===>text</p><![CDATA[ cdata ]]><?php echo 1 ?>
<svg><p>inside svg</p><foreignObject><p>foreign</p></foreignObject></svg><math><mi>x</mi></math>
<template><p>WASHINGTON (AP) — in a template</p></template><noscript><p>(Reuters) noscript</p></noscript>`;
}

/** Deterministic pseudo-random bytes (xorshift), for binary junk that is the same on every run. */
export function junkBytes(n: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A page whose bytes are Latin-1 while it declares UTF-8 (and the reverse), with junk in between. */
export function wrongCharsetPages(): { name: string; bytes: Uint8Array }[] {
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
  const text = 'MÜNCHEN (dpa) – Die Bürgermeisterin äußerte sich am Dienstag. © dpa-infocom';
  const html = (charset: string, body: string) =>
    `<!doctype html><html lang="de"><head><meta charset="${charset}"><title>Größe</title></head><body><article><p>${body}</p></article></body></html>`;
  const junk = Array.from(junkBytes(2000, 7), (b) => String.fromCharCode(b || 1)).join('');
  return [
    { name: 'latin-1 bytes declared utf-8', bytes: latin1(html('utf-8', text)) },
    { name: 'utf-8 bytes declared latin-1', bytes: new TextEncoder().encode(html('iso-8859-1', text)) },
    { name: 'unknown charset', bytes: new TextEncoder().encode(html('x-no-such-charset', text)) },
    { name: 'utf-16 declared, utf-8 bytes', bytes: new TextEncoder().encode(html('utf-16', text)) },
    { name: 'junk between tags', bytes: latin1(html('utf-8', `${text} ${junk} ${text}`)) },
    { name: 'lone surrogates and controls', bytes: new TextEncoder().encode(html('utf-8', `${text} \ud800 \udfff \u0001\u001b[31m \u202e ${text}`)) },
  ];
}

/** Pages wide in one signal each: huge attribute values, thousands of JSON-LD blocks, metas, captions, bylines, links. */
export function widePages(): { name: string; html: string }[] {
  return [
    {
      name: 'megabyte attribute values',
      html: `<html><body><article class="byline"><a href="https://x.example/${'a'.repeat(2_000_000)}" rel="author">By Reuters</a><p data-x="${'(AP) '.repeat(200_000)}">WASHINGTON (AP) — Text.</p></article></body></html>`,
    },
    {
      name: '20,000 JSON-LD blocks',
      html: `<html><head>${'<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Reuters"},"isBasedOn":"https://a.example/"}</script>'.repeat(20_000)}</head><body><p>x</p></body></html>`,
    },
    {
      name: '20,000 meta tags',
      html: `<html><head>${Array.from({ length: 20_000 }, (_, i) => `<meta name="author${i % 7 ? i : ''}" content="Reuters ${i}">`).join('')}</head><body><p>x</p></body></html>`,
    },
    {
      name: '8,000 captions',
      html: `<html><body><article>${'<figure><img alt="(AP Photo/Evan Vucci)"><figcaption>Photo: AFP / Reuters (AP Photo)</figcaption></figure>'.repeat(8_000)}<p>Text.</p></article></body></html>`,
    },
    {
      name: '20,000 byline slots',
      html: `<html><body><article>${'<div class="byline author source credit">By Reuters and AFP</div>'.repeat(20_000)}<p>Text.</p></article></body></html>`,
    },
    {
      name: '20,000 post links',
      html: `<html><body><article>${'<a href="https://twitter.com/a/status/1234567890">pic.twitter.com/abc</a> '.repeat(20_000)}</article></body></html>`,
    },
  ];
}

/** A class attribute with `n` names: linkedom overflows its stack on it (about 150,000 and up). */
export function hugeClassList(n: number): string {
  return `<html><body><article class="${'byline '.repeat(n)}"><p>WASHINGTON (AP) — Text.</p></article></body></html>`;
}
