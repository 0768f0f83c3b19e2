// The options page's sections: what they show, what they validate, and what they hand back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsView, importErrorText, type OptionsViewProps } from './OptionsView';
import { DEFAULT_SETTINGS, LIMITS, type Settings } from '../../utils/settings';
import { resetBrowser } from '../../tests/extension/i18n';
import { click, mount, submit, type, unmountAll, unnamedControls } from '../../tests/extension/render';

beforeEach(resetBrowser);
afterEach(unmountAll);

function view(over: Partial<OptionsViewProps> = {}) {
  const onChange = vi.fn<(s: Settings) => void>();
  const props: OptionsViewProps = {
    settings: structuredClone(DEFAULT_SETTINGS),
    notice: null,
    onDismissNotice: vi.fn(),
    onChange,
    onExport: vi.fn(),
    onImport: vi.fn(),
    onReset: vi.fn(),
    backupMessage: null,
    saved: false,
    ...over,
  };
  return { root: mount(<OptionsView {...props} />), onChange, props };
}

describe('options page', () => {
  it('labels every control', () => {
    const { root } = view({
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com'], customPhrases: [{ phrase: 'provided by', status: 'wire', sites: [] }] },
    });
    expect(unnamedControls(root)).toEqual([]);
    expect(root.querySelector('button[aria-label="Remove example.com"]')).not.toBeNull();
    expect(root.querySelector('select[aria-label="Status for “provided by”"]')).not.toBeNull();
  });

  it('toggles badges and the statuses that get one', () => {
    const { root, onChange } = view();
    click(root.querySelector('#cl-badges'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, badges: false });
    click(root.querySelector('input[data-status="sponsored"]'));
    expect(onChange.mock.lastCall![0].badgeStatuses).not.toContain('sponsored');
    click(root.querySelector('#cl-highlight'));
    expect(onChange.mock.lastCall![0].highlightEvidence).toBe(false);
  });

  it('adds a site only when it is a valid host name, normalised', () => {
    const { root, onChange } = view({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] } });
    const form = root.querySelector('[data-section="sites"] form');
    type(root.querySelector('#cl-site-input'), 'not a site');
    submit(form);
    expect(root.querySelector('#cl-site-error')?.textContent).toContain('not a valid site name');
    expect(onChange).not.toHaveBeenCalled();
    type(root.querySelector('#cl-site-input'), 'https://www.Example.ORG/page');
    submit(form);
    expect(root.querySelector('#cl-site-error')?.textContent).toContain('already in the list');
    type(root.querySelector('#cl-site-input'), 'https://www.News.Example.com/page');
    submit(form);
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['example.org', 'news.example.com'] });
  });

  it('removes a site', () => {
    const { root, onChange } = view({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] } });
    click(root.querySelector('button[aria-label="Remove a.example"]'));
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['b.example'] });
  });

  it('validates a new phrase and adds it with the chosen status', () => {
    const { root, onChange } = view();
    const form = root.querySelector('[data-section="phrases"] form');
    const input = root.querySelector('#cl-phrase-input');
    for (const [bad, message] of [
      ['  ', 'Type a phrase'],
      ['ab', 'at least 3'],
      ['x'.repeat(LIMITS.phraseMax + 1), 'at most 200'],
      ['two\tparts', 'plain text'],
    ] as const) {
      type(input, bad);
      submit(form);
      expect(root.querySelector('#cl-phrase-error')?.textContent).toContain(message);
    }
    expect(onChange).not.toHaveBeenCalled();
    const select = root.querySelector('#cl-phrase-status') as HTMLSelectElement;
    select.value = 'press-release';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    type(input, '  Distributed by PR Newswire ');
    submit(form);
    expect(onChange).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      customPhrases: [{ phrase: 'Distributed by PR Newswire', status: 'press-release', sites: [] }],
    });
  });

  it('shows a stored phrase as text, whatever it contains', () => {
    const phrase = '<img src=x onerror=alert(1)>';
    const { root } = view({ settings: { ...DEFAULT_SETTINGS, customPhrases: [{ phrase, status: 'sponsored', sites: [] }] } });
    expect(root.querySelector('[data-list="phrases"]')?.textContent).toContain(phrase);
    expect(root.querySelectorAll('img').length).toBe(1); // the extension's own icon
  });

  it('shows the repair notice and lets it be dismissed', () => {
    const { root, props } = view({ notice: 'repaired' });
    expect(root.querySelector('[data-notice="repaired"]')?.textContent).toContain('set back to their defaults');
    click(root.querySelector('[data-notice] button'));
    expect(props.onDismissNotice).toHaveBeenCalledOnce();
  });

  it('asks before resetting', () => {
    const { root, props } = view();
    click(root.querySelector('[data-action="reset"]'));
    expect(props.onReset).not.toHaveBeenCalled();
    click(root.querySelector('[data-action="reset-yes"]'));
    expect(props.onReset).toHaveBeenCalledOnce();
  });

  it('words every import error plainly and says nothing changed', () => {
    const texts = [
      importErrorText({ code: 'too-large', bytes: 250_000 }),
      importErrorText({ code: 'not-json' }),
      importErrorText({ code: 'wrong-shape' }),
      importErrorText({ code: 'newer-version', version: 7 }),
      importErrorText({ code: 'bad-field', field: 'disabledSites' }),
      importErrorText({ code: 'read' }),
    ];
    for (const t of texts) expect(t).toContain('Nothing was changed.');
    expect(texts[0]).toContain('250 kB');
    expect(texts[4]).toContain('sites switched off');
  });
});
