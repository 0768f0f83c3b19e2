// On-page behaviour: inline badges on/off, which statuses get one, and evidence highlighting.
import { i18n } from '#i18n';
import type { Settings } from '../../utils/settings';
import { BADGE_STATUSES } from '../../utils/settings';
import { StatusPill } from '../common/StatusPill';

export interface BadgeSectionProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

export function BadgeSection({ settings, onChange }: BadgeSectionProps) {
  return (
    <section class="cl-card" aria-labelledby="cl-badges-h" data-section="badges">
      <h2 id="cl-badges-h" class="cl-card__title">{i18n.t('options.badges.heading')}</h2>
      <div class="cl-toggle-row">
        <input
          id="cl-badges"
          type="checkbox"
          class="cl-switch"
          role="switch"
          checked={settings.badges}
          aria-describedby="cl-badges-hint"
          onChange={(e) => onChange({ badges: (e.target as HTMLInputElement).checked })}
        />
        <div>
          <label for="cl-badges" class="cl-toggle-row__label">{i18n.t('options.badges.enable')}</label>
          <p id="cl-badges-hint" class="cl-card__hint">{i18n.t('options.badges.enableHint')}</p>
        </div>
      </div>
      <fieldset class="cl-fieldset" disabled={!settings.badges}>
        <legend class="cl-label">{i18n.t('options.badges.statuses')}</legend>
        <div class="cl-status-grid">
          {BADGE_STATUSES.map((s) => {
            const id = `cl-status-${s}`;
            const on = settings.badgeStatuses.includes(s);
            return (
              <div key={s} class="cl-check">
                <input
                  id={id}
                  type="checkbox"
                  checked={on}
                  data-status={s}
                  onChange={(e) => {
                    const checked = (e.target as HTMLInputElement).checked;
                    onChange({
                      badgeStatuses: checked ? [...settings.badgeStatuses, s] : settings.badgeStatuses.filter((x) => x !== s),
                    });
                  }}
                />
                <label for={id}>
                  <StatusPill status={s} size="sm" />
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div class="cl-toggle-row">
        <input
          id="cl-highlight"
          type="checkbox"
          class="cl-switch"
          role="switch"
          checked={settings.highlightEvidence}
          aria-describedby="cl-highlight-hint"
          onChange={(e) => onChange({ highlightEvidence: (e.target as HTMLInputElement).checked })}
        />
        <div>
          <label for="cl-highlight" class="cl-toggle-row__label">{i18n.t('options.badges.highlight')}</label>
          <p id="cl-highlight-hint" class="cl-card__hint">{i18n.t('options.badges.highlightHint')}</p>
        </div>
      </div>
    </section>
  );
}
