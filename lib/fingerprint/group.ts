// Pages grouped by story (the command line's batch view): pages are linked when one is the same story
// as another, and a group is everything linked together (union-find over the index's matches).
import { decodeFingerprint, type StoryFingerprint } from './fingerprint';
import { SketchIndex } from './sketch-index';

/** Groups of ids, each group one story, largest first; pages without a fingerprint are left out. */
export function groupByStory(items: readonly { id: string; fingerprint: StoryFingerprint | null }[]): string[][] {
  const index = new SketchIndex();
  const sketches = new Map<string, NonNullable<ReturnType<typeof decodeFingerprint>>>();
  for (const { id, fingerprint } of items) {
    const s = fingerprint ? decodeFingerprint(fingerprint) : null;
    if (!s || sketches.has(id)) continue;
    sketches.set(id, s);
    index.set(id, s);
  }
  const parent = new Map<string, string>([...sketches.keys()].map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const [id, s] of sketches) {
    for (const m of index.matches(s, { exclude: id, limit: Infinity })) parent.set(root(m.id), root(id));
  }
  const groups = new Map<string, string[]>();
  for (const id of sketches.keys()) {
    const r = root(id);
    const g = groups.get(r);
    if (g) g.push(id);
    else groups.set(r, [id]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}
