// The progress line on stderr when it is a terminal: pages done, pages per second, and the time left
// estimated from the share of the input bytes read so far (files' sizes, archives' bytes).

export interface Progress {
  page(bytes: number): void;
  archiveBytes(bytes: number): void;
  total(bytes: number): void;
  /** Clears the line (before other text goes to the terminal); the next page draws it again. */
  clear(): void;
  done(): void;
}

const SILENT: Progress = { page() {}, archiveBytes() {}, total() {}, clear() {}, done() {} };

function duration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

export function progressLine(stream: NodeJS.WriteStream, now: () => number = Date.now, wanted = true): Progress {
  if (!stream.isTTY || !wanted) return SILENT;
  const start = now();
  let pages = 0;
  let bytes = 0;
  let total = 0;
  let shown = 0;
  const show = (force = false) => {
    const t = now();
    if (!force && t - shown < 250) return;
    shown = t;
    const secs = (t - start) / 1000;
    const rate = secs > 0 ? pages / secs : 0;
    const left = total && bytes ? (secs * (total - bytes)) / bytes : NaN;
    const share = total ? ` (${Math.min(100, Math.round((bytes / total) * 100))}%)` : '';
    stream.write(`\r\x1b[K${pages} pages, ${rate.toFixed(1)} pages/s${share}${total ? `, about ${duration(left)} left` : ''}`);
  };
  return {
    page(b) {
      pages++;
      bytes += b;
      show();
    },
    archiveBytes(b) {
      bytes += b;
    },
    total(b) {
      total = b;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = 0;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
