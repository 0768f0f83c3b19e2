// Is this page a news article at all? Home pages, listings, product and docs pages are not.
import type { Page } from '../page';
import type { Evidence } from '../report';

export interface ArticleKind {
  isArticle: boolean;
  evidence: Evidence[];
}

export function detectArticle(page: Page): ArticleKind {
  return { isArticle: page.article !== null, evidence: [] };
}
