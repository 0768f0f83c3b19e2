// A sweep of /work/shared/corpus/PHRASINGS.md: every credit, dateline, sign-off, copyright and source line,
// inputs credit, syndication disclaimer, republication note, press-release marker, photo credit and look-alike
// listed there, each placed where it stands on a real page (dateline: start of the first paragraph; sign-off: end
// of the last; byline: a div under the h1; disclaimer: its own paragraph after the body; photo credit: a
// figcaption in a figure with an img; footer and nav furniture: the site's footer or nav), and checked against
// the conclusion a careful reader would draw. Rows marked NOT in PHRASINGS.md must leave a staff story staff.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { analyze } from '../../lib/analyze';
import type { Report, Status } from '../../lib/report';

const PROSE: Record<string, string[]> = {
  en: [
    'The measure passed after a long debate in which lawmakers from both parties raised concerns about the cost of the programme and its effect on local budgets over the coming decade.',
    'Officials said the first payments would reach households within weeks, although several details of how the money would be distributed were still being worked out by the ministry.',
    'Critics argued the plan did too little for rural areas, where many families still lack reliable access to the services that the new spending is meant to support in the long run.',
    'The opposition said it would challenge parts of the law in court, arguing that the government had not consulted the regions before drawing up the list of projects to be funded.',
  ],
  de: [
    'Der Stadtrat hat den Haushalt nach einer langen Debatte beschlossen, in der Vertreter aller Fraktionen Bedenken wegen der Kosten und der Folgen für die kommenden Jahre äußerten.',
    'Die ersten Zahlungen sollen nach Angaben der Verwaltung in wenigen Wochen bei den Haushalten ankommen, auch wenn viele Einzelheiten der Verteilung noch offen sind.',
    'Kritiker bemängelten, der Plan tue zu wenig für die ländlichen Gebiete, in denen viele Familien noch immer keinen verlässlichen Zugang zu den geförderten Angeboten haben.',
    'Die Opposition kündigte an, Teile des Beschlusses gerichtlich prüfen zu lassen, weil die Regierung die Regionen vor der Auswahl der Projekte nicht angehört habe.',
  ],
  es: [
    'El consejo aprobó el presupuesto tras un largo debate en el que representantes de todos los grupos expresaron su preocupación por el coste del programa y sus efectos en los próximos años.',
    'Según la administración, los primeros pagos llegarán a los hogares en pocas semanas, aunque todavía quedan por definir muchos detalles sobre cómo se repartirá el dinero.',
    'Los críticos señalaron que el plan hace muy poco por las zonas rurales, donde muchas familias siguen sin acceso fiable a los servicios que el nuevo gasto pretende financiar.',
    'La oposición anunció que recurrirá parte de la ley ante los tribunales, al considerar que el Gobierno no consultó a las regiones antes de elegir los proyectos.',
  ],
  fr: [
    'Le conseil a adopté le budget après un long débat au cours duquel des élus de tous les groupes ont exprimé leurs inquiétudes sur le coût du programme et ses effets pour les années à venir.',
    'Selon l’administration, les premiers versements arriveront dans les foyers d’ici quelques semaines, même si de nombreux détails de la répartition restent à préciser.',
    'Les critiques estiment que le plan fait trop peu pour les zones rurales, où beaucoup de familles n’ont toujours pas un accès fiable aux services que la dépense doit financer.',
    'L’opposition a annoncé qu’elle contesterait une partie de la loi devant les tribunaux, estimant que le gouvernement n’avait pas consulté les régions avant de choisir les projets.',
  ],
  it: [
    'Il consiglio ha approvato il bilancio dopo un lungo dibattito in cui i rappresentanti di tutti i gruppi hanno espresso preoccupazione per il costo del programma e i suoi effetti nei prossimi anni.',
    'Secondo l’amministrazione, i primi pagamenti arriveranno alle famiglie entro poche settimane, anche se molti dettagli sulla distribuzione del denaro devono ancora essere definiti.',
    'I critici sostengono che il piano faccia troppo poco per le zone rurali, dove molte famiglie non hanno ancora un accesso affidabile ai servizi che la nuova spesa dovrebbe finanziare.',
    'L’opposizione ha annunciato che impugnerà parte della legge in tribunale, sostenendo che il governo non ha consultato le regioni prima di scegliere i progetti da finanziare.',
  ],
  pt: [
    'O conselho aprovou o orçamento depois de um longo debate em que representantes de todos os grupos manifestaram preocupação com o custo do programa e os seus efeitos nos próximos anos.',
    'Segundo a administração, os primeiros pagamentos chegarão às famílias dentro de poucas semanas, embora muitos detalhes sobre a distribuição do dinheiro ainda estejam em aberto.',
    'Os críticos afirmam que o plano faz pouco pelas zonas rurais, onde muitas famílias ainda não têm acesso confiável aos serviços que a nova despesa pretende financiar no longo prazo.',
    'A oposição anunciou que vai contestar parte da lei na Justiça, alegando que o governo não consultou as regiões antes de escolher os projetos que serão financiados.',
  ],
  ru: [
    'Совет утвердил бюджет после долгих обсуждений, в ходе которых представители всех фракций высказали опасения по поводу стоимости программы и её последствий в ближайшие годы.',
    'По словам представителей администрации, первые выплаты поступят семьям в течение нескольких недель, хотя многие детали распределения средств ещё не определены.',
    'Критики считают, что план делает слишком мало для сельских районов, где многие семьи до сих пор не имеют надёжного доступа к услугам, которые должны финансироваться.',
    'Оппозиция заявила, что оспорит часть закона в суде, поскольку правительство не проконсультировалось с регионами до выбора проектов для финансирования.',
  ],
  zh: [
    '市议会在经过长时间辩论后通过了预算，各党派代表都对该计划的成本及其在未来几年对地方财政的影响表示关切，并要求政府提供更详细的说明和评估报告。',
    '官员表示，第一批款项将在几周内发放到各家庭，但资金如何分配的许多细节仍在由相关部门研究制定之中，预计下个月将公布具体的实施方案和时间表。',
    '批评者认为，该计划对农村地区的支持力度不够，那里的许多家庭仍然无法可靠地获得新支出旨在支持的各项服务，这一问题需要在今后的工作中加以解决。',
    '反对派表示，将就该法律的部分内容向法院提起诉讼，理由是政府在确定资助项目清单之前没有征求各地区的意见，这种做法违反了相关的法律程序和规定。',
  ],
  ko: [
    '시의회는 긴 토론 끝에 예산안을 통과시켰으며, 모든 정당의 대표들이 이 계획의 비용과 향후 몇 년간 지방 재정에 미칠 영향에 대해 우려를 표명하고 보다 자세한 설명을 요구했다.',
    '관계자들은 첫 번째 지급금이 몇 주 안에 각 가정에 도달할 것이라고 밝혔지만, 자금이 어떻게 분배될지에 대한 세부 사항은 아직 부처에서 검토 중이라고 덧붙였다.',
    '비판론자들은 이 계획이 농촌 지역을 위해 너무 적은 일을 한다고 주장했으며, 그곳의 많은 가정은 여전히 새로운 지출이 지원하려는 서비스에 안정적으로 접근하지 못하고 있다.',
    '야당은 정부가 지원 대상 사업 목록을 작성하기 전에 지역과 협의하지 않았다며 법의 일부 조항에 대해 법원에 이의를 제기하겠다고 밝혔다.',
  ],
};
for (const lang of ['no', 'da', 'cs', 'tr', 'hi', 'nl']) PROSE[lang] = PROSE.en!;

export interface Slots {
  lang?: string;
  /** Text at the start of the first paragraph (a dateline). */
  lead?: string;
  /** Text at the end of the last paragraph (a sign-off). */
  last?: string;
  /** A paragraph of its own after the body (a disclaimer, a trailer line); raw HTML allowed. */
  after?: string;
  /** The byline row under the h1 (raw HTML). */
  byline?: string;
  /** A label above the headline. */
  kicker?: string;
  /** The lead picture's caption (raw HTML), in a figure with an img. */
  caption?: string;
  /** Markup inside the lead figure next to the img (an overlay label). */
  figure?: string;
  /** A sentence of the second paragraph. */
  middle?: string;
  /** The site's footer, nav, and a sidebar (raw HTML). */
  footer?: string;
  nav?: string;
  aside?: string;
  head?: string;
  title?: string;
  /** Raw markup in the story body after its paragraphs (an embed). */
  embed?: string;
  /** The page's URL (default: a story URL on news.example.com) and its og:site_name. */
  url?: string;
  siteName?: string;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function newsPage(s: Slots): string {
  const lang = s.lang ?? 'en';
  const prose = [...(PROSE[lang] ?? PROSE.en!)];
  const title = s.title ?? 'Council passes the budget after a long debate';
  if (s.lead) prose[0] = `${s.lead} ${prose[0]}`;
  if (s.middle) prose[1] = `${prose[1]} ${s.middle}`;
  if (s.last) prose[3] = `${prose[3]} ${s.last}`;
  const paras = prose.map((p) => `<p>${esc(p)}</p>`).join('\n');
  const figure =
    s.caption !== undefined || s.figure !== undefined
      ? `<figure class="lead-image"><img src="https://cdn.example.com/img/2024/05/budget.jpg" alt="">${s.figure ?? ''}${s.caption !== undefined ? `<figcaption>${s.caption}</figcaption>` : ''}</figure>`
      : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)} | Example News</title><meta property="og:title" content="${esc(title)}">${s.siteName ? `<meta property="og:site_name" content="${esc(s.siteName)}">` : ''}${s.head ?? ''}</head>
<body><header class="site-header"><a href="/">Example News</a><nav class="main-nav"><a href="/politics">Politics</a><a href="/sport">Sport</a>${s.nav ?? ''}</nav></header>
<main><article class="story">${s.kicker ? `<div class="kicker">${s.kicker}</div>` : ''}<h1>${esc(title)}</h1>${s.byline ? `<div class="byline">${s.byline}</div>` : ''}
${figure}<div class="story-body">
${paras}
${s.after ? `<p>${s.after}</p>` : ''}${s.embed ?? ''}
</div></article>${s.aside ? `<aside class="sidebar">${s.aside}</aside>` : ''}</main>
<footer class="site-footer"><p>© 2024 Example News Media. All rights reserved.</p>${s.footer ?? ''}</footer></body></html>`;
}

const URL = 'https://news.example.com/2024/05/12/council-passes-budget.html';

function run(s: Slots): Report {
  return analyze(parseDocument(newsPage(s)), { url: s.url ?? URL });
}

interface Expect {
  status: Status | Status[];
  /** Text credits, id → contribution; exactly these (default: none). */
  text?: Record<string, 'copy' | 'inputs'>;
  /** Photo credits that must be present (and must not be text credits). */
  photo?: string[];
}

function check(s: Slots, want: Expect): void {
  const r = run(s);
  const text = Object.fromEntries(r.agencies.filter((a) => a.contribution !== 'photo').map((a) => [a.id, a.contribution]));
  const photo = r.agencies.filter((a) => a.contribution === 'photo').map((a) => a.id);
  const statuses = Array.isArray(want.status) ? want.status : [want.status];
  expect({ status: statuses.includes(r.status) ? statuses[0] : r.status, text, photo: photo.filter((p) => want.photo?.includes(p)) }).toEqual({
    status: statuses[0],
    text: want.text ?? {},
    photo: want.photo ?? [],
  });
}

type Case = [string, Slots, Expect];

function cases(name: string, list: Case[]): void {
  describe(name, () => {
    it.each(list)('%s', (_label, slots, want) => check(slots, want));
  });
}

// ---- Syndication / "not edited" / auto-feed disclaimers
cases('syndication disclaimers', [
  [
    'ZEIT: Hinweis … redaktionell nicht bearbeitet … automatisch von der dpa übernommen',
    {
      lang: 'de',
      after: 'Hinweis ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen.',
    },
    { status: 'wire-unedited', text: { dpa: 'copy' } },
  ],
  [
    'variant: another German site, "Diese Meldung wurde von der Redaktion nicht bearbeitet und automatisch von der dpa übernommen"',
    {
      lang: 'de',
      after: 'Diese Meldung wurde von der Redaktion nicht bearbeitet und automatisch von der Deutschen Presse-Agentur (dpa) übernommen.',
    },
    { status: 'wire-unedited', text: { dpa: 'copy' } },
  ],
  ['ZEIT: "Quelle: dpa Sport" source line', { lang: 'de', after: 'Quelle: dpa Sport' }, { status: 'wire', text: { dpa: 'copy' } }],
  [
    'ZEIT: trailer "© dpa-infocom, dpa:230428-99-483045/5"',
    { lang: 'de', after: '© dpa-infocom, dpa:230428-99-483045/5' },
    { status: 'wire', text: { dpa: 'copy' } },
  ],
  [
    'NDTV: (Except for the headline, … not been edited by NDTV staff … syndicated feed.)',
    {
      after: '<i>(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)</i>',
    },
    { status: 'wire-unedited' },
  ],
  [
    'NDTV variant: not been edited by NDTV staff and is auto-generated from a syndicated feed',
    {
      after: 'This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.',
    },
    { status: 'wire-unedited' },
  ],
  [
    'NDTV with a PTI byline',
    {
      byline: 'Press Trust of India',
      after: '<i>(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)</i>',
    },
    { status: 'wire-unedited', text: { pti: 'copy' } },
  ],
  [
    'Business Standard: Only the headline and picture … may have been reworked … auto-generated from a syndicated feed; byline "AP Miami", photo "(Photo:PTI)"',
    {
      byline: 'AP Miami',
      caption: 'Rescue workers at the scene on Sunday. (Photo:PTI)',
      after:
        '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
    },
    { status: 'wire-unedited', text: { ap: 'copy' }, photo: ['pti'] },
  ],
  [
    'Devdiscourse: (This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    {
      after: '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    },
    { status: 'wire-unedited' },
  ],
  [
    "Free Press Journal: (Except for the headline, this article has not been edited by FPJ's editorial team …)",
    {
      after: "(Except for the headline, this article has not been edited by FPJ's editorial team and is auto-generated from a syndicated feed.)",
    },
    { status: 'wire-unedited' },
  ],
  [
    'variant: "This report is auto-published from a wire agency feed and has not been edited by our desk." (an unnamed agency)',
    {
      after: 'This report is auto-published from a wire agency feed and has not been edited by our desk.',
    },
    { status: 'wire-unedited', text: { agencies: 'copy' } },
  ],
  [
    'variant: Austrian notice "Der Text wurde unverändert von der Austria Presse Agentur (APA) übernommen."',
    {
      lang: 'de',
      after: 'Der Text wurde unverändert von der Austria Presse Agentur (APA) übernommen.',
    },
    { status: 'wire', text: { apa: 'copy' } },
  ],
  [
    'variant: Swiss notice "Dieser Artikel wurde automatisch aus dem Dienst der sda übernommen."',
    {
      lang: 'de',
      after: 'Diese Meldung wurde automatisch von der Nachrichtenagentur sda übernommen.',
    },
    { status: ['wire-unedited', 'wire'], text: { sda: 'copy' } },
  ],
  [
    'variant: "This article was automatically published from PTI."',
    { after: 'This article was automatically published from PTI.' },
    { status: ['wire-unedited', 'wire'], text: { pti: 'copy' } },
  ],
  [
    'NOT: "Die Forderung wurde von der AfD übernommen." (a party, not an agency)',
    {
      lang: 'de',
      after: 'Die Forderung wurde später von der AfD übernommen.',
    },
    { status: 'staff' },
  ],
  [
    'NOT: "Die Angaben der Nachrichtenagentur Reuters wurden nicht übernommen." (a citation)',
    {
      lang: 'de',
      last: 'Die Angaben der Nachrichtenagentur Reuters wurden von der Stadt nicht übernommen.',
    },
    { status: 'staff' },
  ],
  [
    'PELiKKEN: provided by Cision PR Newswire India … auto-generated from a syndicated feed (a PR feed)',
    {
      after:
        'This story is provided by Cision PR Newswire India. PELiKKEN will not be responsible in any way for the content of this article. This story is auto-generated from a syndicated feed.',
    },
    { status: 'press-release' },
  ],
  [
    'NOT: recipe blog "Die Nährwerte werden automatisch generiert und gelten nur als Richtwerte."',
    {
      lang: 'de',
      after: 'Die Nährwerte werden automatisch generiert und gelten nur als Richtwerte.',
    },
    { status: 'staff' },
  ],
  ['NOT: "The article has been edited for length and clarity."', { after: 'This article has been edited for length and clarity.' }, { status: 'staff' }],
  ['NOT: "edited by John Smith" byline', { byline: 'By Jane Roe, edited by John Smith' }, { status: 'staff' }],
]);

// ---- AP
const AP_CREDIT = { status: 'wire' as Status, text: { ap: 'copy' as const } };
cases('AP', [
  ['dateline "WASHINGTON (AP) —"', { lead: 'WASHINGTON (AP) —' }, AP_CREDIT],
  ['dateline "HANOI, Vietnam (AP) —"', { lead: 'HANOI, Vietnam (AP) —' }, AP_CREDIT],
  ['dateline ASCII "WASHINGTON (AP) -"', { lead: 'WASHINGTON (AP) -' }, AP_CREDIT],
  ['Daily Herald: "LOS ANGELES (AP) --"', { lead: 'LOS ANGELES (AP) --' }, AP_CREDIT],
  ['variant: "ST. PAUL, Minn. (AP) —"', { lead: 'ST. PAUL, Minn. (AP) —' }, AP_CREDIT],
  [
    'Toronto Star: dateline "NEW YORK - " without tag, byline "By Hillel Italie The Associated Press"',
    { lead: 'NEW YORK -', byline: 'By Hillel Italie The Associated Press' },
    AP_CREDIT,
  ],
  ['hosted.ap.org: "©2019 The Associated Press. All rights reserved."', { after: '©2019 The Associated Press. All rights reserved.' }, AP_CREDIT],
  [
    'variant: "Copyright 2024 The Associated Press. All rights reserved. This material may not be published …"',
    {
      after:
        'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    },
    AP_CREDIT,
  ],
  [
    'hosted.ap.org: "Associated Press writers … contributed to this report." under an AP dateline',
    {
      lead: 'WASHINGTON (AP) —',
      after: 'Associated Press writers Zeke Miller and Lisa Mascaro contributed to this report.',
    },
    AP_CREDIT,
  ],
  [
    'contributor line alone: "Associated Press writers Zeke Miller in Washington, D.C., and Jeff Amy in Atlanta contributed to this report."',
    {
      after: 'Associated Press writers Zeke Miller in Washington, D.C., and Jeff Amy in Atlanta contributed to this report.',
    },
    { status: 'wire-assisted', text: { ap: 'inputs' } },
  ],
  ['byline "By Tom Davies - Associated Press -"', { byline: 'By Tom Davies - Associated Press -' }, AP_CREDIT],
  ['byline "By AMANDA SEITZ and BEATRICE DUPUY The Associated Press"', { byline: 'By AMANDA SEITZ and BEATRICE DUPUY The Associated Press' }, AP_CREDIT],
  ['byline "Greg Beacham, Ap Sports Writer"', { byline: 'Greg Beacham, Ap Sports Writer' }, AP_CREDIT],
  ['byline "By ANDREW DALTON AP Entertainment Writer"', { byline: 'By ANDREW DALTON AP Entertainment Writer' }, AP_CREDIT],
  ['byline "By Associated Press"', { byline: 'By Associated Press' }, AP_CREDIT],
  ['variant byline "By JOSH BOAK, AP Economics Writer"', { byline: 'By JOSH BOAK, AP Economics Writer' }, AP_CREDIT],
  [
    'Global News: footer "© 2020 The Canadian Press" after the story',
    { after: '© 2020 The Canadian Press' },
    { status: 'wire', text: { canadianpress: 'copy' } },
  ],
  ['photo "(AP Photo/Marco Ugarte)"', { caption: 'Demonstrators march in Mexico City on Sunday. (AP Photo/Marco Ugarte)' }, { status: 'staff', photo: ['ap'] }],
  ['photo "Photo: Meg Kinnard, AP"', { caption: 'The candidate speaks in Columbia. Photo: Meg Kinnard, AP' }, { status: 'staff', photo: ['ap'] }],
  ['photo "Al Goldis, Associated Press"', { caption: 'Fans cheer at the stadium. Al Goldis, Associated Press' }, { status: 'staff', photo: ['ap'] }],
  ['photo caption-final "(AP)"', { caption: 'Firefighters work on the blaze near the highway. (AP)' }, { status: 'staff', photo: ['ap'] }],
  [
    'Diario Libre: "DORTMUND, Alemania (AP) —" + "(AP Foto/Martin Meissner, Pool)"',
    {
      lang: 'es',
      lead: 'DORTMUND, Alemania (AP) —',
      caption: 'El entrenador durante el partido. (AP Foto/Martin Meissner, Pool)',
    },
    { status: 'wire', text: { ap: 'copy' } },
  ],
  [
    '"(AP Foto/Martin Meissner, Pool)" alone is a photo credit',
    {
      lang: 'es',
      caption: 'El entrenador durante el partido. (AP Foto/Martin Meissner, Pool)',
    },
    { status: 'staff', photo: ['ap'] },
  ],
  [
    'NOT: Salon footer "Associated Press articles: Copyright © 2016 The Associated Press. All rights reserved. …"',
    {
      footer:
        '<p>Associated Press articles: Copyright © 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>',
    },
    { status: 'staff' },
  ],
  [
    'NOT: Seattle Times boilerplate about comment threads on wire stories',
    {
      after:
        'The Seattle Times does not append comment threads to stories from wire services such as the Associated Press, The New York Times, The Washington Post or Bloomberg News.',
    },
    { status: 'staff' },
  ],
  [
    'NOT: "according to the Associated Press news agency." ending the story',
    { last: 'That was the highest figure in a decade, according to the Associated Press news agency.' },
    { status: 'staff' },
  ],
  ['NOT: "…, she told the Associated Press." ending the story', { last: '“We will not give up,” she told the Associated Press.' }, { status: 'staff' }],
  ['NOT: "The Associated Press reports" opening the story', { lead: 'The Associated Press reports that the vote was delayed.' }, { status: 'staff' }],
]);

// ---- Reuters
const REUTERS_CREDIT = { status: 'wire' as Status, text: { reuters: 'copy' as const } };
cases('Reuters', [
  ['dateline "LOS ANGELES (Reuters) -"', { lead: 'LOS ANGELES (Reuters) -' }, REUTERS_CREDIT],
  ['dateline "BEIRUT/THE HAGUE, March 7 (Reuters) -"', { lead: 'BEIRUT/THE HAGUE, March 7 (Reuters) -' }, REUTERS_CREDIT],
  ['variant dateline "NAIROBI, Kenya, Nov 20 (Reuters) -"', { lead: 'NAIROBI, Kenya, Nov 20 (Reuters) -' }, REUTERS_CREDIT],
  [
    'trailer "Reporting by …; Writing by …; Editing by …" + "Our Standards: The Thomson Reuters Trust Principles."',
    {
      after: 'Reporting by Maya Gebeily; Writing by Tom Perry; Editing by Alex Richardson</p><p>Our Standards: The Thomson Reuters Trust Principles.',
    },
    REUTERS_CREDIT,
  ],
  ['2014 trailer "(Reporting by Indulal PM; Editing by Sunil Nair)"', { after: '(Reporting by Indulal PM; Editing by Sunil Nair)' }, REUTERS_CREDIT],
  ['ScienceAlert: "© Reuters" after the trailer', { after: '© Reuters' }, REUTERS_CREDIT],
  ['National Post: "Filed under PMN Health" + byline "Reuters"', { byline: 'Reuters', after: 'Filed under PMN Health' }, REUTERS_CREDIT],
  ['Global News: byline "By Orhan Coskun and Suleiman Al-Khalidi Reuters"', { byline: 'By Orhan Coskun and Suleiman Al-Khalidi Reuters' }, REUTERS_CREDIT],
  ['Deccan Herald: byline "Reuters, Washington, Nov 20 2019"', { byline: 'Reuters, Washington, Nov 20 2019' }, REUTERS_CREDIT],
  [
    'Telegraph live blog: an entry "06.48 Reuters - INDONESIA SEARCH AND RESCUE AGENCY SAYS …" is not the page\'s copy',
    {
      middle: '06.48 Reuters - INDONESIA SEARCH AND RESCUE AGENCY SAYS IT HAS FOUND DEBRIS.',
    },
    { status: ['staff', 'wire-assisted'], text: {} },
  ],
  ['NOT: "According to Reuters , …" opening the story', { lead: 'According to Reuters , the talks stalled.' }, { status: 'staff' }],
  ['NOT: "…, Reuters reported." ending the story', { last: 'The deal is worth $2 billion, Reuters reported.' }, { status: 'staff' }],
  ['NOT: "…, a spokesman has told Reuters." ending the story', { last: 'No decision has been made, a spokesman has told Reuters.' }, { status: 'staff' }],
  ['NOT: "Image copyright Reuters" caption (a photo credit)', { caption: 'Image copyright Reuters' }, { status: 'staff', photo: ['reuters'] }],
  ['NOT: "Reuters\' Brad Heath noted …"', { middle: "Reuters' Brad Heath noted that the filing was late." }, { status: 'staff' }],
]);

// ---- Indian agencies / Indian sites
const PTI_CREDIT = { status: 'wire' as Status, text: { pti: 'copy' as const } };
cases('Indian agencies and sites', [
  ['Deccan Herald: byline "PTI, Washington, Nov 20 2019, 10:18am ist"', { byline: 'PTI, Washington, Nov 20 2019, 10:18am ist' }, PTI_CREDIT],
  ['News18: byline "PTI Updated: March 16, 2020, 5:01 PM IST"', { byline: 'PTI Updated: March 16, 2020, 5:01 PM IST' }, PTI_CREDIT],
  ['News18: byline "PTI Mumbai Last Updated: …"', { byline: 'PTI Mumbai Last Updated: March 16, 2020, 17:01 IST' }, PTI_CREDIT],
  ['Moneycontrol: "Source: PTI" after the body', { after: 'Source: PTI' }, PTI_CREDIT],
  ['Moneycontrol: bare "PTI" as the last line', { after: 'PTI' }, PTI_CREDIT],
  ['Business Today: "PTI | July 9, 2020 | Updated 08:24 IST"', { byline: 'PTI | July 9, 2020 | Updated 08:24 IST' }, PTI_CREDIT],
  ['India Post: bare trailing "… into the US. PTI"', { last: 'The firm plans to expand into the US. PTI' }, PTI_CREDIT],
  ['variant: trailing "… on Friday. PTI ABC XYZ" (editor initials)', { last: 'The court will hear the case on Friday. PTI ABC XYZ' }, PTI_CREDIT],
  ['variant: IANS trailer "--IANS"', { last: 'The results will be declared next week. --IANS' }, { status: 'wire', text: { ians: 'copy' } }],
  ['Times of India: "(With inputs from agencies)"', { after: '(With inputs from agencies)' }, { status: 'wire-assisted', text: { agencies: 'inputs' } }],
  ['variant: "(With inputs from PTI)"', { after: '(With inputs from PTI)' }, { status: 'wire-assisted', text: { pti: 'inputs' } }],
  ['variant: "(With PTI inputs)"', { last: 'Results are due next week. (With PTI inputs)' }, { status: 'wire-assisted', text: { pti: 'inputs' } }],
  ['Times of India photo "(Credits: PTI)"', { caption: 'Voters queue outside a polling booth. (Credits: PTI)' }, { status: 'staff', photo: ['pti'] }],
  ['NOT: in-house byline "Ashok Pradhan | TNN"', { byline: 'Ashok Pradhan | TNN' }, { status: 'staff' }],
  [
    'NOT: footer "For reprint rights: Times Syndication Service"',
    { footer: '<p>For reprint rights: <a href="https://timescontent.com">Times Syndication Service</a></p>' },
    { status: 'staff' },
  ],
  [
    'NOT: footer link "htsyndication" + byline "HT Correspondent"',
    { byline: 'HT Correspondent', footer: '<a href="https://www.htsyndication.com/">htsyndication</a>' },
    { status: 'staff' },
  ],
  [
    'News Nation photo "(Photo Credit : PTI File Photo )"',
    { caption: 'Farmers at the protest site. (Photo Credit : PTI File Photo )' },
    { status: 'staff', photo: ['pti'] },
  ],
  ['NOT: "Pakistan Tehreek-e-Insaf (PTI)" ending the story', { last: 'The vote was boycotted by the Pakistan Tehreek-e-Insaf (PTI).' }, { status: 'staff' }],
  [
    'NOT: "Pakistan Tehreek-e-Insaf (PTI) –" opening the story',
    { lead: 'ISLAMABAD: Imran Khan’s Pakistan Tehreek-e-Insaf (PTI) – the largest party – walked out.' },
    { status: 'staff' },
  ],
  [
    'NOT: sidebar teasers "Mumbai (Maharashtra) [India], Jan 13 (ANI):" next to the article',
    {
      aside:
        '<h3>More news</h3><ul><li><a href="/a1">Rains lash city</a><p>Mumbai (Maharashtra) [India], Jan 13 (ANI): Heavy rains lashed the city on Monday.</p></li><li><a href="/a2">Markets rise</a><p>New Delhi [India], Jan 13 (ANI): Markets rose on Monday.</p></li></ul>',
    },
    { status: 'staff' },
  ],
  [
    'ANI dateline "New Delhi [India], January 13 (ANI):" on the story itself',
    { lead: 'New Delhi [India], January 13 (ANI):' },
    { status: 'wire', text: { ani: 'copy' } },
  ],
]);

// ---- dpa and other German-language agencies
const DPA_CREDIT = { status: 'wire' as Status, text: { dpa: 'copy' as const } };
cases('dpa and German-language agencies', [
  ['RNZ: "Frankfurt/Main (dpa) -"', { lang: 'de', lead: 'Frankfurt/Main (dpa) -' }, DPA_CREDIT],
  ['SAT.1 Regional: "Hamburg (dpa/lno) –"', { lang: 'de', lead: 'Hamburg (dpa/lno) –' }, DPA_CREDIT],
  ['variant: "Schwerin (dpa/mv) -"', { lang: 'de', lead: 'Schwerin (dpa/mv) -' }, DPA_CREDIT],
  ['Automobilwoche: sign-off "(dpa/gem)"', { lang: 'de', last: 'Das Werk soll im Herbst öffnen. (dpa/gem)' }, DPA_CREDIT],
  ['SportNews.bz: byline "Von: det/dpa"', { lang: 'de', byline: 'Von: det/dpa' }, DPA_CREDIT],
  ['Mitteldeutsche Zeitung: byline "Von dpa"', { lang: 'de', byline: 'Von dpa' }, DPA_CREDIT],
  [
    'Mitteldeutsche Zeitung: dateline "London/Teheran -" without tag and photo "Uncredited/AP/dpa": no text credit',
    {
      lang: 'de',
      lead: 'London/Teheran -',
      caption: 'Ein Tanker im Golf. Foto: Uncredited/AP/dpa',
    },
    { status: 'staff', photo: ['dpa'] },
  ],
  ['Funke: byline "Von Felix Schröder und Jörg Soldwisch, dpa"', { lang: 'de', byline: 'Von Felix Schröder und Jörg Soldwisch, dpa' }, DPA_CREDIT],
  ['TOUR: "dpa-Radsportnews" as the byline', { lang: 'de', byline: 'dpa-Radsportnews' }, DPA_CREDIT],
  ['TOUR: trailer "© dpa-infocom, dpa:220124-99-835563/5"', { lang: 'de', after: '© dpa-infocom, dpa:220124-99-835563/5' }, DPA_CREDIT],
  [
    'Frankfurter Rundschau: trailer "(FR mit dpa)"',
    { lang: 'de', last: 'Die Sitzung wurde vertagt. (FR mit dpa)' },
    { status: 'wire-assisted', text: { dpa: 'inputs' } },
  ],
  ['variant: "(mit dpa)" trailer line', { lang: 'de', after: '(mit dpa)' }, { status: 'wire-assisted', text: { dpa: 'inputs' } }],
  ['Berliner Zeitung: byline just "AFP"', { lang: 'de', byline: 'AFP' }, { status: 'wire', text: { afp: 'copy' } }],
  [
    'Berliner Zeitung: JSON-LD author "AFP"',
    {
      lang: 'de',
      head: '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council passes the budget after a long debate","author":{"@type":"Person","name":"AFP"}}</script>',
    },
    { status: 'wire', text: { afp: 'copy' } },
  ],
  ['Berliner Zeitung photo "Friso Gentsch/dpa"', { lang: 'de', caption: 'Ein Zug im Bahnhof. Friso Gentsch/dpa' }, { status: 'staff', photo: ['dpa'] }],
  [
    'Salzburger Nachrichten: "(Quelle: APA/sda/dpa)"',
    { lang: 'de', after: '(Quelle: APA/sda/dpa)' },
    { status: 'wire', text: { apa: 'copy', sda: 'copy', dpa: 'copy' } },
  ],
  [
    'Salzburger Nachrichten photo "Bild: SN/APA/KEYSTONE/CYRIL ZINGARO"',
    { lang: 'de', caption: 'Der Gletscher im Sommer. Bild: SN/APA/KEYSTONE/CYRIL ZINGARO' },
    { status: 'staff', photo: ['apa', 'keystone'] },
  ],
  ['finanztreff: "Quelle: dpa-AFX"', { lang: 'de', after: 'Quelle: dpa-AFX' }, { status: 'wire', text: { 'dpa-afx': 'copy' } }],
  ['aero.de: "© dpa-AFX | Abb.: Fraport"', { lang: 'de', after: '© dpa-AFX | Abb.: Fraport' }, { status: 'wire', text: { 'dpa-afx': 'copy' } }],
  ['photo "© picture alliance/dpa"', { lang: 'de', caption: 'Das Rathaus. © picture alliance/dpa' }, { status: 'staff', photo: ['dpa'] }],
  ['photo "Bild: Christoph Soeder/dpa"', { lang: 'de', caption: 'Der Minister. Bild: Christoph Soeder/dpa' }, { status: 'staff', photo: ['dpa'] }],
  [
    'volksblatt.at photo "© APA/APA (dpa)/Jens Büttner"',
    { lang: 'de', caption: 'Bier in Gläsern. © APA/APA (dpa)/Jens Büttner' },
    { status: 'staff', photo: ['apa', 'dpa'] },
  ],
  [
    'presseportal: "Rheine (ots)" … "Original-Content von: Polizei Steinfurt, übermittelt durch news aktuell"',
    {
      lang: 'de',
      lead: 'Rheine (ots) -',
      after: 'Original-Content von: Polizei Steinfurt, übermittelt durch news aktuell',
    },
    { status: 'press-release' },
  ],
  ['variant: "Berlin (ots) -" alone', { lang: 'de', lead: 'Berlin (ots) -' }, { status: 'press-release' }],
  ['KNA sign-off "(KNA)" and Swiss "(sda)"', { lang: 'de', last: 'Das Treffen endete ohne Ergebnis. (sda)' }, { status: 'wire', text: { sda: 'copy' } }],
]);

// ---- Other agencies and languages
cases('other agencies and languages', [
  ['TASS: "МОСКВА, 29 июня. /ТАСС/."', { lang: 'ru', lead: 'МОСКВА, 29 июня. /ТАСС/.' }, { status: 'wire', text: { tass: 'copy' } }],
  ['Xinhua dateline "新华社北京4月24日电"', { lang: 'zh', lead: '新华社北京4月24日电' }, { status: 'wire', text: { xinhua: 'copy' } }],
  ['People.cn: source line "来源： 新华网"', { lang: 'zh', after: '来源： 新华网' }, { status: 'wire', text: { xinhua: 'copy' } }],
  ['Xinhua photo "新华社记者 才扬 摄"', { lang: 'zh', caption: '这是4月24日拍摄的会场。新华社记者 才扬 摄' }, { status: 'staff', photo: ['xinhua'] }],
  ['Yonhap: "SEOUL, Aug. 20 (Yonhap) --"', { lead: 'SEOUL, Aug. 20 (Yonhap) --' }, { status: 'wire', text: { yonhap: 'copy' } }],
  [
    'La Gazzetta del Mezzogiorno: trailing "(ANSA)."',
    { lang: 'it', last: 'La seduta è stata aggiornata a lunedì (ANSA).' },
    { status: 'wire', text: { ansa: 'copy' } },
  ],
  ['EFE: "(EFE).- Nicaragua cerró…"', { lang: 'es', lead: 'Managua, 12 may (EFE).- Nicaragua cerró la frontera.' }, { status: 'wire', text: { efe: 'copy' } }],
  [
    'EFE: "Agencia Efe . Bruselas, 7 oct (EFE).-"',
    { lang: 'es', lead: 'Bruselas, 7 oct (EFE).-', byline: 'Agencia Efe' },
    { status: 'wire', text: { efe: 'copy' } },
  ],
  ['EFE: byline "Por Agencia EFE"', { lang: 'es', byline: 'Por Agencia EFE' }, { status: 'wire', text: { efe: 'copy' } }],
  ['EFE photo "Cortesía EFE"', { lang: 'es', caption: 'El puesto fronterizo. Cortesía EFE' }, { status: 'staff', photo: ['efe'] }],
  ['photo-only "… GP de Qatar. AFP"', { lang: 'es', caption: 'El piloto celebra su victoria en el GP de Qatar. AFP' }, { status: 'staff', photo: ['afp'] }],
  ['photo-only caption ". EFE"', { lang: 'es', caption: 'Vista del estadio durante el partido. EFE' }, { status: 'staff', photo: ['efe'] }],
  [
    'photo "Gustavo Valiente / Europa Press"',
    { lang: 'es', caption: 'El presidente en el Congreso. Gustavo Valiente / Europa Press' },
    { status: 'staff', photo: ['europapress'] },
  ],
  ['NOT: citation "aseguraba a AFP"', { lang: 'es', last: 'Así lo aseguraba a AFP un portavoz del ministerio.' }, { status: 'staff' }],
  ['UOL: "WASHINGTON (Reuters) - …"', { lang: 'pt', lead: 'WASHINGTON (Reuters) -' }, { status: 'wire', text: { reuters: 'copy' } }],
  ['UOL: "Washington, 13 Mar 2020 (AFP) — …"', { lang: 'pt', lead: 'Washington, 13 Mar 2020 (AFP) —' }, { status: 'wire', text: { afp: 'copy' } }],
  ['UOL: label "AFP - Geral" in the byline slot', { lang: 'pt', byline: 'AFP - Geral' }, { status: 'wire', text: { afp: 'copy' } }],
  ['Dagbladet photo "Foto: NTB"', { lang: 'no', caption: 'Statsministeren i Stortinget. Foto: NTB' }, { status: 'staff', photo: ['ntb'] }],
  ['NTB sign-off "(NTB)" ending the story', { lang: 'no', last: 'Møtet ble utsatt til mandag. (NTB)' }, { status: 'wire', text: { ntb: 'copy' } }],
  ['9News caption-final "(AAP)"', { caption: 'Commuters at Central station. (AAP)' }, { status: 'staff', photo: ['aap'] }],
  [
    'The Local: byline "AFP/The Local" on The Local',
    { byline: 'AFP/The Local', siteName: 'The Local', url: 'https://www.thelocal.se/20240512/council-passes-budget' },
    { status: 'wire-assisted', text: { afp: 'inputs' } },
  ],
  ['Times of Israel: "KVELLER via JTA —"', { lead: 'KVELLER via JTA —' }, { status: ['republished', 'wire'], text: { jta: 'copy' } }],
  ['Le Monde photo "BERTRAND GUAY / AFP"', { lang: 'fr', caption: 'Le président à l’Élysée. BERTRAND GUAY / AFP' }, { status: 'staff', photo: ['afp'] }],
  [
    'Sciences et Avenir photo "Nathan Alliard / Photononstop / AFP"',
    { lang: 'fr', caption: 'Un champ de blé. Nathan Alliard / Photononstop / AFP' },
    { status: 'staff', photo: ['afp'] },
  ],
  [
    'NOT: false friends "syndicats" and "lire Le Monde avec ce compte"',
    {
      lang: 'fr',
      middle: 'Les syndicats ont appelé à la grève.',
      after: 'Vous pouvez lire Le Monde avec ce compte sur un seul appareil à la fois.',
    },
    { status: 'staff' },
  ],
  ['variant: "Le Monde avec AFP" byline', { lang: 'fr', byline: 'Le Monde avec AFP' }, { status: 'wire-assisted', text: { afp: 'inputs' } }],
  [
    '"Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras"',
    { lang: 'pt', after: 'Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras' },
    { status: 'wire', text: { agenciabrasil: 'copy' } },
  ],
  [
    'NOT: site footer "Copyright © ČTK, DPA, Reuters a fotobanka Profimedia"',
    { lang: 'cs', footer: '<p>Copyright © ČTK, DPA, Reuters a fotobanka Profimedia</p>' },
    { status: 'staff' },
  ],
  ['NOT: a licence list "© AFP, Reuters, Getty Images" after the story', { after: '© AFP, Reuters, Getty Images' }, { status: 'staff' }],
  ['"© ČTK" alone after the story is a credit', { lang: 'cs', after: '© ČTK' }, { status: 'wire', text: { ctk: 'copy' } }],
  [
    'photo "Foto: Kyrre Lien/Ritzau Scanpix"',
    { lang: 'da', caption: 'Statsministeren på Christiansborg. Foto: Kyrre Lien/Ritzau Scanpix' },
    { status: 'staff', photo: ['ritzau'] },
  ],
  [
    'NOT: teaser byline "elDiario.es / Agencias" in a sidebar',
    {
      lang: 'es',
      aside: '<h3>Más noticias</h3><div class="teaser"><a href="/otra">Otra noticia del día</a><span class="author">elDiario.es / Agencias</span></div>',
    },
    { status: 'staff' },
  ],
  [
    'the article\'s own byline "elDiario.es / Agencias"',
    { lang: 'es', byline: 'elDiario.es / Agencias' },
    { status: 'wire-assisted', text: { agencies: 'inputs' } },
  ],
  [
    'variant: byline "20minutos.es / EFE" (a site\'s host name and an agency)',
    { lang: 'es', byline: '20minutos.es / EFE' },
    { status: 'wire-assisted', text: { efe: 'inputs' } },
  ],
  ['variant: byline "Redacción / EFE"', { lang: 'es', byline: 'Redacción / EFE' }, { status: 'wire-assisted', text: { efe: 'inputs' } }],
  ['variant: byline "Redaktion/dpa"', { lang: 'de', byline: 'Redaktion/dpa' }, { status: 'wire-assisted', text: { dpa: 'inputs' } }],
  [
    'NOT a joint byline: photo "Rodrigo Jiménez / EFE" in a caption',
    { lang: 'es', caption: 'El presidente en el Congreso. Rodrigo Jiménez / EFE' },
    { status: 'staff', photo: ['efe'] },
  ],
  ['NOT a joint byline: "EFE" alone stays agency copy', { lang: 'es', byline: 'Por EFE' }, { status: 'wire', text: { efe: 'copy' } }],
  ['NOT: citation "según informa Europa Press"', { lang: 'es', last: 'El acuerdo se firmará el lunes, según informa Europa Press.' }, { status: 'staff' }],
  ['photo "Javier Imbroda. Europa Press"', { lang: 'es', caption: 'Javier Imbroda. Europa Press' }, { status: 'staff', photo: ['europapress'] }],
  [
    'NOT: "en una entrevista en Radio Marca recogida por Europa Press"',
    { lang: 'es', last: 'Lo dijo en una entrevista en Radio Marca recogida por Europa Press.' },
    { status: 'staff' },
  ],
  ['Hankook Ilbo photo credits 뉴시스 / 뉴스1 / 연합뉴스', { lang: 'ko', caption: '시의회 본회의장 모습. 뉴시스' }, { status: 'staff', photo: ['newsis'] }],
  ['Korean photo credit "연합뉴스" closing a caption', { lang: 'ko', caption: '시의회 본회의장 모습. 연합뉴스' }, { status: 'staff', photo: ['yonhap'] }],
  ['Korean photo credit "뉴스1" closing a caption', { lang: 'ko', caption: '시의회 본회의장 모습. 뉴스1' }, { status: 'staff', photo: ['news1'] }],
  ['"Anadolu Ajansı" as an overlay label on the lead image', { lang: 'tr', figure: '<span class="image-source">Anadolu Ajansı</span>' }, { status: 'staff' }],
]);

// ---- Unnamed agencies, republication, sponsored, misc.
cases('unnamed agencies, republication, sponsored, furniture', [
  [
    'Detroit News: byline "Detroit News wire services"',
    { byline: 'Detroit News wire services' },
    { status: ['wire', 'wire-assisted'], text: { agencies: 'copy' } },
  ],
  [
    'Pioneer Press: byline "By Staff and news service reports"',
    { byline: 'By Staff and news service reports' },
    { status: 'wire-assisted', text: { agencies: 'inputs' } },
  ],
  ['variant: "From wire reports" byline', { byline: 'From wire reports' }, { status: ['wire', 'wire-assisted'], text: { agencies: 'copy' } }],
  [
    'Salon: "This post originally appeared on Grist."',
    { after: '<em>This post originally appeared on <a href="https://grist.org/">Grist</a>.</em>' },
    { status: 'republished' },
  ],
  [
    'Seattle Times: "This story was originally published at nytimes.com."',
    { after: 'This story was originally published at nytimes.com.' },
    { status: 'republished' },
  ],
  [
    'Inquirer: "by Spencer S. Hsu, The Washington Post" + "The Washington Post’s Carol Morello contributed to this report."',
    {
      byline: 'by Spencer S. Hsu, The Washington Post',
      after: 'The Washington Post’s Carol Morello contributed to this report.',
    },
    { status: 'republished' },
  ],
  [
    'variant: "This article was originally published by ProPublica."',
    { after: 'This article was originally published by ProPublica.' },
    { status: 'republished' },
  ],
  [
    'Asia Pacific Star (Big News Network): source line "News24 13 Jan 2020" under the headline, canonical on news24.com',
    {
      byline: 'News24 13 Jan 2020',
      head: '<link rel="canonical" href="https://www.news24.com/news24/world/news/council-passes-budget-20200113">',
    },
    { status: 'republished' },
  ],
  [
    'variant: "News24 | Jan 13, 2020" with the same canonical',
    {
      byline: 'News24 | Jan 13, 2020',
      head: '<link rel="canonical" href="https://www.news24.com/news24/world/news/council-passes-budget-20200113">',
    },
    { status: 'republished' },
  ],
  [
    'NOT: a writer\'s dated byline "Jane Roe 13 Jan 2020" (the canonical alone does not decide)',
    {
      byline: 'Jane Roe 13 Jan 2020',
      head: '<link rel="canonical" href="https://www.news24.com/news24/world/news/council-passes-budget-20200113">',
    },
    { status: 'staff' },
  ],
  [
    'The Intercept: "In partnership with" + partner logo',
    {
      byline:
        'By Jane Roe <span class="partner">In partnership with <a href="https://www.972mag.com/"><img src="https://cdn.example.com/logos/972.png" alt=""></a></span>',
    },
    { status: 'republished' },
  ],
  // (on the outlet's own site: there the colleagues are staff; on another site a CNN contribution is a partner's)
  [
    'NOT: "NPR\'s Geoff Brumfiel contributed to this report." on npr.org',
    { url: 'https://www.npr.org/2024/05/12/1234567/council-passes-budget', after: "NPR's Geoff Brumfiel contributed to this report." },
    { status: 'staff' },
  ],
  [
    'NOT: "Fox News’ Jessica Napoli contributed to this report." on foxnews.com',
    {
      url: 'https://www.foxnews.com/politics/council-passes-budget',
      byline: 'By Jane Roe | Fox News',
      after: 'Fox News’ Jessica Napoli contributed to this report.',
    },
    { status: 'staff' },
  ],
  [
    'NOT: "CNN\'s Jason Carroll, … contributed to this report." on cnn.com',
    {
      url: 'https://edition.cnn.com/2024/05/12/us/council-passes-budget/index.html',
      after: "CNN's Jason Carroll, Eric Levenson and Amir Vera contributed to this report.",
    },
    { status: 'staff' },
  ],
  [
    'NOT: "NPR\'s Geoff Brumfiel contributed to this report." (no agency credit anywhere)',
    { after: "NPR's Geoff Brumfiel contributed to this report." },
    { status: ['staff', 'republished'] },
  ],
  ['advertorial: label "Advertorial" above the headline', { lang: 'de', kicker: 'Advertorial' }, { status: 'sponsored' }],
  ['advertorial: kicker "- Advertorial Dalbello-"', { lang: 'de', kicker: '- Advertorial Dalbello-' }, { status: 'sponsored' }],
  [
    'advertorial: headline "- Advertorial Dalbello- …"',
    { lang: 'de', title: '- Advertorial Dalbello- Der neue Skischuh für den Winter' },
    { status: 'sponsored' },
  ],
  [
    'variant: headline "ANZEIGE | Die beste Matratze für den Sommer"',
    { lang: 'de', title: 'ANZEIGE | Die beste Matratze für den Sommer' },
    { status: 'sponsored' },
  ],
  [
    'NOT: headline "Anzeige gegen Bürgermeister erstattet" (a criminal complaint)',
    { lang: 'de', title: 'Anzeige gegen Bürgermeister erstattet' },
    { status: 'staff' },
  ],
  ['NOT: headline "Advertorials are on the rise, regulator warns"', { title: 'Advertorials are on the rise, regulator warns' }, { status: 'staff' }],
  ['variant: kicker "Sponsored content" above the headline', { kicker: 'Sponsored content' }, { status: 'sponsored' }],
  [
    'NOT: nav links "Sponsored Content", "Syndication & Licensing"; WordPress "Syndication Feed" in the footer',
    {
      nav: '<a href="/sponsored">Sponsored Content</a><a href="/syndication">Syndication &amp; Licensing</a>',
      footer: '<a href="/feed/">Syndication Feed</a>',
    },
    { status: 'staff' },
  ],
  ['NOT: The Conversation footer "Republishing guidelines"', { footer: '<a href="/republishing-guidelines">Republishing guidelines</a>' }, { status: 'staff' }],
  [
    'NOT: a staff story quoting a press release',
    {
      middle: 'In a press release issued on Monday, the company said it would cut 200 jobs.',
    },
    { status: 'staff' },
  ],
  ['press release: "NEW YORK, Nov. 20, 2025 /PRNewswire/ --"', { lead: 'NEW YORK, Nov. 20, 2025 /PRNewswire/ --' }, { status: 'press-release' }],
  ['press release: "SAN FRANCISCO--(BUSINESS WIRE)--"', { lead: 'SAN FRANCISCO--(BUSINESS WIRE)--' }, { status: 'press-release' }],
]);

// ---- Variants of the same families seen on other publishers' pages (not in PHRASINGS.md), with look-alikes
cases('inputs and contributor lines beyond PHRASINGS.md', [
  [
    'Canadian "— With files from The Canadian Press" (CBC, CTV, Global News)',
    { after: '— With files from The Canadian Press' },
    { status: 'wire-assisted', text: { canadianpress: 'inputs' } },
  ],
  ['"With files from Reuters"', { after: 'With files from Reuters' }, { status: 'wire-assisted', text: { reuters: 'inputs' } }],
  [
    'NOT: "According to files from the Associated Press archive, …"',
    { last: 'According to files from the Associated Press archive, the building dates from 1920.' },
    { status: 'staff' },
  ],
  ['"Compiled by Jane Roe from wire reports"', { after: 'Compiled by Jane Roe from wire reports' }, { status: 'wire-assisted', text: { agencies: 'inputs' } }],
  ['NOT: "The table was compiled from Reuters data."', { after: 'The table was compiled from Reuters data.' }, { status: 'staff' }],
  [
    'USA TODAY network "Contributing: The Associated Press"',
    { after: 'Contributing: The Associated Press' },
    { status: 'wire-assisted', text: { ap: 'inputs' } },
  ],
  [
    '"Contributing: Jane Doe, USA TODAY; The Associated Press"',
    { after: 'Contributing: Jane Doe, USA TODAY; The Associated Press' },
    { status: 'wire-assisted', text: { ap: 'inputs' } },
  ],
  ['NOT: "Contributing: Jane Doe, USA TODAY"', { after: 'Contributing: Jane Doe, USA TODAY' }, { status: 'staff' }],
  [
    '"Material from the Associated Press was used in this report."',
    { after: 'Material from the Associated Press was used in this report.' },
    { status: 'wire-assisted', text: { ap: 'inputs' } },
  ],
  [
    '"This report includes material from Reuters."',
    { after: 'This report includes material from Reuters.' },
    { status: 'wire-assisted', text: { reuters: 'inputs' } },
  ],
  [
    'NOT: "The lawsuit uses reporting by the Associated Press as evidence."',
    { last: 'The lawsuit uses reporting by the Associated Press as evidence.' },
    { status: 'staff' },
  ],
  [
    'NOT: "The files include information from Reuters reporters."',
    { last: 'The files include information from Reuters reporters who visited the site.' },
    { status: 'staff' },
  ],
  [
    'Brazilian "*Com agências internacionais"',
    { lang: 'pt', after: '*Com agências internacionais' },
    { status: 'wire-assisted', text: { agencies: 'inputs' } },
  ],
  [
    'Brazilian "*Com informações da Agência Brasil"',
    { lang: 'pt', after: '*Com informações da Agência Brasil' },
    { status: 'wire-assisted', text: { agenciabrasil: 'inputs' } },
  ],
  [
    '"(Com Reuters)" closing the story',
    { lang: 'pt', last: 'A votação será na segunda-feira. (Com Reuters)' },
    { status: 'wire-assisted', text: { reuters: 'inputs' } },
  ],
  ['NOT: "Así lo dijo en una entrevista con EFE."', { lang: 'es', after: 'Así lo dijo en una entrevista con EFE.' }, { status: 'staff' }],
  ['inputs label "Input: PTI"', { after: 'Input: PTI' }, { status: 'wire-assisted', text: { pti: 'inputs' } }],
  ['Hindi inputs label "(इनपुट- भाषा)"', { lang: 'hi', after: '(इनपुट- भाषा)' }, { status: 'wire-assisted', text: { pti: 'inputs' } }],
  ['Hindi inputs label "इनपुट: आईएएनएस"', { lang: 'hi', after: 'इनपुट: आईएएनएस' }, { status: 'wire-assisted', text: { ians: 'inputs' } }],
  ['NOT: "Input costs rose, Reuters reported."', { last: 'Input costs rose sharply in April, Reuters reported.' }, { status: 'staff' }],
]);

cases('copyright, datelines and press wires beyond PHRASINGS.md', [
  ['"©2024 Bloomberg L.P."', { after: '©2024 Bloomberg L.P.' }, { status: 'wire', text: { bloomberg: 'copy' } }],
  ['"Copyright Agence France-Presse, 2024"', { after: 'Copyright Agence France-Presse, 2024' }, { status: 'wire', text: { afp: 'copy' } }],
  ['NOT: "© 2024 Example News Inc." (the publisher\'s own)', { after: '© 2024 Example News Inc. All rights reserved.' }, { status: 'staff' }],
  ['Anadolu dateline "ANKARA (AA) -"', { lead: 'ANKARA (AA) -' }, { status: 'wire', text: { anadolu: 'copy' } }],
  ['PAP dateline "Warszawa (PAP) -"', { lead: 'Warszawa (PAP) -' }, { status: 'wire', text: { pap: 'copy' } }],
  ['Lusa dateline "Lisboa, 12 mai 2024 (Lusa) -"', { lang: 'pt', lead: 'Lisboa, 12 mai 2024 (Lusa) -' }, { status: 'wire', text: { lusa: 'copy' } }],
  ['Bernama dateline "KUALA LUMPUR, May 12 (Bernama) --"', { lead: 'KUALA LUMPUR, May 12 (Bernama) --' }, { status: 'wire', text: { bernama: 'copy' } }],
  [
    'Europa Press dateline "MADRID, 12 May. (EUROPA PRESS) -"',
    { lang: 'es', lead: 'MADRID, 12 May. (EUROPA PRESS) -' },
    { status: 'wire', text: { europapress: 'copy' } },
  ],
  ['SPA dateline "Riyadh, May 12, 2024, SPA --"', { lead: 'Riyadh, May 12, 2024, SPA --' }, { status: 'wire', text: { spa: 'copy' } }],
  ['IRNA dateline "Tehran, IRNA --"', { lead: 'Tehran, IRNA --' }, { status: 'wire', text: { irna: 'copy' } }],
  ['WAM dateline "ABU DHABI, 12th May, 2024 (WAM) --"', { lead: 'ABU DHABI, 12th May, 2024 (WAM) --' }, { status: 'wire', text: { wam: 'copy' } }],
  ['NOT: "In Tehran, IRNA — the state agency — said …"', { lead: 'In Tehran, IRNA — the state agency — said' }, { status: 'staff' }],
  ['NOT: local TV tag "NEW YORK (WABC) --"', { lead: 'NEW YORK (WABC) --' }, { status: 'staff' }],
  [
    'Mint "(This story has been published from a wire agency feed without modifications to the text. …)"',
    {
      after: '(This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.)',
    },
    { status: 'wire-unedited', text: { agencies: 'copy' } },
  ],
  [
    'Outlook "auto-generated story from PTI news feed … has not edited"',
    {
      after: 'Disclaimer: This is an auto-generated story from PTI news feed. Outlook staff has not edited the content.',
    },
    { status: 'wire-unedited', text: { pti: 'copy' } },
  ],
  [
    '"… sourced directly from the ANI newswire and has not been altered."',
    {
      after: 'This story was sourced directly from the ANI newswire and has not been altered by our editors.',
    },
    { status: 'wire-unedited', text: { ani: 'copy' } },
  ],
  ['NOT: "The footage came from a Reuters video feed."', { last: 'The footage came from a Reuters video feed.' }, { status: 'staff' }],
  [
    'Newsfile "Toronto, Ontario--(Newsfile Corp. - May 12, 2024) -"',
    { lead: 'Toronto, Ontario--(Newsfile Corp. - May 12, 2024) -' },
    { status: 'press-release' },
  ],
  ['PRWeb "AUSTIN, Texas (PRWEB) May 12, 2024 --"', { lead: 'AUSTIN, Texas (PRWEB) May 12, 2024 --' }, { status: 'press-release' }],
  ['pressetext "Wien (pte001/12.05.2024/06:00) -"', { lang: 'de', lead: 'Wien (pte001/12.05.2024/06:00) -' }, { status: 'press-release' }],
  ['EIN Presswire "/EINPresswire.com/ --"', { lead: 'WASHINGTON, DC, UNITED STATES, May 12, 2024 /EINPresswire.com/ --' }, { status: 'press-release' }],
  [
    'NOT: a staff story "the company said in a statement"',
    { last: 'The company said in a statement that the plant would close in June.' },
    { status: 'staff' },
  ],
]);

// ---- Social embeds: the markup seen on news pages (PHRASINGS.md "Social embeds — markup seen")
describe('social embeds', () => {
  const posts = (s: Slots) => run(s).embeds.map((e) => [e.platform, e.postId, e.handle]);
  it.each([
    [
      'blockquote.twitter-tweet with "(@handle)" text and a status link',
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The council voted tonight. pic.twitter.com/AbCdEf1234</p>&mdash; City Council (@citycouncil) <a href="https://twitter.com/citycouncil/status/1720047757610631317?ref_src=twsrc%5Etfw">November 2, 2023</a></blockquote>',
      [['x', '1720047757610631317', '@citycouncil']],
    ],
    [
      'Freie Presse / Diario Diez: twitter-tweet without "(@handle)", handle from the status URL',
      '<blockquote class="twitter-tweet"><p lang="de">Der Rat hat abgestimmt.</p><a href="https://twitter.com/stadtrat/status/1720047757610631318">2. November 2023</a></blockquote>',
      [['x', '1720047757610631318', '@stadtrat']],
    ],
    [
      'Electrek / Raw Story: rendered Tweet.html iframe next to the blockquote (one post)',
      '<blockquote class="twitter-tweet"><a href="https://twitter.com/citycouncil/status/1720047757610631319"></a></blockquote><iframe src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;id=1720047757610631319&amp;lang=en" title="X Post"></iframe>',
      [['x', '1720047757610631319', '@citycouncil']],
    ],
    [
      'Milk Road: Tweet.html iframe only',
      '<iframe src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;embedId=twitter-widget-0&amp;id=1720047757610631320&amp;lang=en" title="Twitter Tweet"></iframe>',
      [['x', '1720047757610631320', null]],
    ],
    [
      'jolie.de: blockquote.instagram-media with data-instgrm-permalink',
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C1a2B3c4D5e/?utm_source=ig_embed" data-instgrm-version="14"><a href="https://www.instagram.com/p/C1a2B3c4D5e/">View this post on Instagram</a></blockquote>',
      [['instagram', 'C1a2B3c4D5e', null]],
    ],
    [
      'SPÖ: div.fb-post data-href',
      '<div class="fb-post" data-href="https://www.facebook.com/citycouncil/posts/123456789012345/" data-width="500"></div>',
      [['facebook', '123456789012345', '@citycouncil']],
    ],
    [
      'Up Media: facebook plugins/post.php iframe with an encoded href',
      '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fcitycouncil%2Fposts%2F123456789012346&amp;width=500"></iframe>',
      [['facebook', '123456789012346', '@citycouncil']],
    ],
    [
      'bluesky-embed blockquote with data-bluesky-uri',
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc123xyz/app.bsky.feed.post/3kabc123xyz" data-bluesky-cid="bafyabc"><p lang="en">The council voted.</p>&mdash; City Council (<a href="https://bsky.app/profile/did:plc:abc123xyz?ref_src=embed">@council.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:abc123xyz/post/3kabc123xyz?ref_src=embed">November 25, 2024 at 12:58 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>',
      [['bluesky', '3kabc123xyz', '@council.bsky.social']],
    ],
    ['NOT: TikTok embed.js loader without a blockquote', '<script async src="https://www.tiktok.com/embed.js"></script>', []],
    [
      'NOT: Telegram discussion widget (data-telegram-discussion)',
      '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-discussion="unzAT/" data-comments-limit="5"></script>',
      [],
    ],
  ] as [string, string, unknown[]][])('%s', (_label, embed, want) => {
    expect(posts({ embed })).toEqual(want);
  });
  it('NOT: "twitter-tweet" and "fb-post" only in CSS', () => {
    expect(posts({ head: '<style>.twitter-tweet{margin:0 auto}.fb-post{width:100%}</style>' })).toEqual([]);
  });
  it('NOT: a threads.net/@techcrunch follow link', () => {
    expect(posts({ footer: '<a href="https://www.threads.net/@techcrunch">Follow us on Threads</a>' })).toEqual([]);
  });
});

// ---- Feed notices of other publishers and languages (not in PHRASINGS.md): the status, and the agency when named
cases('feed notices beyond PHRASINGS.md', [
  [
    'The Week: "(This story has not been edited by THE WEEK and is auto-generated from PTI)"',
    { after: '(This story has not been edited by THE WEEK and is auto-generated from PTI)' },
    { status: 'wire-unedited', text: { pti: 'copy' } },
  ],
  [
    'LatestLY: "auto-published from an agency feed without any modifications …"',
    {
      after: 'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor.',
    },
    { status: 'wire-unedited', text: { agencies: 'copy' } },
  ],
  [
    'ETV Bharat: "auto-generated story from a syndicated feed; ETV Bharat has not edited the content."',
    { after: 'This is an auto-generated story from a syndicated feed; ETV Bharat has not edited the content.' },
    { status: 'wire-unedited' },
  ],
  [
    'Mid-day: "sourced from a third party syndicated feed … accepts no responsibility or liability …"',
    {
      after:
        'This story has been sourced from a third party syndicated feed, agencies. Mid-day accepts no responsibility or liability for its dependability, trustworthiness, reliability and data of the text.',
    },
    { status: 'wire-unedited' },
  ],
  [
    'NOT: "The council accepts no responsibility for the content of external sites."',
    { after: 'The council accepts no responsibility for the content of external sites.' },
    { status: 'staff' },
  ],
  [
    'Funke: "Teil eines automatisierten Angebots der … Agentur dpa. Sie wird von der Redaktion nicht bearbeitet"',
    {
      lang: 'de',
      after:
        'Diese Meldung ist Teil eines automatisierten Angebots der nach strengen journalistischen Regeln arbeitenden Agentur dpa. Sie wird von der Redaktion nicht bearbeitet oder geprüft.',
    },
    { status: 'wire-unedited', text: { dpa: 'copy' } },
  ],
  [
    'Swiss: "Diese Meldung wurde automatisch publiziert. Quelle: sda/awp"',
    { lang: 'de', after: 'Diese Meldung wurde automatisch publiziert. Quelle: sda/awp' },
    { status: 'wire-unedited', text: { sda: 'copy', awp: 'copy' } },
  ],
  [
    'Swiss finance sign-off "(awp/sda)"',
    { lang: 'de', last: 'Die Aktie schloss 2 Prozent höher. (awp/sda)' },
    { status: 'wire', text: { awp: 'copy', sda: 'copy' } },
  ],
  [
    'fr: "publié automatiquement à partir du fil de l’AFP. Il n’a pas été modifié par la rédaction."',
    {
      lang: 'fr',
      after: 'Cet article a été publié automatiquement à partir du fil de l’AFP. Il n’a pas été modifié par la rédaction.',
    },
    { status: 'wire-unedited', text: { afp: 'copy' } },
  ],
  [
    'es: "publicado automáticamente desde el servicio de noticias de EFE y no ha sido editado"',
    {
      lang: 'es',
      after: 'Este contenido fue publicado automáticamente desde el servicio de noticias de EFE y no ha sido editado por la redacción.',
    },
    { status: 'wire-unedited', text: { efe: 'copy' } },
  ],
  [
    'it: "pubblicato in automatico dal flusso ANSA e non è stato modificato"',
    {
      lang: 'it',
      after: 'Questo articolo è stato pubblicato in automatico dal flusso ANSA e non è stato modificato dalla redazione.',
    },
    { status: 'wire-unedited', text: { ansa: 'copy' } },
  ],
  [
    'pt: "publicado automaticamente a partir do serviço da Agência Lusa e não foi editado"',
    {
      lang: 'pt',
      after: 'Este conteúdo foi publicado automaticamente a partir do serviço da Agência Lusa e não foi editado pela redação.',
    },
    { status: 'wire-unedited', text: { lusa: 'copy' } },
  ],
  ['NOT: "This article was automatically translated from German."', { after: 'This article was automatically translated from German.' }, { status: 'staff' }],
  ['NOT: "Captions are auto-generated and may contain errors."', { after: 'Captions are auto-generated and may contain errors.' }, { status: 'staff' }],
  ['NOT: "Subscribe to our RSS feed."', { after: 'Get the latest news delivered to your feed. Subscribe to our RSS feed.' }, { status: 'staff' }],
  [
    'NOT: a quote "“The footage has not been edited,” the Reuters spokesman said."',
    { last: '“The footage has not been edited,” the Reuters spokesman said.' },
    { status: 'staff' },
  ],
]);

// ---- Republication notes, paid-content labels and press-release labels of other publishers and languages
cases('republication, sponsored and press-release families beyond PHRASINGS.md', [
  ['"This article originally appeared in The Guardian."', { after: 'This article originally appeared in The Guardian.' }, { status: 'republished' }],
  ['"Republished with permission from Kaiser Health News."', { after: 'Republished with permission from Kaiser Health News.' }, { status: 'republished' }],
  [
    '"… republished from The Conversation under a Creative Commons license."',
    { after: 'This article is republished from The Conversation under a Creative Commons license.' },
    { status: 'republished' },
  ],
  [
    'de: "Dieser Artikel erschien zuerst bei der Süddeutschen Zeitung."',
    { lang: 'de', after: 'Dieser Artikel erschien zuerst bei der Süddeutschen Zeitung.' },
    { status: 'republished' },
  ],
  [
    'fr: "Cet article a initialement été publié sur The Conversation."',
    { lang: 'fr', after: 'Cet article a initialement été publié sur The Conversation.' },
    { status: 'republished' },
  ],
  [
    'es: "Este artículo fue publicado originalmente en The Conversation."',
    { lang: 'es', after: 'Este artículo fue publicado originalmente en The Conversation.' },
    { status: 'republished' },
  ],
  [
    'it: "… pubblicato originariamente su The Conversation."',
    { lang: 'it', after: 'Questo articolo è stato pubblicato originariamente su The Conversation.' },
    { status: 'republished' },
  ],
  ['news-service byline "By Jane Roe, The New York Times"', { byline: 'By Jane Roe, The New York Times' }, { status: 'republished' }],
  ['NOT: "The plan was originally published in 2019 but shelved."', { last: 'The plan was originally published in 2019 but shelved.' }, { status: 'staff' }],
  [
    'NOT: "© 2024 Example News. This article may not be republished without permission."',
    { after: '© 2024 Example News. This article may not be republished without permission.' },
    { status: 'staff' },
  ],
  ['kicker "Partner Content"', { kicker: 'Partner Content' }, { status: 'sponsored' }],
  ['kicker "Contenu sponsorisé"', { lang: 'fr', kicker: 'Contenu sponsorisé' }, { status: 'sponsored' }],
  ['kicker "Contenido patrocinado"', { lang: 'es', kicker: 'Contenido patrocinado' }, { status: 'sponsored' }],
  [
    '"This article was produced in paid partnership with Acme Bank."',
    { after: 'This article was produced in paid partnership with Acme Bank.' },
    { status: 'sponsored' },
  ],
  ['NOT: nav link "Partner Content"', { nav: '<a href="/partner">Partner Content</a>' }, { status: 'staff' }],
  ['NOT: "The team was sponsored by Acme Bank for three years."', { last: 'The team was sponsored by Acme Bank for three years.' }, { status: 'staff' }],
  ['NOT: "The award was presented by the mayor."', { last: 'The award was presented by the mayor.' }, { status: 'staff' }],
  ['kicker "News Release"', { kicker: 'News Release' }, { status: 'press-release' }],
  ['kicker "Comunicado de prensa"', { lang: 'es', kicker: 'Comunicado de prensa' }, { status: 'press-release' }],
  ['NOT: "In a news release, the police said …"', { last: 'In a news release, the police said the man had been arrested.' }, { status: 'staff' }],
]);

// ---- Bylines that call the agency one (MISSES.md "an agency the registry does not know", and one it knows)
cases('self-named agency bylines', [
  [
    '"Agencia de noticias Andina" (a known agency after the word for agency)',
    { lang: 'es', byline: 'Agencia de noticias Andina' },
    { status: 'wire', text: { andina: 'copy' } },
  ],
  ['"news agency Xinhua"', { byline: 'news agency Xinhua' }, { status: 'wire', text: { xinhua: 'copy' } }],
  ['"Zambia News Agency" (not in the registry)', { byline: 'Zambia News Agency' }, { status: 'wire', text: { agencies: 'copy' } }],
  ['NOT: "By Jane Roe, agency correspondent" (a staff writer)', { byline: 'By Jane Roe, agency correspondent' }, { status: 'staff' }],
  [
    'NOT: a staff byline over "the news agency Xinhua reported" in the text',
    { byline: 'By Jane Roe', last: 'The news agency Xinhua reported the figure on Monday.' },
    { status: 'staff' },
  ],
]);

// ---- Citations that end a story in the sign-off's place, in the languages of PHRASINGS.md (NOT credits), and the
// credits they resemble
cases('citations in the sign-off position', [
  ['NOT de: "…, berichtete die dpa."', { lang: 'de', last: 'Das Werk soll schließen, berichtete die dpa.' }, { status: 'staff' }],
  ['NOT de: "…, sagte er der Nachrichtenagentur dpa."', { lang: 'de', last: 'Wir geben nicht auf, sagte er der Nachrichtenagentur dpa.' }, { status: 'staff' }],
  ['NOT fr: "…, selon l’AFP." (an elision, not a closing quote)', { lang: 'fr', last: 'Le vote a été reporté, selon l’AFP.' }, { status: 'staff' }],
  ['NOT it: "…, ha riferito l’ANSA."', { lang: 'it', last: 'Il voto è stato rinviato, ha riferito l’ANSA.' }, { status: 'staff' }],
  ['NOT es: "…, informó EFE."', { lang: 'es', last: 'La votación se aplazó, informó EFE.' }, { status: 'staff' }],
  ['NOT pt: "…, disse à Reuters um porta-voz."', { lang: 'pt', last: 'A votação foi adiada, disse à Reuters um porta-voz.' }, { status: 'staff' }],
  ['NOT ru: "…, сообщает ТАСС."', { lang: 'ru', last: 'Голосование перенесено, сообщает ТАСС.' }, { status: 'staff' }],
  ['NOT en: "…, PTI reported."', { last: 'The vote was postponed, PTI reported.' }, { status: 'staff' }],
  [
    'NOT en: "The figure was reported by the Press Trust of India (PTI)."',
    { last: 'The figure was reported by the Press Trust of India (PTI).' },
    { status: 'staff' },
  ],
  ['NOT en: "…first reported by Agence France-Presse (AFP)."', { last: 'The figure was first reported by Agence France-Presse (AFP).' }, { status: 'staff' }],
  [
    'NOT en: "He made the remarks to the Australian Associated Press (AAP)."',
    { last: 'He made the remarks to the Australian Associated Press (AAP).' },
    { status: 'staff' },
  ],
  ['NOT en: "…obtained by The Associated Press (AP)."', { last: 'The figures were obtained by The Associated Press (AP).' }, { status: 'staff' }],
  ['NOT en: "…affiliated with UNI Global Union (UNI)."', { last: 'The union is affiliated with UNI Global Union (UNI).' }, { status: 'staff' }],
  ['NOT en: "…courses in Advanced Placement (AP)."', { last: 'The school now offers courses in Advanced Placement (AP).' }, { status: 'staff' }],
  [
    'a real sign-off "(ANSA)" after "l’ANSA" style prose still counts: "… a Roma. (ANSA)"',
    { lang: 'it', last: 'Il voto è stato rinviato a lunedì a Roma. (ANSA)' },
    { status: 'wire', text: { ansa: 'copy' } },
  ],
  [
    'a sign-off after a closing quote and a space: "… ‘non molliamo’ ANSA"',
    { lang: 'it', last: 'Il sindaco ha detto: ‘non molliamo’ ANSA' },
    { status: 'wire', text: { ansa: 'copy' } },
  ],
  [
    'the name and its code as one source line: "Source: Press Trust of India (PTI)"',
    { after: 'Source: Press Trust of India (PTI)' },
    { status: 'wire', text: { pti: 'copy' } },
  ],
  [
    'the name and its code as the byline: "By Press Trust of India (PTI)"',
    { byline: 'By Press Trust of India (PTI)' },
    { status: 'wire', text: { pti: 'copy' } },
  ],
  ['a dateline whose place spells the code: "ASBURY PARK (AP) —"', { lead: 'ASBURY PARK (AP) —' }, { status: 'wire', text: { ap: 'copy' } }],
]);

// ---- Known misses whose fix lies outside the rules (see the notes): these pass while the engine still errs, and
// fail once it is fixed, so that the expectation is moved up into the cases above.
describe('known misses outside the rules', () => {
  // Dagbladet: a fact box inside a staff story ends "(NTB)"; the box's sign-off is read as the story's sign-off
  // (lib/detectors/agencies.ts reads the last blocks without regard to boxes inside the body).
  it.fails('Dagbladet: a fact box ending "(NTB)" in a staff story does not credit the story', () => {
    check(
      {
        lang: 'no',
        byline: 'Av Kari Nordmann',
        embed:
          '<div class="factbox"><h3>Fakta</h3><p>Nord-Korea har gjennomført seks atomprøvesprengninger siden 2006, den siste i september 2017. (NTB)</p></div>',
      },
      { status: 'staff' },
    );
  });
});
