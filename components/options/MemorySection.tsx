// The story memory in the options page: how many stories are kept and in how much space, pause,
// link marks on or off, forget one site, forget everything, export to a file and import from one (a
// malformed file changes nothing). Talks to the background, which alone holds the store.
import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadText } from '../../utils/download';
import { sendToBackground } from '../../utils/messages';
import { i18n, memoryWords, type MemoryUsage } from '../../utils/presentation';
import { normalizeHost } from '../../utils/settings';
import type { ImportReply } from '../../utils/story-memory/wire';
import { ActionMessageLine, ConfirmButton, type ActionMessage } from './Confirm';
import { HostInput } from './HostInput';

/** The background's answers; a null is no answer (the worker restarting, the store unreachable). */
export interface MemoryApi {
  usage(): Promise<MemoryUsage | null>;
  pause(paused: boolean): Promise<MemoryUsage | null>;
  forgetSite(site: string): Promise<number | null>;
  forgetAll(): Promise<true | null>;
  exportJson(): Promise<string | null>;
  importJson(text: string): Promise<ImportReply | null>;
}

export const backgroundMemory: MemoryApi = {
  usage: () => sendToBackground('creditline/memory-usage', {}),
  pause: (paused) => sendToBackground('creditline/memory-pause', { paused }),
  forgetSite: (site) => sendToBackground('creditline/memory-forget-site', { site }),
  forgetAll: () => sendToBackground('creditline/memory-forget-all', {}),
  exportJson: () => sendToBackground('creditline/memory-export', {}),
  importJson: (text) => sendToBackground('creditline/memory-import', { text }),
};

export interface MemorySectionProps {
  linkMarks: boolean;
  onLinkMarks: (on: boolean) => void;
  api?: MemoryApi;
}

export function MemorySection({ linkMarks, onLinkMarks, api = backgroundMemory }: MemorySectionProps) {
  const [usage, setUsage] = useState<MemoryUsage | null>(null);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<ActionMessage>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const failed = () => setMessage({ kind: 'error', text: i18n.t('memory.options.failed') });
  const refresh = async () => setUsage(await api.usage());

  useEffect(() => {
    void refresh();
  }, [api]);

  const forgetSite = async (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(site);
    if (!host) return setMessage({ kind: 'error', text: i18n.t('options.sites.invalid') });
    const n = await api.forgetSite(host);
    if (n === null) return failed();
    setSite('');
    setMessage({ kind: 'ok', text: i18n.t('memory.options.forgotSite', [memoryWords.count(n), host], n) });
    await refresh();
  };

  return (
    <section class="cl-card" aria-labelledby="cl-memory-h" data-section="memory">
      <h2 id="cl-memory-h" class="cl-card__title">
        {i18n.t('memory.options.heading')}
      </h2>
      <p class="cl-card__hint">{i18n.t('memory.options.hint')}</p>
      <p class="cl-memory-usage" data-usage={usage ? usage.stories : ''} aria-live="polite">
        {usage ? memoryWords.usageLine(usage) : '…'}
      </p>
      {usage?.full && (
        <p class="cl-error" role="alert">
          {i18n.t('memory.options.full')}
        </p>
      )}
      <div class="cl-toggle-row">
        <input
          id="cl-memory-pause"
          type="checkbox"
          class="cl-switch"
          role="switch"
          checked={usage?.paused ?? false}
          disabled={!usage}
          aria-describedby="cl-memory-pause-hint"
          onChange={async (e) => {
            const next = await api.pause((e.target as HTMLInputElement).checked);
            if (next) setUsage(next);
            else failed();
          }}
        />
        <div>
          <label for="cl-memory-pause" class="cl-toggle-row__label">
            {i18n.t('memory.options.pause')}
          </label>
          <p id="cl-memory-pause-hint" class="cl-card__hint">
            {i18n.t('memory.options.pauseHint')}
          </p>
        </div>
      </div>
      <div class="cl-toggle-row">
        <input
          id="cl-link-marks"
          type="checkbox"
          class="cl-switch"
          role="switch"
          checked={linkMarks}
          aria-describedby="cl-link-marks-hint"
          onChange={(e) => onLinkMarks((e.target as HTMLInputElement).checked)}
        />
        <div>
          <label for="cl-link-marks" class="cl-toggle-row__label">
            {i18n.t('memory.options.linkMarks')}
          </label>
          <p id="cl-link-marks-hint" class="cl-card__hint">
            {i18n.t('memory.options.linkMarksHint')}
          </p>
        </div>
      </div>
      <form class="cl-inline-form" onSubmit={forgetSite} noValidate>
        <label class="cl-label" for="cl-memory-site">
          {i18n.t('memory.options.siteLabel')}
        </label>
        <div class="cl-inline-form__row">
          <HostInput id="cl-memory-site" placeholder={i18n.t('options.sites.addPlaceholder')} value={site} onValue={setSite} />
          <button type="submit" class="cl-button" data-action="forget-site">
            {i18n.t('memory.options.forgetSite')}
          </button>
        </div>
      </form>
      <div class="cl-button-row">
        <button
          type="button"
          class="cl-button"
          data-action="memory-export"
          onClick={async () => {
            const text = await api.exportJson();
            if (text === null) return failed();
            downloadText('creditline-story-memory.json', text, 'application/json');
          }}
        >
          {i18n.t('memory.options.export')}
        </button>
        <button type="button" class="cl-button" data-action="memory-import" onClick={() => fileRef.current?.click()}>
          {i18n.t('memory.options.import')}
        </button>
        <input
          ref={fileRef}
          id="cl-memory-file"
          type="file"
          accept="application/json,.json"
          class="cl-visually-hidden"
          tabIndex={-1}
          aria-label={i18n.t('memory.options.import')}
          onChange={async (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            const reply = await file
              .text()
              .then((text) => api.importJson(text))
              .catch(() => null);
            if (!reply) return failed();
            if (!reply.ok) return setMessage({ kind: 'error', text: i18n.t('memory.options.importError') });
            setMessage({ kind: 'ok', text: i18n.t('memory.options.imported', [memoryWords.count(reply.added), memoryWords.count(reply.updated)]) });
            await refresh();
          }}
        />
        <ConfirmButton
          action="memory-forget-all"
          label={i18n.t('memory.options.forgetAll')}
          question={i18n.t('memory.options.forgetAllConfirm')}
          yes={i18n.t('memory.options.forgetAllYes')}
          no={i18n.t('options.backup.resetNo')}
          onConfirm={async () => {
            if ((await api.forgetAll()) === null) return failed();
            setMessage({ kind: 'ok', text: i18n.t('memory.options.forgotAll') });
            await refresh();
          }}
        />
      </div>
      <ActionMessageLine message={message} />
    </section>
  );
}
