// Finding a report's sentence on the live page, across inline markup, white space and blocks.
import { describe, expect, it } from 'vitest';
import { findInIndex, indexText, locate, searchable } from './find-text';

function page(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html; // test fixture only
  document.body.replaceChildren(div);
  return div;
}

describe('find-text', () => {
  it('finds a sentence split by inline markup and odd white space', () => {
    const root = page('<p>NEW DELHI <b>(ANI)</b>:\n   The   minister\u00a0said on Monday.</p>');
    const range = findInIndex(indexText(root), '(ANI): The minister said on Monday.');
    expect(range?.toString()).toBe('(ANI):\n   The   minister\u00a0said on Monday.');
  });

  it('reads a block boundary as a space, never inside an inline run', () => {
    const root = page('<h2>Strengthening cooperation</h2><p>During the talks</p><p>x<i>y</i>z</p>');
    const index = indexText(root);
    expect(index.flat).toBe('Strengthening cooperation During the talks xyz');
    expect(locate(index, 'cooperation During')).not.toBeNull();
  });

  it('ignores scripts, styles and the badge itself, and matches a clipped sentence', () => {
    const root = page('<script>var s = "Reuters"</script><style>p{}</style><p>By Reuters staff in London today</p>');
    const index = indexText(root);
    expect(index.flat).toBe('By Reuters staff in London today');
    expect(searchable('By Reuters staff in…')).toBe('By Reuters staff in');
    expect(findInIndex(index, 'By Reuters staff in…')?.toString()).toBe('By Reuters staff in');
    expect(findInIndex(index, 'not on this page')).toBeNull();
  });
});
