// What one of the reader's phrases matches on a page, for the options page's live preview: the same
// text the engine reads (the article's blocks as Readability finds them, else the whole body's) and
// the same whole-word matching, so the preview shows what the analysis will see.
import { phraseApplies, phraseSentences, type CustomPhrase } from './detectors/custom-phrases';
import { extractArticle } from './signals/article';
import { blocksOf } from './signals/blocks';

export interface PhraseMatches {
  applies: boolean;
  sentences: string[];
}

export function previewPhrase(doc: Document, url: string | null, phrase: Pick<CustomPhrase, 'phrase' | 'sites'>, limit = 5): PhraseMatches {
  const applies = phraseApplies(phrase, url);
  let article = null;
  try {
    article = extractArticle(doc);
  } catch {
    /* the body's text is read instead, as the analysis does */
  }
  const body = doc.body ?? doc.documentElement;
  const blocks = article?.blocks.length ? article.blocks : body ? blocksOf(body) : [];
  return { applies, sentences: phraseSentences(blocks, phrase.phrase, limit) };
}
