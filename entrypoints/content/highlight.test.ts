// "Show on page" without the CSS Custom Highlight API (as in happy-dom and older browsers): the
// evidence is wrapped in <mark> elements, and clearing gives the page back exactly as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, pageEvidence } from './highlight';
import { report } from '../../tests/extension/in-page/fixtures';

const DISCLAIMER = '(Except for the headline, this story has not been edited by Example News staff and is published from a syndicated feed.)';
const HTML = `<article><p>NEW DELHI <b>(ANI)</b>: The talks went on.</p><p>${DISCLAIMER}</p>
<blockquote class="twitter-tweet"><p>Hello</p><a href="https://twitter.com/mfa/status/1234567890">Nov 20</a></blockquote></article>`;

function seedLike() {
  return report('wire-unedited', {
    disclaimer: { text: DISCLAIMER, where: 'body', ruleId: 'syndication-disclaimer', rule: 'syndication disclaimer' },
    statusEvidence: [
      { text: 'NEW DELHI (ANI): The talks went on.', where: 'dateline', ruleId: 'dateline-credit', rule: 'dateline credit' },
      { text: 'example.com', where: 'url', ruleId: 'publisher-is-agency', rule: 'publisher is the agency' },
    ],
    embeds: [
      {
        platform: 'x',
        url: 'https://twitter.com/mfa/status/1234567890',
        postId: '1234567890',
        handle: '@mfa',
        author: null,
        date: null,
        text: null,
        form: 'markup',
        evidence: [],
      },
    ],
  });
}

afterEach(() => document.body.replaceChildren());

describe('highlighter', () => {
  it('only looks for evidence read from the visible text', () => {
    expect(pageEvidence(seedLike())).toEqual([DISCLAIMER, 'NEW DELHI (ANI): The talks went on.']);
  });

  it('marks the sentences and the embedded post, and clearing restores the page', () => {
    document.body.innerHTML = HTML; // test fixture only
    const before = document.body.innerHTML;
    const highlighter = createHighlighter(document);
    expect(highlighter.show(seedLike(), false)).toBe(3);
    const marks = Array.from(document.querySelectorAll('mark[data-creditline-mark]')).map((m) => m.textContent);
    expect(marks.join('|')).toBe(`NEW DELHI |(ANI)|: The talks went on.|${DISCLAIMER}`);
    expect(document.querySelector('blockquote')!.getAttribute('data-creditline-mark')).toBe('post');
    highlighter.clear();
    document.querySelector('style[data-creditline-style]')?.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('finds without marking when the reader switched highlighting off', () => {
    document.body.innerHTML = HTML; // test fixture only
    const highlighter = createHighlighter(document);
    expect(highlighter.show(seedLike(), false, false)).toBe(3);
    expect(document.querySelectorAll('mark, [data-creditline-mark], style').length).toBe(0);
  });
});
