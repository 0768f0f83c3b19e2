import { describe, expect, it } from 'vitest';
import { clip, hostOf, safeHttpUrl, sentenceAt, siteOf, squish, textWeight, WIDE_SCRIPT_WEIGHT } from './text';

describe('text helpers', () => {
  it('quotes the sentence around a match, with the one before when the match is a bare fragment', () => {
    const text = 'First sentence here. He said the ties "serve as a positive boost to our relations." (ANI)';
    expect(sentenceAt(text, text.indexOf('(ANI)'))).toBe('He said the ties "serve as a positive boost to our relations." (ANI)');
    expect(sentenceAt(text, 2)).toBe('First sentence here.');
    const quoted = 'He said "we agree." " Measures "will start soon," he added. (ANI)';
    expect(sentenceAt(quoted, quoted.indexOf('(ANI)'))).toBe('Measures "will start soon," he added. (ANI)');
  });

  it('stays linear on long text without sentence ends', () => {
    const text = 'a'.repeat(1_000_000);
    expect(sentenceAt(text, 500_000).length).toBeLessThanOrEqual(301);
  });

  it('lets only http(s) URLs through', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('/story', 'https://example.com/a')).toBe('https://example.com/story');
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(hostOf('https://www.Example.co.uk/x')).toBe('example.co.uk');
    expect(siteOf('news.example.co.uk')).toBe('example.co.uk');
  });

  it('collapses white space and clips on a word', () => {
    expect(squish(' a\u00a0\u200b b\n')).toBe('a b');
    expect(clip('one two three four', 10)).toBe('one two…');
  });
});

describe('textWeight', () => {
  it('counts Latin, Cyrillic, Korean and punctuation as they are', () => {
    expect(textWeight('Hello, world.')).toBe(13);
    expect(textWeight('Правительство объявило')).toBe(22);
    expect(textWeight('서울 연합뉴스')).toBe(7);
  });

  it('counts Han and kana three times, and not their punctuation', () => {
    expect(textWeight('新华社北京电')).toBe(6 * WIDE_SCRIPT_WEIGHT);
    expect(textWeight('東京（共同）ひらがなカタカナ')).toBe(12 * WIDE_SCRIPT_WEIGHT + 2);
    expect(textWeight('Xinhua 新华社')).toBe(7 + 3 * WIDE_SCRIPT_WEIGHT);
  });

  it('makes a 2,400-character Chinese story weigh as a long article', () => {
    expect(textWeight('国'.repeat(2400))).toBeGreaterThan(7000);
  });
});
