// Syndication disclaimers: a publisher's statement that the text comes from an agency or syndicated
// feed without editing. Each template is one phrasing family, seen on real pages (see the examples).
// All patterns are bounded (no unbounded repetition next to another), so they stay linear.

export interface DisclaimerTemplate {
  id: string;
  /** Matched against one text block (a paragraph), case-insensitively. Group 1, when present, names the publisher. */
  pattern: RegExp;
  examples: string[];
}

// A run of up to 80 characters without sentence punctuation: the publisher whose staff did not edit.
const NAME = String.raw`([^.!?\n]{1,80}?)`;

export const DISCLAIMER_TEMPLATES: DisclaimerTemplate[] = [
  {
    id: 'not-edited-by-staff',
    pattern: new RegExp(
      String.raw`\b(?:has|have|was|were|is|are)\s(?:not|n't)\s(?:been\s)?(?:edited|modified|changed|reviewed)\sby\s${NAME}\s?(?:staff|team|editorial(?:\steam)?|editors|newsroom|desk)\b`,
      'i',
    ),
    examples: [
      '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
      "(Except for the headline, this article has not been edited by FPJ's editorial team and is auto-generated from a syndicated feed.)",
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    ],
  },
  {
    id: 'from-syndicated-feed',
    pattern:
      /\b(?:auto(?:matically)?[- ]?(?:generated|published|posted)|published|generated|sourced|taken|carried)\s(?:directly\s)?(?:from|via|through)\s(?:an?\s|the\s)?(?:syndicated|wire|news[- ]agency|agency|newswire|news\swire|automated)\s(?:agency\s|news\s)?(?:feed|service|copy)\b/i,
    examples: [
      'This story is auto-generated from a syndicated feed.',
      'this story … is published from a syndicated feed.',
      'published from a wire agency feed without modifications',
    ],
  },
  {
    id: 'wire-feed-without-modification',
    pattern: /\b(?:wire|agency|syndicated|news)\s(?:agency\s)?feed\swithout\s(?:any\s)?(?:modifications?|changes|editing|edits)\b/i,
    examples: ['This article is published from a wire agency feed without modifications to the text.'],
  },
  {
    id: 'only-headline-changed',
    pattern:
      /\bonly\sthe\s(?:headline|title)(?:\s(?:and|&)\s(?:the\s)?(?:picture|photo|image)s?)?\s(?:of\sthis\s(?:report|story|article)\s)?(?:has|have|may\shave|might\shave|was|were)\s(?:been\s)?(?:changed|reworked|edited|modified|rewritten)\b/i,
    examples: [
      '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
    ],
  },
  {
    id: 'de-redaktionell-nicht-bearbeitet',
    pattern: /\bredaktionell\snicht\sbearbeitet\b|\bautomatisch\svon\sde[rmn]\s[^.!?\n]{0,60}?(?:übernommen|eingespielt|veröffentlicht)/i,
    examples: [
      'Hinweis ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen.',
    ],
  },
  {
    id: 'de-automatisch-aufgeschaltet',
    pattern:
      /\b(?:Meldung|Artikel|Beitrag|Text|Nachricht)\s(?:wurde|ist)\s(?:automatisch|ungeprüft)\s(?:aufgeschaltet|übernommen|veröffentlicht|publiziert|erstellt)\b/i,
    examples: ['Dieser Artikel wurde automatisch aufgeschaltet. Quelle: sda'],
  },
  {
    id: 'fr-publie-automatiquement',
    pattern:
      /\b(?:article|dépêche|texte|contenu)\s(?:a\sété|est)\s(?:publiée?|mise?\sen\sligne|généré)\sautomatiquement\b|\bpubliée?\sautomatiquement\s(?:à\spartir|depuis)\s(?:d'une|du|de\sla)\s(?:dépêche|fil)\b/i,
    examples: ['Cet article a été publié automatiquement. Sources : ats / awp', "publié automatiquement à partir d'une dépêche AFP"],
  },
  {
    id: 'es-publicada-automaticamente',
    pattern:
      /\b(?:noticia|nota|artículo|información|contenido)\s(?:ha\ssido|fue|es)\s(?:publicad[oa]|generad[oa])\s(?:de\sforma\s)?automática(?:mente)?\b|\bsin\sedici[óo]n\spor\sparte\sde\s(?:la\s)?redacci[óo]n\b/i,
    examples: ['Esta noticia ha sido publicada automáticamente a partir del servicio de la agencia EFE.'],
  },
  {
    id: 'it-pubblicato-automaticamente',
    pattern: /\b(?:articolo|notizia|testo)\s(?:è\sstat[oa]|viene)\s(?:pubblicat[oa]|generat[oa])\sautomaticamente\b/i,
    examples: ['Questo articolo è stato pubblicato automaticamente dal flusso di agenzia.'],
  },
];

/** Blocks longer than this are article prose, not a disclaimer line. */
export const MAX_DISCLAIMER_BLOCK = 600;

/** A cheap first test: a block matching none of these words cannot match any template above. */
export const DISCLAIMER_HINT = /edit|edici|feed|generat|automat|automá|bearbeit|headline|title|modif|rédaction|redacci|aufgeschaltet|übernommen/i;
