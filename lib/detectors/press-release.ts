// Press releases carried as is: a PR-wire dateline or credit, a "Press release" label or headline,
// a press portal's notice that the issuer is responsible for the content.
import type { Page } from '../page';
import { ISSUER_NOTICE, PRESS_RELEASE_HINT, PRESS_RELEASE_LABEL, PRESS_RELEASE_SELF_REFERENCE, PRESS_WIRES } from '../rules/press-releases';
import { clip } from '../text';
import { edgeBlocks, matchBlocks } from './match';
import type { StatusSignal } from './types';

export function detectPressRelease(page: Page): StatusSignal[] {
  const out: StatusSignal[] = [];
  // Most pages have no line that could be a press release's: test them once, cheaply.
  const edges = edgeBlocks(page, 4, 10).filter((b) => PRESS_RELEASE_HINT.test(b.text));
  for (const wire of PRESS_WIRES) {
    const [hit] = matchBlocks(edges, wire.pattern, { limit: 1 });
    const byline = hit ? null : page.bylines.find((b) => wire.pattern.test(b));
    if (hit || byline) {
      out.push({
        status: 'press-release',
        strength: 0.95,
        evidence: { text: hit?.sentence ?? clip(byline!), where: hit ? 'dateline' : 'byline', ruleId: 'press-wire', rule: `${wire.name} press release` },
        source: wire.homepage ? { kind: 'press-release', label: wire.name, url: wire.homepage } : undefined,
      });
      break;
    }
  }
  const titled = [page.headline, page.meta.title, ...page.labels].find((t) => t && t.length <= 200 && PRESS_RELEASE_LABEL.test(t));
  const label = titled ? { text: titled } : null;
  const heading = label ? null : page.blocks.slice(0, 3).find((b) => b.text.length <= 120 && PRESS_RELEASE_LABEL.test(b.text));
  if (label || heading) {
    out.push({
      status: 'press-release',
      strength: 0.9,
      evidence: { text: clip(label?.text ?? heading!.text), where: label ? 'title' : 'body', ruleId: 'press-release-label', rule: 'press-release label' },
    });
  }
  const lines = [...edges, ...page.lines.filter((b) => PRESS_RELEASE_HINT.test(b.text))];
  const [notice] = matchBlocks(lines, ISSUER_NOTICE, { maxLength: 800, limit: 1 });
  if (notice) {
    out.push({
      status: 'press-release',
      strength: 0.9,
      evidence: { text: notice.sentence, where: notice.where, ruleId: 'issuer-notice', rule: "press portal's issuer notice" },
    });
  }
  const [self] = matchBlocks(lines, PRESS_RELEASE_SELF_REFERENCE, { maxLength: 120, limit: 1 });
  if (self) {
    out.push({
      status: 'press-release',
      strength: 0.85,
      evidence: { text: self.sentence, where: self.where, ruleId: 'press-release-self-reference', rule: 'the page calls itself a press release' },
    });
  }
  return out;
}

// Seen on: presseportal.de (ots), idw-online.de, windbranche.de (iwr-pressedienst), wind-energie.de,
// prnewswire.com partner feeds
