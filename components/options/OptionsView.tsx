// The options page: a notice when stored settings were repaired, then the sections. Props in, JSX out;
// the entrypoint loads, saves and watches the settings.
import { formatNumber, i18n } from '../../utils/presentation';
import type { ImportError, Settings, SettingsNotice } from '../../utils/settings';
import { BackupSection, type BackupMessage } from './BackupSection';
import { BadgeSection } from './BadgeSection';
import { LanguageSection } from './LanguageSection';
import { MemorySection } from './MemorySection';
import { PhrasesSection } from './PhrasesSection';
import { CorrectionsSection } from './CorrectionsSection';
import { SitesSection } from './SitesSection';

export interface OptionsViewProps {
  settings: Settings;
  notice: SettingsNotice;
  onDismissNotice: () => void;
  onChange: (next: Settings) => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
  backupMessage: BackupMessage;
  /** Shown briefly after each save. */
  saved: boolean;
}

function fieldName(field: keyof Settings): string {
  switch (field) {
    case 'badges':
      return i18n.t('options.field.badges');
    case 'badgeStatuses':
      return i18n.t('options.field.badgeStatuses');
    case 'highlightEvidence':
      return i18n.t('options.field.highlightEvidence');
    case 'disabledSites':
      return i18n.t('options.field.disabledSites');
    case 'customPhrases':
      return i18n.t('options.field.customPhrases');
    case 'language':
      return i18n.t('options.field.language');
    case 'linkMarks':
      return i18n.t('options.field.linkMarks');
  }
}

export function importErrorText(error: ImportError | { code: 'read' }): string {
  switch (error.code) {
    case 'too-large':
      return i18n.t('options.backup.errTooLarge', [formatNumber(Math.ceil(error.bytes / 1000))]);
    case 'not-json':
      return i18n.t('options.backup.errNotJson');
    case 'wrong-shape':
      return i18n.t('options.backup.errWrongShape');
    case 'newer-version':
      return i18n.t('options.backup.errNewer', [formatNumber(error.version)]);
    case 'bad-field':
      return i18n.t('options.backup.errBadField', [fieldName(error.field)]);
    case 'read':
      return i18n.t('options.backup.errRead');
  }
}

export function OptionsView(props: OptionsViewProps) {
  const { settings, onChange } = props;
  return (
    <div class="cl-options">
      <header class="cl-options__header">
        <img class="cl-options__icon" src="/icon/48.png" alt="" width={40} height={40} />
        <div>
          <h1 class="cl-options__title">{i18n.t('options.title')}</h1>
          <p class="cl-options__subtitle">{i18n.t('options.subtitle')}</p>
        </div>
        <p class="cl-saved" role="status" aria-live="polite">
          {props.saved ? i18n.t('options.saved') : ''}
        </p>
      </header>
      {props.notice && (
        <div class="cl-notice" role="alert" data-notice={props.notice}>
          <p>{props.notice === 'unreadable' ? i18n.t('options.notice.unreadable') : i18n.t('options.notice.repaired')}</p>
          <button type="button" class="cl-button" onClick={props.onDismissNotice}>
            {i18n.t('options.notice.dismiss')}
          </button>
        </div>
      )}
      <main class="cl-options__main">
        <BadgeSection settings={settings} onChange={(patch) => onChange({ ...settings, ...patch })} />
        <SitesSection sites={settings.disabledSites} onChange={(disabledSites) => onChange({ ...settings, disabledSites })} />
        <PhrasesSection phrases={settings.customPhrases} onChange={(customPhrases) => onChange({ ...settings, customPhrases })} />
        <CorrectionsSection />
        <MemorySection linkMarks={settings.linkMarks} onLinkMarks={(linkMarks) => onChange({ ...settings, linkMarks })} />
        <LanguageSection language={settings.language} onChange={(language) => onChange({ ...settings, language })} />
        <BackupSection onExport={props.onExport} onImport={props.onImport} onReset={props.onReset} message={props.backupMessage} />
      </main>
      <footer class="cl-options__footer">{i18n.t('options.privacy')}</footer>
    </div>
  );
}
