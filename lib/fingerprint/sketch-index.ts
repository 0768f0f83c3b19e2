// The stories a reader has met, indexed by sketch, for "which of them is this story?".
//
// Locality-sensitive hashing with single-minimum bands (Indyk & Motwani 1998; Leskovec, Rajaraman &
// Ullman, "Mining of Massive Datasets", ch. 3): a stored story is a candidate when any of its first
// BANDS minima equals the query's, which happens with probability 1 − (1 − J)^BANDS for resemblance
// J. Copies of one story over the threshold have J ≥ 0.083 even when one copy is five times longer
// than the other (containment 0.46), so at 32 bands ≥ 94% of them are candidates, and 99.99% of
// equal-length copies. Candidates are then scored on all SKETCH_SIZE minima. A band's key is 16
// bits of a minimum, so among 20,000 stories about ten more are candidates by chance.
//
// Each band is one sorted Float64Array of (minimum, slot) pairs packed into one exact number, found by
// binary search: a lookup is 32 searches plus its candidates, whatever the number of stories, and the
// index costs 8 bytes per story and band. Stories added since the last sort wait in a short list that
// is checked directly; the arrays are sorted again when it grows long (once per REBUILD_AT stories).
import { estimate, overlap, paragraphSet, resemblance, SAME_STORY_THRESHOLD, type Resemblance } from './compare';
import type { Sketch } from './fingerprint';

export const BANDS = 32;
/** Stories added before the bands are sorted again. */
export const REBUILD_AT = 256;
/** (minimum × SLOTS + slot) stays below 2^53, so it is exact in a double: up to 2^21 stories. */
const SLOTS = 2 ** 21;

export interface IndexMatch {
  id: string;
  resemblance: Resemblance;
}

export class SketchIndex {
  private sketches: (Sketch | null)[] = [];
  private ids: (string | null)[] = [];
  private slotOf = new Map<string, number>();
  private free: number[] = [];
  private bands: Float64Array[] = [];
  /** Slots set since the bands were sorted: checked one by one. */
  private pending: number[] = [];
  /** Band entries that no longer stand for their slot's sketch (deleted or replaced). */
  private stale = 0;
  private seen = new Uint32Array(0);
  private visit = 0;

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  set(id: string, sketch: Sketch): void {
    let slot = this.slotOf.get(id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.ids.length;
      if (slot >= SLOTS) throw new RangeError('sketch index full');
      if (slot === this.ids.length) {
        this.ids.push(null);
        this.sketches.push(null);
      }
      this.slotOf.set(id, slot);
    } else this.stale++;
    this.ids[slot] = id;
    this.sketches[slot] = sketch;
    this.pending.push(slot);
  }

  delete(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.sketches[slot] = null;
    this.free.push(slot);
    this.stale++;
  }

  clear(): void {
    this.sketches = [];
    this.ids = [];
    this.slotOf.clear();
    this.free = [];
    this.bands = [];
    this.pending = [];
    this.stale = 0;
  }

  /** Sorts the bands now (after a bulk load, so the first lookup does not pay for it). */
  compact(): void {
    const live: number[] = [];
    for (let s = 0; s < this.sketches.length; s++) if (this.sketches[s]) live.push(s);
    this.bands = [];
    for (let i = 0; i < BANDS; i++) {
      const band = new Float64Array(live.length);
      for (let k = 0; k < live.length; k++) band[k] = this.sketches[live[k]!]!.mins[i]! * SLOTS + live[k]!;
      band.sort();
      this.bands.push(band);
    }
    this.pending = [];
    this.stale = 0;
  }

  /** The stored stories that are the same story as `query`, most text in common first. */
  matches(query: Sketch, options: { exclude?: string; limit?: number; threshold?: number } = {}): IndexMatch[] {
    const { exclude, limit = 20, threshold = SAME_STORY_THRESHOLD } = options;
    if (this.pending.length > REBUILD_AT || this.stale > REBUILD_AT + (this.size >> 2)) this.compact();
    if (this.seen.length < this.sketches.length) this.seen = new Uint32Array(this.sketches.length * 2);
    const visit = ++this.visit;
    const found: { slot: number; overlap: number }[] = [];
    const consider = (slot: number) => {
      if (this.seen[slot] === visit) return;
      this.seen[slot] = visit;
      const sketch = this.sketches[slot];
      if (!sketch || this.ids[slot] === exclude) return;
      const o = overlap(estimate(query, sketch));
      if (o >= threshold) found.push({ slot, overlap: o });
    };
    const q = query.mins;
    for (let i = 0; i < this.bands.length; i++) {
      const band = this.bands[i]!;
      const key = q[i]!;
      const lowest = key * SLOTS;
      let lo = 0;
      let hi = band.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (band[mid]! < lowest) lo = mid + 1;
        else hi = mid;
      }
      // A stale entry only makes an extra candidate: the slot's current sketch is what gets scored.
      for (; lo < band.length && band[lo]! < lowest + SLOTS; lo++) consider(band[lo]! - lowest);
    }
    for (const slot of this.pending) {
      const mins = this.sketches[slot]?.mins;
      if (!mins) continue;
      for (let i = 0; i < BANDS; i++) {
        if (mins[i] === q[i]) {
          consider(slot);
          break;
        }
      }
    }
    // Paragraph counts only for the copies shown.
    found.sort((a, b) => b.overlap - a.overlap);
    const mine = paragraphSet(query.paras);
    return found.slice(0, limit).map(({ slot }) => ({ id: this.ids[slot]!, resemblance: resemblance(query, this.sketches[slot]!, mine) }));
  }
}
