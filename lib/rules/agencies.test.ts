import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../cli/corpus';
import { agencyNamed, findMentions } from '../detectors/agency-names';
import { AGENCIES, UNNAMED_AGENCIES } from './agencies';
import { CREDIT_RULES, REUTERS_TRAILER } from './agency-phrasings';

describe('agency registry', () => {
  it('holds at least 80 agencies with unique ids and complete entries', () => {
    expect(AGENCIES.length).toBeGreaterThanOrEqual(80);
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

  it('never gives one alias to two agencies', () => {
    const owner = new Map<string, string>();
    for (const a of AGENCIES) {
      for (const form of [...(a.names ?? []), ...(a.codes ?? []), ...(a.cjk ?? [])]) {
        const key = a.codes?.includes(form) ? form : form.toLowerCase();
        const prev = owner.get(key);
        expect(prev === undefined || prev === a.id, `${form}: ${prev} and ${a.id}`).toBe(true);
        owner.set(key, a.id);
      }
    }
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
    const t = performance.now();
    for (let i = 0; i < 200; i++) {
      for (const s of inputs) {
        for (const r of CREDIT_RULES) {
          r.before?.test(s);
          r.after?.test(s);
        }
        REUTERS_TRAILER.test(s);
      }
    }
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('finds names in a 1 MB string in linear time', () => {
    const t = performance.now();
    const found = findMentions('(AP) '.repeat(200_000));
    expect(found.length).toBeGreaterThan(10);
    expect(found.length).toBeLessThanOrEqual(40);
    expect(findMentions(`${'x '.repeat(500_000)}(AFP)`).map((m) => m.agency.id)).toEqual(['afp']);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
