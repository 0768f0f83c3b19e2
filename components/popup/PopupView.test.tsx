// The popup rendering reports the real engine made from corpus pages, every tab state, its actions,
// and a hostile report whose strings must stay text and whose script URLs must never become links.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from './PopupView';
import { agencyName, allEvidence, platformLabel, statusExplanation, statusLabel } from '../../utils/presentation';
import type { Report } from '../../lib/report';
import { HOSTILE, HOSTILE_MD, SEED_ID, engineReport, hostileReport, onePagePerStatus, pagesWith } from '../../tests/extension/fixtures';
import { resetBrowser } from '../../tests/extension/i18n';
import { click, linkProblems, mount, unmountAll, unnamedControls } from '../../tests/extension/render';

beforeEach(resetBrowser);
afterEach(unmountAll);

function done(report: Report) {
  return { kind: 'done' as const, url: report.url ?? 'https://news.example.com/story', report };
}

function expectRendersReport(root: HTMLElement, report: Report) {
  const text = root.textContent ?? '';
  expect(root.querySelector('[data-status]')?.getAttribute('data-status')).toBe(report.status);
  expect(root.querySelector('h1')?.textContent).toContain(statusLabel(report.status));
  expect(text).toContain(statusExplanation(report.status));
  if (report.publisher) expect(text).toContain(report.publisher);
  if (report.republishedFrom) expect(text).toContain(report.republishedFrom);
  // Each agency by the name readers know; an unnamed credit never by its id.
  for (const a of report.agencies) expect(root.querySelector(`[data-agency="${a.id}"] .cl-agency__short`)?.textContent).toBe(agencyName(a));
  if (report.disclaimer) expect(root.querySelector('[data-section="disclaimer"] blockquote')?.textContent).toBe(report.disclaimer.text);
  const embeds = root.querySelectorAll('[data-section="embeds"] li');
  expect(embeds.length).toBe(report.embeds.length);
  report.embeds.forEach((e, i) => expect(embeds[i]!.textContent).toContain(platformLabel(e.platform)));
  // Agencies and posts have their own sections; the originals list holds the rest, each once.
  expect(root.querySelectorAll('[data-section="sources"] li').length).toBe(
    report.originalSources.filter((s) => s.kind !== 'agency' && s.kind !== 'post').length,
  );
  // Every piece of evidence is shown, once: what was checked for a staff verdict in its status card, the rest under Why?.
  const evidence = allEvidence(report);
  const checked = report.status === 'staff' ? evidence.filter((e) => e.ruleId === 'no-credit-found') : [];
  expect(root.querySelectorAll('.cl-why .cl-evidence__item').length).toBe(evidence.length - checked.length);
  expect(root.querySelectorAll('[data-section="checked"] li').length).toBe(checked.length);
  for (const e of evidence) expect(text).toContain(e.text);
  expect(linkProblems(root)).toEqual([]);
  expect(unnamedControls(root)).toEqual([]);
}

describe('popup on reports made by the engine from corpus pages', () => {
  it('shows the seed page’s status, disclaimer and every piece of evidence', () => {
    const report = engineReport(SEED_ID);
    const root = mount(<PopupView state={done(report)} onCopy={() => {}} onSwitchOff={() => {}} onOpenInTab={() => {}} />);
    expectRendersReport(root, report);
    expect(allEvidence(report).length).toBeGreaterThan(0);
  });

  for (const { status, id } of onePagePerStatus()) {
    it(`renders a labelled “${status}” page (${id}) section by section`, () => {
      const report = engineReport(id);
      const root = mount(<PopupView state={done(report)} onCopy={() => {}} />);
      expectRendersReport(root, report);
    });
  }

  for (const id of [...pagesWith('embeds', 3), ...pagesWith('agencies', 3)]) {
    it(`lists the agencies and embedded posts the engine finds on ${id}`, () => {
      const report = engineReport(id);
      const root = mount(<PopupView state={done(report)} />);
      expectRendersReport(root, report);
    });
  }

  it('links an agency to its home page and to a search on its own site', () => {
    const report: Report = {
      ...engineReport(SEED_ID),
      agencies: [
        {
          id: 'ani',
          name: 'Asian News International',
          shortName: 'ANI',
          country: 'IN',
          homepage: 'https://aninews.in/',
          contribution: 'copy',
          confidence: 0.9,
          evidence: [{ text: '(ANI)', where: 'dateline', ruleId: 'dateline-credit', rule: 'dateline credit' }],
        },
      ],
    };
    const root = mount(<PopupView state={done(report)} />);
    const card = root.querySelector('[data-agency="ani"]')!;
    expect(card.textContent).toContain('Asian News International');
    expect(card.textContent).toContain('Based in India');
    const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs[0]).toBe('https://aninews.in/');
    expect(hrefs[1]).toMatch(/^https:\/\/aninews\.in\/search\/\?query=/);
    expect(decodeURIComponent(hrefs[1]!.split('query=')[1]!)).toBe(report.headline);
  });
});

describe('agencies in the popup', () => {
  const credit = (id: string, shortName: string, homepage: string, contribution: 'copy' | 'photo') => ({
    id,
    name: shortName,
    shortName,
    country: null,
    homepage,
    contribution,
    confidence: 0.9,
    evidence: [],
  });

  it("says so on an agency's own site, and offers no search for the story there", () => {
    const report: Report = {
      ...engineReport(SEED_ID),
      status: 'wire',
      url: 'https://apnews.com/article/x',
      agencies: [credit('ap', 'AP', 'https://apnews.com', 'copy')],
    };
    const root = mount(<PopupView state={done(report)} />);
    expect(root.querySelector('[data-note="own-site"]')?.textContent).toBe("You are on AP's own site: this is the agency's own story.");
    expect(root.querySelector('.cl-agency__lookup')).toBeNull();
  });

  it('offers "Find this story at …" for a text credit only, never for a photo credit', () => {
    const report: Report = {
      ...engineReport(SEED_ID),
      url: 'https://news.example.com/a',
      agencies: [credit('ap', 'AP', 'https://apnews.com', 'copy'), credit('reuters', 'Reuters', 'https://www.reuters.com', 'photo')],
    };
    const root = mount(<PopupView state={done(report)} />);
    expect(root.querySelector('[data-agency="ap"] .cl-agency__lookup')?.textContent).toBe('Find this story at apnews.com');
    expect(root.querySelector('[data-agency="reuters"] .cl-agency__lookup')).toBeNull();
    expect(root.querySelector('[data-note="own-site"]')).toBeNull();
  });

  it('names an unnamed agency credit in words, never by its id', () => {
    const report: Report = { ...engineReport(SEED_ID), agencies: [{ ...credit('agencies', 'agencies', '', 'copy'), name: 'News agencies', homepage: null }] };
    const root = mount(<PopupView state={done(report)} />);
    expect(root.querySelector('[data-agency="agencies"] .cl-agency__short')?.textContent).toBe('agency not named');
    expect(root.querySelector('[data-agency="agencies"]')!.textContent).not.toContain('agencies');
  });
});

describe('hostile report', () => {
  it('renders every page string as text and makes no link from a non-http address', () => {
    const report = hostileReport();
    const root = mount(<PopupView state={{ kind: 'done', url: 'https://news.example.com/a', report }} onCopy={() => {}} onSwitchOff={() => {}} />);
    // The only image is the extension's own icon; no element carries an event-handler attribute.
    expect([...root.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['/icon/32.png']);
    expect(root.querySelectorAll('script').length).toBe(0);
    expect([...root.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(root.textContent).toContain(HOSTILE);
    expect(root.textContent).toContain(HOSTILE_MD);
    expect(linkProblems(root)).toEqual([]);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://copy.example/story']);
    // The agencies are still named, just without links.
    expect(root.querySelector('[data-agency="ap"]')?.textContent).toContain('The Associated Press');
    expect(root.querySelector('[data-agency="ap"] .cl-agency__short')?.textContent).toBe('AP');
    expect(root.textContent).toContain(`Origin ${HOSTILE}`);
  });
});

describe('tab states', () => {
  it('says the analysis failed, rather than going blank, when a report has an unexpected shape', () => {
    const broken = { ...engineReport(SEED_ID), agencies: null } as unknown as Report;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = mount(<PopupView state={done(broken)} />);
    spy.mockRestore();
    expect(root.querySelector('[data-state="failed"]')).not.toBeNull();
  });

  it('says it is analysing, with a live status line', () => {
    const root = mount(<PopupView state={{ kind: 'analyzing', url: 'https://a.example/' }} />);
    expect(root.querySelector('[data-state="analyzing"] h1')?.textContent).toBe('Analysing…');
    expect(root.querySelector('[role="status"]')).not.toBeNull();
  });

  it('explains a page that is not an article and still offers to switch the site off', () => {
    const onSwitchOff = vi.fn();
    const root = mount(
      <PopupView state={{ kind: 'not-article', url: 'https://www.shop.example/cart', report: null }} onSwitchOff={onSwitchOff} onCopy={() => {}} />,
    );
    expect(root.textContent).toContain('Not a news article');
    expect(root.querySelector('[data-action="copy-markdown"]')).toBeNull();
    click(root.querySelector('[data-action="switch-off"]'));
    expect(onSwitchOff).toHaveBeenCalledWith('shop.example');
  });

  it('still lists the posts embedded in a page that is not an article', () => {
    const report = hostileReport();
    const root = mount(<PopupView state={{ kind: 'not-article', url: 'https://a.example/', report: { ...report, status: 'not-article' } }} />);
    expect(root.querySelectorAll('[data-section="embeds"] li').length).toBe(report.embeds.length);
    expect(root.querySelectorAll('a').length).toBe(0);
  });

  it('gives the reason for an unsupported page in plain words', () => {
    const root = mount(<PopupView state={{ kind: 'unsupported', reason: 'browser-page' }} />);
    expect(root.textContent).toContain('Not available here');
    expect(root.textContent).toContain("one of the browser's own pages");
  });

  it('shows a switched-off site with a way to switch it on again', () => {
    const onSwitchOn = vi.fn();
    const root = mount(<PopupView state={{ kind: 'disabled', host: 'example.com' }} onSwitchOn={onSwitchOn} />);
    expect(root.textContent).toContain('You switched Creditline off on example.com');
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Switch on again')!);
    expect(onSwitchOn).toHaveBeenCalledWith('example.com');
  });

  it('shows why the analysis failed, as text, with a retry', () => {
    const onRetry = vi.fn();
    const root = mount(<PopupView state={{ kind: 'failed', url: 'https://a.example/', error: `page too large ${HOSTILE}` }} onRetry={onRetry} />);
    expect(root.textContent).toContain(`Creditline could not read this page: page too large ${HOSTILE}`);
    expect(root.querySelectorAll('img').length).toBe(1);
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!);
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('says so when there is no tab', () => {
    const root = mount(<PopupView state={null} noTab />);
    expect(root.textContent).toContain('No tab to show');
  });
});

describe('actions', () => {
  it('copies in either format, confirms the copy, opens in a tab and switches the site off', () => {
    const report = engineReport(SEED_ID);
    const onCopy = vi.fn();
    const onOpenInTab = vi.fn();
    const onSwitchOff = vi.fn();
    const state = { kind: 'done' as const, url: 'https://www.asianetnews.example/world/story', report };
    const root = mount(<PopupView state={state} onCopy={onCopy} onOpenInTab={onOpenInTab} onSwitchOff={onSwitchOff} />);
    click(root.querySelector('[data-action="copy-markdown"]'));
    click(root.querySelector('[data-action="copy-json"]'));
    expect(onCopy.mock.calls).toEqual([['markdown'], ['json']]);
    click(root.querySelector('[data-action="open-in-tab"]'));
    expect(onOpenInTab).toHaveBeenCalledOnce();
    click(root.querySelector('[data-action="switch-off"]'));
    expect(onSwitchOff).toHaveBeenCalledWith('asianetnews.example');

    const copied = mount(<PopupView state={state} onCopy={onCopy} copyStatus={{ format: 'json', ok: true }} />);
    expect(copied.querySelector('[data-action="copy-json"]')?.textContent).toBe('Copied');
    expect(copied.querySelector('[role="status"]')?.textContent).toBe('Copied');
  });

  it('asks the page to show the evidence, and says when none could be found there', () => {
    const onShowOnPage = vi.fn();
    const state = done(engineReport(SEED_ID));
    const root = mount(<PopupView state={state} onShowOnPage={onShowOnPage} />);
    click(root.querySelector('[data-action="show-on-page"]'));
    expect(onShowOnPage).toHaveBeenCalledOnce();
    const none = mount(<PopupView state={state} onShowOnPage={onShowOnPage} shownOnPage={0} />);
    expect(none.querySelector('[role="status"]')?.textContent).toContain('could not be found on the page');
  });

  it('does not offer “open in a tab” when it already is one', () => {
    const root = mount(<PopupView state={done(engineReport(SEED_ID))} onOpenInTab={() => {}} inTab />);
    expect(root.querySelector('[data-action="open-in-tab"]')).toBeNull();
  });
});
