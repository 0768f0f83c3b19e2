// The news-agency registry, as data. Adding an agency, or another way a page writes its name, is one
// entry (or one string in an entry). The matching code lives in lib/detectors/agency-*.ts.

export interface AgencyEntry {
  /** Stable lowercase id used in reports and labels. */
  id: string;
  /** Official name. */
  name: string;
  /** The name readers know it by. */
  shortName: string;
  /** ISO 3166-1 alpha-2 country of the agency's home, or null for the unnamed "agencies". */
  country: string | null;
  /** https home page, or null for the unnamed "agencies". */
  homepage: string | null;
  /** Names matched without regard to letter case ("Associated Press", "Agencia EFE", "РИА Новости"). */
  names?: string[];
  /**
   * Abbreviations matched only in the letter cases listed: short codes collide with ordinary words
   * and other bodies ("AP" vs "ap", "Ani" the first name).
   */
  codes?: string[];
  /** Forms in scripts without spaces between words (Chinese, Japanese, Korean), matched as substrings. */
  cjk?: string[];
  /** Photo/video services of the agency: a credit naming them is a picture credit. */
  photo?: string[];
  /** Hosts where the agency publishes its own copy. */
  domains?: string[];
  /** False when the agency's own site also runs staff journalism that is not sold as wire copy. */
  ownSiteIsWire?: boolean;
  /** Only supplies pictures: a mention never credits the text (EPA, Keystone, Getty Images). */
  photoOnly?: boolean;
  /** Aliases that are also people's or place names ("Bloomberg", "Petra"): in a byline they count only standing alone. */
  nameLike?: string[];
  /** The same letters with another meaning ("PTI leader", "PAP smear", "SPA treatment"). */
  lookalikes?: AgencyLookalikes;
  /**
   * False when a byline or line that is nothing but the agency's code is more likely a menu link or a word than a
   * credit ("RSS" feeds, "MAP", "APP", "NA"): the code then counts only with more around it.
   */
  standsAlone?: boolean;
  /**
   * For a code that another agency also uses ("APA" in Austria and Azerbaijan, "CNA" in Taiwan and Cyprus, "KNA"
   * in Germany and Kenya): words that, near the code, place it in this agency's home. Of the agencies sharing a
   * code, the one that lists no home words is the default owner.
   */
  homeWords?: string[];
}

export interface AgencyLookalikes {
  /** Phrases that, within ~80 characters of the name, show the letters mean something else (any letter case). */
  near?: string[];
  /** Words right after the letters that mark another body (lowercase): "PTI leader", "AAP MLA". */
  nextWords?: string[];
}

/** Words after a party's initials: Pakistan Tehreek-e-Insaf, Aam Aadmi Party, Rashtriya Swayamsevak Sangh, AKP. */
const PARTY_WORDS = [
  'party', 'leader', 'leaders', 'chief', 'chairman', 'founder', 'supporters', 'workers', 'activists', 'government',
  'govt', 'mla', 'mlas', 'mp', 'mps', 'mna', 'mpa', 'senator', 'senators', 'lawmaker', 'lawmakers', 'councillor',
  'councillors', 'convener', 'candidate', 'candidates', 'minister', 'ministers', 'spokesperson', 'spokesman',
  'volunteers', 'rally', 'protest', 'protesters', 'member', 'members', 'cadre', 'cadres', 'core', 'ticket',
];

export const AGENCIES: readonly AgencyEntry[] = [
  // Global
  {
    id: 'ap', name: 'The Associated Press', shortName: 'AP', country: 'US', homepage: 'https://apnews.com',
    names: [
      'The Associated Press', 'Associated Press', 'Ассошиэйтед Пресс', 'أسوشيتد برس', 'اسوشيتد برس', 'Ασοσιέιτεντ Πρες', 'Associated Press Television News', 'APTN',
      // Staff titles in AP bylines, often in odd letter case ("Greg Beacham, Ap Sports Writer")
      'AP Writer', 'AP Sports Writer', 'AP National Writer', 'AP Entertainment Writer', 'AP Business Writer',
      'AP Medical Writer', 'AP Science Writer', 'AP Technology Writer', 'AP Political Writer', 'AP Economics Writer',
      'AP Diplomatic Writer', 'AP Legal Affairs Writer', 'AP Religion Writer', 'AP Auto Writer', 'AP Food Editor',
      'AP Correspondent', 'AP Chief Medical Writer', 'AP Health Writer', 'AP Education Writer', 'AP Energy Writer',
    ],
    codes: ['AP', 'A.P.'], cjk: ['美联社', '美聯社', 'AP通信', 'AP통신'], photo: ['AP Photo', 'AP Foto', 'AP Images', 'AP Photos'],
    domains: ['apnews.com', 'ap.org'],
    lookalikes: {
      near: ['A$AP', 'Advanced Placement', 'AP Stylebook'],
      nextWords: ['calculus', 'biology', 'chemistry', 'physics', 'exam', 'exams', 'class', 'classes', 'courses', 'course', 'credit', 'credits', 'scores', 'stylebook'],
    },
  },
  {
    id: 'reuters', name: 'Reuters', shortName: 'Reuters', country: 'GB', homepage: 'https://www.reuters.com',
    names: ['Reuters', 'Рейтер', 'Рейтерс', 'Reuters News', 'Reuters Health', 'Reuters Breakingviews', 'رويترز', 'رویترز', 'Ρόιτερς', 'Reuters.com'],
    cjk: ['路透社', '路透', 'ロイター', '로이터'],
    photo: ['Reuters Pictures'], domains: ['reuters.com'],
  },
  {
    id: 'afp', name: 'Agence France-Presse', shortName: 'AFP', country: 'FR', homepage: 'https://www.afp.com',
    names: [
      'Agence France-Presse', 'Agence France Presse', 'France-Presse', 'Франс Пресс', 'Франс-Пресс', 'أ ف ب', 'أ.ف.ب', 'ا ف ب',
      'فرانس برس', 'خبرگزاری فرانسه', 'Γαλλικό Πρακτορείο',
    ],
    codes: ['AFP', 'Afp', 'afp'], cjk: ['法新社', 'AFP通信', '프랑스통신', 'AFP통신', 'AFP時事'], domains: ['afp.com'],
  },
  {
    id: 'bloomberg', name: 'Bloomberg News', shortName: 'Bloomberg', country: 'US', homepage: 'https://www.bloomberg.com',
    names: ['Bloomberg News', 'Bloomberg', 'Блумберг'], cjk: ['ブルームバーグ', '彭博社', '彭博', '블룸버그'], domains: ['bloomberg.com'],
    nameLike: ['Bloomberg'],
    // bloomberg.com is also the publisher's own newsroom: its pages are not a wire credit by themselves.
    ownSiteIsWire: false,
  },
  {
    id: 'upi', name: 'United Press International', shortName: 'UPI', country: 'US', homepage: 'https://www.upi.com',
    names: ['United Press International'], codes: ['UPI'], cjk: ['合众国际社', '合眾國際社', 'UPI通信'], domains: ['upi.com'],
  },
  {
    id: 'canadianpress', name: 'The Canadian Press', shortName: 'CP', country: 'CA', homepage: 'https://www.thecanadianpress.com',
    names: ['The Canadian Press', 'Canadian Press', 'La Presse Canadienne', 'Presse Canadienne'], codes: ['CP'],
    domains: ['thecanadianpress.com'],
  },
  {
    id: 'jta', name: 'Jewish Telegraphic Agency', shortName: 'JTA', country: 'US', homepage: 'https://www.jta.org',
    names: ['Jewish Telegraphic Agency'], codes: ['JTA'], domains: ['jta.org'],
  },
  {
    id: 'ips', name: 'Inter Press Service', shortName: 'IPS', country: 'IT', homepage: 'https://www.ipsnews.net',
    names: ['Inter Press Service', 'IPS News'], codes: ['IPS'], domains: ['ipsnews.net'],
  },
  // German-speaking
  {
    id: 'dpa', name: 'Deutsche Presse-Agentur', shortName: 'dpa', country: 'DE', homepage: 'https://www.dpa.com',
    names: [
      'Deutsche Presse-Agentur', 'Deutschen Presse-Agentur', 'dpa-infocom', 'dpa-Infoline', 'dpa-Radsportnews', 'dpa Sport', 'dpa-tmn',
      'dpa-Themendienst', 'dpa International', 'د ب أ', 'Немецкое информационное агентство',
    ],
    codes: ['dpa', 'DPA', 'Dpa'], cjk: ['德新社', 'ドイツ通信'], photo: ['picture alliance', 'picture-alliance', 'dpa-Zentralbild', 'dpa-Bildfunk'],
    domains: ['dpa.com', 'dpa.de'],
  },
  {
    id: 'dpa-afx', name: 'dpa-AFX Wirtschaftsnachrichten', shortName: 'dpa-AFX', country: 'DE', homepage: 'https://www.dpa-afx.de',
    names: ['dpa-AFX', 'dpa AFX', 'dpa-AFX Analyser', 'dpa-AFX Broker'], domains: ['dpa-afx.de'],
  },
  {
    id: 'epd', name: 'Evangelischer Pressedienst', shortName: 'epd', country: 'DE', homepage: 'https://www.epd.de',
    names: ['Evangelischer Pressedienst'], codes: ['epd', 'EPD'], domains: ['epd.de'],
  },
  {
    id: 'kna', name: 'Katholische Nachrichten-Agentur', shortName: 'KNA', country: 'DE', homepage: 'https://www.kna.de',
    names: ['Katholische Nachrichten-Agentur', 'Katholischen Nachrichten-Agentur'], codes: ['KNA'], domains: ['kna.de'],
  },
  {
    id: 'ddp', name: 'ddp', shortName: 'ddp', country: 'DE', homepage: 'https://www.ddp.de',
    names: ['Deutscher Depeschendienst'], codes: ['ddp', 'DDP'], domains: ['ddp.de'],
  },
  {
    id: 'apa', name: 'Austria Presse Agentur', shortName: 'APA', country: 'AT', homepage: 'https://apa.at',
    names: ['Austria Presse Agentur', 'Austria Presse-Agentur', 'Austria Press Agency'], codes: ['APA'], domains: ['apa.at'],
    lookalikes: {
      // The American Psychological/Psychiatric Association, and APA-OTS (the press-release service, not APA copy)
      near: ['Psychological Association', 'Psychiatric Association', 'Planning Association', 'APA style', 'APA format'],
      nextWords: ['ots', 'style', 'format', 'citation', 'guidelines', 'journal', 'journals'],
    },
  },
  {
    id: 'sda', name: 'Keystone-SDA', shortName: 'SDA', country: 'CH', homepage: 'https://www.keystone-sda.ch',
    names: ['Keystone-SDA', 'Keystone-ATS', 'Schweizerische Depeschenagentur', 'Agence Télégraphique Suisse'],
    codes: ['SDA', 'sda', 'ATS'], domains: ['keystone-sda.ch'],
    lookalikes: { near: ['Adventist'], nextWords: ['church', 'churches', 'school', 'hospital', 'system', 'systems'] },
  },
  {
    id: 'keystone', name: 'Keystone', shortName: 'Keystone', country: 'CH', homepage: 'https://www.keystone-sda.ch',
    names: ['Keystone'], codes: ['KEYSTONE'], photoOnly: true, nameLike: ['Keystone'],
  },
  // Southern Europe and Latin America
  {
    id: 'efe', name: 'Agencia EFE', shortName: 'EFE', country: 'ES', homepage: 'https://efe.com',
    names: ['Agencia EFE', 'Agência EFE', 'Agenzia EFE', 'Agence EFE', 'إفي'], codes: ['EFE', 'Efe'], cjk: ['埃菲社'], domains: ['efe.com'],
  },
  {
    id: 'europapress', name: 'Europa Press', shortName: 'Europa Press', country: 'ES', homepage: 'https://www.europapress.es',
    names: ['Europa Press'], domains: ['europapress.es'],
  },
  {
    id: 'ansa', name: 'Agenzia Nazionale Stampa Associata', shortName: 'ANSA', country: 'IT', homepage: 'https://www.ansa.it',
    names: ['Agenzia ANSA'], codes: ['ANSA', 'Ansa'], cjk: ['安莎社'], domains: ['ansa.it'],
  },
  {
    id: 'agi', name: 'Agenzia Giornalistica Italia', shortName: 'AGI', country: 'IT', homepage: 'https://www.agi.it',
    names: ['Agenzia Giornalistica Italia', 'Agenzia Italia'], codes: ['AGI', 'Agi'], domains: ['agi.it'],
    lookalikes: { near: ['artificial general intelligence'] },
  },
  {
    id: 'adnkronos', name: 'Adnkronos', shortName: 'Adnkronos', country: 'IT', homepage: 'https://www.adnkronos.com',
    names: ['Adnkronos', 'Adn Kronos'], domains: ['adnkronos.com'],
  },
  {
    id: 'lusa', name: 'Agência Lusa', shortName: 'Lusa', country: 'PT', homepage: 'https://www.lusa.pt',
    names: ['Agência Lusa', 'Agencia Lusa'], codes: ['Lusa', 'LUSA'], domains: ['lusa.pt'], nameLike: ['Lusa'],
  },
  {
    id: 'agenciabrasil', name: 'Agência Brasil', shortName: 'Agência Brasil', country: 'BR', homepage: 'https://agenciabrasil.ebc.com.br',
    names: ['Agência Brasil', 'Agencia Brasil'], codes: ['ABr'], domains: ['agenciabrasil.ebc.com.br'],
  },
  {
    id: 'agenciaestado', name: 'Agência Estado', shortName: 'Estadão Conteúdo', country: 'BR', homepage: 'https://www.estadao.com.br',
    names: ['Agência Estado', 'Estadão Conteúdo', 'Estadao Conteudo'],
  },
  {
    id: 'agenciareforma', name: 'Agencia Reforma', shortName: 'Agencia Reforma', country: 'MX', homepage: 'https://www.reforma.com',
    names: ['Agencia Reforma'],
  },
  {
    id: 'notimex', name: 'Notimex', shortName: 'Notimex', country: 'MX', homepage: 'https://www.notimex.gob.mx',
    names: ['Notimex'], domains: ['notimex.gob.mx'],
  },
  {
    id: 'telam', name: 'Télam', shortName: 'Télam', country: 'AR', homepage: 'https://www.telam.com.ar',
    names: ['Télam', 'Agencia Télam'], codes: ['Telam', 'TELAM'], domains: ['telam.com.ar'],
  },
  {
    id: 'andina', name: 'Agencia Peruana de Noticias Andina', shortName: 'Andina', country: 'PE', homepage: 'https://andina.pe',
    names: ['Agencia Andina', 'Andina'], domains: ['andina.pe'], nameLike: ['Andina'],
  },
  {
    id: 'prensalatina', name: 'Prensa Latina', shortName: 'Prensa Latina', country: 'CU', homepage: 'https://www.prensa-latina.cu',
    names: ['Prensa Latina', 'Agencia Prensa Latina'], domains: ['prensa-latina.cu'],
  },
  {
    id: 'lapresse', name: 'LaPresse', shortName: 'LaPresse', country: 'IT', homepage: 'https://www.lapresse.it',
    names: ['LaPresse'], domains: ['lapresse.it'],
  },
  {
    id: 'askanews', name: 'askanews', shortName: 'askanews', country: 'IT', homepage: 'https://www.askanews.it',
    names: ['askanews'], domains: ['askanews.it'],
  },
  {
    id: 'dire', name: 'Agenzia Dire', shortName: 'Dire', country: 'IT', homepage: 'https://www.dire.it',
    names: ['Agenzia Dire'], codes: ['DIRE', 'Dire'], domains: ['dire.it'],
  },
  {
    id: 'italpress', name: 'Italpress', shortName: 'Italpress', country: 'IT', homepage: 'https://www.italpress.com',
    names: ['Italpress'], domains: ['italpress.com'],
  },
  {
    id: 'folhapress', name: 'Folhapress', shortName: 'Folhapress', country: 'BR', homepage: 'https://www1.folha.uol.com.br',
    names: ['Folhapress'],
  },
  // Benelux, Nordics
  {
    id: 'belga', name: 'Agence Belga', shortName: 'Belga', country: 'BE', homepage: 'https://www.belga.be',
    names: ['Agence Belga', 'Belga News Agency', 'Agentschap Belga'], codes: ['Belga', 'BELGA'], domains: ['belga.be'], nameLike: ['Belga'],
  },
  {
    id: 'anp', name: 'Algemeen Nederlands Persbureau', shortName: 'ANP', country: 'NL', homepage: 'https://www.anp.nl',
    names: ['Algemeen Nederlands Persbureau'], codes: ['ANP'], domains: ['anp.nl'],
    lookalikes: { near: ['Nacional de Puertos', 'Awami National Party', 'Nacional do Petróleo', 'Agence nationale'] },
  },
  {
    id: 'ritzau', name: 'Ritzaus Bureau', shortName: 'Ritzau', country: 'DK', homepage: 'https://ritzau.dk',
    names: ['Ritzaus Bureau', 'Ritzau'], photo: ['Ritzau Scanpix'], domains: ['ritzau.dk'],
  },
  {
    id: 'ntb', name: 'Norsk Telegrambyrå', shortName: 'NTB', country: 'NO', homepage: 'https://www.ntb.no',
    names: ['Norsk Telegrambyrå'], codes: ['NTB'], photo: ['NTB Scanpix'], domains: ['ntb.no'],
  },
  {
    id: 'tt', name: 'TT Nyhetsbyrån', shortName: 'TT', country: 'SE', homepage: 'https://tt.se',
    standsAlone: false,
    names: ['TT Nyhetsbyrån', 'Tidningarnas Telegrambyrå'], codes: ['TT'], domains: ['tt.se'],
    lookalikes: { near: ['Audi TT', 'table tennis'], nextWords: ['roadster', 'coupé', 'coupe', 'rs'] },
  },
  {
    id: 'stt', name: 'Suomen Tietotoimisto', shortName: 'STT', country: 'FI', homepage: 'https://stt.fi',
    names: ['Suomen Tietotoimisto', 'Finnish News Agency', 'STT-Info'], codes: ['STT'], photo: ['Lehtikuva', 'STT-Lehtikuva'], domains: ['stt.fi'],
  },
  // Central and Eastern Europe
  {
    id: 'pap', name: 'Polska Agencja Prasowa', shortName: 'PAP', country: 'PL', homepage: 'https://www.pap.pl',
    names: ['Polska Agencja Prasowa', 'Polskiej Agencji Prasowej', 'Polish Press Agency'], codes: ['PAP'], domains: ['pap.pl'],
    lookalikes: { near: ['Pap smear', 'Pap test', 'Papanicolaou', 'cervical'], nextWords: ['smear', 'smears', 'test', 'tests', 'screening', 'screenings'] },
  },
  {
    id: 'ctk', name: 'Česká tisková kancelář', shortName: 'ČTK', country: 'CZ', homepage: 'https://www.ctk.cz',
    names: ['Česká tisková kancelář', 'České tiskové kanceláře', 'Czech News Agency'], codes: ['ČTK', 'CTK'], domains: ['ctk.cz'],
  },
  {
    id: 'tasr', name: 'Tlačová agentúra Slovenskej republiky', shortName: 'TASR', country: 'SK', homepage: 'https://www.tasr.sk',
    names: ['Tlačová agentúra Slovenskej republiky', 'News Agency of the Slovak Republic'], codes: ['TASR'], domains: ['tasr.sk'],
  },
  {
    id: 'mti', name: 'Magyar Távirati Iroda', shortName: 'MTI', country: 'HU', homepage: 'https://mti.hu',
    names: ['Magyar Távirati Iroda', 'Hungarian News Agency'], codes: ['MTI'], domains: ['mti.hu'],
  },
  {
    id: 'hina', name: 'Hrvatska izvještajna novinska agencija', shortName: 'HINA', country: 'HR', homepage: 'https://www.hina.hr',
    names: ['Hrvatska izvještajna novinska agencija', 'Croatian News Agency'], codes: ['HINA', 'Hina'], domains: ['hina.hr'], nameLike: ['Hina'],
  },
  {
    id: 'tanjug', name: 'Tanjug', shortName: 'Tanjug', country: 'RS', homepage: 'https://www.tanjug.rs',
    names: ['Tanjug', 'Танјуг', 'Танюг'], domains: ['tanjug.rs'],
  },
  {
    id: 'sta', name: 'Slovenska tiskovna agencija', shortName: 'STA', country: 'SI', homepage: 'https://www.sta.si',
    names: ['Slovenska tiskovna agencija', 'Slovenian Press Agency'], codes: ['STA'], domains: ['sta.si'],
    lookalikes: { nextWords: ['travel'] },
  },
  {
    id: 'fena', name: 'Federalna novinska agencija', shortName: 'FENA', country: 'BA', homepage: 'https://www.fena.ba',
    names: ['Federalna novinska agencija'], codes: ['FENA', 'Fena'], domains: ['fena.ba'],
  },
  {
    id: 'mia', name: 'Media Information Agency', shortName: 'MIA', country: 'MK', homepage: 'https://mia.mk',
    names: ['Медиумска информативна агенција', 'Mediumska informativna agencija'], codes: ['MIA', 'МИА'], domains: ['mia.mk'], nameLike: ['MIA'],
  },
  {
    id: 'agerpres', name: 'Agerpres', shortName: 'Agerpres', country: 'RO', homepage: 'https://www.agerpres.ro',
    names: ['Agerpres', 'Agenția Națională de Presă AGERPRES'], domains: ['agerpres.ro'],
  },
  {
    id: 'bta', name: 'Bulgarian News Agency', shortName: 'BTA', country: 'BG', homepage: 'https://www.bta.bg',
    names: ['Bulgarian News Agency', 'Българска телеграфна агенция'], codes: ['BTA', 'БТА'], domains: ['bta.bg'],
    lookalikes: { nextWords: ['bank'] },
  },
  {
    id: 'ana-mpa', name: 'Athens-Macedonian News Agency', shortName: 'ANA-MPA', country: 'GR', homepage: 'https://www.amna.gr',
    names: ['Athens-Macedonian News Agency', 'ANA-MPA', 'ΑΠΕ-ΜΠΕ', 'ΑΠΕ', 'Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων'], codes: ['AMNA'], domains: ['amna.gr'],
  },
  {
    id: 'leta', name: 'LETA', shortName: 'LETA', country: 'LV', homepage: 'https://www.leta.lv',
    names: ['Latvijas Telegrāfa aģentūra'], codes: ['LETA'], domains: ['leta.lv'],
  },
  {
    id: 'bns', name: 'Baltic News Service', shortName: 'BNS', country: 'LT', homepage: 'https://www.bns.lt',
    names: ['Baltic News Service'], codes: ['BNS'], domains: ['bns.lt'],
  },
  {
    id: 'ukrinform', name: 'Ukrinform', shortName: 'Ukrinform', country: 'UA', homepage: 'https://www.ukrinform.net',
    names: ['Ukrinform', 'Укрінформ', 'Укринформ', 'Ukrainian National News Agency'], domains: ['ukrinform.net', 'ukrinform.ua'],
  },
  {
    id: 'unian', name: 'UNIAN', shortName: 'UNIAN', country: 'UA', homepage: 'https://www.unian.net',
    names: ['УНІАН', 'УНИАН'], codes: ['UNIAN'], domains: ['unian.net', 'unian.ua'],
  },
  // Russia and neighbours
  {
    id: 'tass', name: 'TASS Russian News Agency', shortName: 'TASS', country: 'RU', homepage: 'https://tass.com',
    names: ['ТАСС', 'ИТАР-ТАСС', 'ITAR-TASS', 'TASS Russian News Agency'], codes: ['TASS', 'Tass'], cjk: ['塔斯社', 'タス通信', '타스통신'], domains: ['tass.ru', 'tass.com'],
  },
  {
    id: 'ria', name: 'RIA Novosti', shortName: 'RIA Novosti', country: 'RU', homepage: 'https://ria.ru',
    names: ['RIA Novosti', 'РИА Новости', 'РИА «Новости»', 'РИА "Новости"'], codes: ['RIA', 'РИА'], cjk: ['俄新社', 'ノーボスチ通信'], domains: ['ria.ru'],
  },
  {
    id: 'interfax', name: 'Interfax', shortName: 'Interfax', country: 'RU', homepage: 'https://www.interfax.ru',
    names: ['Interfax', 'Интерфакс', 'Interfax.ru', 'Интерфакс-Украина', 'Interfax-Ukraine', 'Інтерфакс-Україна'],
    cjk: ['国际文传电讯社', '國際文傳電訊社', 'インタファクス通信', '인테르팍스'], domains: ['interfax.ru', 'interfax.com', 'interfax.com.ua'],
  },
  {
    id: 'belta', name: 'Belarusian Telegraph Agency', shortName: 'BelTA', country: 'BY', homepage: 'https://www.belta.by',
    names: ['BelTA', 'БелТА'], domains: ['belta.by'],
  },
  {
    id: 'kazinform', name: 'Kazinform', shortName: 'Kazinform', country: 'KZ', homepage: 'https://www.inform.kz',
    names: ['Kazinform', 'Казинформ', 'Qazinform'], domains: ['inform.kz', 'kazinform.kz'],
  },
  {
    id: 'armenpress', name: 'Armenpress', shortName: 'Armenpress', country: 'AM', homepage: 'https://armenpress.am',
    names: ['Armenpress', 'Арменпресс', 'Արմենպրես'], domains: ['armenpress.am'],
  },
  {
    id: 'azertac', name: 'Azerbaijan State News Agency', shortName: 'AZERTAC', country: 'AZ', homepage: 'https://azertag.az',
    names: ['AZERTAC', 'AZƏRTAC', 'Azertag', 'АзерТадж', 'Azərbaycan Dövlət İnformasiya Agentliyi'], domains: ['azertag.az'],
  },
  // Middle East and Africa
  {
    id: 'dha', name: 'Demirören Haber Ajansı', shortName: 'DHA', country: 'TR', homepage: 'https://www.dha.com.tr',
    names: ['Demirören Haber Ajansı', 'Dogan Haber Ajansi', 'Doğan Haber Ajansı'], codes: ['DHA'], domains: ['dha.com.tr'],
  },
  {
    id: 'iha', name: 'İhlas Haber Ajansı', shortName: 'İHA', country: 'TR', homepage: 'https://www.iha.com.tr',
    names: ['İhlas Haber Ajansı', 'Ihlas News Agency'], codes: ['İHA', 'IHA'], domains: ['iha.com.tr'],
  },
  {
    id: 'anadolu', name: 'Anadolu Agency', shortName: 'AA', country: 'TR', homepage: 'https://www.aa.com.tr',
    names: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu Ajansi', 'Anadolu', 'الأناضول', 'Анадолу'], codes: ['AA'], cjk: ['阿纳多卢通讯社', 'アナドル通信'],
    domains: ['aa.com.tr'], nameLike: ['Anadolu'],
  },
  {
    id: 'wafa', name: 'Palestinian News & Information Agency', shortName: 'WAFA', country: 'PS', homepage: 'https://english.wafa.ps',
    names: ['Palestinian News and Information Agency', 'Palestinian News & Information Agency', 'وفا'], codes: ['WAFA', 'Wafa'], domains: ['wafa.ps'], nameLike: ['Wafa'],
  },
  {
    id: 'mena', name: 'Middle East News Agency', shortName: 'MENA', country: 'EG', homepage: 'https://www.mena.org.eg',
    names: ['Middle East News Agency', 'أ ش أ', 'أ.ش.أ', 'وكالة أنباء الشرق الأوسط'], codes: ['MENA'], domains: ['mena.org.eg'],
    lookalikes: { near: ['North Africa'], nextWords: ['region', 'countries', 'markets', 'market'] },
  },
  {
    id: 'spa', name: 'Saudi Press Agency', shortName: 'SPA', country: 'SA', homepage: 'https://www.spa.gov.sa',
    standsAlone: false,
    names: ['Saudi Press Agency', 'واس', 'وكالة الأنباء السعودية'], codes: ['SPA'], domains: ['spa.gov.sa'],
    lookalikes: { nextWords: ['treatment', 'treatments', 'resort', 'resorts', 'hotel', 'day', 'days', 'break', 'services', 'town', 'centre', 'center'] },
  },
  {
    id: 'wam', name: 'Emirates News Agency', shortName: 'WAM', country: 'AE', homepage: 'https://www.wam.ae',
    names: ['Emirates News Agency', 'وام', 'وكالة أنباء الإمارات'], codes: ['WAM'], domains: ['wam.ae'],
  },
  {
    id: 'qna', name: 'Qatar News Agency', shortName: 'QNA', country: 'QA', homepage: 'https://www.qna.org.qa',
    names: ['Qatar News Agency', 'قنا', 'وكالة الأنباء القطرية'], codes: ['QNA'], domains: ['qna.org.qa'],
  },
  {
    id: 'kuna', name: 'Kuwait News Agency', shortName: 'KUNA', country: 'KW', homepage: 'https://www.kuna.net.kw',
    names: ['Kuwait News Agency', 'كونا', 'وكالة الأنباء الكويتية'], codes: ['KUNA'], domains: ['kuna.net.kw'],
  },
  {
    id: 'irna', name: 'Islamic Republic News Agency', shortName: 'IRNA', country: 'IR', homepage: 'https://en.irna.ir',
    names: ['Islamic Republic News Agency', 'ایرنا', 'إرنا'], codes: ['IRNA'], domains: ['irna.ir'],
  },
  {
    id: 'isna', name: "Iranian Students' News Agency", shortName: 'ISNA', country: 'IR', homepage: 'https://www.isna.ir',
    names: ["Iranian Students' News Agency", 'ایسنا'], codes: ['ISNA'], domains: ['isna.ir'],
  },
  {
    id: 'petra', name: 'Jordan News Agency', shortName: 'Petra', country: 'JO', homepage: 'https://petra.gov.jo',
    names: ['Jordan News Agency', 'بترا', 'وكالة الأنباء الأردنية'], codes: ['PETRA', 'Petra'], domains: ['petra.gov.jo'], nameLike: ['Petra'],
  },
  {
    id: 'sana', name: 'Syrian Arab News Agency', shortName: 'SANA', country: 'SY', homepage: 'https://sana.sy',
    names: ['Syrian Arab News Agency', 'سانا'], codes: ['SANA'], domains: ['sana.sy'], nameLike: ['SANA'],
  },
  {
    id: 'nna', name: 'National News Agency', shortName: 'NNA', country: 'LB', homepage: 'https://www.nna-leb.gov.lb',
    names: ['National News Agency', 'الوكالة الوطنية للإعلام'], codes: ['NNA'], domains: ['nna-leb.gov.lb'],
  },
  {
    id: 'map', name: 'Maghreb Arabe Presse', shortName: 'MAP', country: 'MA', homepage: 'https://www.mapnews.ma',
    standsAlone: false,
    names: ['Maghreb Arabe Presse', 'وكالة المغرب العربي للأنباء'], codes: ['MAP'], domains: ['mapnews.ma'],
    lookalikes: { near: ['Map data', 'map shows', 'interactive map'], nextWords: ['shows', 'of', 'data', 'showing', 'below', 'above'] },
  },
  {
    id: 'aps', name: 'Algérie Presse Service', shortName: 'APS', country: 'DZ', homepage: 'https://www.aps.dz',
    standsAlone: false,
    names: ['Algérie Presse Service', 'Algeria Press Service', 'وكالة الأنباء الجزائرية'], codes: ['APS'], domains: ['aps.dz'],
  },
  {
    id: 'tap', name: 'Tunis Afrique Presse', shortName: 'TAP', country: 'TN', homepage: 'https://www.tap.info.tn',
    standsAlone: false,
    names: ['Tunis Afrique Presse', 'وكالة تونس إفريقيا للأنباء'], codes: ['TAP'], domains: ['tap.info.tn'],
    lookalikes: { near: ['TAP Air Portugal', 'TAP Portugal'], nextWords: ['air', 'airline', 'airlines', 'portugal'] },
  },
  {
    id: 'nan', name: 'News Agency of Nigeria', shortName: 'NAN', country: 'NG', homepage: 'https://nannews.ng',
    names: ['News Agency of Nigeria'], codes: ['NAN'], domains: ['nannews.ng'],
  },
  {
    id: 'ana', name: 'African News Agency', shortName: 'ANA', country: 'ZA', homepage: 'https://www.africannewsagency.com',
    standsAlone: false,
    names: ['African News Agency'], codes: ['ANA'], domains: ['africannewsagency.com'], nameLike: ['ANA'],
    lookalikes: { near: ['All Nippon Airways'] },
  },
  {
    id: 'kenyanewsagency', name: 'Kenya News Agency', shortName: 'Kenya News Agency', country: 'KE', homepage: 'https://www.kenyanews.go.ke',
    names: ['Kenya News Agency'], codes: ['KNA'], domains: ['kenyanews.go.ke'],
    homeWords: ['Kenya', 'Kenyan', 'Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Ruto', 'Kenyatta', 'Odinga', 'Ksh'],
  },
  // South Asia
  {
    id: 'pti', name: 'Press Trust of India', shortName: 'PTI', country: 'IN', homepage: 'https://www.ptinews.com',
    // PTI's Hindi service signs "(भाषा)"; the word also means "language", so it counts only in a credit's shape.
    names: ['Press Trust of India', 'PTI Bhasha', 'पीटीआई भाषा', 'भाषा', 'पीटीआई'], codes: ['PTI'], cjk: ['印度报业托拉斯'], domains: ['ptinews.com'],
    lookalikes: { near: ['Tehreek-e-Insaf', 'Tehreek-i-Insaf', 'Tehrik-e-Insaf', 'Tehrik-i-Insaf', 'Imran Khan'], nextWords: PARTY_WORDS },
  },
  {
    id: 'ani', name: 'Asian News International', shortName: 'ANI', country: 'IN', homepage: 'https://www.aninews.in',
    names: ['Asian News International', 'एएनआई'], codes: ['ANI'], domains: ['aninews.in'],
  },
  {
    id: 'ians', name: 'Indo-Asian News Service', shortName: 'IANS', country: 'IN', homepage: 'https://ians.in',
    names: ['Indo-Asian News Service', 'Indo Asian News Service', 'आईएएनएस'], codes: ['IANS'], domains: ['ians.in'],
  },
  {
    id: 'uni', name: 'United News of India', shortName: 'UNI', country: 'IN', homepage: 'https://www.uniindia.com',
    names: ['United News of India', 'यूएनआई', 'यूनीवार्ता'], codes: ['UNI', 'UNIVARTA'], domains: ['uniindia.com'], nameLike: ['UNI'],
  },
  {
    id: 'app', name: 'Associated Press of Pakistan', shortName: 'APP', country: 'PK', homepage: 'https://www.app.com.pk',
    standsAlone: false,
    names: ['Associated Press of Pakistan', 'اے پی پی'], codes: ['APP'], domains: ['app.com.pk'],
    lookalikes: { nextWords: ['store', 'stores', 'download'] },
  },
  {
    id: 'bss', name: 'Bangladesh Sangbad Sangstha', shortName: 'BSS', country: 'BD', homepage: 'https://www.bssnews.net',
    names: ['Bangladesh Sangbad Sangstha', 'বাসস', 'বাংলাদেশ সংবাদ সংস্থা'], codes: ['BSS'], domains: ['bssnews.net'],
  },
  // East and South-East Asia, Oceania
  {
    id: 'xinhua', name: 'Xinhua News Agency', shortName: 'Xinhua', country: 'CN', homepage: 'https://english.news.cn',
    names: ['Xinhua News Agency', 'Xinhua', 'Xinhuanet', 'Синьхуа', 'شينخوا', 'Tân Hoa Xã'], cjk: ['新华社', '新華社', '新华网', '新華網', '新華社通信', '신화통신', '신화사'],
    domains: ['xinhuanet.com', 'news.cn'],
  },
  {
    id: 'chinanews', name: 'China News Service', shortName: 'CNS', country: 'CN', homepage: 'https://www.chinanews.com.cn',
    names: ['China News Service', 'Chinanews'], cjk: ['中新社', '中新网', '中新網', '中国新闻社', '中國新聞社'], domains: ['chinanews.com.cn', 'chinanews.com'],
  },
  {
    id: 'cna', name: 'Central News Agency', shortName: 'CNA', country: 'TW', homepage: 'https://www.cna.com.tw',
    names: ['Central News Agency', 'Focus Taiwan'], codes: ['CNA'], cjk: ['中央社', '中央通訊社'],
    domains: ['cna.com.tw', 'focustaiwan.tw'],
    lookalikes: { near: ['Channel NewsAsia', 'channelnewsasia', 'CNA Insider', 'Catholic News Agency', 'nursing assistant'] },
  },
  {
    id: 'kyodo', name: 'Kyodo News', shortName: 'Kyodo', country: 'JP', homepage: 'https://english.kyodonews.net',
    names: ['Kyodo News', 'Kyodo', 'Киодо'], cjk: ['共同通信', '共同社', '교도통신', '共同'], domains: ['kyodonews.net', 'kyodonews.jp'], nameLike: ['Kyodo'],
  },
  {
    id: 'jiji', name: 'Jiji Press', shortName: 'Jiji', country: 'JP', homepage: 'https://www.jiji.com',
    names: ['Jiji Press', 'Jiji'], cjk: ['時事通信', '時事', '时事社', '지지통신'], domains: ['jiji.com'], nameLike: ['Jiji'],
  },
  {
    id: 'yonhap', name: 'Yonhap News Agency', shortName: 'Yonhap', country: 'KR', homepage: 'https://en.yna.co.kr',
    names: ['Yonhap News Agency', 'Yonhap', 'Рёнхап'], cjk: ['연합뉴스', '聯合ニュース', '韩联社', '韓聯社'], domains: ['yna.co.kr'],
  },
  {
    id: 'newsis', name: 'Newsis', shortName: 'Newsis', country: 'KR', homepage: 'https://www.newsis.com',
    names: ['Newsis'], cjk: ['뉴시스'], domains: ['newsis.com'],
  },
  {
    id: 'news1', name: 'News1 Korea', shortName: 'News1', country: 'KR', homepage: 'https://www.news1.kr',
    names: ['News1 Korea'], cjk: ['뉴스1'], domains: ['news1.kr'],
  },
  {
    id: 'vna', name: 'Vietnam News Agency', shortName: 'VNA', country: 'VN', homepage: 'https://vnanet.vn',
    names: ['Vietnam News Agency', 'TTXVN', 'Thông tấn xã Việt Nam'], codes: ['VNA'], cjk: ['越通社', 'ベトナム通信'], domains: ['vnanet.vn'],
  },
  {
    id: 'bernama', name: 'Malaysian National News Agency', shortName: 'Bernama', country: 'MY', homepage: 'https://www.bernama.com',
    names: ['Bernama', 'Pertubuhan Berita Nasional Malaysia'], cjk: ['马新社', '馬新社'], domains: ['bernama.com'],
  },
  {
    id: 'antara', name: 'Antara', shortName: 'Antara', country: 'ID', homepage: 'https://www.antaranews.com',
    names: ['ANTARA News', 'Kantor Berita Antara', 'LKBN Antara', 'Antaranews'], codes: ['Antara', 'ANTARA'], cjk: ['安塔拉通讯社'], domains: ['antaranews.com'],
    nameLike: ['Antara'],
  },
  {
    id: 'pna', name: 'Philippine News Agency', shortName: 'PNA', country: 'PH', homepage: 'https://www.pna.gov.ph',
    standsAlone: false,
    names: ['Philippine News Agency'], codes: ['PNA'], domains: ['pna.gov.ph'],
    lookalikes: { near: ['Palestinian National Authority', 'Palestinian Authority', 'Partido Nacionalista'] },
  },
  {
    id: 'tna', name: 'Thai News Agency', shortName: 'TNA', country: 'TH', homepage: 'https://tna.mcot.net',
    names: ['Thai News Agency', 'สำนักข่าวไทย'], codes: ['TNA'], domains: ['tna.mcot.net'],
    lookalikes: { near: ['Tamil National Alliance', 'National Archives', 'wrestling'], nextWords: PARTY_WORDS },
  },
  {
    id: 'montsame', name: 'Montsame', shortName: 'Montsame', country: 'MN', homepage: 'https://www.montsame.mn',
    names: ['Montsame'], domains: ['montsame.mn'],
  },
  {
    id: 'aap', name: 'Australian Associated Press', shortName: 'AAP', country: 'AU', homepage: 'https://www.aap.com.au',
    names: ['Australian Associated Press'], codes: ['AAP'], photo: ['AAP Image'], domains: ['aap.com.au'],
    lookalikes: {
      near: ['Academy of Pediatrics', 'Aam Aadmi', 'Kejriwal', 'American Association of Physicists', 'American Academy of Periodontology'],
      nextWords: [...PARTY_WORDS, 'guidelines', 'recommends', 'recommendation', 'recommendations', 'policy', 'statement'],
    },
  },
  {
    id: 'pa', name: 'PA Media', shortName: 'PA', country: 'GB', homepage: 'https://pa.media',
    names: ['PA Media', 'Press Association', 'PA Wire', 'Press Association Sport', 'PA Sport'], codes: ['PA'], photo: ['PA Images'],
    domains: ['pa.media'], lookalikes: { near: ['Pennsylvania'] },
  },
  // ---- More national agencies. Europe
  {
    id: 'elta', name: 'Lietuvos telegramų agentūra', shortName: 'ELTA', country: 'LT', homepage: 'https://www.elta.lt',
    names: ['Lietuvos telegramų agentūra', 'Lithuanian News Agency'], codes: ['ELTA'], domains: ['elta.lt'],
  },
  {
    id: 'mina', name: 'Montenegrin News Agency MINA', shortName: 'MINA', country: 'ME', homepage: 'https://www.mina.news',
    names: ['Montenegrin News Agency', 'Agencija MINA'], codes: ['MINA'], domains: ['mina.news'],
  },
  {
    id: 'ata', name: 'Agjencia Telegrafike Shqiptare', shortName: 'ATA', country: 'AL', homepage: 'https://ata.gov.al',
    standsAlone: false,
    names: ['Agjencia Telegrafike Shqiptare', 'Albanian Telegraphic Agency'], codes: ['ATA'], domains: ['ata.gov.al'],
    lookalikes: { nextWords: ['carnet', 'carnets', 'airlines'] },
  },
  {
    id: 'moldpres', name: 'Moldpres', shortName: 'Moldpres', country: 'MD', homepage: 'https://www.moldpres.md',
    names: ['Moldpres', 'Молдпрес'], domains: ['moldpres.md'],
  },
  {
    id: 'srna', name: 'Novinska agencija Republike Srpske', shortName: 'SRNA', country: 'BA', homepage: 'https://www.srna.rs',
    names: ['Novinska agencija Republike Srpske', 'Новинска агенција Републике Српске'], codes: ['SRNA', 'СРНА', 'Srna'], domains: ['srna.rs'],
    nameLike: ['Srna'],
  },
  {
    id: 'beta', name: 'Beta News Agency', shortName: 'Beta', country: 'RS', homepage: 'https://beta.rs',
    standsAlone: false,
    // "Beta" is also the test stage of software: the look-alikes keep "(beta version)" and "open beta" out.
    names: ['Agencija Beta', 'Beta News Agency', 'Агенција Бета'], codes: ['BETA', 'Beta'], domains: ['beta.rs'],
    lookalikes: {
      near: ['beta version', 'beta test', 'public beta', 'open beta', 'closed beta', 'beta release'],
      nextWords: ['version', 'versions', 'test', 'tests', 'tester', 'testers', 'testing', 'release', 'program', 'programme', 'channel', 'build', 'feature', 'blockers'],
    },
  },
  {
    id: 'fonet', name: 'FoNet', shortName: 'FoNet', country: 'RS', homepage: 'https://www.fonet.rs',
    names: ['FoNet', 'ФоНет'], domains: ['fonet.rs'],
  },
  {
    id: 'kosovapress', name: 'KosovaPress', shortName: 'KosovaPress', country: 'XK', homepage: 'https://kosovapress.com',
    names: ['KosovaPress', 'Kosova Press'], domains: ['kosovapress.com'],
  },
  {
    id: 'sita', name: 'Slovenská tlačová agentúra', shortName: 'SITA', country: 'SK', homepage: 'https://sita.sk',
    standsAlone: false,
    names: ['Slovenská tlačová agentúra'], codes: ['SITA'], domains: ['sita.sk'],
    lookalikes: { nextWords: ['airlines', 'aero', 'group'] },
  },
  {
    id: 'mediafax', name: 'Mediafax', shortName: 'Mediafax', country: 'RO', homepage: 'https://www.mediafax.ro',
    names: ['Mediafax', 'Agenția Mediafax'], domains: ['mediafax.ro'],
  },
  {
    id: 'anka', name: 'ANKA Haber Ajansı', shortName: 'ANKA', country: 'TR', homepage: 'https://ankahaber.net',
    names: ['ANKA Haber Ajansı', 'ANKA News Agency'], codes: ['ANKA'], domains: ['ankahaber.net'],
  },
  {
    id: 'cna-cy', name: 'Cyprus News Agency', shortName: 'CNA', country: 'CY', homepage: 'https://www.cna.org.cy',
    names: ['Cyprus News Agency', 'Κυπριακό Πρακτορείο Ειδήσεων'], codes: ['ΚΥΠΕ', 'CNA'], domains: ['cna.org.cy'],
    homeWords: ['Cyprus', 'Cypriot', 'Nicosia', 'Limassol', 'Larnaca', 'Paphos', 'Famagusta', 'Κύπρος', 'Λευκωσία', 'Λεμεσός'],
  },
  {
    id: 'servimedia', name: 'Servimedia', shortName: 'Servimedia', country: 'ES', homepage: 'https://www.servimedia.es',
    names: ['Servimedia'], domains: ['servimedia.es'],
  },
  {
    id: 'colpisa', name: 'Colpisa', shortName: 'Colpisa', country: 'ES', homepage: 'https://www.colpisa.com',
    names: ['Colpisa'], domains: ['colpisa.com'],
  },
  {
    id: 'acn', name: 'Agència Catalana de Notícies', shortName: 'ACN', country: 'ES', homepage: 'https://www.acn.cat',
    names: ['Agència Catalana de Notícies', 'Agencia Catalana de Noticias', 'Catalan News Agency'], codes: ['ACN'], domains: ['acn.cat'],
  },
  {
    id: 'nova', name: 'Agenzia Nova', shortName: 'Nova', country: 'IT', homepage: 'https://www.agenzianova.com',
    names: ['Agenzia Nova'], domains: ['agenzianova.com'],
  },
  // German-speaking specialist agencies: sport, finance, churches
  {
    id: 'sid', name: 'Sport-Informations-Dienst', shortName: 'SID', country: 'DE', homepage: 'https://www.sid.de',
    standsAlone: false,
    names: ['Sport-Informations-Dienst', 'Sport-Informationsdienst'], codes: ['SID', 'sid'], domains: ['sid.de'],
  },
  {
    id: 'dts', name: 'dts Nachrichtenagentur', shortName: 'dts', country: 'DE', homepage: 'https://www.dts-nachrichtenagentur.de',
    names: ['dts Nachrichtenagentur', 'dts-Nachrichtenagentur'], codes: ['dts'], domains: ['dts-nachrichtenagentur.de'],
  },
  {
    id: 'afx', name: 'AFX News', shortName: 'AFX', country: 'GB', homepage: 'https://www.afp.com',
    names: ['AFX News', 'AFX-News'], codes: ['AFX'],
  },
  {
    id: 'awp', name: 'AWP Finanznachrichten', shortName: 'AWP', country: 'CH', homepage: 'https://www.awp.ch',
    // (lower-case as Swiss sites chain it with sda: "Quelle: sda/awp", "(awp/sda)", "cf/awp")
    names: ['AWP Finanznachrichten', 'AWP Finanz'], codes: ['AWP', 'awp'], domains: ['awp.ch'],
  },
  {
    id: 'kathpress', name: 'Kathpress', shortName: 'Kathpress', country: 'AT', homepage: 'https://www.kathpress.at',
    names: ['Kathpress', 'Katholische Presseagentur'], codes: ['KAP'], domains: ['kathpress.at'],
  },
  {
    // signs "(idea)"; the lower-case word is English "idea", so only the agency's longer names are matched
    id: 'idea', name: 'Evangelische Nachrichtenagentur idea', shortName: 'idea', country: 'DE', homepage: 'https://www.idea.de',
    names: ['Evangelische Nachrichtenagentur idea', 'Nachrichtenagentur idea', 'idea Nachrichtenagentur'], domains: ['idea.de'],
  },
  // Religious agencies elsewhere
  {
    id: 'fides', name: 'Agenzia Fides', shortName: 'Fides', country: 'VA', homepage: 'https://www.fides.org',
    names: ['Agenzia Fides', 'Agence Fides', 'Agencia Fides', 'Fides News Agency'], domains: ['fides.org'],
  },
  {
    id: 'sir', name: 'Servizio Informazione Religiosa', shortName: 'SIR', country: 'IT', homepage: 'https://www.agensir.it',
    standsAlone: false,
    names: ['Servizio Informazione Religiosa', 'Agenzia SIR', 'AgenSIR'], codes: ['SIR'], domains: ['agensir.it'],
    lookalikes: { nextWords: ['model', 'models'] },
  },
  {
    id: 'aciprensa', name: 'ACI Prensa', shortName: 'ACI Prensa', country: 'PE', homepage: 'https://www.aciprensa.com',
    names: ['ACI Prensa', 'ACI Digital', 'ACI Stampa'], domains: ['aciprensa.com'],
  },
  {
    id: 'catholicnewsagency', name: 'Catholic News Agency', shortName: 'CNA', country: 'US', homepage: 'https://www.catholicnewsagency.com',
    names: ['Catholic News Agency'], domains: ['catholicnewsagency.com'],
  },
  {
    id: 'catholicnewsservice', name: 'Catholic News Service', shortName: 'CNS', country: 'US', homepage: 'https://www.catholicnews.com',
    names: ['Catholic News Service'], domains: ['catholicnews.com'],
  },
  {
    id: 'rns', name: 'Religion News Service', shortName: 'RNS', country: 'US', homepage: 'https://religionnews.com',
    names: ['Religion News Service'], codes: ['RNS'], domains: ['religionnews.com'],
  },
  {
    id: 'jns', name: 'Jewish News Syndicate', shortName: 'JNS', country: 'US', homepage: 'https://www.jns.org',
    names: ['Jewish News Syndicate'], codes: ['JNS'], domains: ['jns.org'],
  },
  {
    id: 'asianews', name: 'AsiaNews', shortName: 'AsiaNews', country: 'IT', homepage: 'https://www.asianews.it',
    names: ['AsiaNews', 'AsiaNews.it'], domains: ['asianews.it'],
  },
  // Global and financial
  {
    id: 'dowjones', name: 'Dow Jones Newswires', shortName: 'Dow Jones', country: 'US', homepage: 'https://www.dowjones.com',
    // (not the bare "Dow Jones", which is mostly the index)
    names: ['Dow Jones Newswires', 'Dow Jones Newswire', 'Dow Jones News Service'], domains: ['dowjones.com'],
  },
  {
    id: 'sputnik', name: 'Sputnik', shortName: 'Sputnik', country: 'RU', homepage: 'https://sputnikglobe.com',
    // Sputnik's own sites run its own journalism: a "Sputnik" byline there is the publisher, not a wire credit.
    ownSiteIsWire: false,
    names: ['Sputnik News', 'Sputnik International', 'سبوتنيك'], codes: ['Sputnik', 'SPUTNIK', 'Спутник'], domains: ['sputnikglobe.com', 'sputniknews.com'],
    lookalikes: { nextWords: ['v', 'vaccine', 'vaccines', 'light', 'jab', 'jabs', 'shot', 'shots', 'satellite', 'moment', 'shock', 'crisis'] },
  },
  {
    id: 'prime', name: 'PRIME Economic Information Agency', shortName: 'PRIME', country: 'RU', homepage: 'https://1prime.ru',
    names: ['Агентство экономической информации ПРАЙМ', 'агентство «Прайм»', 'агентство ПРАЙМ'], codes: ['ПРАЙМ'], domains: ['1prime.ru'],
  },
  {
    id: 'regnum', name: 'Regnum', shortName: 'Regnum', country: 'RU', homepage: 'https://regnum.ru',
    names: ['Regnum', 'ИА REGNUM', 'ИА Регнум', 'Регнум'], domains: ['regnum.ru'],
  },
  // Caucasus and Central Asia
  {
    id: 'apa-az', name: 'APA Information Agency', shortName: 'APA', country: 'AZ', homepage: 'https://apa.az',
    names: ['APA Information Agency', 'APA.az'], codes: ['APA'], domains: ['apa.az'],
    homeWords: ['Azerbaijan', 'Azerbaijani', 'Baku', 'Azərbaycan', 'Bakı', 'Азербайджан', 'Баку', 'Karabakh', 'Aliyev'],
  },
  {
    id: 'trend', name: 'Trend News Agency', shortName: 'Trend', country: 'AZ', homepage: 'https://en.trend.az',
    names: ['Trend News Agency', 'Trend.az', 'Trend İnformasiya Agentliyi'], domains: ['trend.az'],
  },
  {
    id: 'interpressnews', name: 'Interpressnews', shortName: 'IPN', country: 'GE', homepage: 'https://www.interpressnews.ge',
    names: ['Interpressnews', 'ინტერპრესნიუსი'], domains: ['interpressnews.ge'],
  },
  {
    id: 'kabar', name: 'Kabar National News Agency', shortName: 'Kabar', country: 'KG', homepage: 'https://kabar.kg',
    // "kabar" is also the Indonesian and Malay word for "news": only the agency's letter case counts.
    names: ['Kabar News Agency', 'Кабар'], codes: ['Kabar', 'KABAR'], domains: ['kabar.kg'],
  },
  {
    id: 'khovar', name: 'Khovar', shortName: 'Khovar', country: 'TJ', homepage: 'https://khovar.tj',
    names: ['Khovar', 'Ховар', 'НИАТ «Ховар»'], domains: ['khovar.tj'],
  },
  {
    id: 'uza', name: 'Uzbekistan National News Agency', shortName: 'UzA', country: 'UZ', homepage: 'https://uza.uz',
    names: ['Uzbekistan National News Agency', "O'zbekiston milliy axborot agentligi", 'Национальное информационное агентство Узбекистана'], codes: ['UzA', 'УзА', 'ЎзА'],
    domains: ['uza.uz'],
  },
  {
    id: 'tdh', name: 'Turkmen Döwlet Habarlar Gullugy', shortName: 'TDH', country: 'TM', homepage: 'https://tdh.gov.tm',
    names: ['Turkmen Döwlet Habarlar Gullugy', 'State News Agency of Turkmenistan'], codes: ['TDH'], domains: ['tdh.gov.tm'],
  },
  // Middle East, Iran, Afghanistan
  {
    id: 'tasnim', name: 'Tasnim News Agency', shortName: 'Tasnim', country: 'IR', homepage: 'https://www.tasnimnews.com',
    names: ['Tasnim News Agency', 'Tasnim', 'خبرگزاری تسنیم', 'تسنیم'], domains: ['tasnimnews.com'], nameLike: ['Tasnim'],
  },
  {
    id: 'mehr', name: 'Mehr News Agency', shortName: 'Mehr', country: 'IR', homepage: 'https://www.mehrnews.com',
    // (not the bare "Mehr", the German word for "more")
    names: ['Mehr News Agency', 'Mehr News', 'خبرگزاری مهر'], domains: ['mehrnews.com'],
  },
  {
    id: 'fars', name: 'Fars News Agency', shortName: 'Fars', country: 'IR', homepage: 'https://www.farsnews.ir',
    // (not the bare "Fars", also a province)
    names: ['Fars News Agency', 'Fars News', 'خبرگزاری فارس'], domains: ['farsnews.ir'],
  },
  {
    id: 'ina', name: 'Iraqi News Agency', shortName: 'INA', country: 'IQ', homepage: 'https://ina.iq',
    standsAlone: false,
    names: ['Iraqi News Agency', 'وكالة الأنباء العراقية'], codes: ['INA'], domains: ['ina.iq'],
    lookalikes: { near: ["Institut national de l'audiovisuel", 'audiovisuel'] },
  },
  {
    id: 'bna', name: 'Bahrain News Agency', shortName: 'BNA', country: 'BH', homepage: 'https://www.bna.bh',
    standsAlone: false,
    names: ['Bahrain News Agency', 'وكالة أنباء البحرين'], codes: ['BNA'], domains: ['bna.bh'],
  },
  {
    id: 'ona', name: 'Oman News Agency', shortName: 'ONA', country: 'OM', homepage: 'https://omannews.gov.om',
    standsAlone: false,
    names: ['Oman News Agency', 'وكالة الأنباء العمانية'], codes: ['ONA'], domains: ['omannews.gov.om'],
  },
  {
    id: 'saba', name: 'Saba News Agency', shortName: 'SABA', country: 'YE', homepage: 'https://www.saba.ye',
    names: ['Saba News Agency', 'وكالة سبأ', 'وكالة الأنباء اليمنية سبأ'], codes: ['SABA'], domains: ['saba.ye'],
  },
  {
    id: 'bakhtar', name: 'Bakhtar News Agency', shortName: 'Bakhtar', country: 'AF', homepage: 'https://www.bakhtarnews.af',
    names: ['Bakhtar News Agency', 'آژانس خبری باختر'], domains: ['bakhtarnews.af'],
  },
  {
    id: 'pajhwok', name: 'Pajhwok Afghan News', shortName: 'Pajhwok', country: 'AF', homepage: 'https://pajhwok.com',
    names: ['Pajhwok Afghan News', 'Pajhwok', 'پژواک'], domains: ['pajhwok.com'],
  },
  // Africa
  {
    id: 'suna', name: 'Sudan News Agency', shortName: 'SUNA', country: 'SD', homepage: 'https://suna-sd.net',
    names: ['Sudan News Agency', 'وكالة السودان للأنباء'], codes: ['SUNA'], domains: ['suna-sd.net'],
  },
  {
    id: 'lana', name: 'Libya News Agency', shortName: 'LANA', country: 'LY', homepage: 'https://lana.gov.ly',
    names: ['Libya News Agency', 'Libyan News Agency', 'وكالة الأنباء الليبية'], codes: ['LANA'], domains: ['lana.gov.ly'],
  },
  {
    id: 'ena', name: 'Ethiopian News Agency', shortName: 'ENA', country: 'ET', homepage: 'https://www.ena.et',
    standsAlone: false,
    names: ['Ethiopian News Agency'], codes: ['ENA'], domains: ['ena.et'],
    lookalikes: { near: ["nationale d'administration", 'énarque'] },
  },
  {
    id: 'gna', name: 'Ghana News Agency', shortName: 'GNA', country: 'GH', homepage: 'https://gna.org.gh',
    names: ['Ghana News Agency'], codes: ['GNA'], domains: ['gna.org.gh'],
    lookalikes: { near: ['Government of National Accord', 'National Accord'] },
  },
  {
    id: 'aps-sn', name: 'Agence de Presse Sénégalaise', shortName: 'APS', country: 'SN', homepage: 'https://www.aps.sn',
    names: ['Agence de Presse Sénégalaise'], codes: ['APS'], domains: ['aps.sn'],
    homeWords: ['Sénégal', 'Senegal', 'sénégalais', 'sénégalaise', 'Dakar', 'Thiès', 'Ziguinchor', 'Saint-Louis', 'Kaolack'],
  },
  {
    id: 'angop', name: 'Agência Angola Press', shortName: 'ANGOP', country: 'AO', homepage: 'https://www.angop.ao',
    names: ['Agência Angola Press', 'Angola Press'], codes: ['ANGOP', 'Angop'], domains: ['angop.ao'],
  },
  {
    id: 'aim', name: 'Agência de Informação de Moçambique', shortName: 'AIM', country: 'MZ', homepage: 'https://aimnews.org',
    standsAlone: false,
    names: ['Agência de Informação de Moçambique', 'Mozambique News Agency'], codes: ['AIM'], domains: ['aimnews.org'],
    lookalikes: { near: ['Alternative Investment Market', 'London Stock Exchange'], nextWords: ['market', 'listed', 'listing', 'index', 'shares', 'company', 'companies'] },
  },
  // Asia
  {
    id: 'kcna', name: 'Korean Central News Agency', shortName: 'KCNA', country: 'KP', homepage: 'https://kcna.kp',
    names: ['Korean Central News Agency', 'ЦТАК'], codes: ['KCNA'], cjk: ['조선중앙통신', '朝中社', '朝鮮中央通信', '朝鲜中央通讯社'], domains: ['kcna.kp'],
  },
  {
    id: 'unb', name: 'United News of Bangladesh', shortName: 'UNB', country: 'BD', homepage: 'https://unb.com.bd',
    names: ['United News of Bangladesh', 'ইউএনবি'], codes: ['UNB'], domains: ['unb.com.bd'],
  },
  {
    id: 'ppi', name: 'Pakistan Press International', shortName: 'PPI', country: 'PK', homepage: 'https://www.ppinewsagency.com',
    names: ['Pakistan Press International'], codes: ['PPI'], domains: ['ppinewsagency.com'],
    lookalikes: { near: ['producer price', 'payment protection'], nextWords: ['index', 'data', 'inflation', 'rose', 'fell', 'claims', 'reading'] },
  },
  {
    id: 'rss', name: 'Rastriya Samachar Samiti', shortName: 'RSS', country: 'NP', homepage: 'https://www.rss.com.np',
    standsAlone: false,
    names: ['Rastriya Samachar Samiti', 'Rashtriya Samachar Samiti', 'राष्ट्रिय समाचार समिति'], codes: ['RSS'], domains: ['rss.com.np'],
    // India's Rashtriya Swayamsevak Sangh, and RSS feeds
    lookalikes: {
      near: ['Rashtriya Swayamsevak', 'Swayamsevak', 'Sangh', 'Bhagwat', 'Hindutva', 'RSS feed', 'RSS-Feed', 'flux RSS'],
      nextWords: [...PARTY_WORDS, 'feed', 'feeds', 'reader', 'pracharak', 'pracharaks', 'sarsanghchalak', 'ideologue', 'affiliate', 'affiliated', 'functionary', 'functionaries', 'mouthpiece', 'shakha', 'chief'],
    },
  },
  {
    id: 'lankapuvath', name: 'Lankapuvath', shortName: 'Lankapuvath', country: 'LK', homepage: 'https://www.lankapuvath.lk',
    // (not the bare "Lanka": Sri Lanka)
    names: ['Lankapuvath', 'National News Agency of Sri Lanka'], domains: ['lankapuvath.lk'],
  },
  {
    id: 'kpl', name: 'Lao News Agency', shortName: 'KPL', country: 'LA', homepage: 'https://kpl.gov.la',
    names: ['Lao News Agency', 'Khaosan Pathet Lao'], codes: ['KPL'], domains: ['kpl.gov.la'],
    // the Karnataka Premier League (cricket)
    lookalikes: { near: ['Karnataka Premier League', 'Karnataka', 'cricket'], nextWords: ['fixing', 'match', 'matches', 'season', 'team', 'teams', 'final', 'auction'] },
  },
  {
    id: 'akp', name: 'Agence Kampuchea Presse', shortName: 'AKP', country: 'KH', homepage: 'https://www.akp.gov.kh',
    standsAlone: false,
    names: ['Agence Kampuchea Presse'], codes: ['AKP'], domains: ['akp.gov.kh'],
    // Turkey's Justice and Development Party
    lookalikes: { near: ['Erdoğan', 'Erdogan', 'Türkiye', 'Turkey', 'Justice and Development', 'Adalet ve Kalkınma', 'CHP', 'MHP'], nextWords: PARTY_WORDS },
  },
  {
    id: 'mna', name: 'Myanmar News Agency', shortName: 'MNA', country: 'MM', homepage: 'https://www.moi.gov.mm',
    // (no code: "MNA" is also a member of a national assembly)
    names: ['Myanmar News Agency'],
  },
  // Americas
  {
    id: 'na', name: 'Noticias Argentinas', shortName: 'NA', country: 'AR', homepage: 'https://www.noticiasargentinas.com',
    standsAlone: false,
    names: ['Noticias Argentinas', 'Agencia Noticias Argentinas'], codes: ['NA'], domains: ['noticiasargentinas.com'],
    lookalikes: { near: ['not applicable', 'not available', 'N/A'] },
  },
  {
    id: 'colprensa', name: 'Colprensa', shortName: 'Colprensa', country: 'CO', homepage: 'https://www.colprensa.com',
    names: ['Colprensa'], domains: ['colprensa.com'],
  },
  {
    id: 'abi', name: 'Agencia Boliviana de Información', shortName: 'ABI', country: 'BO', homepage: 'https://www.abi.bo',
    standsAlone: false,
    names: ['Agencia Boliviana de Información', 'Agencia Boliviana de Informacion'], codes: ['ABI'], domains: ['abi.bo'],
    lookalikes: { near: ['Association of British Insurers', 'British Insurers'] },
  },
  {
    id: 'andes', name: 'Agencia Pública de Noticias del Ecuador y Suramérica', shortName: 'Andes', country: 'EC', homepage: 'https://www.andes.info.ec',
    names: ['Agencia Andes', 'Agencia de Noticias Andes', 'Agencia Pública de Noticias del Ecuador y Suramérica'], codes: ['ANDES'], domains: ['andes.info.ec'],
  },
  {
    id: 'avn', name: 'Agencia Venezolana de Noticias', shortName: 'AVN', country: 'VE', homepage: 'https://www.avn.info.ve',
    names: ['Agencia Venezolana de Noticias'], codes: ['AVN'], domains: ['avn.info.ve'],
  },
  {
    id: 'acn-cu', name: 'Agencia Cubana de Noticias', shortName: 'ACN', country: 'CU', homepage: 'https://www.acn.cu',
    names: ['Agencia Cubana de Noticias'], codes: ['ACN'], domains: ['acn.cu'],
    homeWords: ['Cuba', 'cubano', 'cubana', 'cubanos', 'La Habana', 'Havana', 'Santiago de Cuba', 'Camagüey', 'Holguín'],
  },
  {
    id: 'ip', name: 'Agencia de Información Paraguaya', shortName: 'IP', country: 'PY', homepage: 'https://www.ip.gov.py',
    // (no code: "IP" is an address, a property right…)
    names: ['Agencia de Información Paraguaya', 'Agencia IP', 'IP Paraguay'], domains: ['ip.gov.py'],
  },
  {
    id: 'agenciaoglobo', name: 'Agência O Globo', shortName: 'Agência O Globo', country: 'BR', homepage: 'https://oglobo.globo.com',
    names: ['Agência O Globo', 'Agencia O Globo'],
  },
  {
    id: 'quadratin', name: 'Quadratín', shortName: 'Quadratín', country: 'MX', homepage: 'https://www.quadratin.com.mx',
    names: ['Quadratín', 'Quadratin', 'Agencia Quadratín'], domains: ['quadratin.com.mx'],
  },
  // Photo agencies: named in picture credits, never credited for text by themselves.
  {
    id: 'getty', name: 'Getty Images', shortName: 'Getty Images', country: 'US', homepage: 'https://www.gettyimages.com',
    names: ['Getty Images', 'Getty Images News'], photoOnly: true, domains: ['gettyimages.com'],
  },
  {
    id: 'imago', name: 'IMAGO', shortName: 'IMAGO', country: 'DE', homepage: 'https://www.imago-images.com',
    names: ['imago images'], codes: ['IMAGO'], photoOnly: true, domains: ['imago-images.com', 'imago-images.de'],
  },
  {
    id: 'zuma', name: 'ZUMA Press', shortName: 'ZUMA', country: 'US', homepage: 'https://www.zumapress.com',
    names: ['ZUMA Press', 'ZUMA Wire', 'ZUMA Press Wire'], codes: ['ZUMA'], photoOnly: true, domains: ['zumapress.com'],
  },
  {
    id: 'sipa', name: 'Sipa Press', shortName: 'SIPA', country: 'FR', homepage: 'https://www.sipa.com',
    names: ['Sipa Press', 'Sipa USA'], codes: ['SIPA'], photoOnly: true,
  },
  {
    id: 'abaca', name: 'ABACA Press', shortName: 'ABACA', country: 'FR', homepage: 'https://www.abacapress.com',
    names: ['ABACAPRESS', 'Abaca Press', 'ABACAPRESS.COM'], codes: ['ABACA'], photoOnly: true, domains: ['abacapress.com'],
  },
  {
    id: 'epa', name: 'European Pressphoto Agency', shortName: 'EPA', country: 'DE', homepage: 'https://www.epa.eu',
    names: ['European Pressphoto Agency', 'EPA-EFE'], codes: ['EPA'], domains: ['epa.eu'], photoOnly: true,
    lookalikes: { near: ['Environmental Protection Agency', 'Environmental Protection'], nextWords: ['administrator', 'rule', 'rules', 'regulation', 'regulations', 'standards'] },
  },
];

/** The unnamed agency credit: "with inputs from agencies", "wire services", "Agencias". */
export const UNNAMED_AGENCIES: AgencyEntry = {
  id: 'agencies', name: 'News agencies', shortName: 'agencies', country: null, homepage: null,
};

/** Agencies that only supply pictures: a mention of them never credits the text (from the entries' `photoOnly`). */
export const PHOTO_ONLY_AGENCY_IDS: ReadonlySet<string> = new Set(AGENCIES.filter((a) => a.photoOnly).map((a) => a.id));
