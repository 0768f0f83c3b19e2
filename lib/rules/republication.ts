// Republication: the story was first published by another, non-agency publisher. Phrasing families
// with a capture group for the original publisher's name, and the news-service partners whose
// stories member papers carry under their own name.

export interface RepublicationTemplate {
  id: string;
  /** Group 1, when present, is the original publisher's name. */
  pattern: RegExp;
  strength: number;
  examples: string[];
}

// The original's name: up to 80 characters, stopping at sentence punctuation or a connecting word.
const ORIGIN = String.raw`((?:www\.)?[^\s.!?,;:()"“”][^!?,;:()"“”\n]{0,79}?)`;
const END = String.raw`(?=\s(?:on|in|and|under|with|at|as|by|for)\s|\.(?:\s|$)|[!?,;:()]|\s?$)`;

export const REPUBLICATION_TEMPLATES: RepublicationTemplate[] = [
  {
    id: 'originally-appeared',
    pattern: new RegExp(
      String.raw`\b(?:this|the|a\sversion\sof\sthis)\s(?:post|article|story|piece|essay|interview|review|column|report)\s(?:was\s|has\s|had\s)?(?:originally|first)\s(?:appeared|published|ran|posted|run)\s(?:on|in|at|by|with)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.95,
    examples: [
      'This post originally appeared on Grist.',
      'This article originally appeared on VICE US.',
      'This article was originally published on The Huffington Post and can be read here.',
      'This article was originally published on coolimba and has been republished here with permission.',
    ],
  },
  {
    id: 'originally-published-at',
    pattern: new RegExp(String.raw`^\s*(?:originally|first)\s(?:published|posted|appeared)\s(?:at|on|in|by)\s${ORIGIN}${END}`, 'i'),
    strength: 0.9,
    examples: ['Originally published at www.courtneykirchoff.com on November 18, 2011.'],
  },
  {
    id: 'republished-from',
    pattern: new RegExp(
      String.raw`\b(?:republished|reprinted|reposted|reproduced|cross-posted)\s(?:here\s)?(?:with\s(?:the\s)?(?:kind\s)?permission\s(?:of|from)|from|courtesy\sof)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.95,
    examples: [
      'This article is republished from The Conversation under a Creative Commons license.',
      'Reprinted with permission from KFF Health News.',
    ],
  },
  {
    id: 'republished-with-permission',
    pattern: /\b(?:has\sbeen\s|is\s)?(?:republished|reprinted|reposted)\s(?:here\s)?with\s(?:the\s)?(?:kind\s)?permission\b/i,
    strength: 0.9,
    examples: ['… and has been republished here with permission.'],
  },
  {
    id: 'creative-commons',
    pattern: /\b(?:republished|reprinted|reproduced)\s[^.!?\n]{0,80}?under\sa\s(?:Creative\sCommons|CC[- ]BY)/i,
    strength: 0.9,
    examples: ['This article is republished from The Conversation under a Creative Commons license.'],
  },
  {
    id: 'de-erschien-zuerst',
    pattern: new RegExp(
      String.raw`\b(?:Artikel|Beitrag|Text|Interview)\s(?:erschien|ist)\s(?:zuerst|ursprünglich|erstmals)\s(?:erschienen\s)?(?:bei|auf|in|im)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Dieser Artikel erschien zuerst bei netzpolitik.org.'],
  },
  {
    id: 'de-zuerst-erschienen',
    pattern: new RegExp(String.raw`^\s*(?:zuerst|ursprünglich|erstmals)\s(?:erschienen|veröffentlicht|publiziert)\s(?:bei|auf|in|im)\s${ORIGIN}${END}|^\s*Erstveröffentlichung\s?:\s?${ORIGIN}${END}`, 'i'),
    strength: 0.9,
    examples: ['Zuerst erschienen bei Übermedien.', 'Erstveröffentlichung: netzpolitik.org'],
  },
  {
    id: 'pt-publicado-originalmente',
    pattern: new RegExp(
      String.raw`\b(?:artigo|texto|reportagem|matéria)\s(?:foi\s)?(?:publicad[oa]\soriginalmente|originalmente\spublicad[oa])\s(?:em|no|na|pel[oa])\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Este artigo foi publicado originalmente no The Conversation.'],
  },
  {
    id: 'it-pubblicato-originariamente',
    pattern: new RegExp(
      String.raw`\b(?:articolo|testo|pezzo)\s(?:è\sstato\s)?(?:pubblicato|apparso)\s(?:originariamente|originalmente|per\sla\sprima\svolta)\s(?:su|in|da)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.9,
    examples: ["Questo articolo è stato pubblicato originariamente su The Conversation."],
  },
  {
    id: 'fr-initialement-publie',
    pattern: new RegExp(
      String.raw`\b(?:article|texte|billet)\s(?:a\sété\s|est\s)?(?:initialement|originellement|d'abord)\s(?:publié|paru)\s(?:sur|dans|par)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.9,
    examples: ["Cet article a été initialement publié sur The Conversation."],
  },
  {
    id: 'es-publicado-originalmente',
    pattern: new RegExp(
      String.raw`\b(?:artículo|texto|nota|reportaje)\s(?:fue\s|ha\ssido\s)?(?:publicad[oa]\soriginalmente|originalmente\spublicad[oa])\s(?:en|por)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Este artículo fue publicado originalmente en The Conversation.'],
  },
];

/** A cheap first test: a line matching none of these words cannot match any template above. */
export const REPUBLICATION_HINT = /origin|first|republi|reprint|repost|reproduc|cross-post|creative|cc[- ]by|erschien|zuerst|erstveröff|initialement|d'abord|publicad|publicado|pubblicat|apparso/i;

/** "Read the original article" links to another site, in several languages. */
export const READ_ORIGINAL_LINK_TEXT =
  /^(?:read\s(?:the\s)?original(?:\s(?:article|story|post))?|view\soriginal\s(?:article|story)|元記事を読む|元の記事を読む|originalartikel\slesen|zum\soriginalartikel|lire\sl'article\soriginal|ver\s(?:el\s)?artículo\soriginal|leggi\sl'articolo\soriginale)\s*[›»>→]?$/i;

/** Publishers that distribute their stories to other papers, with the forms their credit takes. */
export interface NewsServicePartner {
  name: string;
  /** Lowercase names/aliases as they stand in bylines, datelines and section tags. */
  aliases: string[];
  /** Hosts of the partner's own site (its own pages are not republications). */
  hosts: string[];
  homepage: string;
}

export const NEWS_SERVICE_PARTNERS: NewsServicePartner[] = [
  { name: 'CNN', aliases: ['cnn', 'cnn.com', 'cnn wire', 'the-cnn-wire', 'cable news network'], hosts: ['cnn.com'], homepage: 'https://www.cnn.com/' },
  { name: 'The Washington Post', aliases: ['the washington post', 'washington post'], hosts: ['washingtonpost.com'], homepage: 'https://www.washingtonpost.com/' },
  { name: 'The New York Times', aliases: ['the new york times', 'new york times', 'nytimes.com'], hosts: ['nytimes.com'], homepage: 'https://www.nytimes.com/' },
  { name: 'Los Angeles Times', aliases: ['los angeles times', 'la times'], hosts: ['latimes.com'], homepage: 'https://www.latimes.com/' },
  { name: 'Chicago Tribune', aliases: ['chicago tribune'], hosts: ['chicagotribune.com'], homepage: 'https://www.chicagotribune.com/' },
  { name: 'Tribune News Service', aliases: ['tribune news service', 'tribune content agency'], hosts: ['tribunecontentagency.com'], homepage: 'https://tribunecontentagency.com/' },
  { name: 'McClatchy', aliases: ['mcclatchy', 'mcclatchy washington bureau'], hosts: ['mcclatchydc.com'], homepage: 'https://www.mcclatchydc.com/' },
  { name: 'The Conversation', aliases: ['the conversation'], hosts: ['theconversation.com'], homepage: 'https://theconversation.com/' },
  { name: 'KFF Health News', aliases: ['kff health news', 'kaiser health news'], hosts: ['kffhealthnews.org', 'khn.org'], homepage: 'https://kffhealthnews.org/' },
  { name: 'ProPublica', aliases: ['propublica'], hosts: ['propublica.org'], homepage: 'https://www.propublica.org/' },
  { name: 'Stateline', aliases: ['stateline'], hosts: ['stateline.org'], homepage: 'https://stateline.org/' },
  { name: 'CalMatters', aliases: ['calmatters'], hosts: ['calmatters.org'], homepage: 'https://calmatters.org/' },
  { name: 'Grist', aliases: ['grist'], hosts: ['grist.org'], homepage: 'https://grist.org/' },
  { name: 'HealthDay', aliases: ['healthday'], hosts: ['healthday.com'], homepage: 'https://www.healthday.com/' },
  { name: 'Kiplinger', aliases: ['kiplinger'], hosts: ['kiplinger.com'], homepage: 'https://www.kiplinger.com/' },
  { name: 'The Guardian', aliases: ['the guardian'], hosts: ['theguardian.com'], homepage: 'https://www.theguardian.com/' },
  { name: 'Field Level Media', aliases: ['field level media'], hosts: [], homepage: 'https://fieldlevelmedia.com/' },
  { name: 'StatePoint', aliases: ['statepoint'], hosts: ['statepoint.net'], homepage: 'https://www.statepoint.net/' },
];
