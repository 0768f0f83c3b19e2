// The README's list of the command line's JSON fields is the report's: checked against the Report
// type's keys and against a real report of the example page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../lib/analyze';
import { REPORT_KEYS } from '../lib/report';
import { parseDocument } from './dom';
import { toCliReport, toText } from './output';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const example = readFileSync(join(ROOT, 'examples', 'wire-story.html'), 'utf8');
const report = toCliReport('examples/wire-story.html', analyze(parseDocument(example), { url: 'https://gazette.example/news/harbour-floating-solar' }));

/** The backticked names after `label` in the README, up to the next full stop. */
function listed(label: string): string[] {
  const at = readme.indexOf(label);
  expect(at, label).toBeGreaterThanOrEqual(0);
  const part = readme.slice(at + label.length, readme.indexOf('.', at + label.length));
  return [...part.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!);
}

describe('the README lists the JSON fields', () => {
  it('of the report, in the order of the type, after the input', () => {
    expect(listed('The JSON fields:')).toEqual(['input', ...REPORT_KEYS]);
    expect(Object.keys(report)).toEqual(['input', ...REPORT_KEYS]);
  });

  it('of its evidence, agencies, posts, sources and diagnostics', () => {
    expect(listed('`evidence`):')).toEqual(Object.keys(report.statusEvidence[0]!));
    expect(listed('Agencies:')).toEqual(Object.keys(report.agencies[0]!));
    expect(listed('Embeds:')).toEqual(Object.keys(report.embeds[0]!));
    expect(listed('Original sources:')).toEqual(Object.keys(report.originalSources[0]!));
    expect(listed('Diagnostics:')).toEqual(Object.keys(report.diagnostics));
  });
});

describe('the short text form', () => {
  it("says the report in the extension's words", () => {
    const text = toText(report);
    expect(text).toContain('wire-unedited — Agency story, published unedited · ANI (very likely, 99%)');
    expect(text).toContain('agency:     Asian News International (supplied the story)');
    expect(text).toContain('post:       X by Energy Ministry @example_energy');
  });

  it('keeps control characters from the page out of the terminal', () => {
    const text = toText({ ...report, publisher: 'Evil\u001b[2J\u202eNews', headline: 'A\u0007B' });
    expect(text).toContain('Evil [2J News');
    expect(text).not.toMatch(/[\u0007\u001b\u202e]/);
  });
});
