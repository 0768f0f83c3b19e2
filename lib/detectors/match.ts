// Where the status detectors look: the article's text blocks (and bylines), with the sentence that
// matched quoted as evidence.
import type { Page } from '../page';
import type { EvidenceSource } from '../report';
import type { TextBlock } from '../signals/blocks';
import { sentenceAt } from '../text';

export interface BlockMatch {
  match: RegExpExecArray;
  block: TextBlock;
  index: number;
  /** The sentence around the match, for quoting. */
  sentence: string;
  where: EvidenceSource;
}

/**
 * Matches `pattern` (non-global) against blocks; yields at most `limit` matches, in page order. A
 * `hint` is a cheap pattern every match must also meet, tested first.
 */
export function matchBlocks(
  blocks: readonly TextBlock[],
  pattern: RegExp,
  { maxLength = Infinity, limit = 5, hint }: { maxLength?: number; limit?: number; hint?: RegExp } = {},
): BlockMatch[] {
  const out: BlockMatch[] = [];
  for (let i = 0; i < blocks.length && out.length < limit; i++) {
    const block = blocks[i]!;
    if (block.text.length > maxLength || (hint && !hint.test(block.text))) continue;
    const match = pattern.exec(block.text);
    if (!match) continue;
    out.push({
      match,
      block,
      index: i,
      sentence: block.text.length <= 300 ? block.text : sentenceAt(block.text, match.index),
      where: block.where === 'caption' ? 'caption' : i >= blocks.length - 4 ? 'sign-off' : 'body',
    });
  }
  return out;
}

/** The first and last few blocks: where datelines, credit lines and notices stand. */
export function edgeBlocks(page: Page, head = 4, tail = 8): TextBlock[] {
  const b = page.blocks;
  if (b.length <= head + tail) return b.slice();
  return [...b.slice(0, head), ...b.slice(-tail)];
}
