import { describe, expect, it } from 'vitest';
import { articleHtml, corpusReport, reportOf } from '../tests/helpers/pages';

describe('original sources', () => {
  it('lists the agency and the post on the founding example', () => {
    const sources = corpusReport('seed-asianet-putin-li-qiang').originalSources;
    expect(sources).toContainEqual({ kind: 'agency', label: 'Asian News International', url: 'https://www.aninews.in' });
    expect(sources).toContainEqual(expect.objectContaining({ kind: 'post', url: 'https://t.co/hiZ6c5DPZr' }));
  });

  it('links the original publisher named in a republication note', () => {
    expect(corpusReport('p055-salon-com').originalSources).toEqual([
      { kind: 'publisher', label: 'Grist', url: 'https://grist.org/energy/despite-everything-us-emissions-dipped-in-2019/' },
    ]);
  });

  it('lists a canonical copy on another site, and only http(s) links', () => {
    const html = articleHtml('{{filler}}<p>This post originally appeared on <a href="javascript:alert(1)">Evil</a>.</p>', {
      head: '<link rel="canonical" href="https://time.com/4603308/story/">',
    });
    const sources = reportOf(html, 'https://fortune.com/4603308/story/').originalSources;
    expect(sources).toContainEqual({ kind: 'publisher', label: 'Evil', url: null });
    expect(sources).toContainEqual({ kind: 'canonical', label: 'time.com', url: 'https://time.com/4603308/story/' });
  });
});
