// JSON-LD as CMS templates really print it: one invalid block must not lose its author. Blocks are
// parsed, then repaired (quotes inside strings, trailing commas, control characters, comment and
// CDATA wrappers), then, if still unreadable, read linearly for their type and authors.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { corpusLabel } from '../../tests/helpers/pages';
import { readPage, DEFAULT_CORPUS } from '../../cli/corpus';
import { extractLinearly, readJsonLd, repairJson } from './json-ld';
import { cpuMs } from '../../tests/helpers/cpu';

const docWith = (...blocks: string[]) =>
  parseDocument(
    `<!doctype html><html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body><p>x</p></body></html>`,
  );

const article = (fields: string) => `{"@context":"https://schema.org","@type":"NewsArticle",${fields}}`;

describe('a block that is valid JSON', () => {
  it('is read as before, with no warning', () => {
    const ld = readJsonLd(docWith(article('"headline":"A story","author":{"@type":"Organization","name":"Reuters"}')));
    expect(ld.authors).toEqual([{ name: 'Reuters', isOrganization: true }]);
    expect(ld.headline).toBe('A story');
    expect(ld.errors).toEqual([]);
  });
});

describe('blocks repaired before parsing', () => {
  it('the corpus page whose headline and description hold unescaped quotes', () => {
    const label = corpusLabel('p039-eluniversal-com');
    const ld = readJsonLd(parseDocument(readPage(DEFAULT_CORPUS, label)));
    expect(ld.authors.map((a) => a.name)).toContain('AFP');
    expect(ld.types).toContain('newsarticle');
    expect(ld.headline).toBe('Senador republicano califica a Biden de "incapacitado"');
    expect(ld.errors).toEqual(['a JSON-LD block is not valid JSON; it was read after repair']);
  });

  it.each([
    ['unescaped quotes in a headline', article('"headline":"Minister calls plan "reckless"","author":{"@type":"Person","name":"Ana Ruiz"}')],
    ['a quoted clause followed by a comma', article('"description":""We are not ready", the mayor said","author":{"@type":"Person","name":"Ana Ruiz"}')],
    ['trailing commas', article('"headline":"A story","author":[{"@type":"Person","name":"Ana Ruiz",},],')],
    ['a raw newline and tab in a string', article('"articleBody":"First line\nsecond\tline","author":{"@type":"Person","name":"Ana Ruiz"}')],
    ['an invalid escape', article(`"headline":"L\\'Italia vince","author":{"@type":"Person","name":"Ana Ruiz"}`)],
    ['an HTML comment around the block', `<!--\n${article('"author":{"@type":"Person","name":"Ana Ruiz"}')}\n-->`],
    ['a CDATA section around the block', `//<![CDATA[\n${article('"author":{"@type":"Person","name":"Ana Ruiz"}')}\n//]]>`],
  ])('%s', (_what, block) => {
    const ld = readJsonLd(docWith(block));
    expect(ld.authors).toEqual([{ name: 'Ana Ruiz', isOrganization: false }]);
    expect(ld.types).toContain('newsarticle');
  });

  it('keeps the text of repaired strings', () => {
    expect(JSON.parse(repairJson('{"a":"He said "no", twice","b":[1,2,],}'))).toEqual({ a: 'He said "no", twice', b: [1, 2] });
    expect(JSON.parse(repairJson('{"a":"x\u0001y"}'))).toEqual({ a: 'x y' });
  });
});

describe('blocks still broken after repair: read linearly', () => {
  it.each([
    [
      'a truncated block',
      article('"headline":"A story","author":{"@type":"Person","name":"María López"},"publisher":{"name":"El Diario"'),
      [{ name: 'María López', isOrganization: false }],
    ],
    ['an unfilled template tag', article('"datePublished":{{ date }},"author":"EFE"'), [{ name: 'EFE', isOrganization: false }]],
    [
      'an author list with an organisation',
      article('"datePublished":2024-05-01,"author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Organization","name":"Associated Press"}]'),
      [
        { name: 'Jane Roe', isOrganization: false },
        { name: 'Associated Press', isOrganization: true },
      ],
    ],
  ])('%s', (_what, block, authors) => {
    const ld = readJsonLd(docWith(block));
    expect(ld.authors).toEqual(authors);
    expect(ld.types).toEqual(['newsarticle']);
    expect(ld.errors).toEqual(['a JSON-LD block is not valid JSON; its author was read from the raw text']);
  });

  it('takes no author from a broken block that does not describe an article (look-alike)', () => {
    const product = '{"@type":"Product","name":"Phone X","review":{"@type":"Review","author":{"@type":"Person","name":"Reuters"}},"offers":{{ offers }}}';
    const ld = readJsonLd(docWith(product));
    expect(ld.authors).toEqual([]);
    expect(ld.types).toEqual(['product']);
    expect(ld.errors).toEqual(['a JSON-LD block is not valid JSON']);
  });

  it('gives a plain warning for a block with nothing to read', () => {
    const ld = readJsonLd(docWith('{not json'));
    expect(ld).toMatchObject({ authors: [], types: [], errors: ['a JSON-LD block is not valid JSON'] });
  });

  it('loses nothing from the other blocks', () => {
    const ld = readJsonLd(docWith('{not json', article('"author":{"@type":"Person","name":"Ana Ruiz"}')));
    expect(ld.authors).toEqual([{ name: 'Ana Ruiz', isOrganization: false }]);
  });

  it('reads a nested Product in a valid article as no page type of its own (look-alike)', () => {
    const ld = readJsonLd(docWith(article('"about":{"@type":"Product","name":"Phone X"},"author":{"@type":"Person","name":"Ana Ruiz"}')));
    expect(ld.types).toEqual(['newsarticle']);
  });
});

describe('hostile blocks', () => {
  it.each([
    ['quotes', '"'.repeat(400_000)],
    ['quote-comma runs', '", '.repeat(200_000)],
    ['whitespace after quotes', `{"a":"${'" '.repeat(1000)}${' '.repeat(200_000)}`],
    ['author keys', '{"@type":"NewsArticle",'.concat('"author":{"name":"'.repeat(50_000))],
  ])('repairs and reads %s in linear time', (_what, text) => {
    const t = cpuMs();
    repairJson(text);
    extractLinearly(text);
    readJsonLd(docWith(text));
    expect(cpuMs() - t).toBeLessThan(1500);
  });
});
