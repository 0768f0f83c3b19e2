// Export to a JSON file, import from one (validated before anything changes), reset to defaults.
import { i18n } from '../../utils/presentation';
import { useRef, useState } from 'preact/hooks';

export type BackupMessage = { kind: 'ok' | 'error'; text: string } | null;

export interface BackupSectionProps {
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
  message: BackupMessage;
}

export function BackupSection({ onExport, onImport, onReset, message }: BackupSectionProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="cl-card" aria-labelledby="cl-backup-h" data-section="backup">
      <h2 id="cl-backup-h" class="cl-card__title">
        {i18n.t('options.backup.heading')}
      </h2>
      <p class="cl-card__hint">{i18n.t('options.backup.hint')}</p>
      <div class="cl-button-row">
        <button type="button" class="cl-button" data-action="export" onClick={onExport}>
          {i18n.t('options.backup.export')}
        </button>
        <button type="button" class="cl-button" data-action="import" onClick={() => fileRef.current?.click()}>
          {i18n.t('options.backup.import')}
        </button>
        <input
          ref={fileRef}
          id="cl-import-file"
          type="file"
          accept="application/json,.json"
          class="cl-visually-hidden"
          tabIndex={-1}
          aria-label={i18n.t('options.backup.import')}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) onImport(file);
          }}
        />
        {!confirming ? (
          <button type="button" class="cl-button cl-button--danger" data-action="reset" onClick={() => setConfirming(true)}>
            {i18n.t('options.backup.reset')}
          </button>
        ) : (
          <span class="cl-confirm" role="group" aria-label={i18n.t('options.backup.resetConfirm')}>
            <span>{i18n.t('options.backup.resetConfirm')}</span>
            <button
              type="button"
              class="cl-button cl-button--danger"
              data-action="reset-yes"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              {i18n.t('options.backup.resetYes')}
            </button>
            <button type="button" class="cl-button" onClick={() => setConfirming(false)}>
              {i18n.t('options.backup.resetNo')}
            </button>
          </span>
        )}
      </div>
      <div class="cl-backup-message" role={message?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
        {message && (
          <p class={message.kind === 'error' ? 'cl-error' : 'cl-success'} data-message={message.kind}>
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}
