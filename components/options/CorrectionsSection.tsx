// The reader's corrections ("This is wrong" in the popup): how many there are, the latest few, an
// export as corpus labels (JSON Lines) and a clear with confirmation. Reads and watches the store.
import { useEffect, useState } from 'preact/hooks';
import { clearCorrections, correctionsToJsonl, listCorrections, watchCorrections, type Correction } from '../../utils/corrections';
import { downloadText } from '../../utils/download';
import { formatDate, formatNumber, i18n, statusLabel } from '../../utils/presentation';
import { ConfirmButton } from './Confirm';

/** Corrections listed by name; the export holds them all. */
const SHOWN = 5;

export const CORRECTIONS_FILE = 'creditline-corrections.jsonl';

export function CorrectionsSection() {
  const [list, setList] = useState<Correction[] | null>(null);

  useEffect(() => {
    void listCorrections().then(setList);
    return watchCorrections(setList);
  }, []);

  if (!list) return null;
  return (
    <section class="cl-card" aria-labelledby="cl-corrections-h" data-section="corrections">
      <h2 id="cl-corrections-h" class="cl-card__title">
        {i18n.t('options.corrections.heading')}
      </h2>
      <p class="cl-card__hint">{i18n.t('options.corrections.hint')}</p>
      <p data-count={list.length}>
        {list.length ? i18n.t('options.corrections.count', [formatNumber(list.length)], list.length) : i18n.t('options.corrections.empty')}
      </p>
      {list.length > 0 && (
        <ul class="cl-list" data-list="corrections">
          {list.slice(0, SHOWN).map((c) => (
            <li key={c.url} class="cl-list__item">
              <span class="cl-list__text">
                <bdi dir="auto">{c.headline ?? c.url}</bdi>
                <span class="cl-list__sub">
                  {i18n.t('options.corrections.item', [statusLabel(c.engine.status), statusLabel(c.status), formatDate(c.savedAt)])}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="cl-button-row">
        <button
          type="button"
          class="cl-button"
          data-action="export-corrections"
          disabled={!list.length}
          onClick={() => downloadText(CORRECTIONS_FILE, correctionsToJsonl(list), 'application/jsonl')}
        >
          {i18n.t('options.corrections.export')}
        </button>
        <ConfirmButton
          action="clear-corrections"
          label={i18n.t('options.corrections.clear')}
          question={i18n.t('options.corrections.clearConfirm')}
          yes={i18n.t('options.corrections.clearYes')}
          no={i18n.t('options.corrections.clearNo')}
          disabled={!list.length}
          onConfirm={() => void clearCorrections()}
        />
      </div>
    </section>
  );
}
