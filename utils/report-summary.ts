// How a tab's state shows on the toolbar button: text, color and tooltip. The words for a report come
// from the presentation layer, so the badge, the toolbar and the popup never disagree.
import { i18n } from './presentation';
import type { TabState } from './messages';
import { NEUTRAL_COLOR, shortLabel, STATUS_COLORS, summaryLine } from './presentation';

export { agencyNames, shortLabel, summaryLine, textAgencies } from './presentation';

export interface ToolbarView {
  text: string;
  color: string;
  title: string;
}

/** What the toolbar button shows for a tab's state. */
export function toolbarView(state: TabState | null): ToolbarView {
  const blank = { text: '', color: NEUTRAL_COLOR };
  if (!state) return { ...blank, title: i18n.t('toolbar.title') };
  switch (state.kind) {
    case 'unsupported':
      return { ...blank, title: i18n.t('toolbar.unsupported') };
    case 'disabled':
      return { ...blank, title: i18n.t('toolbar.disabled', [state.host]) };
    case 'analyzing':
      return { ...blank, title: i18n.t('toolbar.analysing') };
    case 'not-article':
      return { ...blank, title: i18n.t('toolbar.notArticle') };
    case 'failed':
      return { text: i18n.t('toolbar.failedShort'), color: NEUTRAL_COLOR, title: i18n.t('toolbar.failed', [state.error]) };
    case 'done':
      return {
        text: shortLabel(state.report),
        // No credit found is no verdict on the story: a neutral button, like a page that is no article.
        color: state.report.status === 'staff' ? NEUTRAL_COLOR : STATUS_COLORS[state.report.status].light.solid,
        title: i18n.t('toolbar.titleLine', [summaryLine(state.report)]),
      };
  }
}
