// The stories a reader has met, indexed by sketch, for "which of them is this story?".
//
// Locality-sensitive hashing with single-minimum bands (Indyk & Motwani 1998; Leskovec, Rajaraman &
// Ullman, "Mining of Massive Datasets", ch. 3): a stored story is a candidate when any of its first
// BANDS minima equals the query's, which happens with probability 1 − (1 − J)^BANDS for resemblance
// J. Copies of one story over the threshold have J ≥ 0.09 even when one copy is five times longer
// than the other (containment 0.5), so at 32 bands ≥ 95% of them are candidates, and 99.99% of
// equal-length copies. The bands are checked by one scan over a packed typed array rather than hash
// tables: at 20,000 stories that is 640,000 integer comparisons (well under a millisecond) and no
// memory beyond the minima themselves. Candidates are then scored on all SKETCH_SIZE minima.
import { estimate, isSameStory, overlap, resemblance, SAME_STORY_THRESHOLD, type Resemblance } from './compare';
import type { Sketch } from './fingerprint';

export const BANDS = 32;

export interface IndexMatch {
  id: string;
  resemblance: Resemblance;
}

export class SketchIndex {
  private bands: Uint32Array;
  private sketches: (Sketch | null)[] = [];
  private ids: (string | null)[] = [];
  private slotOf = new Map<string, number>();
  private free: number[] = [];

  constructor(initialCapacity = 1024) {
    this.bands = new Uint32Array(Math.max(1, initialCapacity) * BANDS);
  }

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
      if (slot === this.ids.length) {
        this.ids.push(null);
        this.sketches.push(null);
      }
      if ((slot + 1) * BANDS > this.bands.length) {
        const grown = new Uint32Array(this.bands.length * 2);
        grown.set(this.bands);
        this.bands = grown;
      }
      this.slotOf.set(id, slot);
    }
    this.ids[slot] = id;
    this.sketches[slot] = sketch;
    this.bands.set(sketch.mins.subarray(0, BANDS), slot * BANDS);
  }

  delete(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.sketches[slot] = null;
    // An empty slot must never be a candidate: minima are < 2^32 − 1 for any real text, so this value matches nothing real.
    this.bands.fill(0xffffffff, slot * BANDS, (slot + 1) * BANDS);
    this.free.push(slot);
  }

  clear(): void {
    this.bands = new Uint32Array(1024 * BANDS);
    this.sketches = [];
    this.ids = [];
    this.slotOf.clear();
    this.free = [];
  }

  /** The stored stories that are the same story as `query`, most text in common first. */
  matches(query: Sketch, options: { exclude?: string; limit?: number; threshold?: number } = {}): IndexMatch[] {
    const { exclude, limit = 20, threshold = SAME_STORY_THRESHOLD } = options;
    const q = query.mins;
    const bands = this.bands;
    const found: IndexMatch[] = [];
    const slots = this.ids.length;
    for (let s = 0; s < slots; s++) {
      const base = s * BANDS;
      let hit = false;
      for (let i = 0; i < BANDS; i++) {
        if (bands[base + i] === q[i]) {
          hit = true;
          break;
        }
      }
      if (!hit) continue;
      const sketch = this.sketches[s];
      const id = this.ids[s];
      if (!sketch || !id || id === exclude) continue;
      if (!isSameStory(estimate(query, sketch), threshold)) continue;
      found.push({ id, resemblance: resemblance(query, sketch) });
    }
    found.sort((a, b) => overlap(b.resemblance) - overlap(a.resemblance));
    return found.slice(0, limit);
  }
}
