// "Seen elsewhere" with copies as the background describes them: the share of text, the paragraphs
// added, the strongest note, links to http(s) copies only, and nothing at all without copies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { SeenElsewhere } from './SeenElsewhere';
import { CardCopies } from '../badge/CardCopies';
import type { SeenCopy } from '../../utils/presentation';
import { engineReport } from '../../tests/extension/fixtures';
import { resetBrowser } from '../../tests/extension/i18n';
import { linkProblems, mount, unmountAll } from '../../tests/extension/render';

beforeEach(resetBrowser);
afterEach(unmountAll);

const report = engineReport('globalnews-ap-kyiv-2026');
const AP: SeenCopy = {
  url: 'https://apnews.com/article/russia-ukraine-kyiv',
  site: 'apnews.com',
  publisher: 'AP News',
  headline: 'Russian missiles strike Kyiv',
  status: 'wire-unedited',
  seen: Date.UTC(2026, 11, 1),
  shared: 0.94,
  parasAdded: 2,
  parasCut: 0,
  agency: 'AP',
  agencySite: 'AP',
  creditedThereNotHere: [],
};
const HOSTILE: SeenCopy = { ...AP, url: 'javascript:alert(1)' as string, site: 'evil.example', agencySite: null, headline: '<img src=x onerror=alert(1)>' };

/** Mounts and lets the copies' promise settle. */
async function mountWith(copies: SeenCopy[] | null) {
  const root = mount(<SeenElsewhere report={report} load={() => Promise.resolve(copies)} />);
  await act(async () => {
    await Promise.resolve();
  });
  return root;
}

describe('Seen elsewhere in the popup', () => {
  it('says how much text another copy shares, what this site added, and the strongest note', async () => {
    const root = await mountWith([AP]);
    const text = root.textContent ?? '';
    expect(text).toContain('94% the same text as the AP copy on apnews.com');
    expect(text).toContain('this site added 2 paragraphs');
    expect(root.querySelector('[data-note="seen-elsewhere"]')?.textContent).toBe(
      'AP published this story on its own site (apnews.com); this page does not credit AP.',
    );
    expect(root.querySelector<HTMLAnchorElement>('.cl-copy a')?.href).toBe(AP.url);
    expect(linkProblems(root)).toEqual([]);
  });

  it('shows nothing when no other copy is known', async () => {
    expect((await mountWith([])).textContent).toBe('');
    expect((await mountWith(null)).textContent).toBe('');
  });

  it('never turns a copy’s address into a link unless it is http(s), and keeps page text as text', async () => {
    const root = await mountWith([HOSTILE]);
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('Seen elsewhere in the card', () => {
  it('gives each copy one line with its site and the share of text', async () => {
    const root = mount(
      <CardCopies
        load={() => Promise.resolve([AP, { ...AP, url: 'https://carrier.example/x', site: 'carrier.example', agency: null, agencySite: null, shared: 0.61 }])}
      />,
    );
    await act(async () => {
      await Promise.resolve();
    });
    const lines = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(['AP · apnews.com · 94% the same text', 'carrier.example · 61% the same text']);
    expect(root.querySelector('.note')?.textContent).toContain('AP published this story on its own site');
  });
});
