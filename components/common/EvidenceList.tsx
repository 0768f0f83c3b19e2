// The evidence behind a conclusion: the exact text from the page, where it was found, and what the
// rule read from it. Page text is only ever a JSX text child.
import type { Evidence } from '../../lib/report';
import { whereLabel } from './labels';

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

/** Evidence de-duplicated by text and place, keeping the first (strongest) occurrence. */
export function uniqueEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.where}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
