// The user's own disclaimer phrases, each mapped to a status: list (change status, remove) and an
// add form that validates the phrase (plain text, 3..200 characters, no duplicates).
import { formatNumber, i18n } from '../../utils/presentation';
import { useState } from 'preact/hooks';
import { BADGE_STATUSES, LIMITS, phraseProblem, type BadgeStatus, type CustomPhraseSetting, type PhraseProblem } from '../../utils/settings';
import { statusLabel } from '../../utils/presentation';

export interface PhrasesSectionProps {
  phrases: CustomPhraseSetting[];
  onChange: (phrases: CustomPhraseSetting[]) => void;
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

export function PhrasesSection({ phrases, onChange }: PhrasesSectionProps) {
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<BadgeStatus>('wire');
  const [error, setError] = useState<string | null>(null);

  const add = (e: Event) => {
    e.preventDefault();
    const problem = phraseProblem(draft);
    if (problem) return setError(problemText(problem));
    const phrase = draft.trim();
    if (phrases.some((p) => p.phrase.toLowerCase() === phrase.toLowerCase())) return setError(i18n.t('options.phrases.errDuplicate'));
    if (phrases.length >= LIMITS.phrases) return setError(i18n.t('options.phrases.errTooMany', [formatNumber(LIMITS.phrases)], LIMITS.phrases));
    setError(null);
    setDraft('');
    onChange([...phrases, { phrase, status }]);
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
              <span class="cl-list__text" dir="auto">
                “{p.phrase}”
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
        <button type="submit" class="cl-button cl-inline-form__submit">
          {i18n.t('options.phrases.add')}
        </button>
        {error && (
          <p id="cl-phrase-error" class="cl-error cl-full" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
