// How the command line decodes a page's bytes: the HTML standard's sniffing (BOM, transport charset,
// <meta> prescan), corrected for saved copies whose declaration no longer fits their bytes; and
// gzip-compressed pages. The legacy byte strings below are real encodings of the sentences beside them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from './corpus';
import { decodeHtml, LoadError, loadInput, MAX_BYTES, sniffEncoding } from './load';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const ascii = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const LEGACY = {
  gbk: {
    text: '新华社北京4月24日电 国家航天局表示，探月工程进展顺利。',
    bytes: 'd0c2bbaac9e7b1b1bea934d4c23234c8d5b5e720b9fabcd2babdccecbed6b1edcabea3acccbdd4c2b9a4b3ccbdf8d5b9cbb3c0fba1a3',
  },
  shiftJis: {
    text: '東京（共同）政府は２４日、新しい宇宙計画を発表した。',
    bytes: '938c8b9e81698ba493af816a90ad957b82cd8251825393fa8141905682b582a2894692888c7689e682f094ad955c82b582bd8142',
  },
  eucKr: {
    text: '서울 연합뉴스 정부는 24일 새로운 우주 계획을 발표했다.',
    bytes: 'bcadbfef20bfacc7d5b4babdba20c1a4baceb4c2203234c0cf20bbf5b7cebfee20bfecc1d620b0e8c8b9c0bb20b9dfc7a5c7dfb4d92e',
  },
  cp1251: {
    text: 'МОСКВА, 24 апреля. /ТАСС/. Правительство объявило о новой программе.',
    bytes: 'ccced1cac2c02c20323420e0eff0e5ebff2e202fd2c0d1d12f2e20cff0e0e2e8f2e5ebfcf1f2e2ee20eee1faffe2e8ebee20ee20edeee2eee920eff0eee3f0e0ecece52e',
  },
  cp1252: {
    text: 'MÜNCHEN (dpa) – Die Bürgermeisterin äußerte sich am Dienstag. © dpa',
    bytes: '4ddc4e4348454e2028647061292096204469652042fc726765726d656973746572696e20e475df65727465207369636820616d204469656e737461672e20a920647061',
  },
};

/** A page with `head` markup (ASCII) and a body of `body` bytes. */
function page(head: string, body: Uint8Array): Uint8Array {
  return concat(ascii(`<!doctype html><html><head>${head}<title>t</title></head><body><article><p>`), body, ascii('</p></article></body></html>'));
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const metaCharset = (c: string) => `<meta charset="${c}">`;
const metaPragma = (c: string) => `<meta http-equiv="Content-Type" content="text/html; charset=${c}">`;

describe('legacy pages keep their declared charset', () => {
  it.each([
    ['GBK declared gb2312 (http-equiv)', metaPragma('gb2312'), LEGACY.gbk, 'GBK'],
    ['GBK declared gbk', metaCharset('gbk'), LEGACY.gbk, 'GBK'],
    ['Shift_JIS', metaPragma('Shift_JIS'), LEGACY.shiftJis, 'Shift_JIS'],
    ['EUC-KR', metaCharset('euc-kr'), LEGACY.eucKr, 'EUC-KR'],
    ['windows-1251', metaPragma('windows-1251'), LEGACY.cp1251, 'windows-1251'],
    ['windows-1252 declared iso-8859-1', metaCharset('iso-8859-1'), LEGACY.cp1252, 'windows-1252'],
  ])('%s', (_what, head, sample, encoding) => {
    const bytes = page(head, hex(sample.bytes));
    expect(sniffEncoding(bytes, null)).toEqual({ encoding, reason: 'declared' });
    expect(decodeHtml(bytes, null, 'x')).toContain(sample.text);
  });

  it('finds a meta tag past the first 1024 bytes of the head, as Chromium does', () => {
    const script = `<script>${'var a = 1; '.repeat(300)}</script>`;
    const bytes = page(`${script}${metaPragma('windows-1251')}`, hex(LEGACY.cp1251.bytes));
    expect(sniffEncoding(bytes, null)).toEqual({ encoding: 'windows-1251', reason: 'declared' });
    expect(decodeHtml(bytes, null, 'x')).toContain(LEGACY.cp1251.text);
    // Not one in the body.
    const inBody = concat(ascii(`<html><head>${script}</head><body>${metaCharset('windows-1251')}<p>`), hex(LEGACY.cp1252.bytes), ascii('</p></body></html>'));
    expect(sniffEncoding(inBody, null).encoding).toBe('windows-1252');
  });

  it('takes the charset from the HTTP header over the meta tag', () => {
    const bytes = page(metaCharset('windows-1252'), hex(LEGACY.shiftJis.bytes));
    expect(decodeHtml(bytes, 'text/html; charset=Shift_JIS', 'x')).toContain(LEGACY.shiftJis.text);
  });

  it('reads an ASCII-only page with a legacy declaration as declared', () => {
    expect(sniffEncoding(page(metaCharset('windows-1251'), utf8('Plain words.')), null).encoding).toBe('windows-1251');
  });
});

describe('UTF-8 copies that kept a legacy meta tag are read as UTF-8', () => {
  it('the corpus page (a Xinhua story on a portal saved as UTF-8 with its GB2312 meta)', () => {
    const bytes = readFileSync(join(DEFAULT_CORPUS, 'pages', 'people-cn-xinhua-space.html'));
    expect(sniffEncoding(bytes, null)).toEqual({ encoding: 'UTF-8', reason: 'valid utf-8 over a legacy declaration' });
    const html = decodeHtml(bytes, null, 'people-cn');
    expect(html).toContain('新华社北京4月24日电');
    expect(html).not.toContain('锟斤拷');
  });

  it.each([
    ['a GBK portal', metaPragma('GB2312'), LEGACY.gbk.text],
    ['a GBK portal (gbk label)', metaCharset('gbk'), LEGACY.gbk.text],
    ['a Shift_JIS site', metaPragma('Shift_JIS'), LEGACY.shiftJis.text],
    ['an EUC-JP site', metaCharset('EUC-JP'), LEGACY.shiftJis.text],
    ['an EUC-KR site', metaPragma('euc-kr'), LEGACY.eucKr.text],
    ['a windows-1251 site', metaCharset('windows-1251'), LEGACY.cp1251.text],
    ['a Latin-1 site', metaCharset('iso-8859-1'), LEGACY.cp1252.text],
  ])('%s re-saved as UTF-8', (_what, head, text) => {
    const bytes = page(head, utf8(text));
    expect(sniffEncoding(bytes, null).reason).toBe('valid utf-8 over a legacy declaration');
    expect(decodeHtml(bytes, null, 'x')).toContain(text);
  });

  it('also with a stray byte or a character cut in two', () => {
    const text = `${LEGACY.gbk.text}${LEGACY.shiftJis.text}`;
    const bytes = page(metaPragma('GB2312'), concat(utf8(text), Uint8Array.of(0xe4, 0xb8), utf8(text), Uint8Array.of(0xa0)));
    expect(sniffEncoding(bytes, null).reason).toBe('valid utf-8 over a legacy declaration');
    expect(decodeHtml(bytes, null, 'x')).toContain(text);
  });

  it('also when a server sends the stale charset in its header', () => {
    expect(decodeHtml(page('', utf8(LEGACY.gbk.text)), 'text/html; charset=GB2312', 'x')).toContain(LEGACY.gbk.text);
  });

  it('reads undeclared UTF-8 as UTF-8', () => {
    expect(decodeHtml(page('', utf8(LEGACY.eucKr.text)), null, 'x')).toContain(LEGACY.eucKr.text);
  });
});

describe('a declaration of UTF-8 that the bytes do not bear out', () => {
  it('windows-1252 bytes declaring utf-8 are read as windows-1252', () => {
    for (const head of [metaCharset('utf-8'), metaPragma('UTF-8')]) {
      const bytes = page(head, hex(LEGACY.cp1252.bytes));
      expect(sniffEncoding(bytes, null)).toEqual({ encoding: 'windows-1252', reason: 'declared utf-8 is not utf-8' });
      expect(decodeHtml(bytes, null, 'x')).toContain(LEGACY.cp1252.text);
    }
    expect(decodeHtml(page('', hex(LEGACY.cp1252.bytes)), 'text/html; charset=utf-8', 'x')).toContain(LEGACY.cp1252.text);
  });

  it('undeclared windows-1252 bytes are read as windows-1252, as browsers do', () => {
    expect(decodeHtml(page('', hex(LEGACY.cp1252.bytes)), null, 'x')).toContain(LEGACY.cp1252.text);
  });

  it('a UTF-8 page with a stray byte stays UTF-8 (look-alike)', () => {
    const text = `${LEGACY.gbk.text} ${LEGACY.cp1251.text} ${LEGACY.cp1252.text}`;
    const bytes = page(metaCharset('utf-8'), concat(utf8(text), Uint8Array.of(0xff), utf8(text)));
    expect(sniffEncoding(bytes, null).encoding).toBe('UTF-8');
    const html = decodeHtml(bytes, null, 'x');
    expect(html).toContain(`${text}\ufffd${text}`);
  });
});

describe('byte-order marks win', () => {
  it('a UTF-8 BOM over a legacy meta tag and header', () => {
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), page(metaCharset('windows-1251'), utf8(LEGACY.cp1251.text)));
    expect(sniffEncoding(bytes, 'text/html; charset=windows-1251')).toEqual({ encoding: 'UTF-8', reason: 'bom' });
    const html = decodeHtml(bytes, null, 'x');
    expect(html.startsWith('<!doctype')).toBe(true);
    expect(html).toContain(LEGACY.cp1251.text);
  });

  it('a UTF-16LE page with its BOM is text, not binary', () => {
    const s = `<!doctype html><html><head>${metaCharset('utf-8')}</head><body><p>${LEGACY.shiftJis.text}</p></body></html>`;
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) {
      bytes[2 + 2 * i] = s.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = s.charCodeAt(i) >> 8;
    }
    expect(sniffEncoding(bytes, null).encoding).toBe('UTF-16LE');
    expect(decodeHtml(bytes, null, 'x')).toContain(LEGACY.shiftJis.text);
  });

  it('a meta tag claiming UTF-16 on single-byte text is ignored, as browsers do', () => {
    expect(decodeHtml(page(metaCharset('utf-16'), utf8('Größe')), null, 'x')).toContain('Größe');
  });
});

describe('gzip-compressed pages', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'creditline-gz-'));
    writeFileSync(join(dir, 'story.html.gz'), gzipSync(page(metaPragma('gb2312'), hex(LEGACY.gbk.bytes))));
    writeFileSync(join(dir, 'story-no-suffix'), gzipSync(page(metaCharset('utf-8'), utf8(LEGACY.eucKr.text))));
    writeFileSync(join(dir, 'truncated.html.gz'), gzipSync(page('', utf8('x'.repeat(5000)))).subarray(0, 40));
    writeFileSync(join(dir, 'bomb.html.gz'), gzipSync(Buffer.alloc(MAX_BYTES + 1024, 0x20)));
    writeFileSync(join(dir, 'junk.html.gz'), gzipSync(Buffer.alloc(4096, 0)));
    writeFileSync(join(dir, 'empty.html.gz'), gzipSync(Buffer.alloc(0)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a .html.gz file with its own charset', async () => {
    expect((await loadInput(join(dir, 'story.html.gz'))).html).toContain(LEGACY.gbk.text);
  });

  it('recognises gzip by its magic bytes, whatever the name', async () => {
    expect((await loadInput(join(dir, 'story-no-suffix'))).html).toContain(LEGACY.eucKr.text);
  });

  it.each([
    ['truncated.html.gz', /damaged or truncated gzip/],
    ['bomb.html.gz', /larger than 15 MB once decompressed/],
    ['junk.html.gz', /binary file/],
    ['empty.html.gz', /is empty/],
  ])('rejects %s with one clear error', async (name, message) => {
    const err = await loadInput(join(dir, name)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });
});
