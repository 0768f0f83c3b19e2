// The evidence behind a conclusion: the exact text from the page, where it was found, and what the
// rule read from it. Page text is only ever a JSX text child.
import type { Evidence } from '../../lib/report';
import { whereLabel } from '../../utils/presentation';

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
          <blockquote class="cl-evidence__text">{e.text}</blockquote>
          <div class="cl-evidence__meta">
            <span class="cl-evidence__where">{whereLabel(e.where)}</span>
            <span class="cl-evidence__rule">{e.rule}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
