// Which verdicts get an inline badge: the six about where a text comes from by default, "no agency
// credit found" only when chosen, every verdict with one button; the content script follows the choice.
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { BadgeSection } from './BadgeSection';
import { shouldShowBadge } from '../../entrypoints/content/index';
import { defaultSettings, type Settings } from '../../utils/settings';
import { report } from '../../tests/extension/in-page/fixtures';
import { resetBrowser } from '../../tests/extension/i18n';
import { click, mount, unmountAll } from '../../tests/extension/render';

beforeEach(resetBrowser);
afterEach(unmountAll);

describe('badge choices', () => {
  it('offers a badge for "No agency credit found", off by default', () => {
    const settings = defaultSettings();
    const root = mount(<BadgeSection settings={settings} onChange={() => {}} />);
    const staff = root.querySelector<HTMLInputElement>('input[data-status="staff"]')!;
    expect(staff.checked).toBe(false);
    expect(staff.closest('.cl-check')!.textContent).toBe('No agency credit found');
    expect(root.querySelectorAll('input[data-status]').length).toBe(7);
    expect(shouldShowBadge(settings, report('staff'))).toBe(false);
    expect(shouldShowBadge(settings, report('wire'))).toBe(true);
  });

  it('turns every verdict on with one button, and the staff badge then shows', () => {
    const onChange = vi.fn();
    const root = mount(<BadgeSection settings={defaultSettings()} onChange={onChange} />);
    click(root.querySelector('[data-action="all-badges"]'));
    const patch = onChange.mock.calls[0]![0] as Partial<Settings>;
    expect(patch.badgeStatuses).toEqual(['staff', 'wire-unedited', 'wire', 'wire-assisted', 'republished', 'press-release', 'sponsored']);
    const all = { ...defaultSettings(), ...patch };
    expect(shouldShowBadge(all, report('staff'))).toBe(true);
    // A page that is no article never gets one: there is no story to put it on.
    expect(shouldShowBadge(all, report('not-article'))).toBe(false);
    const done = mount(<BadgeSection settings={all} onChange={onChange} />);
    expect(done.querySelector<HTMLButtonElement>('[data-action="all-badges"]')!.disabled).toBe(true);
  });
});
