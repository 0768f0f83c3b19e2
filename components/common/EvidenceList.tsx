// The evidence behind a conclusion: the exact text from the page, where it was found, and what the
// rule read from it. Page text is only ever a JSX text child, in the page's own direction (dir=auto);
// the place and the rule are named in the reader's language.
import type { Evidence } from '../../lib/report';
import { ruleLabel, whereLabel } from '../../utils/presentation';

export interface EvidenceListProps {
  items: Evidence[];
  class?: string;
}

export function EvidenceList({ items, class: className }: EvidenceListProps) {
  if (!items.length) return null;
  return (
    <ul class={`cl-evidence ${className ?? ''}`.trim()}>
      {items.map((e, i) => (
        <li key={i} class="cl-evidence__item">
          <blockquote class="cl-evidence__text" dir="auto">
            {e.text}
          </blockquote>
          <div class="cl-evidence__meta">
            <span class="cl-evidence__where">{whereLabel(e.where)}</span>
            <span class="cl-evidence__rule">{ruleLabel(e)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
