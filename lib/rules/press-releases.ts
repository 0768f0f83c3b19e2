// Press releases carried as is: PR-wire datelines and credits, press-release labels and the
// issuer-responsibility notices of press portals. A story that merely mentions "a press release" is
// not one: these match datelines, labels, headings and notices, not prose.
import { pf } from '../prefilter';

export interface PressWire {
  id: string;
  name: string;
  homepage: string;
  /** Matched against the first blocks, the last blocks and the bylines. */
  pattern: RegExp;
  examples: string[];
}

export const PRESS_WIRES: PressWire[] = [
  {
    id: 'prnewswire',
    name: 'PR Newswire',
    homepage: 'https://www.prnewswire.com/',
    pattern: pf(
      /\/\s?PRNewswire(?:[- ][\w ]{1,30})?\s?\/|\bCision PR Newswire\b|\bSOURCE\s[^\n]{1,80}\sPR\s?Newswire\b|\bView original content(?: to download multimedia)?\s?:\s?https?:\/\/(?:www\.)?prnewswire\./i,
    ),
    examples: [
      'NEW YORK, Nov. 20, 2025 /PRNewswire/ -- Acme Corp today announced',
      'This story is provided by Cision PR Newswire India.',
      'View original content to download multimedia: https://www.prnewswire.com/news-releases/acme-302000000.html',
    ],
  },
  {
    id: 'businesswire',
    name: 'Business Wire',
    homepage: 'https://www.businesswire.com/',
    pattern: pf(/\(BUSINESS WIRE\)\s?[-—–]|\bvia Business ?Wire\b|\bSource: [^\n]{1,80} via Business Wire\b/i),
    examples: ['SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp today announced'],
  },
  {
    id: 'globenewswire',
    name: 'GlobeNewswire',
    homepage: 'https://www.globenewswire.com/',
    pattern: pf(/\(GLOBE NEWSWIRE\)\s?[-—–]|\bvia GlobeNewswire\b/i),
    examples: ['TORONTO, Nov. 20, 2025 (GLOBE NEWSWIRE) -- Acme Corp'],
  },
  {
    id: 'newsaktuell',
    name: 'news aktuell (ots)',
    homepage: 'https://www.presseportal.de/',
    pattern: pf(/^[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{1,40}\s\(ots(?:\/[\w-]{1,20})?\)\s?[-—–]?|(?:^|\s)übermittelt durch news aktuell\b|\bOTS:\s/),
    examples: ['Rheine (ots) - Am Montag', 'Original-Content von: Polizei Steinfurt, übermittelt durch news aktuell'],
  },
  {
    id: 'einpresswire',
    name: 'EIN Presswire',
    homepage: 'https://www.einpresswire.com/',
    pattern: pf(/\/EINPresswire\.com\/|\bEIN Presswire\b/i),
    examples: ['WASHINGTON, Nov. 20, 2025 /EINPresswire.com/ -- Acme'],
  },
  {
    id: 'accesswire',
    name: 'ACCESSWIRE',
    homepage: 'https://www.accesswire.com/',
    pattern: pf(/\/\s?ACCESSWIRE\s?\/|\(ACCESSWIRE\)/i),
    examples: ['NEW YORK, NY / ACCESSWIRE / November 20, 2025 / Acme'],
  },
  {
    id: 'cnw',
    name: 'Canada Newswire',
    homepage: 'https://www.newswire.ca/',
    pattern: pf(/\/CNW\/\s?[-—–]|\/CNW Telbec\//),
    examples: ['TORONTO, Nov. 20, 2025 /CNW/ - Acme'],
  },
  {
    id: 'newsvoir',
    name: 'NewsVoir',
    homepage: 'https://www.newsvoir.com/',
    pattern: pf(/\((?:ANI|PTI|IANS)\s?\/\s?(?:NewsVoir|PRNewswire|BusinessWire India|PNN|SRV|ATK|Mediawire|VMPL|GPRC|HT Syndication)\)|\bNewsVoir\b/i),
    examples: ['New Delhi [India], November 20 (ANI/NewsVoir): Acme Ltd announced', 'Mumbai (Maharashtra) [India], Nov 20 (ANI/PNN): Acme'],
  },
  {
    id: 'newsfile',
    name: 'Newsfile',
    homepage: 'https://www.newsfilecorp.com/',
    pattern: pf(/\(Newsfile Corp\.?\s?[-—–]|\bvia Newsfile\b/i),
    examples: [
      'Toronto, Ontario--(Newsfile Corp. - November 20, 2025) - Acme Mining announces',
      'Vancouver, British Columbia--(Newsfile Corp. - May 12, 2024) - Acme',
    ],
  },
  {
    id: 'prweb',
    name: 'PRWeb',
    homepage: 'https://www.prweb.com/',
    pattern: pf(/\(PRWEB\)\s?(?:[-—–]|\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2})|\/PRWeb\/|\bvia PRWeb\b/iu),
    examples: ['AUSTIN, Texas (PRWEB) November 20, 2025 -- Acme', 'NEW YORK (PRWEB) -- Acme Corp'],
  },
  {
    id: 'pressetext',
    name: 'pressetext',
    homepage: 'https://www.pressetext.com/',
    pattern: pf(/\(pte\d{3}\/\d{2}\.\d{2}\.\d{4}\/\d{2}:\d{2}\)/),
    examples: ['Wien (pte001/20.11.2025/06:00) - Forscher der Universität'],
  },
  {
    id: 'jcn',
    name: 'JCN Newswire',
    homepage: 'https://www.jcnnewswire.com/',
    pattern: pf(/\(JCN Newswire\)\s?[-—–]|\bvia JCN Newswire\b/i),
    examples: ['TOKYO, Nov 20, 2025 - (JCN Newswire) - Acme Corporation announced'],
  },
  {
    id: 'pressedienst',
    name: 'press service',
    homepage: '',
    pattern: pf(/^[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{1,40}\s\([\w-]{0,20}press(?:e)?dienst\)\s?[-—–]/i),
    examples: ['Hamburg (iwr-pressedienst) - Die vermehrte Stromerzeugung'],
  },
];

/** A heading, headline or label that says the page is a press release. */
export const PRESS_RELEASE_LABEL = pf(
  /^(?:press\srelease|news\srelease|media\srelease|pressemitteilung|pressemeldung|presseinformation|medienmitteilung|communiqué(?:\sde\spresse)?|comunicado(?:\sde\sprensa)?|nota\sde\sprensa|comunicato\sstampa|persbericht|pressmeddelande|pressemelding|tiedote)\b\s?[:\-–—|]?/i,
);

/** A line that calls the page itself a press release, or gives its press contact. */
export const PRESS_RELEASE_SELF_REFERENCE = pf(
  /\b(?:dieser|diese|über\sdiese|this|about\sthis|cette|ce|este|esta|questo|questa)\s(?:Pressemitteilung|Pressemeldung|Presseinformation|Medienmitteilung|press\srelease|news\srelease|media\srelease|communiqué|comunicado|comunicato)\b|^(?:Pressekontakt|Medienkontakt|Rückfragehinweis|Media\scontacts?|Press\scontacts?|Investor\scontacts?|Contact\spresse|Contacto\sde\sprensa)\s?:?$/i,
);

/** Press portals' notices that the issuer, not the portal, is responsible for the content. */
export const ISSUER_NOTICE = pf(
  /\bFür\sden\sInhalt\sde[rs]\s(?:Pressemitteilung|Meldung|Mitteilung)\s(?:ist|sind)\s[^.\n]{0,80}?verantwortlich|\b(?:the\s)?issuer\sis\s(?:solely\s)?responsible\sfor\sthe\scontent\b|\bwill\snot\sbe\sresponsible\sin\sany\sway\sfor\sthe\scontent\s(?:of|in)\sthis\s(?:article|release|story)\b|\b(?:this|the)\s(?:story|article|content)\s(?:is|has\sbeen)\sprovided\sby\s[^.\n]{2,60}?\.\s[^.\n]{1,60}?\swill\snot\sbe\sresponsible\b|\bFOR\sIMMEDIATE\sRELEASE\b/i,
);

/** A cheap first test: a line that matches none of these words cannot match any rule above. */
export const PRESS_RELEASE_HINT = pf(
  /press|wire|ots|aktuell|medien|communiqu|comunica|release|kontakt|contact|responsible|verantwortlich|provided|newsvoir|rückfrage|immediate|(?:ani|pti|ians)\s?\/|\/cnw\/|pressedienst|tiedote|meddelande|melding|bericht|newsfile|prweb|pte\d/i,
);
