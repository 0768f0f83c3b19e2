// How pages credit an agency, as data: each rule says what must stand right before and right after an
// agency name for the name to be a credit (dateline tag, sign-off, copyright or source line, "with
// inputs from", a picture credit). A bare name anywhere else is a citation ("Reuters reported") and
// counts for nothing. Adding a phrasing is adding a rule or a word to a list here.
//
// Every pattern is tested on a short window (≤ 160 characters) next to the name; `before` patterns end
// with $, `after` patterns start with ^. Repetition is bounded and no quantified group nests another.
import { pf, PrefilteredRegExp } from '../prefilter';
import type { EvidenceSource, RuleId } from '../report';

export type CreditScope = 'lead' | 'tail' | 'line';
export type Contribution = 'copy' | 'inputs' | 'photo';

/** The rule id behind each phrasing's label: the label is shown, the id is what code compares. */
export const CREDIT_RULE_IDS = {
  'dateline credit': 'dateline-credit',
  'sign-off credit': 'sign-off-credit',
  'inputs credit': 'inputs-credit',
  'contributor line': 'contributor-line',
  'copyright line': 'copyright-line',
  'joint copyright line': 'joint-copyright-line',
  'source line': 'source-line',
  'feed notice': 'feed-notice',
  'distributed via agency': 'distributed-via-agency',
  'photo credit': 'photo-credit',
} as const satisfies Record<string, RuleId>;

export interface CreditRule {
  /** Short name quoted in the evidence ("dateline credit"). */
  rule: keyof typeof CREDIT_RULE_IDS;
  contribution: Contribution;
  where: EvidenceSource;
  /** Lead: the head of the first text blocks; tail: the end of the last ones; line: bylines, metadata. */
  scopes: readonly CreditScope[];
  before?: RegExp;
  after?: RegExp;
  /** The name must start within this many characters of the start of its block or line. */
  maxOffset?: number;
  /** The name must end within this many characters of the end of its block or line. */
  maxTail?: number;
  /** Only in blocks or lines at most this long (phrases that are also ordinary sentences). */
  maxLen?: number;
  /** `after` reads month names as MONTH_TOKEN (see monthsAsToken): a sign-off's date in any of the listed languages. */
  months?: true;
  /** 0..1: how sure one such credit is. */
  confidence: number;
}

const DASH = '-–—‐‑−_ـ';
/** More agencies or a desk tag after the name inside the same brackets: "(AP/dpa)", "(dpa/lno)". */
const MORE_IN_TAG = String.raw`(?:\s?[/,]\s?[\p{L}\-]{1,12}){0,3}`;

/** Month names and their abbreviations, for the dates agencies add to a sign-off ("(Reuters, Jan. 5)"). */
export const MONTHS = [
  // en, de, fr, es, it, pt, nl; matched without regard to case, longest first
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Januar',
  'Jänner',
  'Februar',
  'März',
  'Mai',
  'Juni',
  'Juli',
  'Oktober',
  'Dezember',
  'janvier',
  'février',
  'mars',
  'avril',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'gennaio',
  'febbraio',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'settembre',
  'ottobre',
  'dicembre',
  'janeiro',
  'fevereiro',
  'março',
  'maio',
  'junho',
  'julho',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
  'januari',
  'februari',
  'maart',
  'mei',
  'juli',
  'augustus',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Okt',
  'Nov',
  'Dec',
  'Dez',
  'ene',
  'dic',
  'gen',
  'giu',
  'lug',
  'ott',
  'set',
  'out',
];
/**
 * A month name stands in a sign-off's pattern as one private-use character, and the text is read with its month
 * names replaced by it (monthsAsToken): an alternation of a hundred names, matched without regard to case and
 * repeated inside the tag, costs tens of milliseconds to compile on every page's first run, a Set lookup nothing.
 */
export const MONTH_TOKEN = '\uE000';
const MONTH_SET: ReadonlySet<string> = new Set(MONTHS.map((m) => m.toLowerCase()));
const MONTH_WORD_RE = /\p{L}+/gu;
/** `text` with each listed month name (whole word, any case) replaced by MONTH_TOKEN. */
export function monthsAsToken(text: string): string {
  return text.replace(MONTH_WORD_RE, (w) => (w.length <= 10 && MONTH_SET.has(w.toLowerCase()) ? MONTH_TOKEN : w));
}
const MONTH = MONTH_TOKEN;
/**
 * A date or time an agency adds inside its sign-off's brackets: "20.11.2025", "19.11.21", "4.3.", "2024-03-04",
 * "12.30 Uhr", "18:45", "Jan. 5", "March 7, 2024", "5 dicembre", "5 de enero".
 */
const DATE_IN_TAG = String.raw`(?:\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[.:h]\d{2}(?:\s?(?:[Uu]hr|h))?|${MONTH}\.?\s\d{1,2}(?:,?\s\d{4})?|\d{1,2}\.?\s(?:[Dd]e\s|[Dd]i\s)?${MONTH}\.?(?:\s\d{4})?)`;
/**
 * What agencies add after their name inside a sign-off's brackets: desk or editor initials, more agencies, the
 * publisher's initials, a date or a time: "(dpa/gem)", "(KNA, DR)", "(APA, 20.11.2025)", "(AFP, 12.30 Uhr)",
 * "(KNA 19.11.21)", "(APA/dpa, 20.11.2025)". Words are joined by "/", "," or ";"; a bare space joins only a date
 * (so "(Reuters reported on Monday)" is not a sign-off).
 */
// (A desk code may be a month's letters, "(dpa/mar)": the word part takes the month token too.)
const SIGNOFF_TAG = String.raw`(?:\s?[/,;]\s?(?:${DATE_IN_TAG}|(?:[\p{L}\-]|${MONTH_TOKEN}){1,12})|\s${DATE_IN_TAG}){0,4}`;
/** Initials before the agency inside a sign-off's brackets: the publisher's or editor's ("(red, APA)", "(mb/dpa)"). */
const SIGNOFF_LEAD = String.raw`(?:(?:\p{Ll}{2,4}|\p{Lu}\p{Ll}{1,3}\.)\s?[/,]\s?)?`;

/**
 * A publisher after "© AGENCY/": a site's host name ("Spektrum.de", "derStandard.at") or a name that opens with an
 * article ("The Local", "Le Temps", "Die Presse", "El País").
 */
const PUBLISHER_AFTER_SLASH = String.raw`[\p{L}\p{N}][\p{L}\p{N}\-]{1,30}\.(?:[a-z]{2,3}|com|info|online|news)|(?:The|Le|La|Les|L['’]|Die|Der|Das|El|Il|Lo|O|A|De|Het)\s?\p{Lu}[\p{L}\p{M}\-]{1,20}(?:\s\p{Lu}[\p{L}\p{M}\-]{1,20}){0,2}`;

/**
 * Abbreviations with a period that do not end a sentence (US states, "D.C.", "U.S."), so that a
 * contributor line may run across them.
 */
export const NON_FINAL_ABBREVIATIONS = [
  'Ala',
  'Ariz',
  'Ark',
  'Calif',
  'Colo',
  'Conn',
  'Del',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Kans',
  'Ky',
  'La',
  'Md',
  'Mass',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Tenn',
  'Tex',
  'Vt',
  'Va',
  'Wash',
  'Wis',
  'Wyo',
  'St',
  'Ste',
  'Mt',
  'Ft',
  'Jr',
  'Sr',
  'Dr',
  'Gov',
  'Sen',
  'Rep',
  'Gen',
  'Lt',
  'Col',
  'Sgt',
  'Capt',
  'Prof',
  'Rev',
  'Co',
  'Corp',
  'Inc',
  'Ltd',
  'Bros',
];
/**
 * A run of text up to 300 characters that ends no sentence: no line break, and a period only inside an
 * initialism ("D.C.", "U.S.", "N.Y."), before a comma or a lower-case word ("Ala., and"), or after one of
 * NON_FINAL_ABBREVIATIONS ("in Montgomery, Ala. Jane Doe").
 */
// (One branch per character, and one atomic look-around for the period, so that no text can be read two ways.)
const ABBREVIATED_RUN = String.raw`(?:[^.\n]|\.(?=[,;:)\p{L}\p{N}]|\s[\p{Ll}(]|(?<=(?:^|[\s,(])(?:${NON_FINAL_ABBREVIATIONS.join('|')})\.))){1,300}`;

/** Labels of a source line, in the languages of the corpus and beyond. */
export const SOURCE_LABELS = [
  'Source',
  'Sources',
  'Quelle',
  'Quellen',
  'Fuente',
  'Fuentes',
  'Fonte',
  'Fontes',
  'Kilde',
  'Källa',
  'Lähde',
  'Źródło',
  'Zdroj',
  'Forrás',
  'Izvor',
  'Bron',
  'Sursa',
  'Kaynak',
  'Источник',
  'Джерело',
  'Sumber',
  'Nguồn',
  '来源',
  '來源',
  '稿件来源',
  '稿件來源',
  '文章来源',
  '文章來源',
  '新闻来源',
  '新聞來源',
  '消息来源',
  '消息來源',
  '资料来源',
  '資料來源',
  '出典',
  '출처',
  'Πηγή',
  'Provenance',
  'Provenienza',
];

/** Labels of a picture credit. */
export const PHOTO_LABELS = [
  'Photo',
  'Photos',
  'Photograph',
  'Foto',
  'Fotos',
  'Fotografía',
  'Fotografia',
  'Bild',
  'Bilder',
  'Image',
  'Images',
  'Imagen',
  'Picture',
  'Pictures',
  'Credit',
  'Credits',
  'Crédit',
  'Crédito',
  'Kuva',
  'Zdjęcie',
  'Фото',
  'Снимок',
  'Video',
  'Vídeo',
  'Graphic',
  'Grafik',
  'Illustration',
  'Archivfoto',
  'Symbolbild',
  'Titelbild',
  'Beeld',
  'Copyright Photo',
];

/** Words that open a byline: "By", "Von", "Por", "Par", "Af", "Av", "Di", "Door", "Od", "Автор". */
export const BYLINE_OPENERS = [
  'By',
  'Von',
  'Por',
  'Par',
  'Af',
  'Av',
  'Di',
  'Door',
  'Od',
  'Z',
  'Autor',
  'Autore',
  'Auteur',
  'Автор',
  'Text',
  'Texto',
  'Tekst',
  'Redacción',
  'Redaktion',
];

/**
 * Words for "news agency" before an agency's name, in a byline that calls itself an agency: "Nachrichtenagentur
 * Xyz", "agencia de noticias Xyz", "агентство Xyz", "وكالة أنباء Xyz". The credit holds even for a name the
 * registry lacks (lib/detectors/agency-bylines.ts).
 */
export const AGENCY_WORDS_BEFORE = [
  'Nachrichtenagentur',
  'Presseagentur',
  'Nachrichten-Agentur',
  'news agency',
  'press agency',
  'agencia de noticias',
  'agencia informativa',
  'agência de notícias',
  'agence de presse',
  "agence d'information",
  'agenzia di stampa',
  'agenzia stampa',
  'persbureau',
  'nieuwsagentschap',
  'nyhetsbyrå',
  'nyhetsbyrån',
  'nyhedsbureau',
  'nyhedsbureauet',
  'tisková agentura',
  'tisková kancelář',
  'tlačová agentúra',
  'agencja prasowa',
  'agencja informacyjna',
  'hírügynökség',
  'novinska agencija',
  'агентство',
  'информационное агентство',
  'информационное агентство',
  'агенція',
  'інформаційне агентство',
  'новинска агенција',
  'وكالة',
  'وكالة أنباء',
  'وكالة الأنباء',
  'خبرگزاری',
  'haber ajansı',
];
/** Words for "news agency" after an agency's name: "Xyz News Agency", "Xyz Nachrichtenagentur", "Xyz Haber Ajansı". */
export const AGENCY_WORDS_AFTER = [
  'News Agency',
  'Press Agency',
  'Telegraph Agency',
  'Information Agency',
  'News Service',
  'Nachrichtenagentur',
  'Presseagentur',
  'Haber Ajansı',
  'Haber Ajansi',
  'Ajansı',
  'Persbureau',
  'Nyhetsbyrå',
  'Nyhedsbureau',
  'Hírügynökség',
];
/** The same in Chinese and Japanese, after the name: "朝鲜中央通讯社", "XX通信社". */
export const AGENCY_WORDS_CJK = ['通讯社', '通訊社', '通信社', '新闻社', '新聞社'];

/** Words that may follow an agency name in a byline: its staff role ("AP Sports Writer"). */
export const BYLINE_ROLE_WORDS = [
  'writer',
  'writers',
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'staff',
  'editor',
  'journalist',
  'sports',
  'national',
  'entertainment',
  'business',
  'medical',
  'science',
  'technology',
  'political',
  'economics',
  'legal',
  'religion',
  'food',
  'travel',
  'auto',
  'chief',
  'senior',
  'special',
  'diplomatic',
  'white',
  'house',
  'news',
  'wire',
  'service',
  'desk',
  'bureau',
  'online',
  'redaktion',
  'updated',
  'update',
  'last',
  'published',
  'ist',
  'am',
  'pm',
  'gmt',
  'utc',
  'et',
  'edt',
  'est',
  'cet',
  'cest',
];

/** Forms of the unnamed agency credit, matched like agency names (id `agencies`). */
export const UNNAMED_FORMS = [
  'agencies',
  'agency',
  'news agencies',
  'wire services',
  'wire service',
  'news services',
  'news service reports',
  'wire reports',
  'wire service reports',
  'agency reports',
  'wires',
  'agencias',
  'agencia',
  'agences',
  'agence',
  'agenturen',
  'agentur',
  'Agenturmaterial',
  'agenzie',
  'agências',
  'agência',
  'agencje',
  'агентства',
  'agentschappen',
  'bureaus',
  'byråer',
  'nyhedsbureauer',
  'agencias de noticias',
  'وكالات',
  'агентства',
  // "published from a wire agency feed"
  'wire agency feed',
  'news agency feed',
  'agency feed',
  'wire feed',
  'agency copy',
  'wire copy',
];

export const CREDIT_RULES: readonly CreditRule[] = [
  // ---- picture credits: first, so that "(AP Photo/…)" or "Name/dpa" never reads as a text credit
  {
    rule: 'photo credit',
    contribution: 'photo',
    where: 'caption',
    scopes: ['lead', 'tail', 'line'],
    after: pf(/^\s?(?:Photos?|Foto|Fotos|Images?|Bild|Pictures?|Video|TV|Television|Graphics?|Grafik|via\sGetty)\b/iu),
    confidence: 0.8,
  },
  {
    rule: 'photo credit',
    contribution: 'photo',
    where: 'caption',
    scopes: ['lead', 'tail', 'line'],
    before: new PrefilteredRegExp(String.raw`(?:${PHOTO_LABELS.join('|')})(?:\s?(?:[Cc]redits?|by|von|de|par|por|di|af))?\s?[:：]\s?[^:()\n]{0,60}$`, 'iu'),
    confidence: 0.8,
  },
  {
    // "Photo by GERARD JULIEN / AFP", "Foto von …"
    rule: 'photo credit',
    contribution: 'photo',
    where: 'caption',
    scopes: ['lead', 'tail', 'line'],
    before: pf(/(?:Photo|Foto|Picture|Image|Bild)s?\s(?:by|von|de|par|por|di|af)\s[^:()\n]{0,60}$/iu),
    confidence: 0.8,
  },
  {
    // "Friso Gentsch/dpa", "BERTRAND GUAY / AFP", "Uncredited/AP/dpa", "(Jens Büttner/dpa)"
    rule: 'photo credit',
    contribution: 'photo',
    where: 'caption',
    scopes: ['lead', 'tail', 'line'],
    // (not "det/dpa": an editor's initials before the slash sign agency copy; and not "(APA/dpa, …)": a word
    // right after an opening bracket or "©" is the first name of a credit's chain, so the second is no photo credit)
    // (nor "Redacción / EFE", "Redaktion/dpa": the newsroom and the agency, a joint byline)
    before:
      /(?<![\p{L}\p{M}\p{N}.\-])(?<![(（[©]\s?)(?!(?:Redacci[oó]n|Redaktion|R[ée]daction|Redazione|Reda[cç][aã]o|Redactie|Newsroom|Staff)\s?\/)(?:\p{Lu}[\p{L}\p{M}.\-]{0,30}|\p{L}{5,30})\s?\/\s?$|\)\s?\/\s?$/u,
    confidence: 0.7,
  },
  {
    // "(Foto/AP)", "Bild/dpa", "Video | Reuters"
    rule: 'photo credit',
    contribution: 'photo',
    where: 'caption',
    scopes: ['lead', 'tail', 'line'],
    before: new PrefilteredRegExp(String.raw`(?:^|[^\p{L}])(?:${PHOTO_LABELS.join('|')})\s?[/|]\s?$`, 'iu'),
    confidence: 0.7,
  },
  {
    rule: 'photo credit',
    contribution: 'photo',
    where: 'caption',
    scopes: ['lead', 'tail'],
    after: /^\s?\/\s?(?:Getty|Corbis|Shutterstock|Alamy|picture|Imago|Sipa|Zuma|[\p{Lu}]{2,}\s[\p{Lu}]{2,})/u,
    confidence: 0.7,
  },
  {
    rule: 'photo credit',
    contribution: 'photo',
    where: 'caption',
    scopes: ['lead', 'tail', 'line'],
    before: /(?:写真|照片|图|圖|사진)[＝=：:/]\s?$/u,
    confidence: 0.8,
  },
  {
    rule: 'photo credit',
    contribution: 'photo',
    where: 'caption',
    scopes: ['lead', 'tail', 'line'],
    after: pf(/^\s?(?:记者|記者)[^。，,\n]{1,15}摄/u),
    confidence: 0.8,
  },
  { rule: 'photo credit', contribution: 'photo', where: 'caption', scopes: ['lead', 'tail', 'line'], after: /^\s?(?:发|發)(?:$|\s|（|\()/u, confidence: 0.6 },

  // ---- datelines: "WASHINGTON (AP) —", "HONOLULU, Dec. 23 (UPI) --", "Bruselas, 7 oct (EFE).-", "(EFE).-",
  // "New Delhi [India], November 20 (ANI):", "Hamburg (dpa/lno) –", "VENICE, Italy (AP) â€”"
  {
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 140,
    // one bracketed state or region may stand before the tag: "Mumbai (Maharashtra) [India], Jan 13 (ANI):"
    before: /^[^()（）\n]{0,90}(?:\([^()\n]{1,30}\)[^()（）\n]{0,60})?[(（]\s?$/u,
    after: new PrefilteredRegExp(String.raw`^${MORE_IN_TAG}\s?[)）]\s?[.,]?\s?(?:[${DASH}:"“”]|â€|\.\s\p{Lu})`, 'u'),
    confidence: 0.95,
  },
  {
    // "МОСКВА, 29 июня. /ТАСС/."
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 140,
    before: /^[^/\n]{0,130}[\s.,]\/\s?$/u,
    after: /^\s?\/\s?[.,]?(?:\s|$)/u,
    confidence: 0.95,
  },
  {
    // "新华社北京4月24日电", "（中央社記者溫貴香台北21日電）"
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 60,
    after: /^[^（）()\n]{0,24}\d{1,2}日[电電]/u,
    confidence: 0.95,
  },
  {
    // "МОСКВА, 20 ноя - РИА Новости.", "Москва. 20 ноября. INTERFAX.RU - …": the agency after the place and date
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 80,
    // (not "On March 7, Reuters, citing …": a comma after the date is a sentence, not a dateline)
    before: new PrefilteredRegExp(String.raw`^\p{Lu}[^()\n]{0,50}\d{1,2}[^()\n]{0,14}(?:\s[${DASH}]|\.)\s$`, 'u'),
    after: new PrefilteredRegExp(String.raw`^\s?(?:\.\s|[${DASH}]\s)`, 'u'),
    confidence: 0.85,
  },
  {
    // The agency after the place (and date), set off by commas, before a dash: "Riyadh, May 12, 2024, SPA --" (SPA),
    // "Tehran, IRNA --" (IRNA), "Manama, Jan. 5, BNA --". Not prose: "In Tehran, IRNA — the state agency — said".
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 50,
    before:
      /^(?!(?:In|At|On|From|For|As|But|And|The|By|Meanwhile|Earlier|Later)\s)\p{Lu}[\p{L}.'\-]{1,20}(?:\s\p{Lu}[\p{L}.'\-]{1,20})?,\s(?:(?:\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s\p{L}{3,9}\.?),?\s(?:\d{4},?\s)?)?$/u,
    after: new PrefilteredRegExp(String.raw`^\s?[${DASH}]{1,2}\s`, 'u'),
    confidence: 0.85,
  },
  {
    // "नई दिल्ली, 20 नवंबर (भाषा) केंद्र …", "BRUSSELS, Nov 20 (Reuters) Ministers …": a dated dateline whose dash is missing
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 70,
    before: /^[^()\n]{2,50}\d{1,2}\s?[\p{L}\p{M}.]{0,12}\s?[(（]$/u,
    after: /^[)）]\s\p{L}/u,
    confidence: 0.8,
  },
  {
    // "[東京 20日 ロイター] -"
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 40,
    before: /^\s?[[［][^[\]［］\n]{1,20}\s$/u,
    after: /^\s?[\]］]/u,
    confidence: 0.9,
  },
  {
    // "KVELLER via JTA — The state of …": another outlet's story distributed by the agency
    rule: 'distributed via agency',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 80,
    before: pf(/^[\p{Lu}\p{N}][^()\n]{0,60}\svia\s$/u),
    after: new PrefilteredRegExp(String.raw`^\s?[${DASH}]{1,2}\s`, 'u'),
    confidence: 0.85,
  },
  {
    // "【ワシントン共同】", "【北京時事】"
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 60,
    before: /【[^【】\n]{0,12}$/u,
    after: /^】/u,
    confidence: 0.9,
  },
  {
    // "(서울=연합뉴스)"
    rule: 'dateline credit',
    contribution: 'copy',
    where: 'dateline',
    scopes: ['lead'],
    maxOffset: 60,
    before: /[(（[［][^()（）[\]［］=\n]{0,10}=\s?$/u,
    after: /^\s?[)）\]］]/u,
    confidence: 0.9,
  },

  // ---- "Input: PTI", "Inputs: agencies", Hindi "(इनपुट- भाषा)", "इनपुट: आईएएनएस": the label says agency material
  // went into the publisher's story (before the sign-offs, which would read a last "PTI" as copy)
  {
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    maxOffset: 16,
    maxLen: 80,
    before: pf(/^\s?[([]?\s?(?:Inputs?|इनपुट|इनपुट्स)\s?(?:[:：\-–—]\s?)?$/iu),
    confidence: 0.8,
  },

  // ---- sign-offs at the end of the text: "… (ANI)", "(ANSA).", "(NTB)", bare "… into the US. PTI", "/ritzau/"
  {
    rule: 'sign-off credit',
    contribution: 'copy',
    where: 'sign-off',
    scopes: ['tail'],
    maxTail: 40,
    before: new PrefilteredRegExp(String.raw`[(（[]\s?${SIGNOFF_LEAD}$`, 'u'),
    after: new PrefilteredRegExp(String.raw`^${SIGNOFF_TAG}\s?[)）\]]\s?[.。]?\s?$`, 'u'),
    months: true,
    confidence: 0.85,
  },
  {
    rule: 'sign-off credit',
    contribution: 'copy',
    where: 'sign-off',
    scopes: ['tail'],
    maxTail: 24,
    // "… on Friday. --IANS", "… PTI ABC DEF", or a last line of its own: "-- IANS", "PTI"
    // (a closing ’ only before a space: "selon l’AFP.", "ha riferito l’ANSA." are elisions in a citation)
    before: new PrefilteredRegExp(String.raw`(?:[.!?"”»)]\s{0,3}|’\s{1,3}|^\s{0,3})[${DASH}]{0,2}\s?$`, 'u'),
    after: /^(?:\s\p{Lu}{2,4}){0,3}\s?\.?$/u,
    confidence: 0.75,
  },
  { rule: 'sign-off credit', contribution: 'copy', where: 'sign-off', scopes: ['tail'], maxTail: 6, before: /\/$/u, after: /^\/\s?$/u, confidence: 0.8 },

  // ---- line-start credits
  {
    // "© dpa/Spektrum.de", "© AFP/The Local", "Copyright: Reuters / Le Temps": a copyright the agency shares with
    // the publisher marks the publisher's piece built on agency material. The publisher after the slash is a site
    // name or starts with an article; "© dpa/Jens Büttner" (a photographer) and "© APA/dpa" (two agencies) are not.
    rule: 'joint copyright line',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['lead', 'tail', 'line'],
    maxOffset: 30,
    maxTail: 60,
    before: /^\s?[([]?\s?(?:Copyright|Copr\.|©|\(c\))\s?[:©]?\s?(?:\d{4}\s?(?:[-–]\s?\d{4}\s?)?)?,?\s?(?:The\s|the\s)?$/iu,
    after: new PrefilteredRegExp(String.raw`^\s?[/&+]\s?(?:${PUBLISHER_AFTER_SLASH})\s?(?:\d{4})?\s?[.)\]]?\s?$`, 'u'),
    confidence: 0.8,
  },
  {
    // "Copyright 2011 The Associated Press. All rights reserved.", "© Reuters", "© dpa-infocom, dpa:…", "© 2020 The Canadian Press"
    rule: 'copyright line',
    contribution: 'copy',
    where: 'sign-off',
    scopes: ['lead', 'tail', 'line'],
    maxOffset: 30,
    before: /^\s?[([]?\s?(?:Copyright|Copr\.|©|\(c\))\s?©?\s?(?:\d{4}\s?(?:[-–]\s?\d{4}\s?)?)?,?\s?(?:The\s|the\s)?$/iu,
    // More agencies may follow as codes: "© APA/dpa", "© AFP/DPA" (a capitalised name after the slash is a photographer's).
    // A comma-separated list of sources is a site's licence notice, not a credit for this story: "Copyright © ČTK, DPA,
    // Reuters a fotobanka Profimedia", "© AFP, Reuters, Getty Images".
    after:
      /^(?!\s?,\s?[^,\n]{1,30},)(?:\s?\/\s?(?:\p{Lu}{2,6}|\p{Ll}{2,5})){0,3}\s?(?:\d{4}\s?)?(?:$|[.,;|)]|[-–—]\s|\sAll\s|\sAlle\s|\sTous\s|\sTodos\s|\sTutti\s|\d{4}|\s(?:L\.P\.|LP|Inc\.?|Ltd\.?|LLC|GmbH|AG|S\.A\.|SA|AB|ASA|A\/S|Oyj|plc)(?:$|[.,;\s]))/u,
    confidence: 0.9,
  },
  {
    // "Quelle: dpa-AFX", "Source: PTI", "Fonte: Agência Brasil - Foto: …", "(Quelle: APA/sda/dpa)", "来源： 新华网"
    rule: 'source line',
    contribution: 'copy',
    where: 'sign-off',
    scopes: ['lead', 'tail', 'line'],
    maxOffset: 30,
    before: new PrefilteredRegExp(String.raw`^\s?[([|]?\s?(?:${SOURCE_LABELS.join('|')})\s?[:：]\s?$`, 'iu'),
    after: new PrefilteredRegExp(String.raw`^${MORE_IN_TAG}\s?(?:$|[).,;|]|\s[${DASH}|]\s|\s\p{L}{1,12}$)`, 'u'),
    confidence: 0.85,
  },

  {
    // "(This story has been published from a wire agency feed without modifications to the text.)"
    rule: 'feed notice',
    contribution: 'copy',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    before: pf(/(?:published|carried|taken|sourced|received|generated|reproduced)\s(?:from|via|through)\s(?:a|an|the)\s$/iu),
    confidence: 0.8,
  },
  {
    // A notice that the text was taken over from the agency as it came: "Sie wurde automatisch von der Deutschen
    // Presse-Agentur (dpa) übernommen." (ZEIT), "… unverändert von der APA übernommen", "aus dem sda-Dienst
    // übernommen". A short notice line of its own, not prose: the verb must follow the name ("Die Zahlen der dpa
    // wurden nicht übernommen", "ein Reuters-Bericht, den … übernommen hat" do not match).
    rule: 'feed notice',
    contribution: 'copy',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    maxLen: 300,
    before: pf(/(?:^|[\s(])(?:von|aus)\s(?:der\s|dem\s|den\s)?(?:Nachrichtenagentur\s|Presseagentur\s|Agentur\s)?(?:[^()\n.]{1,40}\(\s?)?$/iu),
    after: /^(?:\s?\(\s?[\p{L}\-/]{1,12}\s?\)|\s?\))?\s?(?:(?:automatisch|unverändert|ungekürzt|direkt)\s)?(?:übernommen|bezogen|zugeliefert|eingespielt)/iu,
    confidence: 0.85,
  },
  {
    // The agency named with its feed in a notice: "auto-generated story from PTI news feed" (Outlook), "sourced
    // directly from the ANI newswire", "published from the IANS feed"; not "the footage came from a Reuters video feed".
    rule: 'feed notice',
    contribution: 'copy',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    maxLen: 300,
    before: pf(/(?:^|\s)(?:from|via|through|off)\s(?:the\s)?$/iu),
    after: /^\s?(?:[-‐]\s?)?(?:news\s|wire\s)?(?:feeds?|newswire)\b/iu,
    confidence: 0.85,
  },
  {
    // "This article was automatically published from PTI.", "auto-published from the Reuters feed",
    // "publié automatiquement depuis le fil de l'AFP": the agency's copy put on the page by a machine.
    rule: 'feed notice',
    contribution: 'copy',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    maxLen: 300,
    // Also in the Romance languages, with the agency's service named: "publié automatiquement à partir du fil de
    // l'AFP", "publicado automáticamente desde el servicio de noticias de EFE", "pubblicato in automatico dal flusso
    // ANSA", "publicado automaticamente a partir do serviço da Agência Lusa"; and Funke's "Teil eines automatisierten
    // Angebots der … Agentur dpa".
    before: pf(
      /(?:automatically\s|auto-)(?:published|imported|pulled|taken|carried|posted|generated)\s(?:from|via)\s(?:the\s)?$|automatiquement\s(?:depuis|de|à\spartir\sd[eu])\s(?:l['’]\s?|la\s|le\s)?(?:(?:fil|flux|service)\s(?:de\s|d['’]\s?)(?:l['’]\s?|la\s)?)?$|autom[aá]ticamente\s(?:desde|de|a\spartir\sd[eoa]l?|d[oa])\s(?:el\s|la\s|o\s|a\s)?(?:(?:servicio|serviço|flujo|fluxo|cable|canal|noticiário)\s(?:de\snoticias\s|de\snotícias\s)?(?:de\s|da\s|do\s|del\s)(?:la\s|a\s)?(?:agencia\s|agência\s)?)?$|(?:in\sautomatico|automaticamente)\s(?:dal|dallo|dalla|da)\s(?:(?:flusso|notiziario|servizio)\s(?:di\s|dell['’]\s?|della\s)?(?:agenzia\s)?)?$|automatisierten\s(?:Angebots|Dienstes|Newsfeeds?)\s(?:der|des|von)\s[^.\n]{0,80}(?:Agentur|Nachrichtenagentur)\s$/iu,
    ),
    confidence: 0.85,
  },

  // ---- agency material in a staff story
  {
    // "(With inputs from PTI)", "With additional inputs from agencies", "with reporting from Reuters", and the
    // Canadian "With files from The Canadian Press" (CBC, CTV, Global News, National Post)
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['lead', 'tail', 'line'],
    before: pf(/(?:^|[\s([{|])with\s(?:additional\s)?(?:inputs?|reporting|information|material|contributions?|reports?|files)\s(?:from|by|of)\s(?:the\s)?$/iu),
    confidence: 0.85,
  },
  {
    // "(With PTI inputs)", "with agency inputs"
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['lead', 'tail', 'line'],
    before: pf(/(?:^|[\s([{|])with\s(?:the\s)?$/iu),
    after: /^\s(?:inputs?|reports?)\b/iu,
    confidence: 0.85,
  },
  {
    // "Additional reporting from Reuters", "Additional reporting by The Associated Press"
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    before: pf(/(?:^|[\s([{|])additional\sreporting\s(?:by|from)\s(?:the\s)?$/iu),
    confidence: 0.85,
  },
  {
    // "Compiled by Jane Roe from wire reports", "Compiled from agency reports", "Written from news service reports"
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    maxLen: 160,
    // (the name ends the line or names reports: "compiled from Reuters data" is a data source, not agency copy)
    before: pf(/(?:^|[\s([|])(?:compiled|written|adapted|assembled)\s(?:by\s[^.\n()]{1,60}\s)?(?:from|using)\s(?:the\s)?$/iu),
    after: /^\s?(?:$|[.;)]|\s(?:and|reports?|dispatches|copy)\b)/iu,
    confidence: 0.8,
  },
  {
    // USA TODAY network's "Contributing: The Associated Press", "Contributing: Jane Doe, USA TODAY; Reuters",
    // "Contributors: … and Reuters"
    rule: 'contributor line',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    maxOffset: 160,
    maxLen: 240,
    before: pf(/^\s?[([]?\s?(?:Contributing|Contributors?|Contributing\swriters?)\s?:\s?(?:[^:;\n]{1,80}[;,]\s?(?:and\s)?){0,3}(?:the\s|The\s)?$/u),
    confidence: 0.85,
  },
  {
    // "Material from the Associated Press was used in this report.", "Information from Reuters was used in this
    // story", "This report includes material from Reuters", "This story contains information from The Associated Press"
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    maxLen: 200,
    before: pf(
      /(?:(?:^|[.!?]\s|\()\s?(?:Material|Information|Reporting|Reports)\sfrom\s|\b(?:includes?|included|contains?|uses?|used|incorporates?)\s(?:material|information|reporting|reports)\s(?:from|by)\s)(?:the\s)?$/iu,
    ),
    after: /^(?:\s(?:was|were|has\sbeen|have\sbeen)\s(?:used|included)|\s?(?:$|[.)]|\sand\s))/iu,
    confidence: 0.8,
  },
  {
    // "Reuters contributed to this report.", "The Associated Press contributed to this story."
    rule: 'contributor line',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['tail'],
    before: /(?:^|[.!?]\s|\()\s?(?:The\s|the\s)?$/u,
    after: /^\s(?:also\s)?(?:contributed|contributes)\s(?:to\s)?(?:this|the)\s(?:report|story|article|reporting)/iu,
    confidence: 0.85,
  },
  {
    // "Associated Press writers Alan Fram, Zeke Miller … contributed to this report."
    rule: 'contributor line',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['tail'],
    maxOffset: 24,
    // The names between may carry places with abbreviations: "… in Montgomery, Ala., and Jane Doe in Washington, D.C., contributed".
    // (Case-sensitive: "Ala. Jane" must stay a sentence end unless "Ala" is listed.)
    after: new PrefilteredRegExp(
      String.raw`^\s(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Ss]taff\s[Ww]riters?|[Jj]ournalists?|[Vv]ideojournalists?|[Pp]hotographers?)\s${ABBREVIATED_RUN}\s(?:contributed|contributes)\b`,
      'u',
    ),
    confidence: 0.8,
  },
  {
    // "Le Monde avec AFP", "(avec AFP)"
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['lead', 'tail', 'line'],
    maxLen: 90,
    before: pf(/(?:^|[([|/\s])avec\s(?:l['’]\s?)?$/iu),
    after: /^\s?(?:$|[).,;]|\set\s)/u,
    confidence: 0.8,
  },
  {
    // "(FR mit dpa)", "(avec AFP)", "(con EFE)" closing a paragraph of the publisher's own story
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['lead', 'tail'],
    before: pf(/[([]\s?(?:[\p{L}.\-]{1,15}\s){0,2}(?:mit|avec|con|com|med|met)\s(?:Material\s|Informationen\s)?(?:von\s|der\s|de\s|l['’]\s?)?$/iu),
    after: new PrefilteredRegExp(String.raw`^${MORE_IN_TAG}\s?[)\]]`, 'u'),
    confidence: 0.8,
  },
  {
    // "(FR mit dpa)", "Mit Material von dpa", "mit Material der Nachrichtenagentur dpa"
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['lead', 'tail', 'line'],
    maxLen: 120,
    before: pf(
      /(?:^|[([|/])\s?(?:[\p{L}.\-]{1,15}\s){0,2}mit\s(?:Material|Informationen|Agenturmaterial)?\s?(?:von|der|aus)?\s?(?:der\s)?(?:Nachrichtenagentur\s|Agentur\s)?$/iu,
    ),
    after: /^\s?(?:$|[).,;/]|\sund\s)/u,
    confidence: 0.8,
  },
  {
    // A line of its own: "*Com agências internacionais", "Com Reuters", "Con EFE" (Brazilian and Spanish sites), not
    // "… en una entrevista con EFE."
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['tail', 'line'],
    maxLen: 80,
    maxOffset: 12,
    before: pf(/^\s?[*([]?\s?(?:con|com)\s(?:la\s|a\s|as\s|las\s)?$/iu),
    after: /^\s?(?:$|[).,;]|\s(?:e|y|and)\s|\s(?:internacionais|internacionales|internationales)\b)/iu,
    confidence: 0.8,
  },
  {
    // "con información de EFE", "Com informações da Agência Brasil", "con información de agencias"
    rule: 'inputs credit',
    contribution: 'inputs',
    where: 'sign-off',
    scopes: ['lead', 'tail', 'line'],
    before: pf(
      /(?:^|[\s([|*])(?:con|com)\s(?:información|informaciones|informacion|informações|informação|datos|material|agencias?|reportes?)\s(?:de|da|do|das|dos|del)\s(?:la\s|a\s|las\s|as\s)?(?:agencia\s|agência\s)?$/iu,
    ),
    confidence: 0.8,
  },
];

/** "(Reporting by …; Editing by …)": the trailer Reuters puts under its copy. */
export const REUTERS_TRAILER = pf(
  /^\(?\s?(?:Additional\s)?(?:[Rr]eporting|[Ww]riting|[Cc]ompiled)\s(?:by|from)\s[^;()\n]{2,160};\s?[^;()\n]{0,200}\b(?:[Ee]diting|[Ww]riting|[Rr]eporting)\sby\s/u,
);
