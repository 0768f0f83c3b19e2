// The inline badge: one calm line under the headline saying who wrote the text and how it was
// handled; a click opens a small card with the evidence, the originals and "Show on page".
// Everything from the page is rendered as JSX text, never as markup.
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n, ruleLabel, uiDirection, uiLanguage } from '../../utils/presentation';
import type { BadgeLink, BadgeModel } from './view-model';
import { CardCopies } from './CardCopies';
import type { SeenCopy } from '../../utils/presentation';

export interface BadgeActions {
  /** Highlights the evidence on the page; returns how many places were found. */
  showOnPage(): number;
  dismiss(): void;
  disableSite(): void;
  /** Other copies of this story in the story memory (asked when the card opens). */
  copies?(): Promise<SeenCopy[] | null>;
}

function Mark() {
  return (
    <svg class="mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M10.6 4.4A4.6 4.6 0 1 0 10.6 11.6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      <path d="M9 8h5" stroke="var(--accent)" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}

function LinkList({ items }: { items: BadgeLink[] }) {
  return (
    <ul class="links">
      {items.map((item, i) => (
        <li key={i}>
          {item.url ? (
            <a href={item.url} target="_blank" rel="noopener noreferrer" dir="auto">
              {item.label}
            </a>
          ) : (
            <span dir="auto">{item.label}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Agency story, published unedited · ANI": the status before the first " · " carries the weight. */
function Line({ text }: { text: string }) {
  const cut = text.indexOf(' · ');
  if (cut < 0) return <span class="line">{text}</span>;
  return (
    <span class="line">
      <strong>{text.slice(0, cut)}</strong>
      <span class="rest">{text.slice(cut)}</span>
    </span>
  );
}

export function Badge({ model, actions }: { model: BadgeModel; actions: BadgeActions }) {
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<number | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) setFound(null);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };

  return (
    <div class="root" data-status={model.status} onKeyDown={onKeyDown}>
      {/* The pill and the card read in the interface language; where they sit follows the page. */}
      <div class="pill" lang={uiLanguage()} dir={uiDirection()}>
        <button
          ref={toggle}
          type="button"
          class="toggle"
          aria-expanded={open}
          aria-controls="creditline-card"
          aria-label={i18n.t('badge.toggleLabel', [model.line])}
          title={i18n.t('badge.toggleLabel', [model.line])}
          onClick={() => setOpen(!open)}
        >
          <Mark />
          <Line text={model.line} />
          <svg class={open ? 'chev up' : 'chev'} viewBox="0 0 10 6" aria-hidden="true" focusable="false">
            <path d="M1 1l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
        </button>
        <button type="button" class="dismiss" aria-label={i18n.t('badge.dismissLabel')} title={i18n.t('badge.dismissLabel')} onClick={actions.dismiss}>
          <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <path d="M2 2l6 6M8 2l-6 6" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {open && (
        <section class="card" id="creditline-card" lang={uiLanguage()} dir={uiDirection()} aria-label={i18n.t('badge.cardTitle')}>
          <header>
            <span class="kicker">{i18n.t('badge.cardTitle')}</span>
            <span class="brand">
              <Mark />
              {i18n.t('badge.brand')}
            </span>
          </header>
          <p class="summary">{model.line}</p>
          <p class="explain">{model.explain}</p>
          {model.evidence.length > 0 && (
            <>
              {/* With no credit found, the evidence is what Creditline read, not a sentence the page says. */}
              <h3>{model.status === 'staff' ? i18n.t('popup.checked') : i18n.t('badge.evidence')}</h3>
              <ul class="evidence">
                {model.evidence.map((e, i) => (
                  <li key={i}>
                    <blockquote dir="auto">{e.text}</blockquote>
                    <span class="rule">{ruleLabel(e)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {model.sources.length > 0 && (
            <>
              <h3>{i18n.t('badge.sources')}</h3>
              <LinkList items={model.sources} />
            </>
          )}
          {model.posts.length > 0 && (
            <>
              <h3>{i18n.t('badge.posts')}</h3>
              <LinkList items={model.posts} />
            </>
          )}
          {actions.copies && <CardCopies load={actions.copies} />}
          {found === 0 && <p class="note">{i18n.t('badge.notOnPage')}</p>}
          <footer>
            <button type="button" class="primary" onClick={() => setFound(actions.showOnPage())}>
              {i18n.t('badge.showOnPage')}
            </button>
            <button type="button" class="quiet" onClick={actions.disableSite}>
              {i18n.t('badge.disableSite')}
            </button>
            <button type="button" class="quiet close" onClick={close}>
              {i18n.t('badge.close')}
            </button>
          </footer>
        </section>
      )}
    </div>
  );
}
