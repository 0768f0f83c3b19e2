// The Preact badge: its words, the card, the keyboard, and page strings kept as text.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Badge, type BadgeActions } from '../../../components/badge/Badge';
import { badgeModel } from '../../../components/badge/view-model';
import type { Report } from '../../../lib/report';
import { resetBrowser } from '../i18n';
import { agency, corpusReport, report } from './fixtures';

let root: HTMLElement;
beforeEach(() => {
  resetBrowser();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(r: Report, actions: Partial<BadgeActions> = {}) {
  const all: BadgeActions = { showOnPage: vi.fn(() => 2), dismiss: vi.fn(), disableSite: vi.fn(), ...actions };
  act(() => render(<Badge model={badgeModel(r)} actions={all} />, root));
  return all;
}

const click = (el: Element | null) => act(() => (el as HTMLElement).click());

describe('inline badge', () => {
  it('shows the seed page line and opens a card with the evidence and the post', () => {
    mount(corpusReport('seed-asianet-putin-li-qiang'));
    expect(root.querySelector('.line')!.textContent).toBe('Agency story, published unedited · ANI');
    const toggle = root.querySelector('button.toggle')!;
    // Its accessible name says whose label it is, so it cannot pass for the site's own.
    expect(toggle.getAttribute('aria-label')).toBe('Creditline: Agency story, published unedited · ANI. Show where this story comes from');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const card = root.querySelector('.card')!;
    expect(card.textContent).toContain('has not been edited by Asianet Newsable English staff');
    expect(card.textContent).toContain('@mfa_russia');
    expect(card.querySelector('header .brand')!.textContent).toBe('Creditline');
    // The post's text links (t.co, pic.twitter.com) open something else: the post is named, not linked.
    expect(Array.from(card.querySelectorAll('a')).map((a) => a.getAttribute('href'))).not.toContain('https://t.co/hiZ6c5DPZr');
  });

  it('says "No agency credit found" on a staff page, with what was checked, in the neutral colour', () => {
    const r = corpusReport('p102-time-com');
    expect(r.status).toBe('staff');
    mount(r);
    expect(root.querySelector('.line')!.textContent).toBe('No agency credit found');
    expect(root.querySelector('.root')!.getAttribute('data-status')).toBe('staff');
    click(root.querySelector('button.toggle'));
    const card = root.querySelector('.card')!;
    expect(card.querySelector('h3')!.textContent).toBe('What was checked');
    const checked = r.statusEvidence.find((e) => e.ruleId === 'no-credit-found')!;
    expect(card.querySelector('blockquote')!.textContent).toBe(checked.text);
  });

  it('shows each piece of evidence once, and never a photo caption for the text', () => {
    const caption = { text: 'Photo: AP', where: 'caption' as const, ruleId: 'photo-credit' as const, rule: 'photo credit' };
    const credit = { text: '(AP) —', where: 'dateline' as const, ruleId: 'dateline-credit' as const, rule: 'dateline credit' };
    mount(
      report('wire', {
        statusEvidence: [credit, { ...credit, text: '(AP)  — ' }, caption],
        agencies: [{ ...agency('ap', 'AP'), evidence: [credit, caption] }],
      }),
    );
    click(root.querySelector('button.toggle'));
    expect(Array.from(root.querySelectorAll('.card blockquote')).map((b) => b.textContent)).toEqual(['(AP) —']);
  });

  it('renders hostile page strings as text and links only http(s) addresses', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    mount(
      report('republished', {
        republishedFrom: hostile,
        statusEvidence: [{ text: hostile, where: 'body', ruleId: 'republication-note', rule: 'republication line' }],
        originalSources: [
          { kind: 'publisher', label: hostile, url: 'javascript:alert(1)' },
          { kind: 'canonical', label: 'Original', url: 'https://origin.example/story' },
        ],
      }),
    );
    click(root.querySelector('button.toggle'));
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain(hostile);
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://origin.example/story']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
  });

  it('runs the actions and says when nothing could be found on the page', () => {
    const actions = mount(report('wire', { agencies: [agency('ap', 'AP')] }), { showOnPage: vi.fn(() => 0) });
    click(root.querySelector('button.toggle'));
    click(root.querySelector('button.primary'));
    expect(actions.showOnPage).toHaveBeenCalledOnce();
    expect(root.querySelector('.note')?.textContent).toContain('could not be found');
    click(Array.from(root.querySelectorAll('button.quiet')).find((b) => b.textContent === "Don't show on this site")!);
    expect(actions.disableSite).toHaveBeenCalledOnce();
    click(root.querySelector('button.dismiss'));
    expect(actions.dismiss).toHaveBeenCalledOnce();
  });

  it('closes the card with Escape and gives focus back to the badge', () => {
    mount(report('sponsored'));
    const toggle = root.querySelector<HTMLButtonElement>('button.toggle')!;
    click(toggle);
    act(() => {
      root.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('.card')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});
