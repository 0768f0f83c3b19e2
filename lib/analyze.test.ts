import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/dom';
import { analyze, analyzeInSteps, PageTooLargeError } from './analyze';
import type { Report } from './report';
import { articleHtml } from '../tests/helpers/pages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const example = readFileSync(join(import.meta.dirname, '..', 'examples', 'wire-story.html'), 'utf8');

describe('analyze', () => {
  it('reads the example page end to end', () => {
    const r = analyze(parseDocument(example), { url: 'https://gazette.example/news/harbour-floating-solar' });
    expect(r.status).toBe('wire-unedited');
    expect(r.publisher).toBe('The Example Gazette');
    expect(r.agencies.map((a) => [a.id, a.contribution])).toEqual([['ani', 'copy']]);
    expect(r.embeds.map((e) => [e.platform, e.handle, e.date])).toEqual([['x', '@example_energy', '2025-11-20']]);
    expect(r.diagnostics.timings.totalMs).toBeGreaterThanOrEqual(r.diagnostics.timings.readabilityMs);
  });

  it('gives the same report in steps, pausing between them', async () => {
    let pauses = 0;
    const stepped = await analyzeInSteps(parseDocument(example), {}, async () => {
      pauses++;
    });
    const whole = analyze(parseDocument(example), {});
    expect(pauses).toBeGreaterThanOrEqual(3);
    const untimed = (r: Report) => ({ ...r, diagnostics: { ...r.diagnostics, timings: null } });
    expect(untimed(stepped)).toEqual(untimed(whole));
  });

  it('refuses a page with too many elements instead of freezing it', () => {
    const html = articleHtml(`{{filler}}${'<span>x</span>'.repeat(2000)}`);
    expect(() => analyze(parseDocument(html), { maxElements: 1000 })).toThrow(PageTooLargeError);
  });

  it('reads empty and text-only input as no article instead of throwing', () => {
    for (const html of ['', ' ', 'just text', '<!-- -->', '<!doctype html>']) {
      expect(analyze(parseDocument(html), {}).status).toBe('not-article');
    }
  });

  it('turns a failing step into a warning', () => {
    const head = '<meta property="og:type" content="article"><script type="application/ld+json">{not json</script>';
    const doc = parseDocument(articleHtml('{{filler}}', { head }));
    const r = analyze(doc, {});
    expect(r.diagnostics.warnings).toContain('a JSON-LD block is not valid JSON');
    expect(r.status).not.toBe('not-article');
  });
});
