import { describe, expect, it } from 'vitest';
import { DISCLAIMER_TEMPLATES } from '../rules/disclaimers';
import { articleHtml, corpusReport, pageOf } from '../../tests/helpers/pages';
import { detectDisclaimers } from './disclaimers';

const detect = (line: string) => detectDisclaimers(pageOf(articleHtml(`{{filler}}<p><i>${line}</i></p>`)));

describe('syndication disclaimers', () => {
  it.each([
    '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
    'This story has not been edited by NDTV staff and is auto-generated from a syndicated feed',
    '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
    '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    "(Except for the headline, this article has not been edited by FPJ's editorial team and is auto-generated from a syndicated feed.)",
    'This story is auto-generated from a syndicated feed.',
    'Hinweis ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen.',
    'Dieser Artikel wurde automatisch aufgeschaltet. Quelle: sda',
    'Cet article a été publié automatiquement. Sources : ats / awp',
    'This article is published from a wire agency feed without modifications to the text.',
  ])('finds %s', (line) => {
    const [signal] = detect(line);
    expect(signal?.status).toBe('wire-unedited');
    expect(signal?.evidence.text).toContain(line.slice(1, 30));
  });

  it.each([
    'Die Nährwerte werden automatisch generiert und gelten nur als Richtwerte.',
    'The report was edited by Jane Doe and reviewed by the desk.',
    'Our syndication partners: Syndication & Licensing',
    'Les syndicats ont appelé à la grève.',
    'NPR’s Geoff Brumfiel contributed to this report.',
    'TV syndication of the show made it a hit in the 1990s.',
  ])('ignores the look-alike %s', (line) => {
    expect(detect(line)).toEqual([]);
  });

  it('every template matches its own examples', () => {
    for (const t of DISCLAIMER_TEMPLATES) for (const e of t.examples) expect(t.pattern.test(e), `${t.id}: ${e}`).toBe(true);
  });

  it('finds the disclaimer on the founding example', () => {
    const report = corpusReport('seed-asianet-putin-li-qiang');
    expect(report.status).toBe('wire-unedited');
    expect(report.disclaimer?.text).toBe(
      '(Except for the headline, this story has not been edited by Asianet Newsable English staff and is published from a syndicated feed.)',
    );
  });

  it.each([
    ['(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)', 'NDTV'],
    ["(Except for the headline, this article has not been edited by FPJ's editorial team and is auto-generated from a syndicated feed.)", 'FPJ'],
    ['(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest is auto-generated from a syndicated feed.)', null],
  ])('names the publisher that did not edit: %s', (line, name) => {
    expect(detect(line)[0]?.from ?? null).toBe(name);
  });

  it('gives the founding example its publisher from the disclaimer', () => {
    expect(corpusReport('seed-asianet-putin-li-qiang').publisher).toBe('Asianet Newsable English');
  });

  it('says nothing on a recipe whose nutrition values are generated automatically', () => {
    expect(corpusReport('biancazapatka-recipe-automatisch-generiert').disclaimer).toBeNull();
  });
});

describe('disclaimer first test', () => {
  it('lets every template example through', async () => {
    const { DISCLAIMER_HINT } = await import('../rules/disclaimers');
    for (const t of DISCLAIMER_TEMPLATES) for (const e of t.examples) expect(DISCLAIMER_HINT.test(e), e).toBe(true);
  });
});
