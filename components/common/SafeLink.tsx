// A link that only ever points at an http(s) address. Anything else (javascript:, data:, relative or
// malformed) renders as plain text, so a hostile page cannot plant a link in the extension's UI.
import type { ComponentChildren } from 'preact';
import { safeHttpUrl } from '../../lib/text';

export interface SafeLinkProps {
  href: string | null | undefined;
  children: ComponentChildren;
  class?: string;
  /** Accessible name when the visible text is not enough. */
  label?: string;
}

export function SafeLink({ href, children, class: className, label }: SafeLinkProps) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={safe} target="_blank" rel="noopener noreferrer" aria-label={label} title={safe}>
      {children}
    </a>
  );
}
