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
}

export const AGENCIES: readonly AgencyEntry[] = [
  // Global
  {
    id: 'ap', name: 'The Associated Press', shortName: 'AP', country: 'US', homepage: 'https://apnews.com',
    names: [
      'The Associated Press', 'Associated Press', 'Ассошиэйтед Пресс', 'Associated Press Television News', 'APTN',
      // Staff titles in AP bylines, often in odd letter case ("Greg Beacham, Ap Sports Writer")
      'AP Writer', 'AP Sports Writer', 'AP National Writer', 'AP Entertainment Writer', 'AP Business Writer',
      'AP Medical Writer', 'AP Science Writer', 'AP Technology Writer', 'AP Political Writer', 'AP Economics Writer',
      'AP Diplomatic Writer', 'AP Legal Affairs Writer', 'AP Religion Writer', 'AP Auto Writer', 'AP Food Editor',
      'AP Correspondent', 'AP Chief Medical Writer', 'AP Health Writer', 'AP Education Writer', 'AP Energy Writer',
    ],
    codes: ['AP', 'A.P.'], cjk: ['美联社', '美聯社', 'AP通信'], photo: ['AP Photo', 'AP Foto', 'AP Images', 'AP Photos'],
    domains: ['apnews.com', 'ap.org'],
  },
  {
    id: 'reuters', name: 'Reuters', shortName: 'Reuters', country: 'GB', homepage: 'https://www.reuters.com',
    names: ['Reuters', 'Рейтер', 'Рейтерс', 'Reuters News', 'رويترز', 'Ρόιτερς', 'Reuters.com'], cjk: ['路透社', '路透', 'ロイター', '로이터'],
    photo: ['Reuters Pictures'], domains: ['reuters.com'],
  },
  {
    id: 'afp', name: 'Agence France-Presse', shortName: 'AFP', country: 'FR', homepage: 'https://www.afp.com',
    names: ['Agence France-Presse', 'Agence France Presse', 'France-Presse', 'Франс Пресс', 'Франс Пресс', 'أ ف ب', 'فرانس برس'],
    codes: ['AFP', 'Afp', 'afp'], cjk: ['法新社', 'AFP通信', '프랑스통신', 'AFP時事'], domains: ['afp.com'],
  },
  {
    id: 'bloomberg', name: 'Bloomberg News', shortName: 'Bloomberg', country: 'US', homepage: 'https://www.bloomberg.com',
    names: ['Bloomberg News', 'Bloomberg'], cjk: ['ブルームバーグ', '彭博社', '彭博'], domains: ['bloomberg.com'],
    // bloomberg.com is also the publisher's own newsroom: its pages are not a wire credit by themselves.
    ownSiteIsWire: false,
  },
  {
    id: 'upi', name: 'United Press International', shortName: 'UPI', country: 'US', homepage: 'https://www.upi.com',
    names: ['United Press International'], codes: ['UPI'], domains: ['upi.com'],
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
    names: ['Deutsche Presse-Agentur', 'Deutschen Presse-Agentur', 'dpa-infocom', 'dpa-Infoline', 'dpa-Radsportnews', 'dpa Sport', 'dpa-tmn', 'dpa-Themendienst', 'د ب أ'],
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
    names: ['Katholische Nachrichten-Agentur'], codes: ['KNA'], domains: ['kna.de'],
  },
  {
    id: 'ddp', name: 'ddp', shortName: 'ddp', country: 'DE', homepage: 'https://www.ddp.de',
    names: ['Deutscher Depeschendienst'], codes: ['ddp', 'DDP'], domains: ['ddp.de'],
  },
  {
    id: 'apa', name: 'Austria Presse Agentur', shortName: 'APA', country: 'AT', homepage: 'https://apa.at',
    names: ['Austria Presse Agentur', 'Austria Presse-Agentur'], codes: ['APA'], domains: ['apa.at'],
  },
  {
    id: 'sda', name: 'Keystone-SDA', shortName: 'SDA', country: 'CH', homepage: 'https://www.keystone-sda.ch',
    names: ['Keystone-SDA', 'Keystone-ATS', 'Schweizerische Depeschenagentur', 'Agence Télégraphique Suisse'],
    codes: ['SDA', 'sda', 'ATS'], domains: ['keystone-sda.ch'],
  },
  {
    id: 'keystone', name: 'Keystone', shortName: 'Keystone', country: 'CH', homepage: 'https://www.keystone-sda.ch',
    names: ['Keystone'], codes: ['KEYSTONE'],
  },
  // Southern Europe and Latin America
  {
    id: 'efe', name: 'Agencia EFE', shortName: 'EFE', country: 'ES', homepage: 'https://efe.com',
    names: ['Agencia EFE', 'Agência EFE', 'Agenzia EFE'], codes: ['EFE', 'Efe'], cjk: ['埃菲社'], domains: ['efe.com'],
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
  },
  {
    id: 'adnkronos', name: 'Adnkronos', shortName: 'Adnkronos', country: 'IT', homepage: 'https://www.adnkronos.com',
    names: ['Adnkronos', 'Adn Kronos'], domains: ['adnkronos.com'],
  },
  {
    id: 'lusa', name: 'Agência Lusa', shortName: 'Lusa', country: 'PT', homepage: 'https://www.lusa.pt',
    names: ['Agência Lusa', 'Agencia Lusa'], codes: ['Lusa', 'LUSA'], domains: ['lusa.pt'],
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
    names: ['Agencia Andina', 'Andina'], domains: ['andina.pe'],
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
    names: ['askanews', 'Askanews'], domains: ['askanews.it'],
  },
  {
    id: 'dire', name: 'Agenzia Dire', shortName: 'Dire', country: 'IT', homepage: 'https://www.dire.it',
    names: ['Agenzia Dire', 'Agenzia DIRE'], codes: ['DIRE', 'Dire'], domains: ['dire.it'],
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
    names: ['Agence Belga', 'Belga'], domains: ['belga.be'],
  },
  {
    id: 'anp', name: 'Algemeen Nederlands Persbureau', shortName: 'ANP', country: 'NL', homepage: 'https://www.anp.nl',
    names: ['Algemeen Nederlands Persbureau'], codes: ['ANP'], domains: ['anp.nl'],
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
    names: ['TT Nyhetsbyrån', 'Tidningarnas Telegrambyrå'], codes: ['TT'], domains: ['tt.se'],
  },
  {
    id: 'stt', name: 'Suomen Tietotoimisto', shortName: 'STT', country: 'FI', homepage: 'https://stt.fi',
    names: ['Suomen Tietotoimisto', 'STT-Info'], codes: ['STT'], domains: ['stt.fi'],
  },
  // Central and Eastern Europe
  {
    id: 'pap', name: 'Polska Agencja Prasowa', shortName: 'PAP', country: 'PL', homepage: 'https://www.pap.pl',
    names: ['Polska Agencja Prasowa'], codes: ['PAP'], domains: ['pap.pl'],
  },
  {
    id: 'ctk', name: 'Česká tisková kancelář', shortName: 'ČTK', country: 'CZ', homepage: 'https://www.ctk.cz',
    names: ['Česká tisková kancelář'], codes: ['ČTK', 'CTK'], domains: ['ctk.cz'],
  },
  {
    id: 'tasr', name: 'Tlačová agentúra Slovenskej republiky', shortName: 'TASR', country: 'SK', homepage: 'https://www.tasr.sk',
    names: ['Tlačová agentúra Slovenskej republiky'], codes: ['TASR'], domains: ['tasr.sk'],
  },
  {
    id: 'mti', name: 'Magyar Távirati Iroda', shortName: 'MTI', country: 'HU', homepage: 'https://mti.hu',
    names: ['Magyar Távirati Iroda'], codes: ['MTI'], domains: ['mti.hu'],
  },
  {
    id: 'hina', name: 'Hrvatska izvještajna novinska agencija', shortName: 'HINA', country: 'HR', homepage: 'https://www.hina.hr',
    names: ['Hrvatska izvještajna novinska agencija'], codes: ['HINA', 'Hina'], domains: ['hina.hr'],
  },
  {
    id: 'tanjug', name: 'Tanjug', shortName: 'Tanjug', country: 'RS', homepage: 'https://www.tanjug.rs',
    names: ['Tanjug', 'Танјуг'], domains: ['tanjug.rs'],
  },
  {
    id: 'sta', name: 'Slovenska tiskovna agencija', shortName: 'STA', country: 'SI', homepage: 'https://www.sta.si',
    names: ['Slovenska tiskovna agencija'], codes: ['STA'], domains: ['sta.si'],
  },
  {
    id: 'fena', name: 'Federalna novinska agencija', shortName: 'FENA', country: 'BA', homepage: 'https://www.fena.ba',
    names: ['Federalna novinska agencija'], codes: ['FENA', 'Fena'], domains: ['fena.ba'],
  },
  {
    id: 'mia', name: 'Media Information Agency', shortName: 'MIA', country: 'MK', homepage: 'https://mia.mk',
    names: ['Медиумска информативна агенција'], codes: ['MIA', 'МИА'], domains: ['mia.mk'],
  },
  {
    id: 'agerpres', name: 'Agerpres', shortName: 'Agerpres', country: 'RO', homepage: 'https://www.agerpres.ro',
    names: ['Agerpres'], domains: ['agerpres.ro'],
  },
  {
    id: 'bta', name: 'Bulgarian News Agency', shortName: 'BTA', country: 'BG', homepage: 'https://www.bta.bg',
    names: ['Bulgarian News Agency', 'Българска телеграфна агенция'], codes: ['BTA', 'БТА'], domains: ['bta.bg'],
  },
  {
    id: 'ana-mpa', name: 'Athens-Macedonian News Agency', shortName: 'ANA-MPA', country: 'GR', homepage: 'https://www.amna.gr',
    names: ['Athens-Macedonian News Agency', 'ANA-MPA', 'ΑΠΕ-ΜΠΕ'], codes: ['AMNA'], domains: ['amna.gr'],
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
    names: ['Ukrinform', 'Укрінформ', 'Укринформ'], domains: ['ukrinform.net', 'ukrinform.ua'],
  },
  {
    id: 'unian', name: 'UNIAN', shortName: 'UNIAN', country: 'UA', homepage: 'https://www.unian.net',
    names: ['УНІАН', 'УНИАН'], codes: ['UNIAN'], domains: ['unian.net', 'unian.ua'],
  },
  // Russia and neighbours
  {
    id: 'tass', name: 'TASS Russian News Agency', shortName: 'TASS', country: 'RU', homepage: 'https://tass.com',
    names: ['ТАСС', 'ИТАР-ТАСС', 'ITAR-TASS'], codes: ['TASS', 'Tass'], cjk: ['塔斯社'], domains: ['tass.ru', 'tass.com'],
  },
  {
    id: 'ria', name: 'RIA Novosti', shortName: 'RIA Novosti', country: 'RU', homepage: 'https://ria.ru',
    names: ['RIA Novosti', 'РИА Новости', 'РИА «Новости»'], cjk: ['俄新社'], domains: ['ria.ru'],
  },
  {
    id: 'interfax', name: 'Interfax', shortName: 'Interfax', country: 'RU', homepage: 'https://www.interfax.ru',
    names: ['Interfax', 'Интерфакс', 'Interfax.ru', 'INTERFAX.RU', 'Интерфакс-Украина'], domains: ['interfax.ru', 'interfax.com'],
  },
  {
    id: 'belta', name: 'Belarusian Telegraph Agency', shortName: 'BelTA', country: 'BY', homepage: 'https://www.belta.by',
    names: ['BelTA', 'БелТА'], domains: ['belta.by'],
  },
  {
    id: 'kazinform', name: 'Kazinform', shortName: 'Kazinform', country: 'KZ', homepage: 'https://www.inform.kz',
    names: ['Kazinform', 'Казинформ'], domains: ['inform.kz'],
  },
  {
    id: 'armenpress', name: 'Armenpress', shortName: 'Armenpress', country: 'AM', homepage: 'https://armenpress.am',
    names: ['Armenpress', 'Арменпресс'], domains: ['armenpress.am'],
  },
  {
    id: 'azertac', name: 'Azerbaijan State News Agency', shortName: 'AZERTAC', country: 'AZ', homepage: 'https://azertag.az',
    names: ['AZERTAC', 'AZƏRTAC', 'Azertag'], domains: ['azertag.az'],
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
    names: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu Ajansi', 'Anadolu', 'الأناضول'], codes: ['AA'], domains: ['aa.com.tr'],
  },
  {
    id: 'wafa', name: 'Palestinian News & Information Agency', shortName: 'WAFA', country: 'PS', homepage: 'https://english.wafa.ps',
    names: ['Palestinian News and Information Agency', 'وفا'], codes: ['WAFA', 'Wafa'], domains: ['wafa.ps'],
  },
  {
    id: 'mena', name: 'Middle East News Agency', shortName: 'MENA', country: 'EG', homepage: 'https://www.mena.org.eg',
    names: ['Middle East News Agency', 'أ ش أ'], codes: ['MENA'], domains: ['mena.org.eg'],
  },
  {
    id: 'spa', name: 'Saudi Press Agency', shortName: 'SPA', country: 'SA', homepage: 'https://www.spa.gov.sa',
    names: ['Saudi Press Agency', 'واس'], codes: ['SPA'], domains: ['spa.gov.sa'],
  },
  {
    id: 'wam', name: 'Emirates News Agency', shortName: 'WAM', country: 'AE', homepage: 'https://www.wam.ae',
    names: ['Emirates News Agency', 'وام'], codes: ['WAM'], domains: ['wam.ae'],
  },
  {
    id: 'qna', name: 'Qatar News Agency', shortName: 'QNA', country: 'QA', homepage: 'https://www.qna.org.qa',
    names: ['Qatar News Agency', 'قنا'], codes: ['QNA'], domains: ['qna.org.qa'],
  },
  {
    id: 'kuna', name: 'Kuwait News Agency', shortName: 'KUNA', country: 'KW', homepage: 'https://www.kuna.net.kw',
    names: ['Kuwait News Agency', 'كونا'], codes: ['KUNA'], domains: ['kuna.net.kw'],
  },
  {
    id: 'irna', name: 'Islamic Republic News Agency', shortName: 'IRNA', country: 'IR', homepage: 'https://en.irna.ir',
    names: ['Islamic Republic News Agency', 'ایرنا', 'إرنا'], codes: ['IRNA'], domains: ['irna.ir'],
  },
  {
    id: 'isna', name: "Iranian Students' News Agency", shortName: 'ISNA', country: 'IR', homepage: 'https://www.isna.ir',
    names: ["Iranian Students' News Agency"], codes: ['ISNA'], domains: ['isna.ir'],
  },
  {
    id: 'petra', name: 'Jordan News Agency', shortName: 'Petra', country: 'JO', homepage: 'https://petra.gov.jo',
    names: ['Jordan News Agency'], codes: ['PETRA'], domains: ['petra.gov.jo'],
  },
  {
    id: 'sana', name: 'Syrian Arab News Agency', shortName: 'SANA', country: 'SY', homepage: 'https://sana.sy',
    names: ['Syrian Arab News Agency', 'سانا'], codes: ['SANA'], domains: ['sana.sy'],
  },
  {
    id: 'nna', name: 'National News Agency', shortName: 'NNA', country: 'LB', homepage: 'https://www.nna-leb.gov.lb',
    names: ['National News Agency'], codes: ['NNA'], domains: ['nna-leb.gov.lb'],
  },
  {
    id: 'map', name: 'Maghreb Arabe Presse', shortName: 'MAP', country: 'MA', homepage: 'https://www.mapnews.ma',
    names: ['Maghreb Arabe Presse'], codes: ['MAP'], domains: ['mapnews.ma'],
  },
  {
    id: 'aps', name: 'Algérie Presse Service', shortName: 'APS', country: 'DZ', homepage: 'https://www.aps.dz',
    names: ['Algérie Presse Service'], codes: ['APS'], domains: ['aps.dz'],
  },
  {
    id: 'tap', name: 'Tunis Afrique Presse', shortName: 'TAP', country: 'TN', homepage: 'https://www.tap.info.tn',
    names: ['Tunis Afrique Presse'], codes: ['TAP'], domains: ['tap.info.tn'],
  },
  {
    id: 'nan', name: 'News Agency of Nigeria', shortName: 'NAN', country: 'NG', homepage: 'https://nannews.ng',
    names: ['News Agency of Nigeria'], codes: ['NAN'], domains: ['nannews.ng'],
  },
  {
    id: 'ana', name: 'African News Agency', shortName: 'ANA', country: 'ZA', homepage: 'https://www.africannewsagency.com',
    names: ['African News Agency'], codes: ['ANA'], domains: ['africannewsagency.com'],
  },
  {
    id: 'kenyanewsagency', name: 'Kenya News Agency', shortName: 'Kenya News Agency', country: 'KE', homepage: 'https://www.kenyanews.go.ke',
    names: ['Kenya News Agency'], domains: ['kenyanews.go.ke'],
  },
  // South Asia
  {
    id: 'pti', name: 'Press Trust of India', shortName: 'PTI', country: 'IN', homepage: 'https://www.ptinews.com',
    // PTI's Hindi service signs "(भाषा)"; the word also means "language", so it counts only in a credit's shape.
    names: ['Press Trust of India', 'PTI Bhasha', 'पीटीआई भाषा', 'भाषा', 'पीटीआई'], codes: ['PTI'], domains: ['ptinews.com'],
  },
  {
    id: 'ani', name: 'Asian News International', shortName: 'ANI', country: 'IN', homepage: 'https://www.aninews.in',
    names: ['Asian News International'], codes: ['ANI'], domains: ['aninews.in'],
  },
  {
    id: 'ians', name: 'Indo-Asian News Service', shortName: 'IANS', country: 'IN', homepage: 'https://ians.in',
    names: ['Indo-Asian News Service', 'Indo Asian News Service'], codes: ['IANS'], domains: ['ians.in'],
  },
  {
    id: 'uni', name: 'United News of India', shortName: 'UNI', country: 'IN', homepage: 'https://www.uniindia.com',
    names: ['United News of India'], codes: ['UNI'], domains: ['uniindia.com'],
  },
  {
    id: 'app', name: 'Associated Press of Pakistan', shortName: 'APP', country: 'PK', homepage: 'https://www.app.com.pk',
    names: ['Associated Press of Pakistan'], codes: ['APP'], domains: ['app.com.pk'],
  },
  {
    id: 'bss', name: 'Bangladesh Sangbad Sangstha', shortName: 'BSS', country: 'BD', homepage: 'https://www.bssnews.net',
    names: ['Bangladesh Sangbad Sangstha'], codes: ['BSS'], domains: ['bssnews.net'],
  },
  // East and South-East Asia, Oceania
  {
    id: 'xinhua', name: 'Xinhua News Agency', shortName: 'Xinhua', country: 'CN', homepage: 'https://english.news.cn',
    names: ['Xinhua News Agency', 'Xinhua', 'Синьхуа', 'شينخوا', 'Синьхуа'], cjk: ['新华社', '新華社', '新华网', '新華網', '新華社通信'],
    domains: ['xinhuanet.com', 'news.cn'],
  },
  {
    id: 'chinanews', name: 'China News Service', shortName: 'CNS', country: 'CN', homepage: 'https://www.chinanews.com.cn',
    names: ['China News Service'], cjk: ['中新社', '中新网', '中新網'], domains: ['chinanews.com.cn', 'chinanews.com'],
  },
  {
    id: 'cna', name: 'Central News Agency', shortName: 'CNA', country: 'TW', homepage: 'https://www.cna.com.tw',
    names: ['Central News Agency', 'Focus Taiwan'], codes: ['CNA'], cjk: ['中央社', '中央通訊社'],
    domains: ['cna.com.tw', 'focustaiwan.tw'],
  },
  {
    id: 'kyodo', name: 'Kyodo News', shortName: 'Kyodo', country: 'JP', homepage: 'https://english.kyodonews.net',
    names: ['Kyodo News', 'Kyodo'], cjk: ['共同通信', '共同社', '교도통신', '共同'], domains: ['kyodonews.net', 'kyodonews.jp'],
  },
  {
    id: 'jiji', name: 'Jiji Press', shortName: 'Jiji', country: 'JP', homepage: 'https://www.jiji.com',
    names: ['Jiji Press', 'Jiji'], cjk: ['時事通信', '時事', '时事社'], domains: ['jiji.com'],
  },
  {
    id: 'yonhap', name: 'Yonhap News Agency', shortName: 'Yonhap', country: 'KR', homepage: 'https://en.yna.co.kr',
    names: ['Yonhap News Agency', 'Yonhap'], cjk: ['연합뉴스', '聯合ニュース', '韩联社', '韓聯社'], domains: ['yna.co.kr'],
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
    names: ['Vietnam News Agency', 'TTXVN'], codes: ['VNA'], domains: ['vnanet.vn'],
  },
  {
    id: 'bernama', name: 'Malaysian National News Agency', shortName: 'Bernama', country: 'MY', homepage: 'https://www.bernama.com',
    names: ['Bernama', 'Pertubuhan Berita Nasional Malaysia'], domains: ['bernama.com'],
  },
  {
    id: 'antara', name: 'Antara', shortName: 'Antara', country: 'ID', homepage: 'https://www.antaranews.com',
    names: ['ANTARA News', 'Kantor Berita Antara'], codes: ['Antara', 'ANTARA'], domains: ['antaranews.com'],
  },
  {
    id: 'pna', name: 'Philippine News Agency', shortName: 'PNA', country: 'PH', homepage: 'https://www.pna.gov.ph',
    names: ['Philippine News Agency'], codes: ['PNA'], domains: ['pna.gov.ph'],
  },
  {
    id: 'tna', name: 'Thai News Agency', shortName: 'TNA', country: 'TH', homepage: 'https://tna.mcot.net',
    names: ['Thai News Agency', 'สำนักข่าวไทย'], codes: ['TNA'], domains: ['tna.mcot.net'],
  },
  {
    id: 'montsame', name: 'Montsame', shortName: 'Montsame', country: 'MN', homepage: 'https://www.montsame.mn',
    names: ['Montsame', 'MONTSAME'], domains: ['montsame.mn'],
  },
  {
    id: 'aap', name: 'Australian Associated Press', shortName: 'AAP', country: 'AU', homepage: 'https://www.aap.com.au',
    names: ['Australian Associated Press'], codes: ['AAP'], photo: ['AAP Image'], domains: ['aap.com.au'],
  },
  {
    id: 'pa', name: 'PA Media', shortName: 'PA', country: 'GB', homepage: 'https://pa.media',
    names: ['PA Media', 'Press Association', 'PA Wire', 'Press Association Sport'], codes: ['PA'], photo: ['PA Images'],
    domains: ['pa.media'],
  },
  // Photo agencies: named in picture credits, never credited for text by themselves.
  {
    id: 'epa', name: 'European Pressphoto Agency', shortName: 'EPA', country: 'DE', homepage: 'https://www.epa.eu',
    names: ['European Pressphoto Agency', 'EPA-EFE'], codes: ['EPA'], domains: ['epa.eu'],
  },
];

/** The unnamed agency credit: "with inputs from agencies", "wire services", "Agencias". */
export const UNNAMED_AGENCIES: AgencyEntry = {
  id: 'agencies', name: 'News agencies', shortName: 'agencies', country: null, homepage: null,
};

/** Agencies that only supply pictures: a mention of them never credits the text. */
export const PHOTO_ONLY_AGENCY_IDS: ReadonlySet<string> = new Set(['epa', 'keystone']);
