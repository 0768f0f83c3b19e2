// Logos in the story's byline slots: portals and aggregators credit the agency with its logo (an
// <img> with alt "Reuters", or an empty alt and a file name such as ".../agencias/reuters.gif", or a
// link to the agency's site) instead of words. Each logo is read as the words it stands for.
import { hostOf } from '../text';

export interface Logo {
  /** What names the logo: its alt or title, else its file name without extension. */
  text: string;
  /** The host a link around or beside it points to. */
  host: string | null;
  /** For the evidence: the attribute as written. */
  source: string;
}

const MAX_LOGOS = 10;
const MAX_LOGO_WIDTH = 240;
const PLACEHOLDER = /(?:^data:|\b(?:1x1|blank|spacer|pixel|transparent|placeholder)\.)/i;
const FILE_NAME = /([^/?#]{1,60})\.(?:gif|png|jpe?g|svg|webp)(?:[?#]|$)/i;

/** `slots`: the story's byline slots and header rows. */
export function readLogos(slots: Element[]): Logo[] {
  const out: Logo[] = [];
  const seen = new Set<Element>();
  for (const el of slots) {
    const scope = el.parentElement && el.parentElement.children.length <= 6 ? el.parentElement : el;
    const imgs = scope.getElementsByTagName('img');
    for (let i = 0; i < imgs.length && i < 4 && out.length < MAX_LOGOS; i++) {
      const img = imgs[i]!;
      if (seen.has(img)) continue;
      seen.add(img);
      // The lead picture is no logo: it stands in a figure, or is drawn large.
      if (img.closest('figure, picture') || Number(img.getAttribute('width')) > MAX_LOGO_WIDTH) continue;
      const alt = (img.getAttribute('alt') || img.getAttribute('title') || '').trim();
      // Lazy-loaded logos keep the real file in data-src and a 1×1 placeholder in src.
      const srcs = [img.getAttribute('data-src'), img.getAttribute('src')].filter((v): v is string => !!v && v.length <= 500);
      const src = srcs.find((v) => !PLACEHOLDER.test(v)) ?? '';
      const file = FILE_NAME.exec(src)?.[1] ?? '';
      const link = img.closest('a');
      const text = alt.length <= 60 && alt ? alt : file.replace(/[-_]+/g, ' ');
      const host = hostOf(link?.getAttribute('href') ?? null);
      if (text || host) out.push({ text, host, source: alt ? `alt="${alt}"` : src.slice(0, 120) });
    }
  }
  return out;
}
