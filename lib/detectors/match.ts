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
 * `hint` is a cheap pattern every match must also meet, tested first; `only` limits the blocks to
 * these indexes (from `hinted`, when several patterns share one hint).
 */
export function matchBlocks(
  blocks: readonly TextBlock[],
  pattern: RegExp,
  { maxLength = Infinity, limit = 5, hint, only }: { maxLength?: number; limit?: number; hint?: RegExp; only?: readonly number[] } = {},
): BlockMatch[] {
  const out: BlockMatch[] = [];
  const count = only ? only.length : blocks.length;
  for (let k = 0; k < count && out.length < limit; k++) {
    const i = only ? only[k]! : k;
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

/** Indexes of the blocks that meet `hint`: test a shared hint once, not once per pattern. */
export function hinted(blocks: readonly TextBlock[], hint: RegExp, maxLength = Infinity): number[] {
  const out: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.text.length <= maxLength && hint.test(blocks[i]!.text)) out.push(i);
  return out;
}

/** The first and last few blocks: where datelines, credit lines and notices stand. */
export function edgeBlocks(page: Page, head = 4, tail = 8): TextBlock[] {
  const b = page.blocks;
  if (b.length <= head + tail) return b.slice();
  return [...b.slice(0, head), ...b.slice(-tail)];
}
