// The user's own disclaimer phrases from the options page, each mapped to a status. Matched as plain,
// case-insensitive text (no regular expressions), so a phrase can never make matching slow.
import type { Page } from '../page';
import type { Status } from '../report';
import { clip } from '../text';
import type { StatusSignal } from './types';

export interface CustomPhrase {
  phrase: string;
  status: Exclude<Status, 'staff' | 'not-article'>;
}

export function detectCustomPhrases(page: Page, phrases: CustomPhrase[]): StatusSignal[] {
  const wanted = phrases.map((p) => ({ ...p, needle: p.phrase.trim().toLowerCase() })).filter((p) => p.needle.length >= 3);
  if (!wanted.length) return [];
  const out: StatusSignal[] = [];
  for (const block of page.blocks) {
    const hay = block.text.toLowerCase();
    for (const p of wanted) {
      if (hay.includes(p.needle)) {
        out.push({
          status: p.status,
          strength: 0.95,
          evidence: { text: clip(block.text), where: 'custom-rule', ruleId: 'custom-phrase', rule: `your phrase “${clip(p.phrase, 60)}”` },
        });
      }
    }
  }
  return out;
}
