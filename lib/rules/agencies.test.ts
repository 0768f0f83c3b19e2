import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../cli/corpus';
import { agencyNamed, findMentions } from '../detectors/agency-names';
import { AGENCIES, PHOTO_ONLY_AGENCY_IDS, UNNAMED_AGENCIES, type AgencyEntry } from './agencies';
import { CREDIT_RULES, REUTERS_TRAILER } from './agency-phrasings';
import { cpuMs } from '../../tests/helpers/cpu';

describe('agency registry', () => {
  it('holds at least 180 agencies with unique ids and complete entries', () => {
    expect(AGENCIES.length).toBeGreaterThanOrEqual(180);
    const ids = AGENCIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of AGENCIES) {
      expect(a.id).toMatch(/^[a-z0-9-]+$/);
      expect(a.name.length).toBeGreaterThan(1);
      expect(a.shortName.length).toBeGreaterThan(1);
      expect(a.country).toMatch(/^[A-Z]{2}$/);
      expect(a.homepage).toMatch(/^https:\/\/[^/\s]+/);
      expect([...(a.names ?? []), ...(a.codes ?? []), ...(a.cjk ?? [])].length).toBeGreaterThan(0);
    }
    expect(UNNAMED_AGENCIES.id).toBe('agencies');
  });

  it('uses every agency id of the corpus labels', () => {
    const readme = readFileSync(join(DEFAULT_CORPUS, 'README.md'), 'utf8');
    const start = readme.indexOf('Agency ids used:');
    const list = readme.slice(start + 'Agency ids used:'.length, readme.indexOf('and `agencies`', start));
    const ids = list.split(/[,\s]+/).filter((w) => w);
    const known = new Set([...AGENCIES.map((a) => a.id), 'agencies']);
    expect(ids.length).toBeGreaterThan(25);
    for (const id of ids) expect(known, id).toContain(id);
  });

  it('lists each alias once within an entry (names are matched whatever their case)', () => {
    const repeated: string[] = [];
    for (const a of AGENCIES) {
      for (const [key, caseless] of [
        ['names', true],
        ['photo', true],
        ['domains', true],
        ['codes', false],
        ['cjk', false],
      ] as const) {
        const seen = new Set<string>();
        for (const x of a[key] ?? []) {
          const k = caseless ? x.toLowerCase() : x;
          if (seen.has(k)) repeated.push(`${a.id} ${key}: ${x}`);
          seen.add(k);
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  it('never gives one alias to two agencies, except codes that a home-worded agency shares with one default owner', () => {
    const owners = new Map<string, AgencyEntry[]>();
    for (const a of AGENCIES) {
      const keys = new Set(
        [...(a.names ?? []), ...(a.codes ?? []), ...(a.cjk ?? [])].map((form) => (a.codes?.includes(form) ? `code:${form}` : `name:${form.toLowerCase()}`)),
      );
      for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), a]);
    }
    for (const [key, list] of owners) {
      if (list.length === 1) continue;
      expect(key.startsWith('code:'), `${key}: ${list.map((a) => a.id)}`).toBe(true);
      expect(list.filter((a) => !a.homeWords?.length).length, `${key}: one default owner`).toBe(1);
    }
  });

  it('keeps the photo-only list and the look-alikes in the entries', () => {
    expect([...PHOTO_ONLY_AGENCY_IDS].sort()).toEqual(
      AGENCIES.filter((a) => a.photoOnly)
        .map((a) => a.id)
        .sort(),
    );
    expect(PHOTO_ONLY_AGENCY_IDS.has('epa') && PHOTO_ONLY_AGENCY_IDS.has('keystone')).toBe(true);
    for (const a of AGENCIES) {
      for (const w of a.lookalikes?.nextWords ?? []) expect(w, a.id).toBe(w.toLowerCase());
      const forms = new Set([...(a.names ?? []), ...(a.codes ?? [])].map((f) => f.toLowerCase()));
      for (const n of a.nameLike ?? []) expect(forms.has(n.toLowerCase()), `${a.id}: ${n}`).toBe(true);
    }
  });

  it('knows the national agencies of Europe, the Americas, Africa, the Middle East and Asia', () => {
    const ids = new Set(AGENCIES.map((a) => a.id));
    for (const id of [
      'ctk',
      'pap',
      'mti',
      'bta',
      'hina',
      'tanjug',
      'anp',
      'belga',
      'lusa',
      'tt',
      'stt',
      'ntb',
      'ritzau',
      'apa',
      'sda',
      'ansa',
      'efe',
      'europapress',
      'agenciabrasil',
      'telam',
      'notimex',
      'xinhua',
      'chinanews',
      'kyodo',
      'jiji',
      'yonhap',
      'pti',
      'ani',
      'ians',
      'uni',
      'bernama',
      'antara',
      'aap',
      'irna',
      'tass',
      'ria',
      'interfax',
      'ukrinform',
      'kazinform',
      'anadolu',
      'mena',
      'wafa',
      'kuna',
      'qna',
      'spa',
      'wam',
      'bna',
      'ona',
      'petra',
      'sana',
      'nna',
      'aps',
      'map',
      'tap',
      'nan',
      'kna',
      'kenyanewsagency',
      'ana-mpa',
      'cna',
      'cna-cy',
      'vna',
      'pna',
      'tna',
      'bss',
      'app',
      'rss',
      'lankapuvath',
      'kpl',
      'akp',
      'montsame',
      'kabar',
      'trend',
      'apa-az',
      'armenpress',
      'belta',
      'moldpres',
      'leta',
      'elta',
      'bns',
      'sta',
      'tasr',
      'mia',
      'fena',
      'agerpres',
      'mina',
      'ata',
      'prensalatina',
      'aim',
      'abi',
      'andina',
      'andes',
      'colprensa',
      'na',
      'sid',
      'epd',
      'dts',
      'dpa-afx',
      'jta',
      'bloomberg',
      'upi',
      'afx',
      'kathpress',
      'idea',
      'unb',
      'agenciaoglobo',
      'kcna',
    ])
      expect(ids, id).toContain(id);
  });

  it.each([
    ['Wien. Der Minister sagte am Montag, die Lage sei ernst. (APA)', 'apa'],
    ['Baku. Azerbaijan said on Monday that the talks went well. (APA)', 'apa-az'],
    ['Bonn. Der Bischof sagte, die Kirche bleibe offen. (KNA)', 'kna'],
    ['NAIROBI. Kenya officials said the road would open. (KNA)', 'kenyanewsagency'],
    ['TAIPEI. The ministry said the drill went ahead. (CNA)', 'cna'],
    ['NICOSIA. The Cyprus government said talks resume. (CNA)', 'cna-cy'],
    ['Alger. Le ministre a annoncé un plan. (APS)', 'aps'],
    ['Dakar. Le ministre sénégalais a annoncé un plan. (APS)', 'aps-sn'],
  ])('gives a shared code to the agency whose home stands near: %s', (text, id) => {
    expect(findMentions(text).map((m) => m.agency.id)).toEqual([id]);
  });

  it.each([
    ['She cited the APA style guide.'],
    ['The study followed APA guidelines (APA).'.replace(' (APA)', '')],
    ['Her PAP smear came back clear.'],
    ['The SPA treatment costs extra.'],
    ['The MAP shows the route.'],
    ['The RSS chief Mohan Bhagwat said.'],
    ['AKP leader Erdogan spoke.'],
    ['The Sputnik V vaccine was approved.'],
    ['Now in open beta, the Beta version ships.'],
    ['la selección belga ganó'],
    ['Ini kabar terbaru dari Jakarta'],
    ['Ich will mehr davon.'],
    ['Sri Lanka won the match.'],
  ])('reads no agency in the look-alike %s', (text) => {
    expect(findMentions(text).map((m) => m.agency.id)).toEqual([]);
  });

  it.each([
    ['The Associated Press', 'ap'],
    ['Agence France-Presse', 'afp'],
    ['Agencia EFE', 'efe'],
    ['РИА Новости', 'ria'],
    ['ТАСС', 'tass'],
    ['Press Trust of India', 'pti'],
    ['dpa-AFX', 'dpa-afx'],
    ['Agência Brasil', 'agenciabrasil'],
    ['Anadolu Ajansı', 'anadolu'],
    ['Keystone-SDA', 'sda'],
  ])('names %s', (form, id) => {
    expect(agencyNamed(form)?.id).toBe(id);
  });

  it.each([
    ['新华社北京4月24日电', 'xinhua'],
    ['共同通信によると', 'kyodo'],
    ['(서울=연합뉴스)', 'yonhap'],
    ['(भाषा)', 'pti'],
    ['A$AP Rocky', null],
    ['the ap of a wave', null],
    ['Ani DiFranco', null],
  ])('finds the agency in %s', (text, id) => {
    const found = findMentions(text);
    expect(found[0]?.agency.id ?? null).toBe(id);
  });

  it('matches codes only in their listed letter case', () => {
    expect(findMentions('The AP said').map((m) => m.agency.id)).toEqual(['ap']);
    expect(findMentions('the ap said')).toEqual([]);
    expect(findMentions('von dpa und DPA').map((m) => m.agency.id)).toEqual(['dpa', 'dpa']);
  });
});

describe('credit phrasings', () => {
  it('stay linear on long adversarial windows', () => {
    const inputs = ['(AP) '.repeat(40), 'By '.repeat(60), 'a/'.repeat(90), '('.repeat(150), ' '.repeat(160), 'mit '.repeat(40), 'Reporting by x'.repeat(12)];
    const t = cpuMs();
    for (let i = 0; i < 200; i++) {
      for (const s of inputs) {
        for (const r of CREDIT_RULES) {
          r.before?.test(s);
          r.after?.test(s);
        }
        REUTERS_TRAILER.test(s);
      }
    }
    expect(cpuMs() - t).toBeLessThan(2000);
  });

  it('finds names in a 1 MB string in linear time', () => {
    const t = cpuMs();
    const found = findMentions('(AP) '.repeat(200_000));
    expect(found.length).toBeGreaterThan(10);
    expect(found.length).toBeLessThanOrEqual(40);
    expect(findMentions(`${'x '.repeat(500_000)}(AFP)`).map((m) => m.agency.id)).toEqual(['afp']);
    expect(cpuMs() - t).toBeLessThan(2000);
  });
});
