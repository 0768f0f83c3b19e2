// The options page's story memory section against a stand-in for the background: the count and size,
// pause, forgetting a site, and an import that fails with a clear message and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { MemorySection, type MemoryApi } from './MemorySection';
import type { MemoryUsage } from '../../utils/presentation';
import { resetBrowser } from '../../tests/extension/i18n';
import { click, mount, type, unmountAll, unnamedControls } from '../../tests/extension/render';

beforeEach(resetBrowser);
afterEach(unmountAll);

const settle = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));

function fakeApi() {
  const u: MemoryUsage = { stories: 1204, bytes: 1_432_000, paused: false, full: false };
  const sites = new Map([['apnews.com', 3]]);
  const api: MemoryApi = {
    usage: async () => ({ ...u }),
    pause: async (paused) => ((u.paused = paused), { ...u }),
    forgetSite: async (site) => {
      const n = sites.get(site) ?? 0;
      sites.delete(site);
      u.stories -= n;
      return n;
    },
    forgetAll: async () => ((u.stories = 0), true),
    exportJson: async () => '{}',
    importJson: async (text) => (text.includes('creditline-story-memory') ? { ok: true, added: 2, updated: 1, unchanged: 0 } : { ok: false }),
  };
  return { api, u };
}

describe('MemorySection', () => {
  it('shows how many stories are kept and their size, and pauses', async () => {
    const { api, u } = fakeApi();
    const root = mount(<MemorySection linkMarks={true} onLinkMarks={() => {}} api={api} />);
    await settle();
    expect(root.querySelector('.cl-memory-usage')?.textContent).toBe('1,204 stories kept · 1.4 MB');
    click(root.querySelector('#cl-memory-pause'));
    await settle();
    expect(u.paused).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#cl-memory-pause')!.checked).toBe(true);
    expect(unnamedControls(root)).toEqual([]);
  });

  it('forgets one site as typed', async () => {
    const { api } = fakeApi();
    const root = mount(<MemorySection linkMarks={true} onLinkMarks={() => {}} api={api} />);
    await settle();
    type(root.querySelector('#cl-memory-site'), 'https://www.APnews.com/');
    click(root.querySelector('[data-action="forget-site"]'));
    await settle();
    expect(root.querySelector('[data-message="ok"]')?.textContent).toBe('3 stories from apnews.com forgotten.');
    expect(root.querySelector('.cl-memory-usage')?.textContent).toBe('1,201 stories kept · 1.4 MB');
  });

  it('says so when an import file is not a story memory', async () => {
    const { api } = fakeApi();
    const root = mount(<MemorySection linkMarks={true} onLinkMarks={() => {}} api={api} />);
    await settle();
    const input = root.querySelector<HTMLInputElement>('#cl-memory-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['{"format": "something else"}'], 'x.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    await settle();
    expect(root.querySelector('[data-message="error"]')?.textContent).toBe(
      'That file is not a Creditline story memory, or it is damaged. Nothing was changed.',
    );
    expect(root.querySelector('.cl-memory-usage')?.textContent).toBe('1,204 stories kept · 1.4 MB');
  });

  it('switches link marks', async () => {
    const { api } = fakeApi();
    let on = true;
    const root = mount(<MemorySection linkMarks={true} onLinkMarks={(v) => (on = v)} api={api} />);
    click(root.querySelector('#cl-link-marks'));
    expect(on).toBe(false);
  });
});
