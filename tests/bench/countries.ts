// Azerbaijan and the partner countries of the office, with the forms their names take in a title
// ("of the Republic of Uzbekistan", "в Узбекистан") and the emergency body the ministry deals with.
// Partners go from the most frequent to the least: small archives take the first few.
import type { CultureName, Trio } from './names';

export interface Country {
  code: string;
  /** As in "Ministry of Emergency Situations of the Republic of Uzbekistan". */
  of: Trio;
  /** As in "Working visit of the MES delegation to Uzbekistan". */
  to: Trio;
  /** The capital first, then a second city the office's delegations travel to. */
  cities: readonly Trio[];
  timeZone: string;
  culture: CultureName;
  /** How much of the office's work is with this country (relative). */
  weight: number;
  /** The emergency body, when not "Ministry of Emergency Situations of …". */
  body?: Trio;
  /** Whether the emergency body is a uniformed service with ranks. */
  uniformed: boolean;
}

export const AZERBAIJAN: Country = {
  code: 'AZ',
  of: ['Azərbaycan Respublikasının', 'Азербайджанской Республики', 'of the Republic of Azerbaijan'],
  to: ['Azərbaycana', 'в Азербайджан', 'to Azerbaijan'],
  cities: [
    ['Bakı', 'Баку', 'Baku'], ['Gəncə', 'Гянджа', 'Ganja'], ['Sumqayıt', 'Сумгаит', 'Sumgait'], ['Şəki', 'Шеки', 'Sheki'],
    ['Lənkəran', 'Ленкорань', 'Lankaran'], ['Qəbələ', 'Габала', 'Gabala'], ['Şuşa', 'Шуша', 'Shusha'],
    ['Naxçıvan', 'Нахчыван', 'Nakhchivan'], ['Mingəçevir', 'Мингечевир', 'Mingachevir'], ['Quba', 'Губа', 'Guba'],
  ],
  timeZone: 'Asia/Baku',
  culture: 'az',
  weight: 0,
  uniformed: true,
};

export const PARTNER_COUNTRIES: Country[] = [
  {
    code: 'UZ', of: ['Özbəkistan Respublikasının', 'Республики Узбекистан', 'of the Republic of Uzbekistan'],
    to: ['Özbəkistana', 'в Узбекистан', 'to Uzbekistan'], cities: [['Daşkənd', 'Ташкент', 'Tashkent'], ['Səmərqənd', 'Самарканд', 'Samarkand']],
    timeZone: 'Asia/Tashkent', culture: 'central', weight: 14, uniformed: true,
  },
  {
    code: 'RU', of: ['Rusiya Federasiyasının', 'Российской Федерации', 'of the Russian Federation'],
    to: ['Rusiyaya', 'в Россию', 'to Russia'], cities: [['Moskva', 'Москва', 'Moscow'], ['Sankt-Peterburq', 'Санкт-Петербург', 'Saint Petersburg']],
    timeZone: 'Europe/Moscow', culture: 'ru', weight: 13, uniformed: true,
    body: [
      'Rusiya Federasiyasının Mülki Müdafiə, Fövqəladə Hallar və Təbii Fəlakətlərin Nəticələrinin Aradan Qaldırılması Nazirliyi',
      'Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий',
      'Ministry of the Russian Federation for Civil Defence, Emergencies and Disaster Relief',
    ],
  },
  {
    code: 'TR', of: ['Türkiyə Respublikasının', 'Турецкой Республики', 'of the Republic of Türkiye'],
    to: ['Türkiyəyə', 'в Турцию', 'to Türkiye'], cities: [['Ankara', 'Анкара', 'Ankara'], ['İstanbul', 'Стамбул', 'Istanbul']],
    timeZone: 'Europe/Istanbul', culture: 'tr', weight: 12, uniformed: false,
    body: [
      'Türkiyə Respublikası Daxili İşlər Nazirliyinin Fəlakət və Fövqəladə Halların İdarə Edilməsi Başqanlığı (AFAD)',
      'Управление по чрезвычайным ситуациям и стихийным бедствиям МВД Турецкой Республики (AFAD)',
      'Disaster and Emergency Management Presidency of the Republic of Türkiye (AFAD)',
    ],
  },
  {
    code: 'KZ', of: ['Qazaxıstan Respublikasının', 'Республики Казахстан', 'of the Republic of Kazakhstan'],
    to: ['Qazaxıstana', 'в Казахстан', 'to Kazakhstan'], cities: [['Astana', 'Астана', 'Astana'], ['Almatı', 'Алматы', 'Almaty']],
    timeZone: 'Asia/Almaty', culture: 'central', weight: 9, uniformed: true,
  },
  {
    code: 'GE', of: ['Gürcüstanın', 'Грузии', 'of Georgia'],
    to: ['Gürcüstana', 'в Грузию', 'to Georgia'], cities: [['Tbilisi', 'Тбилиси', 'Tbilisi'], ['Batumi', 'Батуми', 'Batumi']],
    timeZone: 'Asia/Tbilisi', culture: 'ka', weight: 8, uniformed: false,
    body: ['Gürcüstanın Fövqəladə Halların İdarə Edilməsi Xidməti', 'Служба управления чрезвычайными ситуациями Грузии', 'Emergency Management Service of Georgia'],
  },
  {
    code: 'BY', of: ['Belarus Respublikasının', 'Республики Беларусь', 'of the Republic of Belarus'],
    to: ['Belarusa', 'в Беларусь', 'to Belarus'], cities: [['Minsk', 'Минск', 'Minsk'], ['Qomel', 'Гомель', 'Gomel']],
    timeZone: 'Europe/Minsk', culture: 'ru', weight: 6, uniformed: true,
  },
  {
    code: 'KG', of: ['Qırğız Respublikasının', 'Кыргызской Республики', 'of the Kyrgyz Republic'],
    to: ['Qırğızıstana', 'в Кыргызстан', 'to Kyrgyzstan'], cities: [['Bişkek', 'Бишкек', 'Bishkek'], ['Oş', 'Ош', 'Osh']],
    timeZone: 'Asia/Bishkek', culture: 'central', weight: 5, uniformed: true,
  },
  {
    code: 'TJ', of: ['Tacikistan Respublikasının', 'Республики Таджикистан', 'of the Republic of Tajikistan'],
    to: ['Tacikistana', 'в Таджикистан', 'to Tajikistan'], cities: [['Düşənbə', 'Душанбе', 'Dushanbe'], ['Xucənd', 'Худжанд', 'Khujand']],
    timeZone: 'Asia/Dushanbe', culture: 'central', weight: 4, uniformed: true,
    body: [
      'Tacikistan Respublikası Hökuməti yanında Fövqəladə Hallar və Mülki Müdafiə Komitəsi',
      'Комитет по чрезвычайным ситуациям и гражданской обороне при Правительстве Республики Таджикистан',
      'Committee of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan',
    ],
  },
  {
    code: 'IR', of: ['İran İslam Respublikasının', 'Исламской Республики Иран', 'of the Islamic Republic of Iran'],
    to: ['İrana', 'в Иран', 'to Iran'], cities: [['Tehran', 'Тегеран', 'Tehran'], ['Təbriz', 'Тебриз', 'Tabriz']],
    timeZone: 'Asia/Tehran', culture: 'ir', weight: 4, uniformed: false,
    body: [
      'İran İslam Respublikasının Böhranların İdarə Edilməsi Milli Təşkilatı',
      'Национальная организация по управлению в кризисных ситуациях Исламской Республики Иран',
      'National Disaster Management Organization of the Islamic Republic of Iran',
    ],
  },
  {
    code: 'IT', of: ['İtaliya Respublikasının', 'Итальянской Республики', 'of the Italian Republic'],
    to: ['İtaliyaya', 'в Италию', 'to Italy'], cities: [['Roma', 'Рим', 'Rome'], ['Milan', 'Милан', 'Milan']],
    timeZone: 'Europe/Rome', culture: 'intl', weight: 3, uniformed: false,
    body: ['İtaliya Nazirlər Şurasının Mülki Müdafiə Departamenti', 'Департамент гражданской защиты Совета министров Италии', 'Civil Protection Department of Italy'],
  },
  {
    code: 'CN', of: ['Çin Xalq Respublikasının', 'Китайской Народной Республики', "of the People's Republic of China"],
    to: ['Çinə', 'в Китай', 'to China'], cities: [['Pekin', 'Пекин', 'Beijing'], ['Şanxay', 'Шанхай', 'Shanghai']],
    timeZone: 'Asia/Shanghai', culture: 'cn', weight: 3, uniformed: false,
    body: [
      'Çin Xalq Respublikasının Fövqəladə Halların İdarə Edilməsi Nazirliyi',
      'Министерство по управлению в чрезвычайных ситуациях Китайской Народной Республики',
      "Ministry of Emergency Management of the People's Republic of China",
    ],
  },
  {
    code: 'DE', of: ['Almaniya Federativ Respublikasının', 'Федеративной Республики Германия', 'of the Federal Republic of Germany'],
    to: ['Almaniyaya', 'в Германию', 'to Germany'], cities: [['Berlin', 'Берлин', 'Berlin'], ['Bonn', 'Бонн', 'Bonn']],
    timeZone: 'Europe/Berlin', culture: 'intl', weight: 2, uniformed: false,
    body: [
      'Almaniyanın Əhalinin Mühafizəsi və Fəlakətlərə Yardım Federal İdarəsi',
      'Федеральное ведомство по защите населения и помощи при катастрофах Германии',
      'Federal Office of Civil Protection and Disaster Assistance of Germany',
    ],
  },
  {
    code: 'FR', of: ['Fransa Respublikasının', 'Французской Республики', 'of the French Republic'],
    to: ['Fransaya', 'во Францию', 'to France'], cities: [['Paris', 'Париж', 'Paris'], ['Lion', 'Лион', 'Lyon']],
    timeZone: 'Europe/Paris', culture: 'intl', weight: 2, uniformed: false,
    body: [
      'Fransanın Mülki Müdafiə və Böhranların İdarə Edilməsi Baş Direktorluğu',
      'Генеральная дирекция гражданской безопасности и кризисного управления Франции',
      'Directorate General for Civil Protection and Crisis Management of France',
    ],
  },
  {
    code: 'HU', of: ['Macarıstanın', 'Венгрии', 'of Hungary'],
    to: ['Macarıstana', 'в Венгрию', 'to Hungary'], cities: [['Budapeşt', 'Будапешт', 'Budapest'], ['Debresen', 'Дебрецен', 'Debrecen']],
    timeZone: 'Europe/Budapest', culture: 'intl', weight: 2, uniformed: true,
    body: ['Macarıstanın Fəlakətlərdən Müdafiə Milli Baş Direktorluğu', 'Национальное главное управление по защите от бедствий Венгрии', 'National Directorate General for Disaster Management of Hungary'],
  },
  {
    code: 'RO', of: ['Rumıniyanın', 'Румынии', 'of Romania'],
    to: ['Rumıniyaya', 'в Румынию', 'to Romania'], cities: [['Buxarest', 'Бухарест', 'Bucharest'], ['Konstansa', 'Констанца', 'Constanta']],
    timeZone: 'Europe/Bucharest', culture: 'intl', weight: 2, uniformed: true,
    body: ['Rumıniyanın Fövqəladə Hallar üzrə Baş İnspeksiyası', 'Генеральная инспекция по чрезвычайным ситуациям Румынии', 'General Inspectorate for Emergency Situations of Romania'],
  },
  {
    code: 'PL', of: ['Polşa Respublikasının', 'Республики Польша', 'of the Republic of Poland'],
    to: ['Polşaya', 'в Польшу', 'to Poland'], cities: [['Varşava', 'Варшава', 'Warsaw'], ['Krakov', 'Краков', 'Krakow']],
    timeZone: 'Europe/Warsaw', culture: 'intl', weight: 1, uniformed: true,
    body: ['Polşa Dövlət Yanğından Mühafizə Xidmətinin Baş Komendaturası', 'Главная комендатура Государственной пожарной службы Польши', 'National Headquarters of the State Fire Service of Poland'],
  },
  {
    code: 'LT', of: ['Litva Respublikasının', 'Литовской Республики', 'of the Republic of Lithuania'],
    to: ['Litvaya', 'в Литву', 'to Lithuania'], cities: [['Vilnüs', 'Вильнюс', 'Vilnius'], ['Kaunas', 'Каунас', 'Kaunas']],
    timeZone: 'Europe/Vilnius', culture: 'intl', weight: 1, uniformed: true,
    body: ['Litvanın Yanğından Mühafizə və Xilasetmə Departamenti', 'Департамент пожарной охраны и спасения Литвы', 'Fire and Rescue Department of Lithuania'],
  },
];
