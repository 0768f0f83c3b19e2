// "This is wrong": the reader's own verdict for this page. Collapsed, one button; open, the right
// status and the agencies the text comes from (searched in the registry), saved on this device only.
// Once saved, the popup says "You corrected this: …" above the engine's verdict, which stays shown.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report, Status } from '../../lib/report';
import { STATUSES } from '../../lib/report';
import { AGENCIES, UNNAMED_AGENCIES, type AgencyEntry } from '../../lib/rules/agencies';
import { agencyName, i18n, statusLabel } from '../../utils/presentation';
import { correctionOf, getCorrection, removeCorrection, saveCorrection, watchCorrections, type Correction } from '../../utils/corrections';

export interface CorrectionFormProps {
  url: string;
  report: Report;
}

/** Agencies shown for a search: the first few that match are enough to pick from. */
const RESULTS = 8;
const REGISTRY: readonly AgencyEntry[] = [...AGENCIES.filter((a) => !a.photoOnly), UNNAMED_AGENCIES];
const BY_ID = new Map(REGISTRY.map((a) => [a.id, a]));

/** Case and accents aside, for matching what the reader types against the registry's names. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Agencies whose id, reader's name, official name or another name contains the query; those starting with it first. */
export function searchAgencies(query: string, limit = RESULTS): AgencyEntry[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: [number, AgencyEntry][] = [];
  for (const a of REGISTRY) {
    const names = [a.id, a.shortName, a.name, ...(a.codes ?? []), ...(a.names ?? []), ...(a.cjk ?? [])].map(fold);
    if (names.some((n) => n === q)) scored.push([0, a]);
    else if (names.some((n) => n.startsWith(q))) scored.push([1, a]);
    else if (names.some((n) => n.includes(q))) scored.push([2, a]);
  }
  return scored
    .sort((x, y) => x[0] - y[0])
    .slice(0, limit)
    .map(([, a]) => a);
}

const nameOf = (id: string) => {
  const a = BY_ID.get(id);
  return a ? agencyName(a) : id;
};

/** "Agency copy · AP, Reuters": the corrected verdict in the popup's words. */
export function correctionSummary(c: Pick<Correction, 'status' | 'agencies'>): string {
  return [statusLabel(c.status), c.agencies.map(nameOf).join(', ')].filter(Boolean).join(' · ');
}

const creditsText = (s: Status) => s !== 'staff' && s !== 'not-article';

export function CorrectionForm({ url, report }: CorrectionFormProps) {
  const [saved, setSaved] = useState<Correction | null | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(report.status);
  const [agencies, setAgencies] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const read = () => void getCorrection(url).then((c) => live && setSaved(c));
    read();
    const unwatch = watchCorrections(read);
    return () => {
      live = false;
      unwatch();
    };
  }, [url]);

  const results = useMemo(() => searchAgencies(query).filter((a) => !agencies.includes(a.id)), [query, agencies]);

  const start = () => {
    setStatus(saved?.status ?? report.status);
    setAgencies(saved?.agencies ?? report.agencies.filter((a) => a.contribution !== 'photo' && BY_ID.has(a.id)).map((a) => a.id));
    setQuery('');
    setFailed(false);
    setOpen(true);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const c = correctionOf(url, report, status, creditsText(status) ? agencies : []);
    if (!c) return setFailed(true);
    try {
      await saveCorrection(c);
      setSaved(c);
      setOpen(false);
    } catch {
      setFailed(true);
    }
  };

  if (saved === undefined) return null;
  return (
    <section class="cl-correction" data-correction={saved ? 'saved' : 'none'} aria-label={i18n.t('popup.correction.heading')}>
      {saved && !open && (
        <div class="cl-correction__saved">
          <p class="cl-correction__yours" role="status">
            {i18n.t('popup.correction.yours', [correctionSummary(saved)])}
          </p>
          <p class="cl-muted">{i18n.t('popup.correction.engineStill', [statusLabel(saved.engine.status)])}</p>
          <div class="cl-actions__row">
            <button type="button" class="cl-button cl-button--small" data-action="correction-change" onClick={start}>
              {i18n.t('popup.correction.change')}
            </button>
            <button
              type="button"
              class="cl-button cl-button--quiet cl-button--small"
              data-action="correction-remove"
              onClick={() => void removeCorrection(url)}
            >
              {i18n.t('popup.correction.remove')}
            </button>
          </div>
        </div>
      )}
      {!saved && !open && (
        <button type="button" class="cl-button cl-button--quiet" data-action="correction-open" onClick={start}>
          {i18n.t('popup.correction.open')}
        </button>
      )}
      {open && (
        <form class="cl-correction__form" onSubmit={(e) => void submit(e)}>
          <h2 class="cl-section__title">{i18n.t('popup.correction.heading')}</h2>
          <label class="cl-correction__label" for="cl-correction-status">
            {i18n.t('popup.correction.statusLabel')}
          </label>
          <select id="cl-correction-status" class="cl-select" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as Status)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
          {creditsText(status) && (
            <fieldset class="cl-correction__agencies">
              <legend class="cl-correction__label">{i18n.t('popup.correction.agenciesLabel')}</legend>
              {agencies.length > 0 && (
                <ul class="cl-chips" data-list="correction-agencies">
                  {agencies.map((id) => (
                    <li key={id} class="cl-chip" data-agency={id}>
                      <bdi>{nameOf(id)}</bdi>
                      <button
                        type="button"
                        class="cl-chip__remove"
                        aria-label={i18n.t('popup.correction.removeAgency', [nameOf(id)])}
                        onClick={() => setAgencies(agencies.filter((a) => a !== id))}
                      >
                        <span aria-hidden="true">✕</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <input
                id="cl-correction-search"
                class="cl-input"
                type="search"
                dir="auto"
                autoComplete="off"
                maxLength={80}
                aria-label={i18n.t('popup.correction.search')}
                placeholder={i18n.t('popup.correction.searchPlaceholder')}
                value={query}
                onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
              />
              {query.trim() && (
                <ul class="cl-correction__results" data-list="agency-results">
                  {results.length ? (
                    results.map((a) => (
                      <li key={a.id}>
                        <button
                          type="button"
                          class="cl-link-button"
                          data-agency={a.id}
                          onClick={() => {
                            if (agencies.length < 10) setAgencies([...agencies, a.id]);
                            setQuery('');
                          }}
                        >
                          {i18n.t('popup.correction.addAgency', [agencyName(a)])}
                          {agencyName(a) !== a.name && <span class="cl-muted"> · {a.name}</span>}
                        </button>
                      </li>
                    ))
                  ) : (
                    <li class="cl-muted">{i18n.t('popup.correction.noAgency', [query.trim()])}</li>
                  )}
                </ul>
              )}
            </fieldset>
          )}
          <p class="cl-muted">{i18n.t('popup.correction.privacy')}</p>
          {failed && (
            <p class="cl-error" role="alert">
              {i18n.t('popup.correction.failed')}
            </p>
          )}
          <div class="cl-actions__row">
            <button type="submit" class="cl-button cl-button--primary" data-action="correction-save">
              {i18n.t('popup.correction.save')}
            </button>
            <button type="button" class="cl-button" onClick={() => setOpen(false)}>
              {i18n.t('popup.correction.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
