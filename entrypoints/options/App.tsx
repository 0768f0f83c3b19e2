// The options page's wiring: load (with the repair notice), save on every change, follow changes
// made elsewhere (the popup's "switch off"), export as a download, import after validation, reset.
import { useEffect, useRef, useState } from 'preact/hooks';
import { importErrorText, OptionsView } from '../../components/options/OptionsView';
import type { BackupMessage } from '../../components/options/BackupSection';
import { downloadText } from '../../utils/download';
import { applyDirection, chooseLanguage, i18n } from '../../utils/presentation';
import {
  exportSettingsJson,
  importSettingsFile,
  loadSettings,
  resetSettings,
  saveSettings,
  watchSettings,
  type Settings,
  type SettingsNotice,
} from '../../utils/settings';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<SettingsNotice>(null);
  const [saved, setSaved] = useState(false);
  const [backupMessage, setBackupMessage] = useState<BackupMessage>(null);
  const savedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The language the page is shown in; a new choice loads its catalogue, then the page says it again.
  const [shownLanguage, setShownLanguage] = useState<Settings['language'] | null>(null);
  const language = settings?.language;
  useEffect(() => {
    if (!language || language === shownLanguage) return;
    let stale = false;
    void chooseLanguage(language).then(() => {
      if (stale) return;
      applyDirection(document.documentElement);
      document.title = i18n.t('options.title');
      setShownLanguage(language);
    });
    return () => {
      stale = true;
    };
  }, [language, shownLanguage]);

  useEffect(() => {
    document.title = i18n.t('options.title');
    void loadSettings().then((loaded) => {
      setSettings(loaded.settings);
      setNotice(loaded.notice);
    });
    return watchSettings(setSettings);
  }, []);

  const flashSaved = () => {
    setSaved(true);
    clearTimeout(savedTimer.current);
    savedTimer.current = setTimeout(() => setSaved(false), 1500);
  };

  const save = async (next: Settings) => {
    setSettings(next);
    setSettings(await saveSettings(next));
    setNotice(null);
    flashSaved();
  };

  if (!settings) return null;
  return (
    <OptionsView
      settings={settings}
      notice={notice}
      saved={saved}
      backupMessage={backupMessage}
      onDismissNotice={() => void save(settings)}
      onChange={(next) => {
        setBackupMessage(null);
        void save(next);
      }}
      onExport={() => downloadText('creditline-settings.json', exportSettingsJson(settings), 'application/json')}
      onImport={async (file) => {
        try {
          const result = await importSettingsFile(file);
          if (!result.ok) return setBackupMessage({ kind: 'error', text: importErrorText(result.error) });
          setSettings(result.settings);
          setNotice(null);
          setBackupMessage({ kind: 'ok', text: i18n.t('options.backup.imported') });
        } catch {
          setBackupMessage({ kind: 'error', text: importErrorText({ code: 'read' }) });
        }
      }}
      onReset={async () => {
        setSettings(await resetSettings());
        setNotice(null);
        setBackupMessage({ kind: 'ok', text: i18n.t('options.backup.resetDone') });
      }}
    />
  );
}
