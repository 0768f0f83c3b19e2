// The content script's two questions to the story memory in the background: the other copies of
// this page's story (for the badge's card) and which of its links are known (for link marks).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Report } from '../../lib/report';
import { sendToBackground } from '../../utils/messages';
import type { SeenCopy } from '../../utils/presentation/story-memory';
import { markLinksAsTheyCome, removeMarks } from './link-marks';

export function copiesHere(report: Report): Promise<SeenCopy[] | null> {
  if (!report.fingerprint || !report.url) return Promise.resolve(null);
  return sendToBackground('creditline/copies-here', {
    fingerprint: report.fingerprint,
    url: report.url,
    agencies: report.agencies.filter((a) => a.contribution !== 'photo').map((a) => a.id),
  });
}

/** Marks the page's links to known stories when the switch is on; takes them away when it is off. */
export function updateLinkMarks(ctx: ContentScriptContext, on: boolean, isCurrent: () => boolean): void {
  removeMarks(document);
  if (!on) return;
  markLinksAsTheyCome(ctx, document, (keys) => sendToBackground('creditline/marks', { keys }), isCurrent);
}
