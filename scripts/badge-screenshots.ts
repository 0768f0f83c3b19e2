// Screenshots of the inline badge on the seed page, closed and with its card open, for the README.
// Run after a build: npx tsx scripts/badge-screenshots.ts  (writes docs/screenshots/badge*.png)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openCorpusPage, waitForFinalState } from '../tests/e2e/helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer } from '../tests/e2e/helpers/corpus-server';
import { REPO_ROOT, SEED_ID } from '../tests/e2e/helpers/paths';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
// The saved seed page has no style sheet; a plain reading column stands in for the publisher's CSS.
const READING_CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 18px/1.6 Georgia, 'Times New Roman', serif; }
article { max-width: 720px; margin: 0 auto; padding: 40px 24px; }
article > p.summary { font-size: 24px; line-height: 1.35; font-weight: 600; font-family: system-ui, sans-serif; }
`;

const server = await startCorpusServer();
const browser = await launchWithExtension(hostResolverArgs(server.port), undefined, { deviceScaleFactor: 2 });
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  // No transitions: the card's arrow is photographed where it ends, not half-turned.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const seed = readLabels().find((l) => l.id === SEED_ID)!;
  await waitForFinalState(browser.worker, await openCorpusPage(page, server, seed));
  await page.addStyleTag({ content: READING_CSS });
  const badge = page.locator('creditline-badge');
  await badge.waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(OUT, 'badge.png'), clip: { x: 60, y: 20, width: 780, height: 290 } });
  await page.locator('creditline-badge button.toggle').click();
  await page.locator('creditline-badge .card').waitFor();
  await page.mouse.move(0, 0);
  const box = (await page.locator('creditline-badge .card').boundingBox())!;
  await page.screenshot({
    path: join(OUT, 'badge-card.png'),
    clip: { x: 60, y: 20, width: 780, height: Math.ceil(box.y + box.height + 30 - 20) },
  });
  // The same on a dark page with the system in dark mode.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addStyleTag({ content: 'body { background: #15181c; color: #e6e6e6; }' });
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: join(OUT, 'badge-dark.png'),
    clip: { x: 60, y: 20, width: 780, height: Math.ceil(box.y + box.height + 30 - 20) },
  });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
