import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, readLabels, readPage } from '../cli/corpus';
import { parseDocument } from '../cli/dom';
import { analyze } from './analyze';
import { mayMatch, pf, requiredLiterals, usePrefilter } from './prefilter';

describe('requiredLiterals', () => {
  it('takes the most selective factor of a sequence, and every branch of an alternation', () => {
    expect(requiredLiterals(String.raw`\bThis\s(?:article|story)\sis`, 'i')).toEqual([[['article', 'story'], ['this']]]);
    expect(requiredLiterals(String.raw`accepts?\sno\s|contributed\sto`, 'i')).toEqual([[['accept']], [['contributed']]]);
    expect(requiredLiterals(String.raw`(?<![\p{L}])mit\s(?:Material|Informationen)?\s?von`, 'iu')).toEqual([[['mit'], ['von']]]);
    expect(requiredLiterals(String.raw`\(PRWEB\)|\/PRWeb\/`, 'i')).toEqual([[['(prweb)']], [['/prweb/']]]);
    // A group of several branches is one set; one of a single branch adds its sets.
    expect(requiredLiterals('(?:paid\\sfor|sponsored)\\sby\\s(?:the\\sagency)', 'i')).toEqual([[['agency'], ['paid', 'sponsored'], ['the']]]);
    // Weak sets ("by") count only when there is nothing else.
    expect(requiredLiterals('\\bby\\s\\w+', 'i')).toEqual([[['by']]]);
  });

  it('keeps letter case without the i flag, and lowers it with it', () => {
    expect(requiredLiterals('ANZEIGE|Anzeige:', '')).toEqual([[['ANZEIGE']], [['Anzeige:']]]);
    expect(requiredLiterals('Quelle', 'i')).toEqual([[['quelle']]]);
  });

  it('requires nothing of optional parts, classes, lookarounds and short branches', () => {
    expect(requiredLiterals(String.raw`^(?:\s?[/,]\s?[\p{L}\-]{1,12}){0,3}\s?[)）]`, 'u')).toBeNull();
    expect(requiredLiterals('(?:feed)?x', '')).toBeNull();
    expect(requiredLiterals('(?=wire)\\w+', '')).toBeNull();
    expect(requiredLiterals('agency|a', '')).toBeNull();
    expect(requiredLiterals('r[ée]daction', 'i')).toEqual([[['daction']]]);
    expect(requiredLiterals('\\bfeeds?\\b', 'i')).toEqual([[['feed']]]);
  });

  it('requires nothing of syntax it does not know', () => {
    expect(requiredLiterals('[a--b]', 'v')).toBeNull();
    expect(requiredLiterals('(?i:wire)', '')).toBeNull();
  });
});

describe('prefiltered patterns', () => {
  const re = pf(/\b(?:sponsored|paid\sfor)\sby\b/i);

  it('match what the plain pattern matches', () => {
    expect(re.test('This story was SPONSORED by Acme.')).toBe(true);
    expect('x paid for by y'.replace(re, '…')).toBe('x … y');
  });

  it('answer no without running on a text that lacks the literals', () => {
    expect(mayMatch(re.literals, 'A staff story about sponsorship deals', true)).toBe(false);
    // Both sets of the branch: "paid for" alone is not enough.
    expect(mayMatch(pf(/paid\sfor\s(?:the\s)?agency/i).literals, 'Who paid for it?', true)).toBe(false);
    expect(re.exec('A staff story about sponsorship deals')).toBeNull();
  });

  it('fold letters that case-insensitive matching takes for others', () => {
    const s = pf(/sponsored/iu);
    expect(s.test('ſponsored')).toBe(true);
  });

  it('reset lastIndex when they answer no, as a failed global match does', () => {
    const g = pf(/wire/g);
    g.lastIndex = 3;
    expect(g.exec('no such word')).toBeNull();
    expect(g.lastIndex).toBe(0);
  });
});

describe('the engine with and without the prefilter', () => {
  // Every pattern the engine filters, on real pages: the reports must be the same.
  const labels = readLabels(DEFAULT_CORPUS).filter((_, i) => i % 4 === 0);
  const strip = (r: ReturnType<typeof analyze>) => JSON.stringify({ ...r, diagnostics: { ...r.diagnostics, timings: null } });
  it.each(labels.map((l) => [l.id, l] as const))('%s', (_, label) => {
    const html = readPage(DEFAULT_CORPUS, label);
    const on = strip(analyze(parseDocument(html), { url: label.url }));
    usePrefilter(false);
    try {
      expect(strip(analyze(parseDocument(html), { url: label.url }))).toBe(on);
    } finally {
      usePrefilter(true);
    }
  });
});
