// The popup for one tab's state: analysing, not an article, unsupported page, switched off, failed,
// or a finished report with its actions. Props in, JSX out; the entrypoint does the talking.
import { i18n } from '../../utils/presentation';
import { Component, type ComponentChildren } from 'preact';
import type { TabState } from '../../utils/messages';
import { hostOf } from '../../lib/text';
import { EmbedsSection, ReportView } from './ReportView';
import { CorrectionForm } from './CorrectionForm';
import { allEvidence } from '../../utils/presentation';

export type CopyFormat = 'markdown' | 'json';
export type CopyStatus = { format: CopyFormat; ok: boolean } | null;

export interface PopupActions {
  onCopy?: (format: CopyFormat) => void;
  onOpenInTab?: () => void;
  onSwitchOff?: (host: string) => void;
  onSwitchOn?: (host: string) => void;
  onRetry?: () => void;
  onOpenOptions?: () => void;
  onShowOnPage?: () => void;
  /** Brings back the badge the reader closed on this page. */
  onRestoreBadge?: () => void;
}

export interface PopupViewProps extends PopupActions {
  /** null while the first answer is awaited. */
  state: TabState | null;
  /** No tab to show at all (the popup was opened without one). */
  noTab?: boolean;
  copyStatus?: CopyStatus;
  /** How many places "Show on page" highlighted (0: none found), once asked. */
  shownOnPage?: number | null;
  /** True when the popup is shown in a tab rather than the toolbar. */
  inTab?: boolean;
  /** The reader closed this page's badge; after a restore, 'restored'. */
  badge?: 'dismissed' | 'restored' | null;
}

const UNSUPPORTED_REASONS: Record<string, () => string> = {
  'browser-page': () => i18n.t('popup.unsupportedReason.browserPage'),
  store: () => i18n.t('popup.unsupportedReason.store'),
  pdf: () => i18n.t('popup.unsupportedReason.pdf'),
  'no-access': () => i18n.t('popup.unsupportedReason.noAccess'),
  'no-access-file': () => `${i18n.t('popup.unsupportedReason.noAccess')} ${i18n.t('popup.unsupportedReason.fileChromium')}`,
  'no-access-firefox': () => `${i18n.t('popup.unsupportedReason.noAccess')} ${i18n.t('popup.unsupportedReason.fileFirefox')}`,
};

function Message({ kind, title, children }: { kind: string; title: string; children?: ComponentChildren }) {
  return (
    <section class={`cl-message cl-message--${kind}`} data-state={kind} aria-labelledby="cl-message-title">
      {kind === 'analyzing' && <span class="cl-spinner" aria-hidden="true" />}
      <h1 id="cl-message-title" class="cl-message__title">
        {title}
      </h1>
      {children}
    </section>
  );
}

function Header({ onOpenOptions }: { onOpenOptions?: () => void }) {
  return (
    <header class="cl-header">
      <span class="cl-brand">
        <img class="cl-brand__icon" src="/icon/32.png" alt="" width={20} height={20} />
        <span class="cl-brand__name">{i18n.t('popup.title')}</span>
      </span>
      {onOpenOptions && (
        <button type="button" class="cl-link-button" onClick={onOpenOptions}>
          {i18n.t('common.openOptions')}
        </button>
      )}
    </header>
  );
}

function StateBody(props: PopupViewProps) {
  const { state } = props;
  if (props.noTab)
    return (
      <Message kind="unsupported" title={i18n.t('popup.state.unsupported.title')}>
        <p>{i18n.t('popup.noTab')}</p>
      </Message>
    );
  if (!state || state.kind === 'analyzing') {
    return (
      <Message kind="analyzing" title={i18n.t('popup.state.analysing.title')}>
        <p role="status">{state ? i18n.t('popup.state.analysing.explain') : i18n.t('popup.loading')}</p>
      </Message>
    );
  }
  switch (state.kind) {
    case 'unsupported': {
      const reason = UNSUPPORTED_REASONS[state.reason]?.() ?? state.reason;
      return (
        <Message kind="unsupported" title={i18n.t('popup.state.unsupported.title')}>
          <p>{i18n.t('popup.state.unsupported.explain')}</p>
          {reason && <p class="cl-muted">{reason}</p>}
        </Message>
      );
    }
    case 'disabled':
      return (
        <Message kind="disabled" title={i18n.t('popup.state.disabled.title')}>
          <p>{i18n.t('popup.state.disabled.explain', [state.host])}</p>
          {props.onSwitchOn && (
            <button type="button" class="cl-button cl-button--primary" onClick={() => props.onSwitchOn!(state.host)}>
              {i18n.t('popup.switchOn')}
            </button>
          )}
        </Message>
      );
    case 'failed':
      return (
        <Message kind="failed" title={i18n.t('popup.state.failed.title')}>
          <p>{i18n.t('popup.state.failed.explain', [state.error])}</p>
          {props.onRetry && (
            <button type="button" class="cl-button" onClick={props.onRetry}>
              {i18n.t('popup.retry')}
            </button>
          )}
        </Message>
      );
    case 'not-article':
      return (
        <>
          <Message kind="not-article" title={i18n.t('popup.state.notArticle.title')}>
            <p>{i18n.t('popup.state.notArticle.explain')}</p>
          </Message>
          {state.report && <EmbedsSection embeds={state.report.embeds} />}
          {state.report && <CorrectionForm url={state.url} report={state.report} />}
          <Actions {...props} url={state.url} hasReport={false} />
        </>
      );
    case 'done':
      return (
        <>
          <ReportView report={state.report} />
          <CorrectionForm url={state.url} report={state.report} />
          <Actions {...props} url={state.url} hasReport hasEvidence={allEvidence(state.report).length > 0} />
        </>
      );
  }
}

function Actions(props: PopupViewProps & { url: string; hasReport: boolean; hasEvidence?: boolean }) {
  const host = hostOf(props.url);
  const copied = props.copyStatus;
  const copyLabel = (format: CopyFormat, label: string) =>
    copied?.format === format ? (copied.ok ? i18n.t('popup.copied') : i18n.t('popup.copyFailed')) : label;
  return (
    <nav class="cl-actions" aria-label={i18n.t('popup.actions')}>
      {/* One wrapping row of compact buttons, so a typical report and its actions fit the 600 px popup. */}
      <div class="cl-actions__row">
        {props.hasReport && props.onShowOnPage && props.hasEvidence && (
          <button type="button" class="cl-button cl-button--primary" data-action="show-on-page" onClick={props.onShowOnPage}>
            {i18n.t('popup.showOnPage')}
          </button>
        )}
        {props.badge === 'dismissed' && props.onRestoreBadge && (
          <button type="button" class="cl-button" data-action="restore-badge" onClick={props.onRestoreBadge}>
            {i18n.t('popup.restoreBadge')}
          </button>
        )}
        {props.hasReport && props.onCopy && (
          <>
            <button type="button" class="cl-button" data-action="copy-markdown" onClick={() => props.onCopy!('markdown')}>
              {copyLabel('markdown', i18n.t('popup.copyMarkdown'))}
            </button>
            <button type="button" class="cl-button" data-action="copy-json" onClick={() => props.onCopy!('json')}>
              {copyLabel('json', i18n.t('popup.copyJson'))}
            </button>
          </>
        )}
        {props.hasReport && props.onOpenInTab && !props.inTab && (
          // An icon with its name as label: the words would take the row's last room.
          <button
            type="button"
            class="cl-button cl-button--icon"
            data-action="open-in-tab"
            aria-label={i18n.t('popup.openInTab')}
            title={i18n.t('popup.openInTab')}
            onClick={props.onOpenInTab}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path
                d="M9 2h5v5M14 2L7.5 8.5M12 9.5V13a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3.5"
                fill="none"
                stroke="currentColor"
                stroke-width="1.6"
                stroke-linecap="round"
                stroke-linejoin="round"
              />
            </svg>
          </button>
        )}
        {host && props.onSwitchOff && (
          <button type="button" class="cl-button cl-button--quiet" data-action="switch-off" onClick={() => props.onSwitchOff!(host)}>
            {i18n.t('popup.switchOff')}
          </button>
        )}
      </div>
      <p class="cl-live" role="status" aria-live="polite">
        {copied
          ? copied.ok
            ? i18n.t('popup.copied')
            : i18n.t('popup.copyFailed')
          : props.shownOnPage === 0
            ? i18n.t('popup.notOnPage')
            : props.badge === 'restored'
              ? i18n.t('popup.badgeRestored')
              : ''}
      </p>
    </nav>
  );
}

/** A report of an unexpected shape must not leave a blank popup: say the analysis failed instead. */
class RenderGuard extends Component<{ children: ComponentChildren }, { error: string | null }> {
  override state = { error: null as string | null };
  override componentDidCatch(error: unknown) {
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }
  override render() {
    if (this.state.error == null) return this.props.children;
    return (
      <Message kind="failed" title={i18n.t('popup.state.failed.title')}>
        <p>{i18n.t('popup.state.failed.explain', [this.state.error])}</p>
      </Message>
    );
  }
}

export function PopupView(props: PopupViewProps) {
  return (
    <div class={`cl-popup${props.inTab ? ' cl-popup--tab' : ''}`}>
      <Header onOpenOptions={props.onOpenOptions} />
      <main class="cl-main" tabIndex={-1}>
        <RenderGuard>
          <StateBody {...props} />
        </RenderGuard>
      </main>
    </div>
  );
}
