// Copying a report: Markdown and JSON carry the status, agencies and every piece of evidence, and
// hostile page strings stay inert text (no live links, no raw markup).
import { beforeEach, describe, expect, it } from 'vitest';
import { allEvidence, mdLink, mdText, reportToJson, reportToMarkdown } from '../../utils/report-format';
import { statusLabel } from '../../utils/presentation';
import type { Report } from '../../lib/report';
import { SEED_ID, engineReport, hostileReport, onePagePerStatus } from './fixtures';
import { resetBrowser } from './i18n';

beforeEach(resetBrowser);

/** Markdown with every backslash escape removed, as a renderer would show the text. */
function unescapeMd(md: string): string {
  return md.replace(/\\([\\`*_\[\]<>|~&#+.)-])/g, '$1');
}

describe('Markdown', () => {
  it("links a post only by the post's own address, not by a link its text held", () => {
    const md = reportToMarkdown(engineReport(SEED_ID));
    expect(md).toContain('@mfa\\_russia');
    expect(md).not.toContain('https://t.co/hiZ6c5DPZr');
  });

  it('names an unnamed agency credit in words, never by its id', () => {
    const unnamed = {
      id: 'agencies',
      name: 'News agencies',
      shortName: 'agencies',
      country: null,
      homepage: null,
      contribution: 'inputs' as const,
      confidence: 0.8,
      evidence: [],
    };
    const md = reportToMarkdown({ ...engineReport(SEED_ID), agencies: [unnamed] });
    expect(md).toContain('- **agency not named** — Supplied material for the story');
    expect(md).not.toContain('(agencies)');
  });

  for (const { id } of [{ id: SEED_ID }, ...onePagePerStatus()]) {
    it(`carries the status and all evidence of ${id}`, () => {
      const report = engineReport(id);
      const md = reportToMarkdown(report);
      const shown = unescapeMd(md);
      expect(md.startsWith('# Creditline report')).toBe(true);
      expect(shown).toContain(statusLabel(report.status));
      for (const a of report.agencies) expect(shown).toContain(a.id === 'agencies' ? 'agency not named' : a.name);
      for (const e of allEvidence(report)) expect(shown).toContain(e.text.replace(/\s+/g, ' ').trim());
      if (report.disclaimer) expect(md).toContain('## What the page says');
    });
  }

  it('keeps hostile strings inert: no raw tags, no link to a script address', () => {
    const md = reportToMarkdown(hostileReport());
    expect(md).not.toMatch(/(?<!\\)<(img|script|\/script)/i); // only backslash-escaped, inert
    expect(md).not.toMatch(/(?<!\\)\]\((?!https?:)/); // every real [text](dest) goes to http(s)
    expect(md).toContain('\\<img src=x onerror="alert(1)"\\>');
    expect(md).toContain('\\[click me\\](javascript:alert(1))');
    expect(md).toContain('[The canonical copy](https://copy.example/story)');
  });

  it('escapes every syntax character and encodes parentheses in link targets', () => {
    expect(mdText('a*b_c`d[e]f<g>h|i~j&k#l!m\\n\no(p)')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\&k#l!m\\\\n o(p)');
    // Line-start syntax: headings, list items, numbered lists.
    expect(mdText('# Title')).toBe('\\# Title');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('2024. A year')).toBe('2024\\. A year');
    expect(mdText('Russia-China')).toBe('Russia-China');
    expect(mdLink('x', 'https://en.wikipedia.org/wiki/Foo_(bar)')).toBe('[x](https://en.wikipedia.org/wiki/Foo_%28bar%29)');
    expect(mdLink('x', 'javascript:alert(1)')).toBe('x');
  });
});

describe('JSON', () => {
  it('is the report, parseable, with its evidence', () => {
    const report = engineReport(SEED_ID);
    const parsed = JSON.parse(reportToJson(report)) as Report;
    expect(parsed.status).toBe(report.status);
    expect(parsed.statusEvidence).toEqual(report.statusEvidence);
    expect(parsed.disclaimer).toEqual(report.disclaimer);
    expect(parsed.agencies.map((a) => a.name)).toEqual(report.agencies.map((a) => a.name));
  });

  it('drops non-http addresses and escapes < so the text cannot open a tag', () => {
    const json = reportToJson(hostileReport());
    expect(json).not.toContain('<');
    const parsed = JSON.parse(json) as Report;
    expect(parsed.url).toBeNull();
    expect(parsed.agencies.map((a) => a.homepage)).toEqual([null, null]);
    expect(parsed.embeds[0]!.url).toBeNull();
    expect(parsed.originalSources.map((s) => s.url)).toEqual([null, 'https://copy.example/story']);
    expect(parsed.publisher).toBe(hostileReport().publisher);
  });
});
