// On-page behavior: inline badges on/off, which statuses get one, and evidence highlighting.
import { i18n } from '../../utils/presentation';
import type { Settings } from '../../utils/settings';
import { BADGE_CHOICES } from '../../utils/settings';
import { StatusPill } from '../common/StatusPill';

export interface BadgeSectionProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** An on/off setting: a switch, its label and a hint that describes it. */
function SwitchRow(props: { id: string; checked: boolean; label: string; hint: string; onChange: (checked: boolean) => void }) {
  return (
    <div class="cl-toggle-row">
      <input
        id={props.id}
        type="checkbox"
        class="cl-switch"
        role="switch"
        checked={props.checked}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
      />
      <div>
        <label for={props.id} class="cl-toggle-row__label">
          {props.label}
        </label>
        <p id={`${props.id}-hint`} class="cl-card__hint">
          {props.hint}
        </p>
      </div>
    </div>
  );
}

/** The verdicts on a story first, then "no agency credit found" (off by default). */
const SHOWN_ORDER = [...BADGE_CHOICES.filter((s) => s !== 'staff'), 'staff' as const];

export function BadgeSection({ settings, onChange }: BadgeSectionProps) {
  return (
    <section class="cl-card" aria-labelledby="cl-badges-h" data-section="badges">
      <h2 id="cl-badges-h" class="cl-card__title">
        {i18n.t('options.badges.heading')}
      </h2>
      <SwitchRow
        id="cl-badges"
        checked={settings.badges}
        label={i18n.t('options.badges.enable')}
        hint={i18n.t('options.badges.enableHint')}
        onChange={(badges) => onChange({ badges })}
      />
      <fieldset class="cl-fieldset" disabled={!settings.badges}>
        <legend class="cl-label">{i18n.t('options.badges.statuses')}</legend>
        <p class="cl-card__hint">{i18n.t('options.badges.statusesHint')}</p>
        <div class="cl-status-grid">
          {SHOWN_ORDER.map((s) => {
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
        <button
          type="button"
          class="cl-button cl-all-badges"
          data-action="all-badges"
          disabled={BADGE_CHOICES.every((s) => settings.badgeStatuses.includes(s))}
          onClick={() => onChange({ badgeStatuses: [...BADGE_CHOICES] })}
        >
          {i18n.t('options.badges.all')}
        </button>
      </fieldset>
      <SwitchRow
        id="cl-highlight"
        checked={settings.highlightEvidence}
        label={i18n.t('options.badges.highlight')}
        hint={i18n.t('options.badges.highlightHint')}
        onChange={(highlightEvidence) => onChange({ highlightEvidence })}
      />
    </section>
  );
}
