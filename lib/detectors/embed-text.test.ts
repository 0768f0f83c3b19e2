import { describe, expect, it } from 'vitest';
import { dateAtStart } from './embed-dates';
import { findAttributions, postsInText } from './embed-text';

describe('embed dates', () => {
  it.each([
    ['November 20, 2025', '2025-11-20'],
    ['Nov 20, 2025', '2025-11-20'],
    [' Monday, February 7, 2022', '2022-02-07'],
    ['Apr 21, 2019 at 3:04am PDT', '2019-04-21'],
    ['November 25, 2024 at 12:58 AM', '2024-11-25'],
    ['20. November 2025', '2025-11-20'],
    ['2. Juni 2018', '2018-06-02'],
    ['Jeudi 26 mars 2020', '2020-03-26'],
    ['6 de febrero de 2020', '2020-02-06'],
    ['20 ноября 2025 г.', '2025-11-20'],
    ['2025年11月20日', '2025-11-20'],
    ['2025년 11월 20일', '2025-11-20'],
    ['20 listopada 2025', '2025-11-20'],
    ['20 Kasım 2025', '2025-11-20'],
    ['2019-04-21T10:04:51+00:00', '2019-04-21'],
  ])('%s', (text, iso) => {
    expect(dateAtStart(text)).toBe(iso);
  });

  it('rejects what is not a date', () => {
    for (const t of ['said on Monday', 'Juin 2020', '31 Foo 2020', 'February 40, 2020', '12345']) expect(dateAtStart(t), t).toBeNull();
  });
});

describe('attribution lines in plain text', () => {
  it('X, Bluesky and Mastodon handles, by their shape', () => {
    const found = findAttributions(
      'Post one — Jane Doe (@janedoe) May 1, 2024 and post two — Jay (@jay.bsky.team) November 25, 2024 at 12:58 AM then — Eugen (@Gargron@mastodon.social) Nov 3, 2022',
    );
    expect(found.map((a) => [a.platform, a.handle, a.author, a.date])).toEqual([
      ['x', '@janedoe', 'Jane Doe', '2024-05-01'],
      ['bluesky', '@jay.bsky.team', 'Jay', '2024-11-25'],
      ['mastodon', '@Gargron@mastodon.social', 'Eugen', '2022-11-03'],
    ]);
  });

  it('a display name with its own parentheses', () => {
    expect(findAttributions('Kickoff at noon — FC Example (Official) (@fcexample) March 3, 2024')).toMatchObject([
      { platform: 'x', handle: '@fcexample', author: 'FC Example (Official)', date: '2024-03-03' },
    ]);
  });

  it('Instagram "A post shared by" in several languages', () => {
    expect(findAttributions('Ein Beitrag geteilt von Kira Bejaoui (@kirabejaoui) am 21. Apr. 2019 um 3:04 PDT')).toMatchObject([
      { platform: 'instagram', handle: '@kirabejaoui', author: 'Kira Bejaoui', date: '2019-04-21' },
    ]);
  });

  it('needs the dash and a date (or a short link the post carried)', () => {
    expect(findAttributions('Jane Doe (@janedoe) May 1, 2024')).toEqual([]);
    expect(findAttributions('— Jane Doe (@janedoe) said today')).toEqual([]);
    expect(findAttributions('Look pic.twitter.com/AbC123 — Jane Doe (@janedoe)')).toHaveLength(1);
  });

  it("splits two posts in one block and takes each one's link and words", () => {
    const posts = postsInText(
      'The reactions came fast. First post https://t.co/aaaa1111 — A (@a_one) May 1, 2024 Second post pic.twitter.com/bbbb2222 — B (@b_two) May 2, 2024',
    );
    expect(posts.map((p) => [p.handle, p.shortLink, p.text])).toEqual([
      ['@a_one', 'https://t.co/aaaa1111', 'The reactions came fast. First post'],
      ['@b_two', 'https://pic.twitter.com/bbbb2222', 'Second post'],
    ]);
  });

  it('stays linear on adversarial text', () => {
    const inputs = [
      '— '.repeat(200_000) + '(@x)',
      '(@'.repeat(200_000),
      ('— A (@a) ' + 'x'.repeat(50)).repeat(20_000),
      'A post shared by '.repeat(50_000) + '(@a)',
      ('1. ' + 'Januar '.repeat(3)).repeat(30_000),
    ];
    for (const input of inputs) {
      const t = performance.now();
      postsInText(input);
      expect(performance.now() - t, input.slice(0, 20)).toBeLessThan(1500);
    }
  });
});
