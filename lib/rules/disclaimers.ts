// Syndication disclaimers: a publisher's statement that the text comes from an agency or syndicated
// feed without editing. A disclaimer is not one fixed sentence but a composition of clauses, each a
// small family of its own, in any order, inside one notice (a short line, label or paragraph):
//
//   no-edit clause   a negated or modal edit verb: "has not been edited", "may not have modified",
//                    "redaktionell nicht bearbeitet", "n'a pas été modifié", "no ha sido editado",
//                    "संपादित नहीं किया", "لم يتم تحريره"; strong when the notice also names the newsroom
//                    (staff, team, Redaktion, rédaction, redacción, redazione, redação, टीम, فريق التحرير)
//   feed clause      a generic feed word ("syndicated feed", "wire agency feed", "Newskanal", "fil
//                    d'agence", "flusso di agenzia", "सिंडिकेट फीड", "موجز") or an agency name from the
//                    registry with a feed noun after it ("Press Trust of India news service", "AFP news
//                    feed", "dpa-Newskanal") or before it ("flusso ANSA", "fil AFP", "servicio de la agencia EFE")
//   auto clause      automatic publication: "auto-generated", "automatically published", "automatisch",
//                    "automatiquement", "in automatico", "ऑटो-पब्लिश", "تلقائيًا"
//   story subject    "this story", "diese Meldung", "cet article", "esta noticia", "questo articolo", "यह खबर", "هذا الخبر"
//
// The detector (lib/detectors/disclaimers.ts) says wire-unedited when a notice holds
//   no-edit + feed, or auto + feed (the notice must read as a notice on this story), or
//   a strong no-edit + a story subject ("Die Meldung wurde von der Redaktion nicht bearbeitet."), or
//   a story subject published automatically ("Dieser Artikel wurde automatisch aufgeschaltet."), or
//   a whole label "from the <agency> feed" ("Direkt aus dem dpa-Newskanal").
// Agency names come from the registry (findMentions), never from a list here.
//
// Every pattern is bounded: no quantified group holds another unbounded quantifier, no \s+ or .* runs,
// and patterns tested next to an agency name work on short windows only. Where a letter may be
// non-ASCII (é, ä, Devanagari, Arabic), no \b stands next to it: JavaScript's \b knows ASCII only.
import { pf } from '../prefilter';

export type DisclaimerLang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'hi' | 'ar';

export interface ClauseForm {
  lang: DisclaimerLang;
  /** Matched case-insensitively against one notice. */
  pattern: RegExp;
  /** Real phrasings (publisher in brackets) and made-up variants (marked *) the form must match. */
  examples: string[];
  /** Look-alikes it must not match. */
  not?: string[];
}

/** A negated or modal edit verb. Whether the newsroom is named is decided by NEWSROOM, anywhere in the notice. */
export const NO_EDIT: ClauseForm[] = [
  {
    lang: 'en',
    pattern:
      // (the as-is clause of a feed notice: "Mid-day accepts no responsibility or liability for …", "will not be
      // responsible in any way for the content")
      pf(
        /\b(?:accepts?|assumes?|takes?|bears?)\sno\s(?:responsibility|liability)\s(?:or\s(?:responsibility|liability)\s)?for\s|\b(?:is|are|will)\snot\s(?:be\s)?(?:held\s)?(?:responsible|liable)\s(?:in\sany\sway\s)?for\s(?:the\s|its\s)?(?:content|accuracy)|\b(?:not|n['’]t|never)\s(?:have\s)?(?:been|be)\s(?:edited|modified|altered|changed|reviewed|rewritten|reworked|vetted)\b|\b(?:not|n['’]t|never)\s(?:have\s)?(?:edited|edit|modified|modify)\b|\bunedited\b|\bwithout\s(?:any\s)?(?:modifications?|changes|editing|edits|alterations?|editorial\sintervention)\b|\bonly\sthe\s(?:headline|title)(?:\s(?:and|&)\s(?:the\s)?(?:picture|photo|image)s?)?\s(?:of\sthis\s(?:report|story|article)\s)?(?:has|have|may\shave|might\shave|was|were)\s(?:been\s)?(?:changed|reworked|edited|modified|rewritten)\b/i,
      ),
    examples: [
      'this story has not been edited by NDTV staff (NDTV)',
      "this article has not been edited by FPJ's editorial team (Free Press Journal)",
      'This story has not been edited by Devdiscourse staff (Devdiscourse)',
      'LatestLY Staff may not have modified or edited the content body (LatestLY)',
      'Only the headline and picture of this report may have been reworked by the Business Standard staff (Business Standard)',
      'published from a wire agency feed without modifications to the text (Mint)',
      '* sourced directly from the ANI newswire and has not been altered',
      '* Our editors did not edit this copy',
      '* This is unedited copy',
      'Mid-day accepts no responsibility or liability for its dependability, trustworthiness, reliability and data of the text. (Mid-day)',
      'PELiKKEN will not be responsible in any way for the content of this article. (PELiKKEN)',
      '* The publisher is not responsible for the content of this syndicated report',
    ],
    not: [
      'The article has been edited for length.',
      'edited by John Smith',
      'Reuters has not been able to verify the footage.',
      'The report was edited by Jane Doe and reviewed by the desk.',
      'The wire service has not changed its rates.',
      'The agency has not altered its policy.',
      'The council is not responsible for roads.',
      'He takes no responsibility, he said.',
    ],
  },
  {
    lang: 'de',
    pattern: pf(
      /\bnicht\s(?:redaktionell\s)?(?:bearbeitet|überarbeitet|redigiert|verändert|geprüft|editiert)|\b(?:unbearbeitet|unredigiert|ungeprüft)\b|\bohne\s(?:redaktionelle\s|jede\s|weitere\s|inhaltliche\s)?(?:Bearbeitung|Änderung|Überarbeitung|Prüfung)/i,
    ),
    examples: [
      'ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. (ZEIT ONLINE)',
      '* Dieser Text wurde automatisch von dpa übernommen und von der Redaktion nicht bearbeitet.',
      '* Die Meldung wurde von der Redaktion nicht bearbeitet.',
      '* Die Agenturmeldung wird ohne redaktionelle Bearbeitung veröffentlicht.',
    ],
    not: ['Der Artikel wurde am Montag bearbeitet.', 'Die Redaktion hat den Text gekürzt.'],
  },
  {
    lang: 'fr',
    pattern: pf(
      /\bn['’](?:a|ont)\s(?:pas|aucunement|jamais)\sété\s(?:modifié|édité|relu|retouché|révisé|revu|corrigé|remanié)|\bsans\s(?:aucune\s|la\smoindre\s)?(?:modification|retouche|intervention|révision)|\bnon\s(?:modifié|édité|retouché|relu|révisé)|\bn['’]a\sfait\sl['’]objet\sd['’]aucune\s(?:modification|retouche|intervention|révision)/i,
    ),
    examples: [
      "* Cet article est issu du fil AFP et n'a pas été modifié par la rédaction.",
      '* Dépêche publiée sans aucune intervention de la rédaction.',
      "* Ce texte n'a fait l'objet d'aucune retouche de la rédaction.",
    ],
    not: ['Cet article a été modifié le 3 mars pour corriger une erreur.'],
  },
  {
    lang: 'es',
    pattern: pf(
      /\bno\s(?:ha\ssido|han\ssido|fue|fueron|es|está|ha)\s(?:editad|modificad|alterad|revisad|corregid)[oa]s?\b|\bsin\s(?:ninguna\s|ningún\s|ning[uú]n\stipo\sde\s)?(?:edición|modificaciones|modificación|cambios|alteraciones|alteración|revisión|intervención)/i,
    ),
    examples: [
      '* Esta noticia no ha sido editada por la redacción y procede del servicio de la agencia EFE.',
      '* Contenido publicado sin edición por parte de la redacción.',
      '* El texto se publica sin modificaciones desde el cable de agencia.',
    ],
    not: ['La noticia fue editada por María López.'],
  },
  {
    lang: 'it',
    pattern: pf(
      /\bnon\s(?:(?:è|e)\sstat[oaie]\s|sono\sstat[ie]\s|viene\s|vengono\s)?(?:modificat|editat|rivist|revisionat|alterat|corrett)[oaie]\b|\bsenza\s(?:alcuna\s|alcun\s)?(?:modifica|modifiche|revisione|intervento|interventi)\b/i,
    ),
    examples: [
      '* Questo articolo non è stato modificato dalla redazione ed è pubblicato in automatico dal flusso ANSA.',
      '* Il testo è pubblicato senza alcun intervento della redazione.',
    ],
    not: ['Il testo è stato modificato alle 12.'],
  },
  {
    lang: 'pt',
    pattern: pf(
      /\bnão\s(?:foi|foram|é|são|tem\ssido|sofreu)\s(?:editad|modificad|alterad|revisad)[oa]s?\b|\bnão\ssofreu\s(?:qualquer\s|nenhuma\s)?(?:edição|alteração|alterações|modificação|revisão)|\bsem\s(?:qualquer\s|nenhuma\s)?(?:edição|alteração|alterações|modificação|modificações|revisão|intervenção)/i,
    ),
    examples: [
      '* Este texto não foi editado pela redação e é publicado automaticamente a partir do serviço da agência Lusa.',
      '* Conteúdo publicado sem qualquer edição da redação.',
    ],
    not: ['O texto foi editado por João Silva.'],
  },
  {
    lang: 'hi',
    pattern: pf(/(?:संपादित|सम्पादित|एडिट|संशोधित|परिवर्तित|बदलाव|परिवर्तन)\s(?:नहीं|न)(?:\s|[।.,;)]|$)|बिना\s(?:किसी\s)?(?:संपादन|सम्पादन|बदलाव|परिवर्तन|एडिट)/iu),
    examples: [
      '(इस ख़बर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से सीधे प्रकाशित की गई है.) (NDTV India)',
      '* यह खबर एजेंसी फीड से बिना किसी बदलाव के ऑटो-पब्लिश की गई है।',
      '* यह खबर सिंडिकेट फीड से ऑटो-पब्लिश हुई है, इसमें कोई बदलाव नहीं।',
    ],
    not: ['इस ख़बर को हमारी टीम ने संपादित किया है।'],
  },
  {
    lang: 'ar',
    pattern: pf(
      /لم\s(?:يتم|يجر|تتم|يخضع|تخضع)\s(?:ل)?(?:تحرير|تعديل|مراجعة|أي\sتعديل)|(?:دون|بدون)\s(?:أي\s)?(?:تعديل|تحرير|تغيير)|لم\s(?:يحرر|يعدل|تحرر|تعدل)/u,
    ),
    examples: ['* هذا الخبر لم يتم تحريره من قبل فريق التحرير، وتم نشره تلقائيًا من موجز إخباري.', '* نُشر هذا الخبر من خدمة الوكالة دون أي تعديل.'],
    not: ['تم تحرير هذا الخبر بواسطة فريق التحرير.'],
  },
];

/** The newsroom that did not edit: staff, team, editors, Redaktion, rédaction… (anywhere in the notice). */
export const NEWSROOM: ClauseForm[] = [
  { lang: 'en', pattern: /\b(?:staff|team|editors?|editorial|newsroom|desk)\b/i, examples: ['NDTV staff', "FPJ's editorial team", 'LatestLY Staff'] },
  { lang: 'de', pattern: /redaktion|\bRedakteur/i, examples: ['redaktionell', 'von der Redaktion'] },
  { lang: 'fr', pattern: /\br[ée]daction|\bjournalistes\b|équipe\séditoriale/i, examples: ['par la rédaction'] },
  { lang: 'es', pattern: /\bredacci[oó]n|\bequipo\s(?:editorial|de\sredacci[oó]n)|\beditores\b|\bperiodistas\b/i, examples: ['por parte de la redacción'] },
  { lang: 'it', pattern: /\bredazion[ei]\b|\bgiornalisti\b/i, examples: ['dalla redazione'] },
  { lang: 'pt', pattern: /\bredac?ção|\bequip[ae]\seditorial|\bjornalistas\b/i, examples: ['pela redação', 'da redacção'] },
  { lang: 'hi', pattern: /टीम|स्टाफ|संपादकीय|सम्पादकीय|संपादक|न्यूज़?रूम/u, examples: ['एनडीटीवी टीम ने'] },
  { lang: 'ar', pattern: /فريق|هيئة\s(?:ال)?تحرير|المحرر|غرفة\s(?:ال)?أخبار/u, examples: ['من قبل فريق التحرير'] },
];

/** A generic feed: the syndicated or agency feed the text came from, without naming the agency. */
export const FEED: ClauseForm[] = [
  {
    lang: 'en',
    pattern: pf(
      /\bsyndicat(?:ed|ion)\s(?:news\s)?(?:feed|service|copy|content)s?\b|\b(?:wire|news)\s?agency\s(?:feed|copy|service|wire)s?\b|\bagency\s(?:feed|copy|wire|service)s?\b|\bwire\s(?:feed|copy|service)s?\b|\bnews\s?wires?\b|\bautomated\s(?:news\s)?feeds?\b/i,
    ),
    examples: [
      'a syndicated feed (NDTV)',
      'Syndicated News feed (LatestLY)',
      'a wire agency feed (Mint)',
      '* the agency wire',
      '* auto-generated from news agency feeds',
    ],
    not: ['Our syndication partners: Syndication & Licensing', 'the Facebook news feed'],
  },
  {
    lang: 'de',
    pattern: pf(/(?:Nachrichten|News|Agentur)-?(?:kanal|feed|ticker|dienst)|Agentur(?:meldung|material|text)|Basisdienst|Nachrichtenagentur|Presse-?agentur/i),
    examples: ['von der Deutschen Presse-Agentur (dpa) (ZEIT ONLINE)', '* aus dem Agenturticker', '* diese Agenturmeldung'],
  },
  {
    lang: 'fr',
    pattern: pf(
      /\b(?:fil|flux)\s(?:d['’]agences?|de\sdépêches|de\sl['’]agence|d['’]informations?\sd['’]agence)|\bdépêches?\sd['’]agence|\bagence\sde\spresse\b/i,
    ),
    examples: ["* issu du fil d'agence", "* à partir d'une dépêche d'agence"],
  },
  {
    lang: 'es',
    pattern: pf(
      /\b(?:servicio|cable|teletipo|flujo|feed|despacho)s?\s(?:informativo\s|de\snoticias\s)?(?:de\s(?:la\s|las\s)?)?agencias?\b|\bagencias?\sde\s(?:noticias|prensa)\b/i,
    ),
    examples: ['* a partir del servicio de la agencia', '* desde el cable de agencia'],
  },
  {
    lang: 'it',
    pattern: pf(/\b(?:flusso|flussi|lancio|lanci|servizio|feed|dispaccio)\s(?:di\s|d['’]|dell['’]|della\s|delle\s)?agenzi[ae]\b/i),
    examples: ['* dal flusso di agenzia', "* un lancio d'agenzia"],
  },
  {
    lang: 'pt',
    pattern: pf(/\b(?:serviço|feed|fluxo|despacho|telegrama)s?\s(?:noticioso\s)?(?:d[aeo]s?\s)?agências?|\bagência\sde\snotícias/i),
    examples: ['* a partir do serviço da agência', '* do feed de agências'],
  },
  {
    lang: 'hi',
    pattern: pf(/(?:\u092B\u093C?|\u095E)\u0940\u0921|सिंड(?:ि|ी)केट|एजेंसी/u),
    examples: ['सिंडीकेट फीड से (NDTV India)', '* एजेंसी फ़ीड से'],
  },
  {
    lang: 'ar',
    pattern: pf(/موجز|خدمة\s(?:ال)?(?:أخبار|إخبارية)|تغذية\s(?:ال)?أخبار|وكالة\s(?:ال)?أنباء|وكالات\s(?:ال)?أنباء|الوكالة/u),
    examples: ['* من موجز إخباري', '* من خدمة الوكالة'],
  },
];

/**
 * Right after an agency name (window of ≤ 32 characters, anchored at its start): the feed noun that
 * makes the name a feed. "Press Trust of India news service", "IANS service", "the AFP news feed",
 * "the ANI newswire", "dpa-Newskanal", "dpa-Ticker", "PTI's wire service".
 */
export const AGENCY_FEED_AFTER = pf(
  /^(?:['’]s)?\s?[-–]?\s?(?:(?:news|wire|syndicated)\s)?(?:service|feed|wire|newswire|ticker|copy|news\sservice)\b|^-?(?:News|Nachrichten|Agentur)?(?:kanal|feed|ticker|dienst|Basisdienst)/iu,
);

/**
 * Right before an agency name (window of ≤ 40 characters, anchored at its end): the feed noun in
 * languages that put it first. "flusso ANSA", "du fil AFP", "servicio de la agencia EFE", "serviço da agência Lusa".
 */
export const AGENCY_FEED_BEFORE = pf(
  /(?:\bfil|\bflux|\bflusso|\blancio|\bservizio|\bservicio|\bcable|\bteletipo|\bserviço|\bfeed|\bdépêche|\bdispaccio|\bdespacho)\s(?:noticioso\s)?(?:de\sl['’]|d['’]|de\sla\s|de\s|du\s|del\s|della\s|dell['’]|di\s|da\s|do\s)?(?:agence\s|agenzia\s|agencia\s|agência\s)?$/iu,
);

/** Right before an agency name (window ≤ 40 chars, anchored at its end): "from", "von der", "aus dem", "dal". */
export const FROM_BEFORE_AGENCY = pf(
  /(?:\bfrom|\bvia|\bvon|\bvom|\baus|\bdu|\bdes|\bde|\bpar|\bpor|\bpela|\bpelo|\bdal|\bdalla|\bdel|\bdella|\bda|\bdo|\bdesde)\s(?:the\s|der\s|dem\s|den\s|la\s|l['’]|el\s|le\s)?(?:agency\s|agence\s|agenzia\s|agencia\s|agência\s|Agentur\s)?$/iu,
);

/** Automatic publication or generation. Counts only with a feed clause in the same notice. */
export const AUTO: ClauseForm[] = [
  {
    lang: 'en',
    pattern: pf(/\bauto[- ]?(?:generated|published|posted|imported|fed)\b|\bautomatic(?:ally)?\b|\bautomated\b/i),
    examples: ['This report is auto-generated (ThePrint)', 'an unedited and auto-generated story (LatestLY)', 'automatically published (AFP feed)'],
  },
  {
    lang: 'de',
    pattern: /\bautomatisch|\bautomatisiert|\bmaschinell/i,
    examples: ['Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen. (ZEIT ONLINE)'],
  },
  {
    lang: 'fr',
    pattern: pf(/\bautomatiquement\b|\ben\sautomatique\b|\bde\s(?:manière|façon)\sautomatique/i),
    examples: ["publié automatiquement à partir d'une dépêche AFP"],
  },
  { lang: 'es', pattern: pf(/\bautom[aá]ticamente\b|\bde\s(?:forma|manera)\sautom[aá]tica|\bautomatizad[oa]/i), examples: ['publicada automáticamente'] },
  { lang: 'it', pattern: pf(/\bautomaticamente\b|\bin\sautomatico\b|\bautomatizzat[oa]/i), examples: ['pubblicata in automatico'] },
  { lang: 'pt', pattern: pf(/\bautomaticamente\b|\bde\sforma\sautomática|\bautomatizad[oa]/i), examples: ['publicado automaticamente'] },
  { lang: 'hi', pattern: /ऑटो[- ]?(?:पब्लिश|जेनरेट|जनरेट|जेनेरेट)|स्वतः|स्वचालित/u, examples: ['ऑटो-पब्लिश की गई है'] },
  { lang: 'ar', pattern: /تلقائي|آلي[اًّ]/u, examples: ['وتم نشره تلقائيًا', 'نشر آليًا'] },
];

/** "published/carried/taken from" right before a generic feed: "is published from a syndicated feed". */
export const PUBLISHED_FROM =
  /\b(?:published|generated|sourced|taken|carried|reproduced|posted|distributed)\s(?:directly\s|straight\s)?(?:from|via|through|off)\s(?:an?\s|the\s)?$/i;

/** The same where the verb comes last: "सिंडिकेट फीड से (सीधे) प्रकाशित", "फ़ीड से पब्लिश". */
export const FEED_PUBLISHED = /(?:\u092B\u093C?|\u095E)\u0940\u0921\sसे\s(?:सीधे\s)?(?:प्रकाशित|पब्लिश)/u;

/**
 * The notice speaks of this story: a demonstrative and a story noun ("this story", "this is an
 * unedited … story", "diese Meldung", "cet article"), or a definite article and one at its start
 * ("Die Meldung wurde …", "The article …").
 */
export const STORY: ClauseForm[] = [
  {
    lang: 'en',
    pattern: pf(
      /\bthis\s(?:is\s)?(?:an?\s)?(?:[\w-]{1,20}\s){0,3}(?:story|report|article|content|copy|text|news|item|piece|post|dispatch|despatch)\b|^\W{0,3}the\s(?:story|report|article|content|text)\b/i,
    ),
    examples: ['this story (NDTV)', 'This report (ThePrint)', 'This is an unedited and auto-generated story (LatestLY)', 'this report (Business Standard)'],
  },
  {
    lang: 'de',
    pattern: pf(
      /\bdiese[rsnm]?\s(?:Meldung|Artikel|Beitrag|Text|Nachricht|Bericht|Inhalt|Agenturmeldung)|^\W{0,3}(?:die|der|das)\s(?:Meldung|Artikel|Beitrag|Text|Nachricht|Bericht|Agenturmeldung)\b/i,
    ),
    examples: ['hat diese Meldung (ZEIT ONLINE)', 'Dieser Artikel wurde', 'Die Meldung wurde'],
  },
  {
    lang: 'fr',
    pattern: pf(/\b(?:cet|cette|ce)\s(?:article|dépêche|texte|contenu|information|brève)|^\W{0,3}(?:l['’]|la\s|le\s)(?:article|dépêche|texte|contenu|brève)/i),
    examples: ['Cet article a été publié', 'Cette dépêche'],
  },
  {
    lang: 'es',
    pattern: pf(
      /\b(?:esta|este|esto)\s(?:noticia|nota|información|artículo|texto|contenido|despacho|cable)|^\W{0,3}(?:la|el)\s(?:noticia|nota|información|artículo|texto|contenido)/i,
    ),
    examples: ['Esta noticia ha sido publicada'],
  },
  {
    lang: 'it',
    pattern: pf(/\b(?:questo|questa|quest['’])\s?(?:articolo|notizia|testo|contenuto|lancio)|^\W{0,3}(?:il\s|la\s|l['’])(?:articolo|notizia|testo|contenuto)/i),
    examples: ['Questo articolo è stato pubblicato'],
  },
  {
    lang: 'pt',
    pattern: pf(/\b(?:esta|este|essa|esse)\s(?:notícia|matéria|texto|artigo|conteúdo|reportagem)|^\W{0,3}(?:a|o)\s(?:notícia|matéria|texto|artigo|conteúdo)/i),
    examples: ['Este texto não foi editado'],
  },
  { lang: 'hi', pattern: pf(/(?:यह|इस|ये)\s(?:(?:\u0916\u093C?|\u0959)बर|समाचार|लेख|स्टोरी|रिपोर्ट|आर्टिकल|न्यूज़?)/u), examples: ['इस ख़बर को', 'यह खबर'] },
  { lang: 'ar', pattern: pf(/(?:هذا|هذه)\s(?:ال)?(?:خبر|مقال|مقالة|تقرير|محتوى|مادة|نص)/u), examples: ['هذا الخبر'] },
];

/** A notice set off as one: in brackets, or under a notice word ("Disclaimer:", "Hinweis", "Note"). */
export const NOTICE_OPENER =
  /^\W{0,2}(?:[([]|(?:disclaimer|note|editor['’]s\snote|notice|hinweis|anmerkung|avertissement|note\sde\sla\srédaction|aviso|nota|avviso|aviso\slegal|अस्वीकरण|डिस्क्लेमर|नोट|تنويه|ملاحظة|إخلاء\sالمسؤولية)(?:\s?[:：\-–]|\s))/iu;

/**
 * A story published automatically, said of itself, with no feed named: the Swiss and Iberian
 * notices. "Dieser Artikel wurde automatisch aufgeschaltet. Quelle: sda", "Cet article a été publié
 * automatiquement. Sources : ats / awp". Publication verbs only: "automatisch erstellt/generiert" is
 * robot text or nutrition tables, not feed copy, unless a feed is named.
 */
export const AUTO_PUBLISHED_STORY: ClauseForm[] = [
  {
    lang: 'en',
    pattern: pf(/\b(?:story|article|report|dispatch)\s(?:has\sbeen|was|is)\s(?:automatically\s(?:published|posted|uploaded)|auto-?(?:published|posted))\b/i),
    examples: ['* This article was automatically published. Source: AFP'],
    not: ['This article was automatically translated.'],
  },
  {
    lang: 'de',
    pattern: pf(
      /\b(?:Meldung|Artikel|Beitrag|Text|Nachricht)\s(?:wurde|ist|wird)\s(?:automatisch|ungeprüft)\s(?:aufgeschaltet|übernommen|veröffentlicht|publiziert|eingespielt)/i,
    ),
    examples: ['Dieser Artikel wurde automatisch aufgeschaltet. Quelle: sda (Swiss portals)', '* Diese Meldung wurde automatisch veröffentlicht.'],
    not: ['Die Nährwerte werden automatisch generiert und gelten nur als Richtwerte.', 'Dieser Artikel wurde automatisch übersetzt.'],
  },
  {
    lang: 'fr',
    pattern: pf(
      /\b(?:article|dépêche|texte|contenu)\s(?:a\sété|est)\s(?:publiée?|mise?\sen\sligne)\s(?:automatiquement|de\smanière\sautomatique)|\bpubliée?\sautomatiquement\s(?:à\spartir|depuis)\s(?:d['’]une|du|de\sla)\s(?:dépêche|fil)/i,
    ),
    examples: ['Cet article a été publié automatiquement. Sources : ats / awp (Swiss portals)', "publié automatiquement à partir d'une dépêche AFP"],
  },
  {
    lang: 'es',
    pattern: pf(
      /\b(?:noticia|nota|artículo|información|contenido)\s(?:ha\ssido|fue|es|se\sha)\s(?:publicad[oa]|publicado)\s(?:de\sforma\sautomática|automáticamente)/i,
    ),
    examples: ['Esta noticia ha sido publicada automáticamente a partir del servicio de la agencia EFE.'],
  },
  {
    lang: 'it',
    pattern: pf(/\b(?:articolo|notizia|testo)\s(?:è\sstat[oa]|viene)\s(?:pubblicat[oa])\s(?:automaticamente|in\sautomatico)/i),
    examples: ['Questo articolo è stato pubblicato automaticamente dal flusso di agenzia.'],
  },
  {
    lang: 'pt',
    pattern: pf(/\b(?:notícia|matéria|texto|artigo|conteúdo)\s(?:foi|é)\s(?:publicad[oa])\s(?:automaticamente|de\sforma\sautomática)/i),
    examples: ['* Esta notícia foi publicada automaticamente.'],
  },
];

/**
 * A whole label or kicker that says the story comes straight from a feed, before the feed clause:
 * "Direkt aus dem dpa-Newskanal", "Aus dem dpa-Ticker", "From the PTI feed", "Dal flusso ANSA",
 * "Meldung aus dem dpa-Newskanal". Group 1, the word "direct", is needed when the feed names no agency
 * ("Direkt aus dem Newskanal", but not "Aus dem Newsticker", a section of any site). A plural before it
 * ("Mehr aus dem …", "Alle Meldungen aus dem …") is a rail of other stories, not this one's label.
 */
export const FEED_LABEL_OPENER =
  /^\W{0,2}(?:(?:Meldung|Nachricht|Artikel|Beitrag|Text|Story|Article|Report|Dépêche|Noticia|Notizia|Notícia)\s)?(?:(direkt|direct|directly|straight|unedited|unbearbeitet|automatisch|automatically|directement|directamente|direttamente|diretamente|ungeprüft)\s)?(?:aus\sdem|aus\sder|aus|vom|von\sder|from\sthe|from|via\sthe|via|du|de\sl['’]|depuis\sle|dal|dalla|del|de\sla|do|da)\s$/iu;

/** What may follow the feed in such a label: nothing but punctuation. */
export const FEED_LABEL_CLOSER = /^\W{0,3}$/u;

/**
 * Not feed copy: contributed, opinion, user or paid content that says the newsroom did not edit it.
 * A notice holding one of these is skipped (press releases and paid content have their own detectors).
 */
export const CONTRIBUTED = pf(
  /\buser[- ]generated\b|\breaders?['’]?\b|\bguest\b|\bsponsored\b|\bpaid\b|\badvertorial\b|\bpress\srelease\b|\bviews\sexpressed\b|\bopinions?\b|\bLeser|\bGastbeitrag|\bAnzeige\b|\blecteurs?\b|\blectores?\b|\blettori\b|\bleitores?\b/i,
);

/**
 * The publisher whose staff did not edit, where the notice names it: "not edited by NDTV staff",
 * "by FPJ's editorial team", "LatestLY Staff may not have…", "ZEIT ONLINE hat diese Meldung … nicht".
 * Group 1 is the name (a run of up to 80 characters without sentence punctuation).
 */
export const PUBLISHER_NAMED: RegExp[] = [
  /\bby\s([^.!?\n]{1,80}?)\s?(?:staff|team|editorial(?:\steam)?|editors|newsroom|desk)\b/i,
  /(?:^|[,;(]\s?)(\p{Lu}[^.!?\n,;()]{0,40}?)\s(?:staff|team|editors|newsroom)\s(?:may|might|did|does|has|have)\s(?:not|n['’]t)\b/iu,
  /(?:^|[.!?:]\s)(\p{Lu}[^.!?\n]{0,40}?)\shat\s(?:diese[nrs]?|die|den|das)\s\p{L}{1,20}\s(?:redaktionell\s)?nicht\s/u,
];

/** Notice words before the publisher's name ("Hinweis ZEIT ONLINE hat …"): not part of the name. */
export const NOTICE_WORDS = /^(?:(?:information|info|hinweis|anmerkung|note|notice|disclaimer|avertissement|aviso|nota|avviso)\s?[:：]?\s){1,3}/iu;

/** Blocks longer than this are article prose, not a disclaimer line. */
export const MAX_DISCLAIMER_BLOCK = 600;

/** In a longer notice, the two clauses must stand this close (characters between their starts). */
export const MAX_CLAUSE_GAP = 250;

/** A line this short with an auto verb and a feed is a notice even without "this story" or "Disclaimer:". */
export const MAX_SHORT_NOTICE = 160;

/** Labels longer than this are not a feed label. */
export const MAX_FEED_LABEL = 80;

/** A cheap first test: a notice matching none of these stems cannot hold a clause above. */
export const DISCLAIMER_HINT = pf(
  /edit|responsib|liabil|modif|alter|review|rework|feed|wire|service|copy|dienst|teletipo|despacho|dispaccio|dépêche|generat|automat|autom[aá]t|bearbeit|redakt|redig|geprüft|kanal|ticker|agentur|rédaction|retouch|fil\s|flux|flusso|lancio|servizio|servicio|serviço|cable|redacci|redazion|redação|redacção|intervent|headline|संपादित|सम्पादित|एडिट|बदलाव|फ़?ीड|ऑटो|सिंड|تحرير|تعديل|تلقائي|آلي|موجز|وكالة/iu,
);
