// The card's short "Seen elsewhere": one line per other copy of the story the reader has met (its
// site, linked, and the share of text in common) and the strongest note. Asked for when the card opens.
import { useEffect, useState } from 'preact/hooks';
import { i18n, memoryWords, type SeenCopy } from '../../utils/presentation';

/** At most this many copies in the card; the popup lists them all. */
const CARD_COPIES = 3;

export function CardCopies({ load }: { load: () => Promise<SeenCopy[] | null> }) {
  const [copies, setCopies] = useState<SeenCopy[] | null>(null);
  useEffect(() => {
    let current = true;
    void load()
      .catch(() => null)
      .then((found) => current && setCopies(found));
    return () => {
      current = false;
    };
  }, [load]);
  if (!copies?.length) return null;
  const note = memoryWords.strongestNote(copies);
  return (
    <div class="seen" data-section="seen">
      <h3>{i18n.t('memory.heading')}</h3>
      <ul class="links">
        {copies.slice(0, CARD_COPIES).map((c) => (
          <li key={c.url}>
            {/* Addresses come checked from the background: http(s) only. */}
            {/^https?:\/\//.test(c.url) ? (
              <a href={c.url} target="_blank" rel="noopener noreferrer" dir="auto" aria-label={i18n.t('memory.open', [c.site])}>
                {memoryWords.cardLine(c)}
              </a>
            ) : (
              <span dir="auto">{memoryWords.cardLine(c)}</span>
            )}
          </li>
        ))}
      </ul>
      {note && <p class="note">{note}</p>}
    </div>
  );
}
