// Sites switched off: the list with a remove button each, and a form that adds a validated host.
import { formatNumber, i18n } from '../../utils/presentation';
import { useState } from 'preact/hooks';
import { LIMITS, normalizeHost } from '../../utils/settings';
import { HostInput } from './HostInput';

export interface SitesSectionProps {
  sites: string[];
  onChange: (sites: string[]) => void;
}

export function SitesSection({ sites, onChange }: SitesSectionProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(draft);
    if (!host) return setError(i18n.t('options.sites.invalid'));
    if (sites.includes(host)) return setError(i18n.t('options.sites.duplicate'));
    if (sites.length >= LIMITS.sites) return setError(i18n.t('options.sites.tooMany', [formatNumber(LIMITS.sites)], LIMITS.sites));
    setError(null);
    setDraft('');
    onChange([...sites, host]);
  };

  return (
    <section class="cl-card" aria-labelledby="cl-sites-h" data-section="sites">
      <h2 id="cl-sites-h" class="cl-card__title">
        {i18n.t('options.sites.heading')}
      </h2>
      <p class="cl-card__hint">{i18n.t('options.sites.hint')}</p>
      {sites.length ? (
        <ul class="cl-list" data-list="sites">
          {sites.map((site) => (
            <li key={site} class="cl-list__item">
              <bdi class="cl-list__text">{site}</bdi>
              <button
                type="button"
                class="cl-button cl-button--quiet cl-button--small"
                aria-label={i18n.t('options.sites.remove', [site])}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cl-empty">{i18n.t('options.sites.empty')}</p>
      )}
      <form class="cl-inline-form" onSubmit={add} noValidate>
        <label class="cl-label" for="cl-site-input">
          {i18n.t('options.sites.addLabel')}
        </label>
        <div class="cl-inline-form__row">
          <HostInput
            id="cl-site-input"
            placeholder={i18n.t('options.sites.addPlaceholder')}
            value={draft}
            errorId={error ? 'cl-site-error' : null}
            onValue={(v) => {
              setDraft(v);
              setError(null);
            }}
          />
          <button type="submit" class="cl-button">
            {i18n.t('options.sites.add')}
          </button>
        </div>
        {error && (
          <p id="cl-site-error" class="cl-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
