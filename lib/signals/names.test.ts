// The report's headline and publisher as a reader writes them, on real corpus pages and on the
// shapes those pages take.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { analyze } from '../analyze';
import { readerHeadline, readerPublisher } from './names';

function corpus(id: string) {
  const label = readLabels(DEFAULT_CORPUS).find((l) => l.id === id)!;
  return analyze(parseDocument(readPage(DEFAULT_CORPUS, label)), { url: label.url });
}

describe('headline and publisher on corpus pages', () => {
  it('takes the site name off the headline and the tagline off the name (Aktuálně.cz)', () => {
    const r = corpus('p128-aktualne-cz');
    expect(r.headline).not.toMatch(/Aktuálně\.cz/);
    expect(r.headline!.length).toBeGreaterThan(20);
    expect(r.publisher).toBe('Aktuálně.cz');
  });

  it('names the publisher where the page names it, not by its host', () => {
    expect(corpus('p046-fr-de').publisher).toBe('Frankfurter Rundschau'); // og:site_name is an address
    expect(corpus('p052-inquirer-com').publisher).toBe('The Philadelphia Inquirer'); // ", LLC" off
    expect(corpus('p001-reuters-com').publisher).toBe('Reuters'); // only the title names it: "… | Reuters"
    expect(corpus('rawstory-musk-tweets-rendered-instagram').publisher).toBe('Raw Story');
    expect(corpus('9news-ap-epstein-aap-photo-caption').publisher).toBe('9News');
  });

  it('keeps a site that names itself by its host as it does', () => {
    expect(corpus('p012-seattlepi-com').publisher).toBe('seattlepi.com');
  });

  it('takes off suffixes in other scripts and separators', () => {
    expect(corpus('p017-en-yna-co-kr').headline).toBe('N. Korea slams S. Korea for joint military drill, warns of consequences');
    expect(corpus('p148-cna-com-tw').headline).toBe('鄭文燦：多元方案解決蛋荒 預估3月初緩解');
    expect(corpus('p024-sat1regional-de').headline).toBe('Verhärtete Fronten nach Tumulten bei Luckes Vorlesung');
  });

  it('leaves the seed page as it was', () => {
    const r = corpus('seed-asianet-putin-li-qiang');
    expect(r.publisher).toBe('Asianet Newsable English');
    expect(r.headline).toMatch(/^The Russian Foreign Ministry hailed/);
  });
});

describe('readerHeadline', () => {
  const url = 'https://www.example-times.com/a';
  it('cuts only segments that name the site', () => {
    expect(readerHeadline('Budget talks stall - Example Times', null, ['Example Times'], url)).toBe('Budget talks stall');
    expect(readerHeadline('Covid-19 et infox : comment une rumeur devient réalité', null, ['Sciences et Avenir'], url)).toBe(
      'Covid-19 et infox : comment une rumeur devient réalité',
    );
    expect(readerHeadline('Left - Right', null, ['Other'], url)).toBe('Left - Right');
  });

  it('prefers the page’s own <h1> when the title is it plus a suffix', () => {
    expect(readerHeadline('Storm hits coast | Weather | Daily', 'Storm hits coast', [], url)).toBe('Storm hits coast');
  });
});

describe('readerPublisher', () => {
  it('drops a generic tail and takes the host form only when nothing names the site', () => {
    expect(readerPublisher(['rbb24 Website'], null, [], 'https://www.rbb24.de/a')).toBe('rbb24');
    expect(readerPublisher([null, 'https://www.example.org'], null, [], 'https://www.example.org/a')).toBe('example.org');
    expect(readerPublisher([null], 'example.org', ['A story'], 'https://www.example.org/a')).toBe('example.org');
  });
});
