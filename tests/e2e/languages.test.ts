// The interface in the reader's language, in real Chromium started in German, French, Spanish, Hindi
// and Arabic (--lang and LANGUAGE, as a reader's system would set it): on a corpus page, the popup
// and the options page say the status in that language, show no string of the English catalogue,
// lay out right to left in Arabic, and nothing overflows at 380 px. The badge's card follows too.
// In the German browser, choosing French in the options page switches the pages to French.
// With CREDITLINE_SCREENSHOTS=1 it writes docs/screenshots/popup-{hi,ar}.png and badge-card-{hi,ar}.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/report';
import { STATUS_KEYS } from '../../utils/presentation/tables';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { REPO_ROOT, SEED_ID } from './helpers/paths';

const SHOTS = process.env.CREDITLINE_SCREENSHOTS === '1';
const SHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');
const WIDTH = 380;

type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string): Catalogue =>
  generateChromeMessages(parseMessagesText(readFileSync(join(REPO_ROOT, 'locales', `${lang}.yml`), 'utf8'), 'YAML'));
const en = catalogue('en');
const say = (c: Catalogue, key: string) => c[key.replaceAll('.', '_')]!.message;

/**
 * The English catalogue's words that must not show in another language: each message's text between
 * its substitutions, where the other catalogue says it differently. Single words count from five
 * letters ("Byline", "Sponsored") unless the other catalogue uses them too (names such as
 * "Creditline", "Markdown" or "Instagram").
 */
function englishFragments(other: Catalogue): string[] {
  const otherText = Object.values(other)
    .map((m) => m.message)
    .join('\n');
  const out = new Set<string>();
  for (const [name, { message }] of Object.entries(en)) {
    if (name.startsWith('@@') || other[name]?.message === message) continue;
    for (const form of message.split(' | ')) {
      for (const piece of form.split(/\$[1-9]/)) {
        const f = piece.trim().replace(/^[\s:,.;()“”"·—–…?!-]+|[\s:,.;()“”"·—–…?!-]+$/g, '');
        const words = f.match(/\p{L}+/gu) ?? [];
        if (words.length >= 2 ? f.length >= 8 : f.length >= 5 && !otherText.includes(f)) out.add(f);
      }
    }
  }
  return [...out];
}

/** The interface's own words on the page: text and labels, without what came from the news page. */
function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    // Page text (quotes, the headline, names) is marked dir=auto; agency and source names are names.
    for (const el of copy.querySelectorAll('[dir="auto"], .cl-agency__name, .cl-agency__short, .cl-source__label, .cl-embed__author, .cl-embed__handle'))
      el.remove();
    const attrs = [...copy.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap((el) =>
      ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, copy.textContent ?? '', ...attrs].join('\n');
  });
}

/** Elements that stick out of the viewport's width (either side: right to left overflows to the left). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`document ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || el.closest('.cl-visually-hidden')) continue;
      if (r.left < -1 || r.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}…${Math.round(r.right)}`);
    }
    return out;
  });
}

const LANGS = ['de', 'fr', 'es', 'hi', 'ar'] as const;

describe("the interface in the reader's language (Chromium)", () => {
  let server: CorpusServer;
  const seed = readLabels().find((l) => l.id === SEED_ID)!;

  beforeAll(async () => {
    server = await startCorpusServer();
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      const words = catalogue(lang);
      const english = englishFragments(words);
      it('has the English catalogue to scan for', () => expect(english.length).toBeGreaterThan(200));
      let browser: ExtensionBrowser;
      let tabId: number;
      let report: Report;
      let article: Page;

      beforeAll(async () => {
        browser = await launchWithExtension([...hostResolverArgs(server.port), `--lang=${lang}`], undefined, { env: { LANGUAGE: lang } });
        article = await browser.context.newPage();
        await article.goto(server.urlFor(seed), { waitUntil: 'domcontentloaded' });
        const final = await waitForFinalState(browser.worker, article.url());
        expect(final.state.kind).toBe('done');
        tabId = final.tabId;
        report = (final.state as unknown as { report: Report }).report;
      }, 60_000);

      afterAll(async () => {
        await browser?.close();
      });

      async function open(path: string): Promise<Page> {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: WIDTH, height: 900 });
        await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
        return page;
      }

      it('starts the extension in that language', async () => {
        expect(await browser.worker.evaluate(() => (globalThis as any).chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${lang}\\b`));
      });

      it('says the status in the popup, with no English left and nothing overflowing', async () => {
        const popup = await open(`popup.html?tabId=${tabId}`);
        await popup.locator('.cl-status').waitFor();
        expect(await popup.locator('#cl-status-title').textContent()).toBe(say(words, STATUS_KEYS[report.status as keyof typeof STATUS_KEYS].label));
        expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
        await popup.locator('.cl-why > summary').click();
        await popup.locator('.cl-why .cl-evidence__item').first().waitFor();
        const text = await interfaceText(popup);
        expect(english.filter((f) => text.includes(f))).toEqual([]);
        expect(await overflowing(popup)).toEqual([]);
        if (SHOTS && (lang === 'hi' || lang === 'ar')) {
          mkdirSync(SHOT_DIR, { recursive: true });
          await popup.screenshot({ path: join(SHOT_DIR, `popup-${lang}.png`), fullPage: true });
        }
        await popup.close();
      });

      it('says the options page in that language, with no English left and nothing overflowing', async () => {
        const options = await open('options.html');
        await options.locator('.cl-options__title').waitFor();
        expect(await options.locator('.cl-options__title').textContent()).toBe(say(words, 'options.title'));
        expect(await options.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        const text = await interfaceText(options);
        expect(english.filter((f) => text.includes(f))).toEqual([]);
        expect(await overflowing(options)).toEqual([]);
        await options.close();
      });

      it('opens the badge card in that language, laid out in its direction', async () => {
        await article.setViewportSize({ width: 900, height: 900 });
        const toggle = article.locator('creditline-badge button.toggle');
        await toggle.click();
        const card = article.locator('creditline-badge .card');
        await card.waitFor();
        const shown = await article.evaluate(() => {
          const root = document.querySelector('creditline-badge')!.shadowRoot!;
          const [pill, card] = ['.pill', '.card'].map((s) => root.querySelector(s) as HTMLElement);
          return { pill: [pill!.dir, pill!.lang], card: [card!.dir, card!.lang], kicker: card!.querySelector('.kicker')?.textContent };
        });
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        expect(shown).toEqual({ pill: [dir, lang], card: [dir, lang], kicker: say(words, 'badge.cardTitle') });
        if (SHOTS && (lang === 'hi' || lang === 'ar')) {
          await article.locator('creditline-badge .root').screenshot({ path: join(SHOT_DIR, `badge-card-${lang}.png`) });
        }
        await toggle.click();
      });

      if (lang === 'de') {
        it("keeps the pill readable on a right-to-left page: its words run left to right, it sits at the page's start", async () => {
          await article.evaluate(() => (document.documentElement.dir = 'rtl'));
          const pill = await article.evaluate(() => {
            const host = document.querySelector('creditline-badge') as HTMLElement;
            const el = host.shadowRoot!.querySelector('.pill') as HTMLElement;
            const line = el.querySelector('.line') as HTMLElement;
            const [h, p] = [host.getBoundingClientRect(), el.getBoundingClientRect()];
            return {
              dir: getComputedStyle(el).direction,
              hostDir: getComputedStyle(host).direction,
              atStart: Math.abs(h.right - p.right) < 2,
              inside: p.left >= h.left - 1,
              clipped: line.scrollWidth > line.clientWidth + 1,
            };
          });
          expect(pill).toEqual({ dir: 'ltr', hostDir: 'rtl', atStart: true, inside: true, clipped: false });
          await article.evaluate(() => document.documentElement.removeAttribute('dir'));
        });

        it('switches to the language chosen in the options page (French here)', async () => {
          const fr = catalogue('fr');
          const options = await open('options.html');
          await options.locator('#cl-language').selectOption('fr');
          await options.locator('.cl-options__title', { hasText: say(fr, 'options.title') }).waitFor();
          expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');
          const popup = await open(`popup.html?tabId=${tabId}`);
          await popup.locator('.cl-status').waitFor();
          expect(await popup.locator('#cl-status-title').textContent()).toBe(say(fr, STATUS_KEYS[report.status as keyof typeof STATUS_KEYS].label));
          await Promise.all([popup.close(), options.close()]);
          // The toolbar's title, painted for the page's next states (the reload analyses it again).
          await article.reload({ waitUntil: 'domcontentloaded' });
          const title = () => browser.worker.evaluate((id: number) => (globalThis as any).chrome.action.getTitle({ tabId: id }) as Promise<string>, tabId);
          await expect.poll(title, { timeout: 10_000 }).toMatch(
            new RegExp(
              `^${say(fr, 'toolbar.titleLine')
                .replace('$1', '')
                .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S`,
            ),
          );
          // The badge of the reloaded page speaks French too: its catalogue comes from the background.
          const pillLang = () =>
            article.evaluate(
              () => (document.querySelector('creditline-badge')?.shadowRoot?.querySelector('.pill') as HTMLElement | null | undefined)?.lang ?? null,
            );
          await expect.poll(pillLang, { timeout: 10_000 }).toBe('fr');
        });
      }
    });
  }
});
