// The user's own phrases, each mapped to a status and optionally to some sites: the list (change
// status, remove), an add form that validates the phrase (plain text, 3..200 characters, no
// duplicates) and its sites, and a live preview of what the phrase being typed matches on the page
// the reader was last on.
import { formatNumber, i18n } from '../../utils/presentation';
import { useEffect, useState } from 'preact/hooks';
import { findPhrase, phraseNeedle } from '../../lib/detectors/custom-phrases';
import { hostOf } from '../../lib/text';
import type { PhrasePreview } from '../../utils/messages';
import { findPreviewTab, previewOnTab } from '../../utils/phrase-preview';
import { BADGE_STATUSES, LIMITS, normalizeHost, phraseProblem, type BadgeStatus, type CustomPhraseSetting, type PhraseProblem } from '../../utils/settings';
import { statusLabel } from '../../utils/presentation';
import { HostInput } from './HostInput';

export interface PhrasesSectionProps {
  phrases: CustomPhraseSetting[];
  onChange: (phrases: CustomPhraseSetting[]) => void;
  /** What a phrase matches on the reader's last page; the browser's tabs by default (tests hand in their own). */
  preview?: (phrase: string, sites: string[]) => Promise<PreviewAnswer>;
}

export type PreviewAnswer = { kind: 'no-tab' } | { kind: 'no-answer' } | ({ kind: 'page' } & PhrasePreview);

/** Waits this long after the last keystroke before asking the page. */
const PREVIEW_DELAY_MS = 250;

export async function previewOnLastTab(phrase: string, sites: string[]): Promise<PreviewAnswer> {
  const tab = await findPreviewTab();
  if (!tab) return { kind: 'no-tab' };
  const answer = await previewOnTab(tab.tabId, phrase, sites);
  return answer ? { kind: 'page', ...answer } : { kind: 'no-answer' };
}

function problemText(p: PhraseProblem): string {
  switch (p) {
    case 'empty':
      return i18n.t('options.phrases.errEmpty');
    case 'too-short':
      return i18n.t('options.phrases.errTooShort');
    case 'too-long':
      return i18n.t('options.phrases.errTooLong');
    case 'not-plain':
      return i18n.t('options.phrases.errNotPlain');
  }
}

/** Sites as typed ("example.com, https://news.example.org/x") → hosts, or an error text. */
export function parseSites(text: string): { sites: string[] } | { error: string } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const sites: string[] = [];
  for (const part of parts) {
    const host = normalizeHost(part);
    if (!host) return { error: i18n.t('options.phrases.errSites') };
    if (!sites.includes(host)) sites.push(host);
  }
  if (sites.length > LIMITS.phraseSites) return { error: i18n.t('options.phrases.errTooManySites', [formatNumber(LIMITS.phraseSites)]) };
  return { sites };
}

function StatusSelect(props: { id?: string; value: BadgeStatus; label: string; onChange: (s: BadgeStatus) => void }) {
  return (
    <select
      id={props.id}
      class="cl-select"
      value={props.value}
      aria-label={props.id ? undefined : props.label}
      onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as BadgeStatus)}
    >
      {BADGE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {statusLabel(s)}
        </option>
      ))}
    </select>
  );
}

/** A sentence with the phrase's first whole-word match marked (text nodes only: the sentence is the page's). */
function MarkedSentence({ sentence, phrase }: { sentence: string; phrase: string }) {
  const needle = phraseNeedle(phrase);
  const [at] = findPhrase(sentence, needle, 1);
  if (at === undefined || sentence.toLowerCase().length !== sentence.length) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{sentence.slice(at, at + needle.length)}</mark>
      {sentence.slice(at + needle.length)}
    </>
  );
}

function Preview({ answer, phrase }: { answer: PreviewAnswer | null; phrase: string }) {
  if (!answer) return null;
  let body;
  if (answer.kind === 'no-tab') body = <p class="cl-card__hint">{i18n.t('options.phrases.previewNoTab')}</p>;
  else if (answer.kind === 'no-answer') body = <p class="cl-card__hint">{i18n.t('options.phrases.previewNoAnswer')}</p>;
  else {
    const host = hostOf(answer.url) ?? answer.url;
    body = (
      <>
        <p class="cl-preview__summary">
          {answer.sentences.length
            ? i18n.t('options.phrases.previewMatches', [host, formatNumber(answer.sentences.length)], answer.sentences.length)
            : i18n.t('options.phrases.previewNone', [host])}
        </p>
        {!answer.applies && <p class="cl-card__hint">{i18n.t('options.phrases.previewNotApplied', [host])}</p>}
        {answer.sentences.length > 0 && (
          <ul class="cl-preview__list">
            {answer.sentences.map((s) => (
              <li key={s} dir="auto">
                <MarkedSentence sentence={s} phrase={phrase} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  return (
    <div class="cl-preview cl-full" data-preview={answer.kind} aria-live="polite">
      <h3 class="cl-preview__title">{i18n.t('options.phrases.previewHeading')}</h3>
      {body}
    </div>
  );
}

export function PhrasesSection({ phrases, onChange, preview = previewOnLastTab }: PhrasesSectionProps) {
  const [draft, setDraft] = useState('');
  const [sitesDraft, setSitesDraft] = useState('');
  const [status, setStatus] = useState<BadgeStatus>('wire');
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<PreviewAnswer | null>(null);

  // The preview follows the phrase and sites being typed; an answer for an older draft is dropped.
  useEffect(() => {
    const sites = parseSites(sitesDraft);
    if (phraseProblem(draft) || 'error' in sites) {
      setAnswer(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      void preview(draft.trim(), sites.sites)
        .catch((): PreviewAnswer => ({ kind: 'no-answer' }))
        .then((a) => {
          if (!stale) setAnswer(a);
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [draft, sitesDraft]);

  const add = (e: Event) => {
    e.preventDefault();
    const problem = phraseProblem(draft);
    if (problem) return setError(problemText(problem));
    const phrase = draft.trim();
    if (phrases.some((p) => p.phrase.toLowerCase() === phrase.toLowerCase())) return setError(i18n.t('options.phrases.errDuplicate'));
    if (phrases.length >= LIMITS.phrases) return setError(i18n.t('options.phrases.errTooMany', [formatNumber(LIMITS.phrases)], LIMITS.phrases));
    const sites = parseSites(sitesDraft);
    if ('error' in sites) return setError(sites.error);
    setError(null);
    setDraft('');
    setSitesDraft('');
    onChange([...phrases, { phrase, status, sites: sites.sites }]);
  };

  return (
    <section class="cl-card" aria-labelledby="cl-phrases-h" data-section="phrases">
      <h2 id="cl-phrases-h" class="cl-card__title">
        {i18n.t('options.phrases.heading')}
      </h2>
      <p class="cl-card__hint">{i18n.t('options.phrases.hint')}</p>
      {phrases.length ? (
        <ul class="cl-list" data-list="phrases">
          {phrases.map((p, i) => (
            <li key={p.phrase} class="cl-list__item cl-list__item--phrase">
              <span class="cl-list__text">
                <span dir="auto">“{p.phrase}”</span>
                <span class="cl-list__sub" data-sites={p.sites.join(' ')}>
                  {p.sites.length ? i18n.t('options.phrases.onSites', [p.sites.join(', ')]) : i18n.t('options.phrases.everySite')}
                </span>
              </span>
              <StatusSelect
                value={p.status}
                label={i18n.t('options.phrases.statusFor', [p.phrase])}
                onChange={(s) => onChange(phrases.map((q, j) => (j === i ? { ...q, status: s } : q)))}
              />
              <button
                type="button"
                class="cl-button cl-button--quiet cl-button--small"
                aria-label={i18n.t('options.phrases.remove', [p.phrase])}
                onClick={() => onChange(phrases.filter((_, j) => j !== i))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cl-empty">{i18n.t('options.phrases.empty')}</p>
      )}
      <form class="cl-inline-form cl-inline-form--phrase" onSubmit={add} noValidate>
        <div class="cl-inline-form__field cl-grow">
          <label class="cl-label" for="cl-phrase-input">
            {i18n.t('options.phrases.phraseLabel')}
          </label>
          <input
            id="cl-phrase-input"
            class="cl-input"
            type="text"
            dir="auto"
            autoComplete="off"
            maxLength={LIMITS.phraseMax + 50}
            placeholder={i18n.t('options.phrases.phrasePlaceholder')}
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'cl-phrase-error' : undefined}
            onInput={(e) => {
              setDraft((e.target as HTMLInputElement).value);
              setError(null);
            }}
          />
        </div>
        <div class="cl-inline-form__field">
          <label class="cl-label" for="cl-phrase-status">
            {i18n.t('options.phrases.statusLabel')}
          </label>
          <StatusSelect id="cl-phrase-status" value={status} label={i18n.t('options.phrases.statusLabel')} onChange={setStatus} />
        </div>
        <div class="cl-inline-form__field cl-full">
          <label class="cl-label" for="cl-phrase-sites">
            {i18n.t('options.phrases.sitesLabel')}
          </label>
          <HostInput
            id="cl-phrase-sites"
            placeholder={i18n.t('options.phrases.sitesPlaceholder')}
            value={sitesDraft}
            onValue={(v) => {
              setSitesDraft(v);
              setError(null);
            }}
          />
        </div>
        <button type="submit" class="cl-button cl-inline-form__submit">
          {i18n.t('options.phrases.add')}
        </button>
        {error && (
          <p id="cl-phrase-error" class="cl-error cl-full" role="alert">
            {error}
          </p>
        )}
        <Preview answer={answer} phrase={draft} />
      </form>
    </section>
  );
}
