// Paid, partner or advertorial content. Only labels on the story itself count (a kicker above the
// headline, a label near the byline, the headline, a disclosure line in the text, metadata), never a
// navigation link called "Sponsored Content".
import { pf } from '../prefilter';

/** A short label (kicker, flag, headline prefix) that marks the story as paid content. */
export const SPONSORED_LABEL = pf(
  /(?:^|[\s\-–—|:·•(\[])(?:advertorial|sponsored(?:\scontent|\spost|\sstory|\sarticle|\sby)?|paid\s(?:content|post|partnership|promotion|for\sby)|in\spaid\spartnership\swith|presented\sby|brand\sconnect|brand\spartner(?:\scontent)?|advertiser\scontent|from\sour\s(?:advertisers?|sponsors?)|sponsor\scontent|native\sad|promotional\scontent|promoted(?:\scontent|\sby)?|partner\s(?:content|feature)|brand(?:ed)?\scontent|anzeige|werbung|bezahlte\s(?:partnerschaft|kooperation)|in\sbezahlter\s(?:kooperation|partnerschaft)\smit|publireportage|publi-?rédactionnel|contenu\s(?:sponsorisé|partenaire)|contenido\s(?:patrocinado|pagado)|publirreportaje|contenuto\s(?:sponsorizzato|sponsorizzata)|informazione\spubblicitaria)(?=$|[\s\-–—|:·•)\].])/i,
);

/** Ad-slot headings that name no story: "Sponsored by:", "Sponsored Advert", "Anzeige". */
export const AD_SLOT_LABEL =
  /(?:\b(?:by|von|de|di|par|por)\s?:?\s?$|\badvert(?:isement|isements|s)?\b(?!orial)|^\W{0,3}(?:anzeigen?|werbung|sponsored\slinks?|promoted\sstories|sponsored\sstories)\W{0,3}$)/i;

/** Labels longer than this are prose, not a label. */
export const MAX_LABEL_LENGTH = 60;

/**
 * A disclosure sentence inside the story. An editorial partnership ("This article was produced in
 * partnership with ProPublica") is not an ad: only paid, sponsor, advertiser or brand-studio wording
 * is read here (the partnership notes are republication, in rules/republication.ts).
 */
export const SPONSORED_DISCLOSURE = pf(
  /\bThis\s(?:article|story|post|content|feature)\s(?:is|was)\s(?:(?:sponsored|paid\sfor|brought\sto\syou)\sby|(?:produced|written|created|published)\s(?:in\s(?:paid|commercial)\spartnership\swith|on\sbehalf\sof|by\s(?:the\s|our\s)?[\p{L}\d ]{0,40}?(?:brand|branded\scontent|partner\scontent)\sstudio)|produced\sfor\sand\spaid\sfor\sby|produced\sfor\s(?:our\s|an?\s)?(?:advertiser|sponsor)s?)\b|\bThis\scontent\s(?:is|was)\s(?:produced|created|written)\sfor\b|\bThis\sis\s(?:a\s)?(?:paid|sponsored|promotional)\s(?:content|post|article|feature)\b|\bDieser\s(?:Artikel|Beitrag|Text)\s(?:ist\s(?:eine\s)?(?:Anzeige|Werbung)|wurde\s(?:von\s[^.\n]{1,60}\s)?(?:gesponsert|bezahlt)|(?:ist|entstand|wurde)\sin\sbezahlter\s(?:Kooperation|Partnerschaft))\b/iu,
);

/** Meta/JSON-LD values (section, tags, content tier) that mark paid content. */
export const SPONSORED_META_VALUE = /^(?:advertorial|sponsored(?:\scontent)?|paid(?:\scontent|\spost)?|partner\scontent|anzeige|publireportage)$/i;
