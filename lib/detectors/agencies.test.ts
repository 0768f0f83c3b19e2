import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { analyze } from '../analyze';
import type { AgencyCredit } from '../report';
import { cpuMs } from '../../tests/helpers/cpu';

const FILLER = [
  'The measure passed after a long debate in which lawmakers from both parties raised concerns about the cost of the programme and its effect on local budgets over the coming decade.',
  'Officials said the first payments would reach households within weeks, although several details of how the money would be distributed were still being worked out by the ministry.',
  'Critics argued the plan did too little for rural areas, where many families still lack reliable access to the services that the new spending is meant to support in the long run.',
];

interface Snippet {
  /** Paragraphs of the article, in order; the filler is added after the first one. */
  paras: string[];
  byline?: string;
  captions?: string[];
  /** Extra markup after the article (footers, sidebars). */
  after?: string;
  head?: string;
  url?: string;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function html(s: Snippet): string {
  const [first, ...rest] = s.paras;
  const paras = [first, ...FILLER, ...rest].map((p) => `<p>${esc(p!)}</p>`).join('\n');
  const figures = (s.captions ?? []).map((c) => `<figure><img src="a.jpg" alt=""><figcaption>${esc(c)}</figcaption></figure>`).join('\n');
  const byline = s.byline ? `<div class="byline">${esc(s.byline)}</div>` : '';
  return `<!doctype html><html lang="en"><head><title>Headline of the story</title>${s.head ?? ''}</head><body>
    <article><h1>Headline of the story</h1>${byline}${figures}${paras}</article>${s.after ?? ''}</body></html>`;
}

function credits(s: Snippet): AgencyCredit[] {
  return analyze(parseDocument(html(s)), { url: s.url ?? 'https://news.example.com/2024/05/story.html' }).agencies;
}

function text(s: Snippet): Record<string, string> {
  return Object.fromEntries(
    credits(s)
      .filter((c) => c.contribution !== 'photo')
      .map((c) => [c.id, c.contribution]),
  );
}

function photo(s: Snippet): string[] {
  return credits(s)
    .filter((c) => c.contribution === 'photo')
    .map((c) => c.id);
}

describe('agency copy', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate voted on Tuesday to approve the spending plan.', 'ap'],
    ['LOS ANGELES (AP) -- Firefighters gained ground on a wildfire on Sunday.', 'ap'],
    ['BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank fired on a group of journalists.', 'reuters'],
    ['New Delhi [India], November 20 (ANI): The Russian Foreign Ministry on Thursday hailed the talks.', 'ani'],
    ['Mumbai (Maharashtra) [India], Jan 13 (ANI): Shares opened higher on Monday morning.', 'ani'],
    ['Frankfurt/Main (dpa) - Für einen Roman über die alte Bundesrepublik erhielt er den Preis.', 'dpa'],
    ['Hamburg (dpa/lno) – Trotz eines Polizeieinsatzes ging die Vorlesung weiter.', 'dpa'],
    ['Bruselas, 7 oct (EFE).- El alto representante pidió no aplazar las elecciones.', 'efe'],
    ['(EFE).- Nicaragua cerró 2021 con una deuda externa récord, según el banco central.', 'efe'],
    ['МОСКВА, 29 июня. /ТАСС/. Ограничения в городе будут сняты в понедельник.', 'tass'],
    ['新华社北京4月24日电 国务院总理今天主持召开国务院常务会议。', 'xinhua'],
    ['（中央社記者溫貴香台北21日電）行政院今天通過法案。', 'cna'],
    ['SEOUL, Aug. 20 (Yonhap) -- South Korea reported new cases on Tuesday.', 'yonhap'],
    ['(서울=연합뉴스) 정부는 20일 새로운 대책을 발표했다.', 'yonhap'],
    ['【ワシントン共同】米政府は20日、新たな制裁を発表した。', 'kyodo'],
    ['HONOLULU, Dec. 23 (UPI) -- A video shows a false killer whale snagging tuna bait.', 'upi'],
    ['Washington, 13 Mar 2020 (AFP) — O presidente declarou emergência nacional.', 'afp'],
    ['KVELLER via JTA — The state of Washington has sworn in its first Native American justice.', 'jta'],
    ['(ANSA) - ROMA, 20 NOV - Il governo ha approvato la manovra nella notte.', 'ansa'],
    ['Warszawa (PAP) - Sejm przyjął w piątek ustawę budżetową na przyszły rok.', 'pap'],
    ['Ankara (AA) - Dışişleri Bakanı bugün yaptığı açıklamada yeni adımları duyurdu.', 'anadolu'],
    ['Praha (ČTK) - Vláda dnes schválila návrh rozpočtu na příští rok.', 'ctk'],
    ['DEN HAAG (ANP) - Het kabinet presenteert dinsdag de nieuwe plannen.', 'anp'],
    ['TORONTO (CP) — Ontario will lift its remaining restrictions next month.', 'canadianpress'],
    ['МОСКВА, 20 ноя - РИА Новости. Президент провел совещание с правительством.', 'ria'],
    ['नई दिल्ली, 20 नवंबर (भाषा) केंद्र सरकार ने बुधवार को नई योजना की घोषणा की।', 'pti'],
    ['[東京 20日 ロイター] - 日経平均は反落して取引を終えた。', 'reuters'],
    ['[서울=뉴시스] 정부는 20일 새로운 대책을 발표했다.', 'newsis'],
    ['WASHINGTON (AP) _ The Senate voted on Tuesday to approve the spending plan.', 'ap'],
    ['ROMA (LaPresse) - Il governo ha approvato il decreto nella notte.', 'lapresse'],
    ['غزة (الأناضول) - أعلنت وزارة الصحة اليوم عن حصيلة جديدة.', 'anadolu'],
  ])('dateline %s', (lead, id) => {
    expect(text({ paras: [lead] })).toEqual({ [id]: 'copy' });
  });

  it.each([
    ['The ministry wrote that the partnership was at its best. (ANI)', 'ani'],
    ['He said the deportees had tried to sneak into the US. PTI', 'pti'],
    ['Il valico resta aperto anche oggi secondo le autorità locali. (ANSA).', 'ansa'],
    ['Regjeringen vil legge fram forslaget før jul, opplyser departementet. (NTB)', 'ntb'],
    ['Copyright 2011 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'ap'],
    ['© dpa-infocom, dpa:230428-99-483045/5', 'dpa'],
    ['Quelle: dpa-AFX', 'dpa-afx'],
    ['Regeringen fremlægger sit forslag i næste uge, oplyser ministeriet. /ritzau/', 'ritzau'],
    ['© 2020 The Canadian Press', 'canadianpress'],
    ['(This story has been published from a wire agency feed without modifications to the text.)', 'agencies'],
    ['Source: PTI', 'pti'],
    ['Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras', 'agenciabrasil'],
    ['(Reporting by Indulal PM; Editing by Sunil Nair)', 'reuters'],
    ['The minister will leave for Delhi on Friday. --IANS', 'ians'],
    ['-- IANS', 'ians'],
    ['The minister will leave for Delhi on Friday. PTI ABC DEF', 'pti'],
  ])('sign-off %s', (last, id) => {
    expect(text({ paras: ['The government announced a new plan on Monday to support families.', last] })).toEqual({ [id]: 'copy' });
  });

  it('credits every agency of a chained source line', () => {
    expect(text({ paras: ['Die Regierung hat am Montag einen Plan vorgestellt.', '(Quelle: APA/sda/dpa)'] })).toEqual({
      apa: 'copy',
      sda: 'copy',
      dpa: 'copy',
    });
  });

  it.each([
    ['By The Associated Press', 'ap'],
    ['By Tom Davies - Associated Press -', 'ap'],
    ['Greg Beacham, Ap Sports Writer', 'ap'],
    ['By AMANDA SEITZ and BEATRICE DUPUY The Associated Press', 'ap'],
    ['PTI, Washington, Nov 20 2019, 10:18am ist', 'pti'],
    ['PTI Updated: March 16, 2020, 5:01 PM IST', 'pti'],
    ['Reuters', 'reuters'],
    ['By Orhan Coskun and Suleiman Al-Khalidi Reuters', 'reuters'],
    ['Af Ritzau', 'ritzau'],
    ['Von: det/dpa', 'dpa'],
    ['Von dpa', 'dpa'],
    ['Por Agencia EFE', 'efe'],
    ['Detroit News wire services', 'agencies'],
    ['Agencias', 'agencies'],
  ])('byline %s', (byline, id) => {
    expect(text({ byline, paras: ['The government announced a new plan on Monday to support families.'] })).toEqual({ [id]: 'copy' });
  });

  it('reads a JSON-LD author that is an agency', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":[{"@type":"Person","name":"AFP"}]}</script>`;
    expect(text({ head, paras: ['Ein Gericht in den Niederlanden hat einem Samenspender weitere Spenden untersagt.'] })).toEqual({ afp: 'copy' });
  });

  it("credits the agency when the page is the agency's own article", () => {
    const head = '<meta property="og:type" content="article">';
    expect(text({ head, url: 'https://www.reuters.com/world/story-idUSKBN1', paras: ['Officials met on Monday to discuss the plan.'] })).toEqual({
      reuters: 'copy',
    });
  });
});

describe('agency material in a staff story', () => {
  it.each([
    ['(With inputs from PTI)', 'pti'],
    ['(With inputs from agencies)', 'agencies'],
    ['With agency inputs', 'agencies'],
    ['Reuters contributed to this report.', 'reuters'],
    ['Additional reporting from Reuters', 'reuters'],
    ['(FR mit dpa)', 'dpa'],
    ['Mit Material von dpa', 'dpa'],
    ['Con información de EFE', 'efe'],
    ['Associated Press writer Jill Colvin in Washington contributed to this report.', 'ap'],
  ])('%s', (last, id) => {
    expect(text({ paras: ['The government announced a new plan on Monday to support families.', last] })).toEqual({ [id]: 'inputs' });
  });

  it('reads an inputs note standing apart from the article body', () => {
    const after = '<div class="story-note"><p><em>(With inputs from PTI)</em></p></div><footer><p>© 2024 News Example. All rights reserved.</p></footer>';
    expect(text({ byline: 'By Jane Doe', paras: ['The government announced a new plan on Monday to support families.'], after })).toEqual({ pti: 'inputs' });
  });

  it('reads a source line in the story header', () => {
    const after = '';
    const html = `<html><body><header class="story-header"><h1>Rates rise again</h1><div class="article-source">Source: PTI</div></header><article>${FILLER.map((p) => `<p>${p}</p>`).join('')}</article>${after}</body></html>`;
    const found = analyze(parseDocument(html), { url: 'https://news.example.com/a/1' }).agencies;
    expect(found.map((c) => [c.id, c.contribution])).toEqual([['pti', 'copy']]);
  });

  it('reads "(FR mit dpa)" closing a long last paragraph', () => {
    const last = `${FILLER[0]} Die Zyste könne sich jederzeit neu bilden, hieß es. (FR mit dpa)`;
    expect(text({ paras: ['Die Regierung hat am Montag einen Plan vorgestellt.', last] })).toEqual({ dpa: 'inputs' });
  });

  it.each([
    ['Le Monde avec AFP', 'afp'],
    ['By Staff and news service reports', 'agencies'],
  ])('byline %s', (byline, id) => {
    expect(text({ byline, paras: ['The government announced a new plan on Monday to support families.'] })).toEqual({ [id]: 'inputs' });
  });

  it('reads a joint byline of an agency and the publisher as inputs', () => {
    const head = '<meta property="og:site_name" content="The Local">';
    expect(text({ head, byline: 'AFP/The Local', paras: ['A Swede has tattooed the face of the state epidemiologist on his arm.'] })).toEqual({
      afp: 'inputs',
    });
  });
});

describe('citations and look-alikes are not credits', () => {
  it.each([
    'Customs requires payment within 10 days, Reuters reported.',
    'The mayor told The Associated Press that the plan would go ahead.',
    'About 40 bodies were buried on Thursday, according to AFP.',
    "Reuters' Brad Heath noted that the filing was unusual.",
    'El investigador aseguraba a AFP que el hallazgo era importante.',
    'La reunión será el lunes, según informa Europa Press.',
    'Pakistan Tehreek-e-Insaf (PTI) chairman Imran Khan addressed the rally.',
    'The PTI leader said the party would contest the result.',
    'The American Academy of Pediatrics (AAP) updated its guidance on Monday.',
    'The Aam Aadmi Party (AAP) won the election in Delhi.',
    'An AAP MLA was arrested on Monday.',
    'Ashok Pradhan | TNN',
    'For reprint rights: Times Syndication Service',
    "NPR's Geoff Brumfiel contributed to this report.",
    'The Seattle Times does not append comment threads to stories from wire services such as the Associated Press, The New York Times, The Washington Post or Bloomberg News.',
    'Associated Press articles: Copyright © 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'Image copyright Reuters',
    'Lire Le Monde avec ce compte',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Grants from the Thomson Reuters Foundation',
    'Michael Bloomberg',
    'By Ani DiFranco',
  ])('%s', (sentence) => {
    expect(text({ byline: 'By Jane Doe', paras: ['The council met on Monday to discuss the budget for next year.', sentence] })).toEqual({});
  });

  it('does not read a sidebar teaser dateline', () => {
    const after = '<aside class="related"><ul><li><a href="/x">NEW YORK (AP) — Workers went from waiting tables to delivering groceries.</a></li></ul></aside>';
    expect(text({ byline: 'By Jane Doe', paras: ['The council met on Monday to discuss the budget for next year.'], after })).toEqual({});
  });

  it('does not read a byline that names the publisher itself', () => {
    const head = '<meta property="og:site_name" content="CNA">';
    expect(text({ head, byline: 'Source: CNA/mt(ac)', paras: ['The sprinter said she wanted to go faster next season.'] })).toEqual({});
  });
});

describe('picture credits', () => {
  it.each([
    ['Supporters cheer in Mexico City. (AP Photo/Marco Ugarte)', 'ap'],
    ['BERTRAND GUAY / AFP', 'afp'],
    ['Eingefrorenes Sperma in einer Klinik. Friso Gentsch/dpa', 'dpa'],
    ['© picture alliance/dpa', 'dpa'],
    ['Foto: NTB', 'ntb'],
    ['Prince Andrew said he could not recall meeting her. (AAP)', 'aap'],
    ['Verstappen y Russell, durante la primera vuelta del GP de Qatar. AFP', 'afp'],
    ['（写真＝ロイター）', 'reuters'],
  ])('%s', (caption, id) => {
    const found = credits({ byline: 'By Jane Doe', captions: [caption], paras: ['The council met on Monday to discuss the budget for next year.'] });
    expect(found.filter((c) => c.contribution !== 'photo')).toEqual([]);
    expect(photo({ byline: 'By Jane Doe', captions: [caption], paras: ['The council met on Monday to discuss the budget for next year.'] })).toContain(id);
  });

  it('keeps a text credit when the same agency also took the picture', () => {
    const found = credits({ captions: ['(AP Photo/Darron Cummings)'], paras: ['INDIANAPOLIS (AP) — The governor endorsed the revised budget.'] });
    expect(found.map((c) => [c.id, c.contribution])).toEqual([['ap', 'copy']]);
  });
});

describe('evidence', () => {
  it('quotes the text as found, with where and rule', () => {
    const [ap] = credits({ paras: ['WASHINGTON (AP) — The Senate voted on Tuesday to approve the spending plan.'] });
    expect(ap).toMatchObject({ id: 'ap', name: 'The Associated Press', shortName: 'AP', country: 'US', homepage: 'https://apnews.com', contribution: 'copy' });
    expect(ap!.evidence[0]).toMatchObject({ where: 'dateline', ruleId: 'dateline-credit', rule: 'dateline credit' });
    expect(ap!.evidence[0]!.text).toContain('WASHINGTON (AP) —');
    expect(ap!.confidence).toBeGreaterThan(0.9);
  });
});

describe('hostile input', () => {
  it('stays fast on a 1 MB block of "(AP) " and a byline of "By By By…"', () => {
    const huge = '(AP) '.repeat(200_000);
    const byline = 'By '.repeat(5_000);
    const doc = parseDocument(
      `<html><body><article><div class="byline">${byline}</div><p>${huge}</p><p>${'By AP, '.repeat(100_000)}</p><figure><figcaption>${'Reuters/'.repeat(50_000)}</figcaption></figure></article></body></html>`,
    );
    const t = cpuMs();
    const report = analyze(doc, { url: 'https://news.example.com/a' });
    expect(cpuMs() - t).toBeLessThan(10_000);
    expect(report.diagnostics.warnings.filter((w) => w.includes('agency'))).toEqual([]);
  });
});

describe('corpus pages', () => {
  const labels = new Map(readLabels(DEFAULT_CORPUS).map((l) => [l.id, l]));
  function run(id: string): AgencyCredit[] {
    const label = labels.get(id)!;
    return analyze(parseDocument(readPage(DEFAULT_CORPUS, label)), { url: label.url }).agencies;
  }
  const summary = (cs: AgencyCredit[]) => Object.fromEntries(cs.map((c) => [c.id, `${c.contribution === 'photo' ? 'photo' : 'text'}/${c.contribution}`]));

  it('the seed page is ANI copy', () => {
    expect(summary(run('seed-asianet-putin-li-qiang'))).toEqual({ ani: 'text/copy' });
  });

  it('9News: AP byline, AAP only in a caption', () => {
    expect(summary(run('9news-ap-epstein-aap-photo-caption'))).toMatchObject({ ap: 'text/copy', aap: 'photo/photo' });
  });

  it('Berliner Zeitung: AFP byline, dpa only in photo credits', () => {
    expect(summary(run('berlinerzeitung-afp-samenspender'))).toMatchObject({ afp: 'text/copy', dpa: 'photo/photo' });
  });

  it('Frankfurter Rundschau: "(FR mit dpa)" is dpa material in a staff story', () => {
    expect(summary(run('p046-fr-de'))).toMatchObject({ dpa: 'text/inputs' });
  });

  it('Mercury News staff story: the AP dateline of a teaser is not a credit', () => {
    expect(run('p074-mercurynews-com').filter((c) => c.contribution !== 'photo')).toEqual([]);
  });

  it('Times of India-style false friend and Salon footer pages have no text credit', () => {
    expect(run('p092-salon-com').filter((c) => c.contribution !== 'photo')).toEqual([]);
    expect(run('p091-elpais-com-uy').filter((c) => c.contribution !== 'photo')).toEqual([]);
  });

  it.each([
    ['politifact-tariffs-reuters-reported', 'ap'],
    ['bbc-hart-island-ap-cited', 'reuters'],
    ['cna-shanti-pereira-ap-photo-only', 'ap'],
    ['lemonde-cgt-syndicats-afp-photo', 'afp'],
    ['elmundo-f1-afp-efe-photos', 'efe'],
  ])('%s: no text credit, %s only for pictures', (id, photoId) => {
    const found = run(id);
    expect(found.filter((c) => c.contribution !== 'photo')).toEqual([]);
    expect(found.find((c) => c.id === photoId)?.contribution).toBe('photo');
  });

  it.each(['p049-bloomberg-com', 'yahoo-uk-homepage-agency-teasers', 'p146-twitter-com', 'p073-abc-net-au'])('%s: no text credit', (id) => {
    expect(run(id).filter((c) => c.contribution !== 'photo')).toEqual([]);
  });

  it.each([
    ['p019-businesstoday-in', 'pti', 'copy'],
    ['detroitnews-wire-services-ap-photo', 'agencies', 'copy'],
    ['twincities-staff-and-news-service', 'agencies', 'inputs'],
    ['p045-irishtimes-com', 'reuters', 'inputs'],
    ['thelocal-se-afp-tattoo-instagram', 'afp', 'inputs'],
    ['p148-cna-com-tw', 'cna', 'copy'],
    ['p025-finanztreff-de', 'dpa-afx', 'copy'],
  ])('%s: %s %s', (id, agency, contribution) => {
    const found = run(id).filter((c) => c.contribution !== 'photo');
    expect(found.find((c) => c.id === agency)?.contribution).toBe(contribution);
  });

  it('the corpus file used here exists', () => {
    expect(readFileSync(join(DEFAULT_CORPUS, 'labels.jsonl'), 'utf8').length).toBeGreaterThan(0);
  });
});
