// Export to a JSON file, import from one (validated before anything changes), reset to defaults.
import { i18n } from '../../utils/presentation';
import { useRef } from 'preact/hooks';
import { ActionMessageLine, ConfirmButton, type ActionMessage } from './Confirm';

export type BackupMessage = ActionMessage;

export interface BackupSectionProps {
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
  message: BackupMessage;
}

export function BackupSection({ onExport, onImport, onReset, message }: BackupSectionProps) {
  const fileRef = useRef<HTMLInputElement>(null);
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
        <ConfirmButton
          action="reset"
          label={i18n.t('options.backup.reset')}
          question={i18n.t('options.backup.resetConfirm')}
          yes={i18n.t('options.backup.resetYes')}
          no={i18n.t('options.backup.resetNo')}
          onConfirm={onReset}
        />
      </div>
      <ActionMessageLine message={message} />
    </section>
  );
}
