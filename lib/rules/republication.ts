// Republication: the story was first published by another, non-agency publisher. Phrasing families
// with a capture group for the original publisher's name, and the news-service partners whose
// stories member papers carry under their own name.
import { pf } from '../prefilter';

export interface RepublicationTemplate {
  id: string;
  /** Group 1, when present, is the original publisher's name. */
  pattern: RegExp;
  /**
   * Words every match must hold, tested before the pattern: most pages hold none, and then the
   * pattern is never compiled (compiling the patterns is most of a first analysis's cost).
   */
  hint: RegExp;
  strength: number;
  /** "co-publication": another newsroom shares the story (the publisher and funders are not it). */
  kind?: 'co-publication';
  examples: string[];
}

// The original's name: up to 80 characters, stopping at sentence punctuation or a connecting word.
const ORIGIN = String.raw`((?:www\.)?[^\s.!?,;:()"“”][^!?,;:()"“”\n]{0,79}?)`;
const END = String.raw`(?=\s(?:on|in|and|under|with|at|as|by|for)\s|\.(?:\s|$)|[!?,;:()]|\s?$)`;
// German puts the participle last: "… ist zuerst bei Übermedien erschienen."
const DE_END = String.raw`(?=\s(?:und|erschienen|veröffentlicht|publiziert|entstanden|erstellt|produziert)\b|\.(?:\s|$)|[!?,;:()]|\s?$)`;
// French, Spanish and Portuguese names end where the sentence goes on: "… de The Conversation sous licence".
const FR_END = String.raw`(?=\s(?:sous|sur|dans|avec|par|et|en|pour|le|la|les)\s|\.(?:\s|$)|[!?,;:()]|\s?$)`;
const ES_END = String.raw`(?=\s(?:bajo|sob|y|e|con|com|en|em|el|la|o|a|por|pelo|pela|para)\s|\.(?:\s|$)|[!?,;:()]|\s?$)`;
const IT_END = String.raw`(?=\s(?:e|con|su|in|per|sotto|da)\s|\.(?:\s|$)|[!?,;:()]|\s?$)`;
const NL_END = String.raw`(?=\s(?:en|op|in|met|onder|verschenen|gepubliceerd)\b|\.(?:\s|$)|[!?,;:()]|\s?$)`;
// Whose note it is: "this story", "this investigation"; with "the" only "story"/"article", since "the
// report was produced in partnership with the World Bank" is news about a study.
const SUBJECT = String.raw`(?:this\s(?:story|article|report|investigation|piece|series|project|interview|essay|analysis|feature|post|reporting|episode|podcast)|the\s(?:story|article))`;

export const REPUBLICATION_TEMPLATES: RepublicationTemplate[] = [
  {
    id: 'originally-appeared',
    hint: /originally|first/i,
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
    hint: /^\s*(?:originally|first)\s/i,
    pattern: new RegExp(String.raw`^\s*(?:originally|first)\s(?:published|posted|appeared)\s(?:at|on|in|by)\s${ORIGIN}${END}`, 'i'),
    strength: 0.9,
    examples: ['Originally published at www.courtneykirchoff.com on November 18, 2011.'],
  },
  {
    id: 'republished-from',
    hint: pf(/republished|reprinted|reposted|reproduced|cross-posted/i),
    pattern: new RegExp(
      String.raw`\b(?:republished|reprinted|reposted|reproduced|cross-posted)\s(?:here\s)?(?:with\s(?:the\s)?(?:kind\s)?permission\s(?:of|from)|from|courtesy\sof)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.95,
    examples: ['This article is republished from The Conversation under a Creative Commons license.', 'Reprinted with permission from KFF Health News.'],
  },
  {
    id: 'republished-with-permission',
    hint: /republished|reprinted|reposted/i,
    pattern: /\b(?:has\sbeen\s|is\s)?(?:republished|reprinted|reposted)\s(?:here\s)?with\s(?:the\s)?(?:kind\s)?permission\b/i,
    strength: 0.9,
    examples: ['… and has been republished here with permission.'],
  },
  {
    id: 'creative-commons',
    hint: /creative\scommons|cc[- ]by/i,
    pattern: /\b(?:republished|reprinted|reproduced)\s[^.!?\n]{0,80}?under\sa\s(?:Creative\sCommons|CC[- ]BY)/i,
    strength: 0.9,
    examples: ['This article is republished from The Conversation under a Creative Commons license.'],
  },
  {
    id: 'de-erschien-zuerst',
    hint: /zuerst|ursprünglich|erstmals/i,
    pattern: new RegExp(
      String.raw`\b(?:Artikel|Beitrag|Text|Interview)\s(?:erschien|ist)\s(?:zuerst|ursprünglich|erstmals)\s(?:erschienen\s)?(?:bei|auf|in|im)\s${ORIGIN}${DE_END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Dieser Artikel erschien zuerst bei netzpolitik.org.', 'Dieser Text ist zuerst bei Übermedien erschienen.'],
  },
  {
    id: 'de-zuerst-erschienen',
    hint: pf(/^\s*(?:zuerst|ursprünglich|erstmals)\s|^\s*erstveröffentlichung/i),
    pattern: new RegExp(
      String.raw`^\s*(?:zuerst|ursprünglich|erstmals)\s(?:erschienen|veröffentlicht|publiziert)\s(?:bei|auf|in|im)\s${ORIGIN}${END}|^\s*Erstveröffentlichung\s?:\s?${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Zuerst erschienen bei Übermedien.', 'Erstveröffentlichung: netzpolitik.org'],
  },
  {
    id: 'pt-publicado-originalmente',
    hint: /originalmente/i,
    pattern: new RegExp(
      String.raw`\b(?:artigo|texto|reportagem|matéria)\s(?:foi\s)?(?:publicad[oa]\soriginalmente|originalmente\spublicad[oa])\s(?:em|no|na|pel[oa])\s${ORIGIN}${ES_END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Este artigo foi publicado originalmente no The Conversation.'],
  },
  {
    id: 'it-pubblicato-originariamente',
    hint: /originariamente|originalmente|prima\svolta/i,
    pattern: new RegExp(
      String.raw`\b(?:articolo|testo|pezzo)\s(?:è\sstato\s)?(?:pubblicato|apparso)\s(?:originariamente|originalmente|per\sla\sprima\svolta)\s(?:su|in|da)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Questo articolo è stato pubblicato originariamente su The Conversation.'],
  },
  {
    id: 'fr-initialement-publie',
    hint: /initialement|originellement|d'abord/i,
    pattern: new RegExp(
      String.raw`\b(?:article|texte|billet)\s(?:a\sété\s|est\s)?(?:initialement|originellement|d'abord)\s(?:publié|paru)\s(?:sur|dans|par)\s${ORIGIN}${FR_END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Cet article a été initialement publié sur The Conversation.'],
  },
  {
    id: 'es-publicado-originalmente',
    hint: /originalmente/i,
    pattern: new RegExp(
      String.raw`\b(?:artículo|texto|nota|reportaje)\s(?:fue\s|ha\ssido\s)?(?:publicad[oa]\soriginalmente|originalmente\spublicad[oa])\s(?:en|por)\s${ORIGIN}${ES_END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Este artículo fue publicado originalmente en The Conversation.'],
  },
  {
    id: 'fr-republie-a-partir-de',
    hint: /republié|reproduit|repris/i,
    // The Conversation France's republication footer, and reprints "avec l'autorisation de".
    pattern: new RegExp(
      String.raw`\b(?:article|texte|billet|entretien)\s(?:est|a\sété)\s(?:republié|reproduit|repris)e?\s(?:à\spartir\sde|depuis|de|du|avec\sl['’]autorisation\sd[eu])\s${ORIGIN}${FR_END}`,
      'i',
    ),
    strength: 0.95,
    examples: ['Cet article est republié à partir de The Conversation sous licence Creative Commons.', "Ce texte est reproduit avec l'autorisation du Devoir."],
  },
  {
    id: 'fr-a-d-abord-ete-publie',
    hint: /abord|initialement|originellement|originalement/i,
    pattern: new RegExp(
      String.raw`\b(?:article|texte|billet|reportage|entretien|enquête)\s(?:a|avait)\s(?:d['’]abord|initialement|originellement|originalement)\sété\s(?:publié|mis\sen\sligne)e?\s(?:sur|dans|par|chez)\s${ORIGIN}${FR_END}`,
      'i',
    ),
    strength: 0.9,
    examples: ["Cet article a d'abord été publié sur le site de Mediapart.", 'Ce reportage a initialement été publié dans Le Temps.'],
  },
  {
    id: 'es-se-publico-originalmente',
    hint: /originalmente|primera\svez|primero/i,
    pattern: new RegExp(
      String.raw`\b(?:artículo|texto|nota|reportaje|contenido|historia|crónica)\s(?:se\s(?:publicó|publica)|apareció|fue\spublicad[oa])\s(?:originalmente|por\sprimera\svez|primero)\s(?:en|por)\s${ORIGIN}${ES_END}|^\s*(?:publicado|publicada|aparecido)\soriginalmente\s(?:en|por)\s${ORIGIN}${ES_END}`,
      'i',
    ),
    strength: 0.9,
    examples: [
      'Este artículo se publicó originalmente en El Faro.',
      'Esta nota apareció originalmente en Animal Político.',
      'Publicado originalmente en Agenda Propia.',
    ],
  },
  // Co-publication and editorial partnerships: another newsroom shares the story. The subject
  // ("this story", "dieser Artikel") is required: "in partnership with the city council, the school
  // opened…" in a news sentence is not a note about the story. Funders ("with support from the X
  // Foundation") are not publishers and are left out by the detector.
  {
    id: 'co-published-with',
    hint: pf(/co-?publi|co-?produc|co-?report|partnership|collaboration|cooperation|conjunction|jointly/i),
    kind: 'co-publication',
    pattern: new RegExp(
      String.raw`\b${SUBJECT}\s(?:was\s|is\s|has\sbeen\s|is\sbeing\s|will\sbe\s)?(?:(?:co-?published|co-?produced|co-?reported)\s(?:in\spartnership\s|in\scollaboration\s|jointly\s)?(?:with|by)|(?:produced|published|reported|written)\s(?:(?:as\spart\sof\s)?(?:in\s|an?\s)?(?:partnership|collaboration|cooperation|conjunction)|jointly)\swith)\s${ORIGIN}${END}`,
      'i',
    ),
    strength: 0.9,
    examples: [
      'This story was co-published with The Texas Tribune.',
      'This article was produced in partnership with ProPublica, a nonprofit newsroom.',
      'This story was published in collaboration with the Marshall Project.',
      'This investigation is being co-published with the Guardian.',
      'This story was reported in partnership with Inside Climate News.',
    ],
  },
  {
    id: 'collaboration-between',
    hint: pf(/partnership|collaboration|co-?publishing/i),
    kind: 'co-publication',
    // "This story is a collaboration between Grist and Mother Jones": group 2 is the second newsroom,
    // for when the first is the publisher itself.
    pattern: new RegExp(
      String.raw`\b${SUBJECT}\s(?:is|was)\s(?:(?:part\sof|produced\sas\spart\sof)\s)?an?\s(?:(?:editorial|reporting|journalism|journalistic|media|joint)\s)?(?:partnership|collaboration|co-?publishing\spartnership)\s(?:between|with)\s${ORIGIN}${END}(?:\sand\s${ORIGIN}${END})?`,
      'i',
    ),
    strength: 0.9,
    examples: ['This story is a collaboration between Grist and Mother Jones.', 'This article is part of a reporting partnership with CalMatters.'],
  },
  {
    id: 'partnership-note-line',
    hint: pf(/partnership|collaboration|co-?published|kooperation|zusammenarbeit|partenariat|colaboración|alianza|parceria/i),
    kind: 'co-publication',
    // A note that is the whole line: "In partnership with ProPublica", "Co-published with WBEZ".
    pattern: new RegExp(
      String.raw`^\s*(?:(?:published|produced|reported)\sin\s(?:partnership|collaboration)\swith|co-?published\s(?:in\spartnership\s)?with|in\s(?:editorial\s)?(?:partnership|collaboration)\swith|(?:in\s)?(?:kooperation|zusammenarbeit)\smit|en\s(?:partenariat|collaboration)\savec|en\s(?:colaboración|alianza)\scon|em\sparceria\scom)\s${ORIGIN}\.?\s*$`,
      'i',
    ),
    strength: 0.85,
    examples: [
      'In partnership with ProPublica',
      'Published in partnership with Mother Jones.',
      'Co-published with WBEZ Chicago',
      'In Kooperation mit CORRECTIV',
      'En colaboración con Connectas',
    ],
  },
  {
    id: 'de-kooperation',
    hint: /kooperation|zusammenarbeit|partnerschaft/i,
    kind: 'co-publication',
    pattern: new RegExp(
      String.raw`\b(?:(?:dieser|diese|dieses)\s(?:Artikel|Beitrag|Text|Bericht|Recherche|Reportage|Interview|Serie)|der\s(?:Artikel|Beitrag|Text))\s(?:ist|wurde|entstand|entsteht|erscheint|erschien)\s(?:im\sRahmen\s(?:einer|der)\s|als\sTeil\s(?:einer|der)\s|in\s)?(?:Kooperation|Zusammenarbeit|Medienpartnerschaft|Partnerschaft)\s(?:mit|zwischen)\s(?:(?:de[mnr]|dem)\s)?${ORIGIN}${DE_END}`,
      'i',
    ),
    strength: 0.9,
    examples: [
      'Dieser Artikel entstand in Kooperation mit CORRECTIV.',
      'Der Text erscheint in Kooperation mit dem Magazin Übermedien.',
      'Diese Recherche ist in Zusammenarbeit mit dem Bayerischen Rundfunk entstanden.',
    ],
  },
  {
    id: 'fr-partenariat',
    hint: /partenariat|collaboration/i,
    kind: 'co-publication',
    // "publié en partenariat avec" or an explicitly editorial partnership; "contenu réalisé en
    // partenariat avec" a brand is advertising wording and is not read here.
    pattern: new RegExp(
      String.raw`\b(?:cet|cette|ce)\s(?:article|texte|reportage|enquête|entretien|série)\s(?:est|a\sété)\s(?:co-?publié|publié|republié)e?\s(?:en\s(?:partenariat|collaboration)|dans\sle\scadre\sd['’]un\spartenariat(?:\séditorial|\srédactionnel)?)\savec\s${ORIGIN}${FR_END}|\bpartenariat\s(?:éditorial|rédactionnel)\s(?:avec|entre)\s${ORIGIN}${FR_END}`,
      'i',
    ),
    strength: 0.9,
    examples: [
      'Cet article est publié en partenariat avec Mediapart.',
      'Cette enquête est publiée dans le cadre d’un partenariat éditorial avec Disclose.',
      'Dans le cadre de notre partenariat éditorial avec Reporterre.',
    ],
  },
  {
    id: 'es-colaboracion',
    hint: /colaboración|alianza|asociación|conjunto/i,
    kind: 'co-publication',
    pattern: new RegExp(
      String.raw`\b(?:este|esta)\s(?:artículo|texto|nota|reportaje|investigación|historia|crónica|serie)\s(?:fue\s|es\s|ha\ssido\s|se\s)?(?:publicad[oa]|producid[oa]|realizad[oa]|elaborad[oa]|publica|publicó|realizó|produjo|hizo)\s(?:en\s(?:colaboración|alianza|asociación|conjunto)\scon|gracias\sa\suna\salianza\s(?:con|entre))\s${ORIGIN}${ES_END}`,
      'i',
    ),
    strength: 0.9,
    examples: [
      'Este reportaje fue realizado en alianza con CONNECTAS.',
      'Esta investigación se publica en colaboración con El Faro.',
      'Esta historia fue producida en colaboración con Ojo Público.',
    ],
  },
  {
    id: 'pt-parceria',
    hint: /parceria|colaboração/i,
    kind: 'co-publication',
    pattern: new RegExp(
      String.raw`\b(?:este|esta|esse|essa)\s(?:artigo|texto|reportagem|matéria|investigação|série)\s(?:foi\s|é\s)?(?:publicad[oa]|produzid[oa]|realizad[oa]|feit[oa])\s(?:em\s(?:parceria|colaboração)\scom)\s(?:[oa]s?\s)?${ORIGIN}${ES_END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Esta reportagem foi produzida em parceria com a Agência Pública.', 'Este texto foi publicado em parceria com o Intercept Brasil.'],
  },
  {
    id: 'it-collaborazione',
    hint: /collaborazione|partnership|partenariato/i,
    kind: 'co-publication',
    // "pubblicato in collaborazione con": "realizzato in collaborazione con" a brand is advertising wording.
    pattern: new RegExp(
      String.raw`\b(?:questo|questa|quest['’])\s?(?:articolo|pezzo|testo|inchiesta|reportage|intervista)\s(?:è\sstat[oa]\s|è\s|viene\s)?(?:co-?pubblicat[oa]|pubblicat[oa]|scritt[oa])\sin\s(?:collaborazione|partnership|partenariato)\scon\s(?:il\s|la\s|lo\s|l['’])?${ORIGIN}${IT_END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Questo articolo è stato pubblicato in collaborazione con IrpiMedia.', "Questa inchiesta è pubblicata in collaborazione con l'Espresso."],
  },
  {
    id: 'nl-eerder-verschenen',
    hint: /eerder|eerst|oorspronkelijk/i,
    pattern: new RegExp(
      String.raw`\b(?:artikel|stuk|verhaal|interview|column)\s(?:verscheen|is)\s(?:eerder|eerst|oorspronkelijk)\s(?:verschenen\s)?(?:bij|in|op)\s(?:de\s|het\s)?${ORIGIN}${NL_END}`,
      'i',
    ),
    strength: 0.9,
    examples: [
      'Dit artikel verscheen eerder bij Follow the Money.',
      'Dit stuk is eerder verschenen in De Groene Amsterdammer.',
      'Dit artikel is oorspronkelijk op Vox verschenen.',
    ],
  },
  {
    id: 'nl-samenwerking',
    hint: pf(/samenwerking|partnerschap/i),
    kind: 'co-publication',
    pattern: new RegExp(
      String.raw`\b(?:dit|deze)\s(?:artikel|stuk|verhaal|onderzoek|reportage)\s(?:is|werd|kwam)\s(?:tot\sstand\sgekomen\s|gemaakt\s|geschreven\s|gepubliceerd\s|tot\sstand\s)?in\s(?:samenwerking|partnerschap)\smet\s(?:de\s|het\s)?${ORIGIN}${NL_END}`,
      'i',
    ),
    strength: 0.9,
    examples: ['Dit artikel is tot stand gekomen in samenwerking met Investico.', 'Dit verhaal is gemaakt in samenwerking met De Correspondent.'],
  },
];

/** A cheap first test: a line matching none of these words cannot match any template above. */
export const REPUBLICATION_HINT = pf(
  /origin|first|republi|reprint|repost|reprodu|cross-post|creative|cc[- ]by|erschien|zuerst|erstveröff|initialement|d['’]abord|publicad|publicado|publicó|publica|apareci|pubblicat|apparso|partner|collabora|colabora|co-?publi|co-?produc|kooperation|zusammenarbeit|partenariat|alianza|parceria|jointly|conjunction|cooperation|verscheen|verschenen|samenwerking|partnerschap/i,
);

/**
 * The label of a partner block: "In partnership with" above a partner's logo that links to the
 * partner's site (the whole text of the block, with the partner's name after it or only its logo).
 * Paid wording ("Presented by", "Sponsored by", "In paid partnership with") is sponsored content and
 * is not here; neither is a footer's "Our partners".
 */
export const PARTNER_BLOCK_LABEL = pf(
  /^(?:(?:published|produced|reported)\sin\s(?:partnership|collaboration)\swith|co-?published\s(?:in\spartnership\s)?with|in\s(?:editorial\s|media\s)?(?:partnership|collaboration|cooperation)\swith|a\s(?:partnership|collaboration)\swith|(?:in\s)?(?:kooperation|zusammenarbeit|medienpartnerschaft)\smit|en\s(?:partenariat|collaboration)\savec|en\s(?:colaboración|alianza)\scon|em\sparceria\scom|in\scollaborazione\scon)\s?:?(?:\s(\S[^\n]{0,59}))?$/i,
);

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
  {
    name: 'The Washington Post',
    aliases: ['the washington post', 'washington post'],
    hosts: ['washingtonpost.com'],
    homepage: 'https://www.washingtonpost.com/',
  },
  {
    name: 'The New York Times',
    aliases: ['the new york times', 'new york times', 'nytimes.com'],
    hosts: ['nytimes.com'],
    homepage: 'https://www.nytimes.com/',
  },
  { name: 'Los Angeles Times', aliases: ['los angeles times', 'la times'], hosts: ['latimes.com'], homepage: 'https://www.latimes.com/' },
  { name: 'Chicago Tribune', aliases: ['chicago tribune'], hosts: ['chicagotribune.com'], homepage: 'https://www.chicagotribune.com/' },
  {
    name: 'Tribune News Service',
    aliases: ['tribune news service', 'tribune content agency'],
    hosts: ['tribunecontentagency.com'],
    homepage: 'https://tribunecontentagency.com/',
  },
  { name: 'McClatchy', aliases: ['mcclatchy', 'mcclatchy washington bureau'], hosts: ['mcclatchydc.com'], homepage: 'https://www.mcclatchydc.com/' },
  { name: 'The Conversation', aliases: ['the conversation'], hosts: ['theconversation.com'], homepage: 'https://theconversation.com/' },
  {
    name: 'KFF Health News',
    aliases: ['kff health news', 'kaiser health news'],
    hosts: ['kffhealthnews.org', 'khn.org'],
    homepage: 'https://kffhealthnews.org/',
  },
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
