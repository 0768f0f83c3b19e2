// Look-alikes: the same letters as an agency with another meaning. Data only; read by
// lib/detectors/agency-names.ts. A mention is dropped when one of its `near` phrases is within
// ~80 characters of it, or when the next word is one of its `nextWords`.

export interface FalseFriend {
  id: string;
  /** Phrases that, close by, show the letters mean something else (matched case-insensitively). */
  near: string[];
  /** Words right after the letters that mark another body ("PTI leader", "AAP MLA"). */
  nextWords?: string[];
}

/** Words after a party's initials: Pakistan Tehreek-e-Insaf, Aam Aadmi Party. */
const PARTY_WORDS = [
  'party', 'leader', 'leaders', 'chief', 'chairman', 'founder', 'supporters', 'workers', 'activists', 'government',
  'govt', 'mla', 'mlas', 'mp', 'mps', 'mna', 'mpa', 'senator', 'senators', 'lawmaker', 'lawmakers', 'councillor',
  'councillors', 'convener', 'candidate', 'candidates', 'minister', 'ministers', 'spokesperson', 'spokesman',
  'volunteers', 'rally', 'protest', 'protesters', 'member', 'members', 'cadre', 'cadres', 'core', 'ticket', 'chief',
];

export const FALSE_FRIENDS: readonly FalseFriend[] = [
  { id: 'pti', near: ['Tehreek-e-Insaf', 'Tehreek-i-Insaf', 'Tehrik-e-Insaf', 'Tehrik-i-Insaf', 'Imran Khan'], nextWords: PARTY_WORDS },
  {
    id: 'aap',
    near: ['Academy of Pediatrics', 'Aam Aadmi', 'Kejriwal', 'American Association of Physicists', 'American Academy of Periodontology'],
    nextWords: [...PARTY_WORDS, 'guidelines', 'recommends', 'recommendation', 'recommendations', 'policy', 'statement'],
  },
  { id: 'anp', near: ['Nacional de Puertos', 'Awami National Party', 'Nacional do Petróleo', 'Agence nationale'] },
  { id: 'ap', near: ['A$AP', 'Advanced Placement', 'AP Stylebook'], nextWords: ['calculus', 'biology', 'chemistry', 'physics', 'exam', 'exams', 'class', 'classes', 'courses', 'course', 'credit', 'credits', 'scores', 'stylebook'] },
  { id: 'cna', near: ['Channel NewsAsia', 'channelnewsasia', 'CNA Insider', 'Catholic News Agency', 'nursing assistant', 'Cyprus News Agency'] },
  { id: 'ana', near: ['All Nippon Airways'] },
  { id: 'pa', near: ['Pennsylvania'] },
  { id: 'agi', near: ['artificial general intelligence'] },
  { id: 'mena', near: ['North Africa'], nextWords: ['region', 'countries', 'markets', 'market'] },
  { id: 'spa', nextWords: ['treatment', 'treatments', 'resort', 'hotel', 'day'], near: [] },
  { id: 'map', nextWords: ['shows', 'of'], near: [] },
];

/**
 * Agency names that are also people's names or ordinary place names ("Michael Bloomberg"): in a
 * byline they count only when standing alone, never at the end of a run of capitalised words.
 */
export const NAME_LIKE_ALIASES: ReadonlySet<string> = new Set([
  'bloomberg', 'andina', 'lusa', 'antara', 'jiji', 'keystone', 'belga', 'anadolu', 'kyodo', 'petra', 'sana', 'mia', 'ana', 'uni', 'hina', 'wafa',
]);
