import { describe, expect, it } from 'vitest';
import { globToRegExp } from './inputs/glob';
import { progressLine } from './progress';

describe('the progress line', () => {
  it('on a terminal: pages, pages per second, the share read and the time left', () => {
    let now = 0;
    const written: string[] = [];
    const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const p = progressLine(tty, () => now);
    p.total(1000);
    now = 10_000;
    for (let i = 0; i < 20; i++) p.page(10);
    p.archiveBytes(50);
    now = 20_000;
    p.page(50);
    // 21 pages in 20 s; 300 of 1000 bytes read in 20 s: about 47 s left.
    expect(written.at(-1)).toBe('\r\x1b[K21 pages, 1.1 pages/s (30%), about 47 s left');
    p.done();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('says nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const p = progressLine({ isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream);
    p.page(10);
    p.done();
    expect(written).toEqual([]);
  });
});

describe('folder globs', () => {
  it('match * within a segment, ** across segments, {a,b} alternatives, case-insensitively', () => {
    const g = globToRegExp('**/*.{html,warc.gz}');
    expect(g.test('a.html')).toBe(true);
    expect(g.test('x/y/B.HTML')).toBe(true);
    expect(g.test('x/crawl.warc.gz')).toBe(true);
    expect(g.test('x/notes.txt')).toBe(false);
    expect(globToRegExp('2026-*/*.html').test('2026-11/a.html')).toBe(true);
    expect(globToRegExp('2026-*/*.html').test('2026-11/deep/a.html')).toBe(false);
    expect(globToRegExp('page?.html').test('page1.html')).toBe(true);
  });
});
