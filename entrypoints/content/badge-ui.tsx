// Mounts the Preact badge in its own shadow root (<creditline-badge>) next to the headline.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Report } from '../../lib/report';
import { Badge, type BadgeActions } from '../../components/badge/Badge';
import { BADGE_CSS } from '../../components/badge/styles';
import { badgeModel } from '../../components/badge/view-model';
import { placeBadge } from './placement';

export type BadgeUi = ShadowRootContentScriptUi<HTMLElement>;

export async function mountBadge(ctx: ContentScriptContext, report: Report, actions: BadgeActions): Promise<BadgeUi | null> {
  const placement = placeBadge(document, report.headline);
  if (!placement) return null;
  const model = badgeModel(report);
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'creditline-badge',
    position: 'inline',
    anchor: placement.anchor,
    append: placement.append,
    css: BADGE_CSS,
    // Keys pressed in the badge must not reach the page's shortcuts.
    isolateEvents: true,
    onMount(container) {
      const app = document.createElement('div');
      container.append(app);
      render(<Badge model={model} actions={actions} />, app);
      return app;
    },
    onRemove(app) {
      if (app) render(null, app);
    },
  });
  ui.mount();
  return ui;
}
