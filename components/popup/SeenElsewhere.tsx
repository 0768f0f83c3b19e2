// "Seen elsewhere": the other copies of this story among the pages the reader opened, with how much
// text they share and what they tell that this page cannot (the agency's own site, an agency's
// credit). Asks the background once for its report; shows nothing when there is no other copy.
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../lib/report';
import { sendToBackground } from '../../utils/messages';
import { i18n, memoryWords, type SeenCopy } from '../../utils/presentation';
import { SafeLink } from '../common/SafeLink';
import { StatusPill } from '../common/StatusPill';

export type LoadCopies = (report: Report) => Promise<SeenCopy[] | null>;

/** The background's answer for this report (its fingerprint, address and the agencies it credits). */
export const loadCopies: LoadCopies = (report) =>
  report.fingerprint && report.url
    ? sendToBackground('creditline/copies', {
        fingerprint: report.fingerprint,
        url: report.url,
        agencies: report.agencies.filter((a) => a.contribution !== 'photo').map((a) => a.id),
      })
    : Promise.resolve(null);

export function CopyList({ copies }: { copies: readonly SeenCopy[] }) {
  return (
    <ul class="cl-copies">
      {copies.map((c) => {
        const paras = memoryWords.parasLine(c);
        return (
          <li key={c.url} class="cl-copy" data-site={c.site}>
            <p class="cl-copy__shared">{memoryWords.sharedLine(c)}</p>
            {paras && <p class="cl-copy__paras">{paras}</p>}
            <p class="cl-copy__source">
              <SafeLink href={c.url} class="cl-copy__link" label={i18n.t('memory.open', [c.site])}>
                <bdi>{c.headline ?? c.site}</bdi>
              </SafeLink>
              <span class="cl-copy__meta" dir="auto">
                {memoryWords.sourceLine(c)}
              </span>
              <StatusPill status={c.status} size="sm" />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export function SeenElsewhere({ report, load = loadCopies }: { report: Report; load?: LoadCopies }) {
  const [copies, setCopies] = useState<SeenCopy[] | null>(null);
  useEffect(() => {
    let current = true;
    setCopies(null);
    void load(report)
      .catch(() => null)
      .then((found) => current && setCopies(found));
    return () => {
      current = false;
    };
  }, [report, load]);
  if (!copies?.length) return null;
  const note = memoryWords.strongestNote(copies);
  return (
    <section class="cl-section cl-seen" aria-labelledby="cl-h-seen" data-section="seen">
      <h2 id="cl-h-seen" class="cl-section__title">
        {i18n.t('memory.heading')}
      </h2>
      <p class="cl-muted cl-seen__hint">{i18n.t('memory.hint')}</p>
      {note && (
        <p class="cl-note" data-note="seen-elsewhere">
          {note}
        </p>
      )}
      <CopyList copies={copies} />
    </section>
  );
}
