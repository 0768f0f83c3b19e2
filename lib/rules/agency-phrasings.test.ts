// Credit grammars as families (MISSES.md family D), tested on small documents through analyze(): each family
// has real forms from several publishers, a variant of our own, and look-alikes that must not credit.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { analyze } from '../analyze';
import type { AgencyCredit } from '../report';

const FILLER = [
  'The measure passed after a long debate in which lawmakers from both parties raised concerns about the cost of the programme and its effect on local budgets over the coming decade.',
  'Officials said the first payments would reach households within weeks, although several details of how the money would be distributed were still being worked out by the ministry.',
  'Critics argued the plan did too little for rural areas, where many families still lack reliable access to the services that the new spending is meant to support in the long run.',
];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A small article whose last paragraph is `last` (a long one, so that it reads as the tail). */
function credits(last: string, lang = 'en', first = 'The council met on Monday to discuss the plan for the coming year.'): AgencyCredit[] {
  const paras = [first, ...FILLER, last].map((p) => `<p>${esc(p)}</p>`).join('\n');
  const html = `<!doctype html><html lang="${lang}"><head><title>Headline of the story</title></head><body>
    <article><h1>Headline of the story</h1>${paras}</article></body></html>`;
  return analyze(parseDocument(html), { url: 'https://news.example.com/2024/05/story.html' }).agencies;
}

function text(last: string, lang?: string, first?: string): Record<string, string> {
  return Object.fromEntries(
    credits(last, lang, first)
      .filter((c) => c.contribution !== 'photo')
      .map((c) => [c.id, c.contribution]),
  );
}

function photo(last: string, lang?: string): string[] {
  return credits(last, lang)
    .filter((c) => c.contribution === 'photo')
    .map((c) => c.id);
}

const GERMAN = 'Die Zyste könne sich jederzeit neu bilden, hieß es am Abend aus dem Ministerium in der Hauptstadt.';

describe('sign-offs with what agencies add inside the brackets', () => {
  it.each([
    // real: Automobilwoche/SportNews.bz, SAT.1 Regional, domradio, Austrian APA copy, KNA boxes
    [`${GERMAN} (dpa/gem)`, { dpa: 'copy' }],
    [`${GERMAN} (dpa/lno)`, { dpa: 'copy' }],
    [`${GERMAN} (KNA, DR)`, { kna: 'copy' }],
    [`${GERMAN} (APA, 20.11.2025)`, { apa: 'copy' }],
    [`${GERMAN} (KNA 19.11.21)`, { kna: 'copy' }],
    [`${GERMAN} (dpa, 3.11.2021)`, { dpa: 'copy' }],
    [`${GERMAN} (AFP, 12.30 Uhr)`, { afp: 'copy' }],
    [`${GERMAN} (red, APA)`, { apa: 'copy' }],
    ['The minister said the talks would resume after the holiday. (Reuters, Jan. 5)', { reuters: 'copy' }],
    ['Il ministro ha detto che i colloqui riprenderanno dopo le feste. (ANSA, 5 dicembre)', { ansa: 'copy' }],
    // variants of our own
    ['El ministro dijo que las conversaciones seguirán tras las fiestas. (EFE, 5 de enero de 2025)'.replace(' de 2025', ''), { efe: 'copy' }],
    [`${GERMAN} (sda, 18:45)`, { sda: 'copy' }],
    // month names in any case, and a desk code that spells a month ("mar", "jan")
    ['The minister said the talks would resume after the holiday. (Reuters MARCH 7, 2024)', { reuters: 'copy' }],
    ['O ministro disse que as conversas serão retomadas. (Lusa, 5 de Janeiro)', { lusa: 'copy' }],
    [`${GERMAN} (dpa/mar)`, { dpa: 'copy' }],
    [`${GERMAN} (AFP/jan, 4. März 2025)`, { afp: 'copy' }],
  ])('credits %s', (last, want) => {
    expect(text(last, 'de')).toEqual(want);
  });

  it('credits both agencies of "(APA/dpa, 20.11.2025)" as text, never dpa as a photo', () => {
    const last = `${GERMAN} (APA/dpa, 20.11.2025)`;
    expect(text(last, 'de')).toEqual({ apa: 'copy', dpa: 'copy' });
    expect(photo(last, 'de')).toEqual([]);
  });

  it.each([
    ['The figures were higher than expected, analysts said (Reuters reported on Monday).'],
    ['The figures were higher than expected (AP reported the same numbers last week).'],
    [`${GERMAN} (Foto: dpa)`],
    ['The figures were higher than expected (Reuters Mondays 5).'],
  ])('does not read the look-alike %s as a text credit', (last) => {
    expect(text(last, 'en')).toEqual({});
  });
});

describe('joint copyright lines', () => {
  it.each([
    // real: Spektrum.de; variants of our own: The Local, an Austrian paper
    ['© dpa/Spektrum.de', 'dpa'],
    ['© AFP/The Local', 'afp'],
    ['© APA/Die Presse', 'apa'],
  ])('reads "%s" after the text as the publisher\'s story with agency material', (line, id) => {
    expect(text(line, 'de')).toEqual({ [id]: 'inputs' });
  });

  it('reads "© APA/dpa" as the copy of both agencies', () => {
    expect(text('© APA/dpa', 'de')).toEqual({ apa: 'copy', dpa: 'copy' });
  });

  it.each([['© dpa/Jens Büttner'], ['Map data © OpenStreetMap contributors'], ['© 2024 Example Media. All rights reserved.']])(
    'never reads the look-alike "%s" as a text credit',
    (line) => {
      expect(text(line, 'de')).toEqual({});
    },
  );
});

describe('contributor lines across abbreviations', () => {
  it.each([
    // real: HuffPost/AP 2011, AP member sites; variants with D.C. and U.S.
    ['Associated Press writers Jay Reeves in Birmingham, Ala., and Dave Martin in Steele, Ala., contributed to this report.'],
    ['Associated Press writer Jane Doe in Montgomery, Ala., contributed to this report.'],
    ['Associated Press writers Alan Fram and Zeke Miller in Washington, D.C., contributed to this report.'],
    ['Associated Press writer Jim Smith in Sacramento, Calif., and Reuters reporter Ann Lee contributed.'],
  ])('credits AP inputs in %s', (line) => {
    expect(text(line).ap).toBe('inputs');
  });

  it.each([
    ["NPR's Geoff Brumfiel contributed to this report."],
    ['Associated Press writer Jane Doe covers the U.S. Senate. Bob Smith contributed to this report.'],
  ])('does not credit AP for %s', (line) => {
    expect(text(line).ap).toBeUndefined();
  });
});

describe('Arabic and Asian sign-offs and Chinese source lines', () => {
  it.each([
    ['وقال المسؤول إن المحادثات ستستأنف بعد العطلة في العاصمة وفق ما أعلنته الحكومة في بيان رسمي. (أ ف ب)', 'ar', 'afp'],
    ['وقال المسؤول إن المحادثات ستستأنف بعد العطلة في العاصمة وفق ما أعلنته الحكومة في بيان رسمي. (رويترز)', 'ar', 'reuters'],
    ['外交部发言人在例行记者会上表示，双方将继续保持沟通，推动关系稳定发展，并就共同关心的问题交换意见。(新华社)', 'zh', 'xinhua'],
    ['政府は同日、対策本部の会合を開き、今後の対応について協議した。関係者によると、結論は来週に持ち越される見通しだ。（共同）', 'ja', 'kyodo'],
    ['정부는 이날 대책회의를 열고 향후 대응 방안을 논의했다. 관계자에 따르면 결론은 다음 주로 미뤄질 전망이다. (연합뉴스)', 'ko', 'yonhap'],
  ])('credits the sign-off in %s', (last, lang, id) => {
    expect(text(last, lang)[id]).toBe('copy');
  });

  it.each([
    ['【ソウル聯合ニュース】韓国政府は同日、対策本部の会合を開き、今後の対応について協議した。', 'ja', 'yonhap'],
    ['新华社北京4月24日电 外交部发言人在例行记者会上表示，双方将继续保持沟通，推动关系稳定发展。', 'zh', 'xinhua'],
    ['中新社北京4月24日电 外交部发言人在例行记者会上表示，双方将继续保持沟通，推动关系稳定发展。', 'zh', 'chinanews'],
  ])('credits the dateline in %s', (first, lang, id) => {
    expect(text(FILLER[0]!, lang, first)[id]).toBe('copy');
  });

  it.each([
    ['稿件来源：新华社', 'xinhua'],
    ['来源：新华网', 'xinhua'],
    ['文章来源：中新网', 'chinanews'],
  ])('credits the source line %s', (line, id) => {
    expect(text(line, 'zh')[id]).toBe('copy');
  });

  it('does not read a Xinhua photographer credit as text', () => {
    expect(text('新华社记者 才扬 摄', 'zh')).toEqual({});
  });
});
