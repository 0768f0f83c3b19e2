// Bylines that call themselves an agency, joint agency bylines, and codes that are menu links when alone.
import { describe, expect, it } from 'vitest';
import { bylineCredits, selfNamedAgency } from './agency-bylines';

function ids(byline: string, publisher: string | null = 'Example News'): string[] {
  return bylineCredits(byline, publisher).map((c) => `${c.mention.agency.id}:${c.contribution}`);
}

describe('a byline that calls itself an agency', () => {
  it.each([
    // the word for "news agency" before or after a name the registry lacks, in several languages
    ['Von Max Müller, Nachrichtenagentur XYZ', ['xyz:copy']],
    ['Nachrichtenagentur Pressenza', ['agencies:copy']],
    ['idea Evangelische Nachrichtenagentur', ['agencies:copy']],
    ['Qudsna News Agency', ['agencies:copy']],
    ['agencia de noticias NTX', ['ntx:copy']],
    ['Por Ana Pérez, agencia de noticias Prensa Austral', ['agencies:copy']],
    ['agence de presse ABC', ['abc:copy']],
    ['agenzia di stampa Nuova Agenzia', ['agencies:copy']],
    ['информационное агентство «Новый день»', ['agencies:copy']],
    ['وكالة أنباء الأمة', ['agencies:copy']],
    ['Ajans ABC Haber Ajansı', ['agencies:copy']],
  ])('credits %s', (byline, want) => {
    expect(ids(byline)).toEqual(want);
  });

  it('derives the id from an all-caps code in ASCII letters', () => {
    expect(selfNamedAgency('Nachrichtenagentur ČTX')?.entry.id).toBe('ctx');
    expect(selfNamedAgency('Nachrichtenagentur Xyz')?.entry.id).toBe('agencies');
  });

  it('uses the registry entry when the code is an agency it knows', () => {
    expect(ids('Nachrichtenagentur dpa')).toEqual(['dpa:copy']);
    expect(ids('By Jane Doe, Mehr News Agency')).toEqual(['mehr:copy']);
  });

  it.each([
    ['Example News Agency'], // the publisher's own name
    ['Detroit Free Press'],
    ['Oxford University Press'],
    ['By the news agency'],
    ['Russian news agency Xyz said on Monday that talks had stalled'],
    ['Environmental Protection Agency'],
  ])('does not credit the look-alike %s', (byline) => {
    expect(ids(byline)).toEqual([]);
  });
});

describe('joint agency bylines', () => {
  it.each([
    ['AFP-JIJI', ['afp:copy', 'jiji:copy']],
    ['KYODO', ['kyodo:copy']],
    ['Reuters/AP', ['reuters:copy', 'ap:copy']],
  ])('credits every agency of %s', (byline, want) => {
    expect(ids(byline)).toEqual(want);
  });
});

describe('codes that are words or menu links when alone', () => {
  it.each([['RSS'], ['MAP'], ['APP'], ['NA']])('does not read a bare "%s" line as a byline', (line) => {
    expect(ids(line)).toEqual([]);
  });

  it.each([
    ['RSS, Kathmandu', ['rss:copy']],
    ['PTI', ['pti:copy']],
    ['By AP', ['ap:copy']],
  ])('credits %s', (byline, want) => {
    expect(ids(byline)).toEqual(want);
  });

  it('does not read a contributor line as a byline', () => {
    expect(ids('Associated Press writers Alan Fram and Zeke Miller in Washington, D.C., contributed to this report.')).toEqual([]);
  });
});
