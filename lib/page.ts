// What every detector reads: the page's signals, gathered once from the original DOM, and the
// article text Readability extracted from a clone.
import type { ArticleText } from './signals/article';
import type { TextBlock } from './signals/blocks';
import type { JsonLdSignals } from './signals/json-ld';
import type { MetaSignals } from './signals/meta';
import type { DomScan } from './signals/scan';
import type { Logo } from './signals/logos';
import type { SourceLine } from './signals/source-lines';
import type { StoryLine } from './signals/story-lines';
import type { Story } from './signals/story';

export interface Page {
  /** The page's own URL (http/https) when known. */
  url: string | null;
  /** The original document: read it, never change it. */
  doc: Document;
  /** One walk's worth of sorted elements of the original DOM. */
  scan: DomScan;
  meta: MetaSignals;
  jsonLd: JsonLdSignals;
  /**
   * The story's own element in the page (headline, body, trailer), mapped from Readability's content;
   * null when Readability found none. Credits count only inside it.
   */
  story: Story | null;
  /** Short text runs of the story's header, body notes and trailer, whatever element holds them. */
  storyLines: StoryLine[];
  /** Agency logos in the story's byline slots. */
  logos: Logo[];
  /** Readability's view; null when it found no article. */
  article: ArticleText | null;
  /** The article's text blocks (Readability's, or the whole body's when Readability found none). */
  blocks: TextBlock[];
  /** Short paragraphs of the original page, some of which Readability drops (notes, disclaimers). */
  lines: TextBlock[];
  /** Source lines ("来源：半月谈", "Source: PTI") from the story's header and footer. */
  sourceLines: SourceLine[];
  /** Byline candidates: Readability's byline first, then byline slots, meta and JSON-LD authors. */
  bylines: string[];
  /** Photo/video captions and credits. */
  captions: string[];
  /** Short labels framing the story (kicker above the headline, flags). */
  labels: string[];
  headline: string | null;
  publisher: string | null;
}
