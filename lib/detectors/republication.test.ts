import { describe, expect, it } from 'vitest';
import { REPUBLICATION_TEMPLATES } from '../rules/republication';
import { articleHtml, corpusReport, pageOf } from '../../tests/helpers/pages';
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
    expect(first(`{{filler}}<p><em>${line}</em></p>`)?.from).toBe(from);
  });

  it('finds a news-service partner dateline and byline, but not on the partner’s own site', () => {
    const body = '<p>By Kate Sullivan, CNN</p><p>(CNN) — Joe Biden said Thursday he believes the election will go ahead.</p>{{filler}}';
    expect(first(body, 'https://www.mercurynews.com/story')?.from).toBe('CNN');
    expect(first(body, 'https://edition.cnn.com/2020/04/24/politics/story')).toBeUndefined();
  });

  it('finds "X via AGENCY" datelines', () => {
    expect(first('<p>KVELLER via JTA — The state of Washington has sworn in its first justice.</p>{{filler}}')?.from).toBe('KVELLER');
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
});
