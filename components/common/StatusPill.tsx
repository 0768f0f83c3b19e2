// The status as a colored label, the same words and colors as the inline badge.
import type { Status } from '../../lib/report';
import { statusCssVars, statusLabel } from '../../utils/presentation';

export function StatusPill({ status, size = 'md' }: { status: Status; size?: 'sm' | 'md' }) {
  return (
    <span class={`cl-pill cl-pill--${size}`} style={statusCssVars(status)} data-status={status}>
      <span class="cl-pill__dot" aria-hidden="true" />
      {statusLabel(status)}
    </span>
  );
}
