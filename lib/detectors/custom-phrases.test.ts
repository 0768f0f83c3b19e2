import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { parseDocument } from '../../cli/dom';
import { DEFAULT_CORPUS, readPage } from '../../cli/corpus';
import { articleHtml, corpusLabel, corpusPage, pageOf } from '../../tests/helpers/pages';
import { detectCustomPhrases, findPhrase, phraseApplies, phraseNeedle, phraseSentences, type CustomPhrase } from './custom-phrases';

function corpusReportWith(id: string, customPhrases: CustomPhrase[], url?: string) {
  const label = corpusLabel(id);
  return analyze(parseDocument(readPage(DEFAULT_CORPUS, label)), { url: url ?? label.url, customPhrases });
}

const found = (text: string, phrase: string) => findPhrase(text, phraseNeedle(phrase)).length;

describe('a phrase matches whole words only', () => {
  it('does not find "SID" inside "Residents" on a real page, and finds the word itself', () => {
    const page = corpusPage('birminghammail-walsall-syndication-footer');
    expect(page.blocks.some((b) => /residents/i.test(b.text))).toBe(true);
    expect(phraseSentences(page.blocks, 'SID')).toEqual([]);
    expect(phraseSentences(page.blocks, 'residents')[0]).toMatch(/residents/i);
  });

  it('tells words from look-alikes in Latin script', () => {
    expect(found('Residents were told to stay indoors.', 'SID')).toBe(0);
    expect(found('Köln (SID) - Der Trainer sagte…', 'SID')).toBe(1);
    expect(found('SID-Meldung vom Montag', 'sid')).toBe(1);
    expect(found('Das schrieb der sid.', 'SID')).toBe(1);
    expect(found('with inputs from agencies', 'inputs from agency')).toBe(0);
    expect(found('this story was provided by   AFP', 'Story was  provided by')).toBe(1);
    expect(found('Ende der Pressemitteilung', 'pressemitteilung')).toBe(1);
    expect(found('Pressemitteilungen', 'pressemitteilung')).toBe(0);
    // Accented letters and digits are inside words too.
    expect(found('Agência Brasil', 'agênci')).toBe(0);
    expect(found('ots2 feed', 'ots')).toBe(0);
  });

  it('matches in scripts written without spaces, on real pages', () => {
    // CNA's Chinese page: 中央社 (Central News Agency) runs straight into the next word.
    expect(phraseSentences(corpusPage('p148-cna-com-tw').blocks, '中央社')[0]).toContain('中央社記者');
    // AFPBB: the Japanese text carries 【6月18日 AFP】.
    expect(phraseSentences(corpusPage('p033-afpbb-com').blocks, 'AFP】')[0]).toContain('【6月18日 AFP】');
  });

  it('matches Arabic and Devanagari words whole, vowel signs and all', () => {
    const arabic = corpusPage('p126-arabic-sputniknews-com');
    expect(phraseSentences(arabic.blocks, 'منظمة الصحة العالمية')[0]).toContain('منظمة الصحة العالمية');
    expect(found('قالت منظمة الصحة العالمية', 'الصحة')).toBe(1);
    expect(found('والصحةُ', 'الصحة')).toBe(0);
    expect(found('यह खबर भाषा से ली गई है।', 'भाषा')).toBe(1);
    expect(found('भाषाई विविधता', 'भाषा')).toBe(0);
    // A vowel sign is part of the word: "भाष" is not the word "भाषा".
    expect(found('भाषा', 'भाष')).toBe(0);
  });

  it('finds the place of a match in a text whose lower case is longer (Turkish İ)', () => {
    const text = 'İSTANBUL (AA) - Anadolu Ajansı bildirdi.';
    const [at] = findPhrase(text, phraseNeedle('Anadolu Ajansı'));
    expect(text.slice(at, at! + 'Anadolu Ajansı'.length)).toBe('Anadolu Ajansı');
    expect(phraseSentences([{ text: `Bir cümle. ${text}`, where: 'body' }], 'anadolu ajansı')[0]).toContain('Anadolu Ajansı');
  });

  it('ignores phrases too short to mean anything and stays linear on a long text', () => {
    expect(found('AP AP AP', 'AP')).toBe(0);
    const long = 'sida '.repeat(200_000);
    const t = performance.now();
    expect(found(long, 'sid')).toBe(0);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('site scope', () => {
  it('applies everywhere without sites, and on the listed hosts and their subdomains only', () => {
    expect(phraseApplies({}, 'https://news.example.com/a')).toBe(true);
    expect(phraseApplies({ sites: ['example.com'] }, 'https://example.com/a')).toBe(true);
    expect(phraseApplies({ sites: ['example.com'] }, 'https://www.example.com/a')).toBe(true);
    expect(phraseApplies({ sites: ['example.com'] }, 'https://news.example.com/a')).toBe(true);
    expect(phraseApplies({ sites: ['example.com'] }, 'https://badexample.com/a')).toBe(false);
    expect(phraseApplies({ sites: ['example.com'] }, 'https://example.com.evil.net/a')).toBe(false);
    expect(phraseApplies({ sites: ['example.com'] }, null)).toBe(false);
  });

  it('leaves a page of another site alone', () => {
    const phrase: CustomPhrase = { phrase: 'dispersal order', status: 'wire-assisted', sites: ['birminghammail.co.uk'] };
    const html = articleHtml('<p>A 48-hour dispersal order has been brought into place.</p>{{filler}}');
    expect(detectCustomPhrases(pageOf(html, 'https://www.birminghammail.co.uk/news/x'), [phrase])).toHaveLength(1);
    expect(detectCustomPhrases(pageOf(html, 'https://www.manchestereveningnews.co.uk/news/x'), [phrase])).toEqual([]);
  });
});

describe('a phrase is one more signal, weighed with the engine’s own', () => {
  it('decides a staff page, with its sentence as evidence', () => {
    const r = corpusReportWith('birminghammail-walsall-syndication-footer', [{ phrase: 'dispersal order', status: 'wire-assisted' }]);
    expect(r.status).toBe('wire-assisted');
    const ev = r.statusEvidence.find((e) => e.ruleId === 'custom-phrase')!;
    expect(ev.where).toBe('custom-rule');
    expect(ev.text).toMatch(/dispersal order/i);
    expect(r.disclaimer?.ruleId).toBe('custom-phrase');
  });

  it('does not change a staff page for a word inside another word', () => {
    expect(corpusReportWith('birminghammail-walsall-syndication-footer', [{ phrase: 'SID', status: 'wire' }]).status).toBe('staff');
  });

  it('stands beside an agency credit instead of replacing it', () => {
    const r = corpusReportWith('p033-afpbb-com', [{ phrase: 'ボコ・ハラム', status: 'wire' }]);
    expect(r.status).toBe('wire');
    expect(r.agencies.map((a) => a.id)).toContain('afp');
    expect(r.statusEvidence.some((e) => e.ruleId === 'custom-phrase')).toBe(true);
    expect(r.statusEvidence.some((e) => e.ruleId !== 'custom-phrase')).toBe(true);
  });

  it('does not override a press release the page proves', () => {
    const plain = corpusReportWith('p063-presseportal-de', []);
    expect(plain.status).toBe('press-release');
    const word = plain.statusEvidence[0]!.text.split(/\s+/).find((w) => /^\p{L}{5,}$/u.test(w))!;
    const r = corpusReportWith('p063-presseportal-de', [{ phrase: word, status: 'wire' }]);
    expect(r.status).toBe('press-release');
  });

  it('adds its weight to a finding of the same status', () => {
    const plain = corpusReportWith('zeit-dpa-unedited-euroleague', []);
    expect(plain.status).toBe('wire-unedited');
    const word = 'Euroleague';
    const r = corpusReportWith('zeit-dpa-unedited-euroleague', [{ phrase: word, status: 'wire-unedited' }]);
    expect(r.status).toBe('wire-unedited');
    expect(r.statusEvidence.length).toBeGreaterThan(plain.statusEvidence.length);
    expect(r.confidence).toBeGreaterThanOrEqual(plain.confidence);
  });
});
