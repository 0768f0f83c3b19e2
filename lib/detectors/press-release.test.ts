import { describe, expect, it } from 'vitest';
import { PRESS_WIRES } from '../rules/press-releases';
import { articleHtml, corpusReport, pageOf } from '../../tests/helpers/pages';
import { detectPressRelease } from './press-release';

describe('press releases', () => {
  it('every wire pattern matches its examples', () => {
    for (const w of PRESS_WIRES) for (const e of w.examples) expect(w.pattern.test(e), `${w.id}: ${e}`).toBe(true);
  });

  it.each([
    ['NEW YORK, Nov. 20, 2025 /PRNewswire/ -- Acme Corp today announced a new product line.', 'PR Newswire'],
    ['SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp today announced results.', 'Business Wire'],
    ['TORONTO, Nov. 20, 2025 (GLOBE NEWSWIRE) -- Acme Corp reported.', 'GlobeNewswire'],
    ['Rheine (ots) - Am Montag kam es zu einem Unfall.', 'news aktuell'],
    ['New Delhi [India], November 20 (ANI/NewsVoir): Acme Ltd announced its results.', 'NewsVoir'],
  ])('finds the wire dateline in %s', (dateline, wire) => {
    const [signal] = detectPressRelease(pageOf(articleHtml(`<p>${dateline}</p>{{filler}}`)));
    expect(signal?.status).toBe('press-release');
    expect(signal?.evidence.rule).toContain(wire);
  });

  it('finds a press-release headline and a portal notice', () => {
    expect(detectPressRelease(pageOf(articleHtml('{{filler}}', { title: 'Pressemitteilung: Endlich mehr Beschleunigung wagen!' })))[0]?.evidence.rule).toBe(
      'press-release label',
    );
    const notice = 'Hinweis: Für den Inhalt der Pressemitteilung ist der Emittent / Herausgeber der Meldung »Nordex SE« verantwortlich.';
    expect(detectPressRelease(pageOf(articleHtml(`{{filler}}<p>${notice}</p>`))).map((s) => s.evidence.text)).toContain(notice);
  });

  it('finds the provided-by notice of Indian feeds', () => {
    const notice = 'This story is provided by Cision PR Newswire India. PELiKKEN will not be responsible in any way for the content of this article.';
    expect(detectPressRelease(pageOf(articleHtml(`{{filler}}<p>${notice}</p>`)))[0]?.status).toBe('press-release');
  });

  it('does not take a story that quotes a press release for one', () => {
    const body = '<p>The company said in a press release on Monday that profits rose.</p>{{filler}}<p>Pressemitteilungen der Firma sind online.</p>';
    expect(detectPressRelease(pageOf(articleHtml(body)))).toEqual([]);
  });

  it.each(['p064-idw-online-de', 'p065-windbranche-de', 'p066-wind-energie-de'])('classifies corpus page %s', (id) => {
    expect(corpusReport(id).status).toBe('press-release');
  });
});

describe('press-release first test', () => {
  it('lets every example of every rule through', async () => {
    const { PRESS_RELEASE_HINT, PRESS_WIRES } = await import('../rules/press-releases');
    for (const w of PRESS_WIRES) for (const e of w.examples) expect(PRESS_RELEASE_HINT.test(e), e).toBe(true);
    for (const e of [
      'Für den Inhalt der Pressemitteilung ist der Emittent verantwortlich',
      'Rückfragehinweis:',
      'Merkmale dieser Pressemitteilung:',
      'FOR IMMEDIATE RELEASE',
    ])
      expect(PRESS_RELEASE_HINT.test(e), e).toBe(true);
  });
});
