// The phrases section: sites typed with a phrase become host names (or an error), and the live
// preview shows what the page answered, as text, with the whole-word match marked.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetBrowser } from '../../tests/extension/i18n';
import { mount, submit, type, unmountAll } from '../../tests/extension/render';
import { PhrasesSection, parseSites, type PreviewAnswer } from './PhrasesSection';

beforeEach(resetBrowser);
afterEach(unmountAll);

/** Past the preview's pause after typing, and the answer's promise. */
const afterPause = () => act(() => new Promise<void>((r) => setTimeout(r, 320)));

describe('phrases with sites', () => {
  it('reads typed sites as host names, and refuses what is not one', () => {
    expect(parseSites(' https://www.Example.com/news, sport.example.de  example.com ')).toEqual({ sites: ['example.com', 'sport.example.de'] });
    expect(parseSites('')).toEqual({ sites: [] });
    expect(parseSites('not a site!')).toHaveProperty('error');
  });

  it('adds a phrase with its sites', () => {
    const onChange = vi.fn();
    const root = mount(<PhrasesSection phrases={[]} onChange={onChange} preview={async () => ({ kind: 'no-tab' })} />);
    type(root.querySelector('#cl-phrase-input'), 'SID');
    type(root.querySelector('#cl-phrase-sites'), 'sid.de, www.sport.example.de');
    submit(root.querySelector('form'));
    expect(onChange).toHaveBeenCalledWith([{ phrase: 'SID', status: 'wire', sites: ['sid.de', 'sport.example.de'] }]);
  });
});

describe('the live preview', () => {
  it('asks about the phrase and sites being typed, and shows the sentences as text with the match marked', async () => {
    const asked: [string, string[]][] = [];
    const preview = async (phrase: string, sites: string[]): Promise<PreviewAnswer> => {
      asked.push([phrase, sites]);
      return {
        kind: 'page',
        url: 'https://www.birminghammail.co.uk/black-country/x',
        applies: sites.length === 0,
        sentences: ['A 48-hour dispersal order has been brought into place.', '<img src=x onerror=alert(1)> Dispersal orders, not a dispersal order here'],
      };
    };
    const root = mount(<PhrasesSection phrases={[]} onChange={() => {}} preview={preview} />);
    type(root.querySelector('#cl-phrase-input'), 'dispersal order');
    await afterPause();
    expect(asked.at(-1)).toEqual(['dispersal order', []]);
    const box = root.querySelector('.cl-preview')!;
    expect(box.getAttribute('data-preview')).toBe('page');
    expect(box.querySelector('.cl-preview__summary')?.textContent).toBe('2 sentences on birminghammail.co.uk match:');
    expect([...box.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['dispersal order', 'dispersal order']);
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');

    type(root.querySelector('#cl-phrase-sites'), 'manchestereveningnews.co.uk');
    await afterPause();
    expect(asked.at(-1)).toEqual(['dispersal order', ['manchestereveningnews.co.uk']]);
    expect(root.querySelector('.cl-preview')?.textContent).toContain('birminghammail.co.uk is not one of this phrase’s sites');
  });

  it('says when no page can be asked, and asks nothing for a phrase too short to count', async () => {
    let calls = 0;
    const root = mount(
      <PhrasesSection
        phrases={[]}
        onChange={() => {}}
        preview={async () => {
          calls++;
          return { kind: 'no-tab' };
        }}
      />,
    );
    type(root.querySelector('#cl-phrase-input'), 'AP');
    await afterPause();
    expect(calls).toBe(0);
    expect(root.querySelector('.cl-preview')).toBeNull();
    type(root.querySelector('#cl-phrase-input'), 'AFP');
    await afterPause();
    expect(root.querySelector('.cl-preview')?.textContent).toContain('Open a news page in another tab');
  });
});
