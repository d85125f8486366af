// Name material for the synthetic archive, each piece as [Azerbaijani, Russian, English], so the
// bench's records are spelled the way the office's are: one person, three scripts.
export type Trio = readonly [az: string, ru: string, en: string];

/** Surnames the office meets again and again; searches for them return thousands of people. */
export const COMMON_SURNAMES: Trio[] = [
  ['Heydərov', 'Гейдаров', 'Heydarov'],
  ['Məmmədov', 'Мамедов', 'Mammadov'],
  ['Əliyev', 'Алиев', 'Aliyev'],
  ['Quliyev', 'Гулиев', 'Guliyev'],
  ['Hüseynov', 'Гусейнов', 'Huseynov'],
  ['Həsənov', 'Гасанов', 'Hasanov'],
  ['Kudratxocayev', 'Кудратходжаев', 'Kudratkhodjaev'],
  ['Kurenkov', 'Куренков', 'Kurenkov'],
  ['Kərimov', 'Керимов', 'Karimov'],
  ['Rəhimov', 'Рагимов', 'Rahimov'],
  ['Nəzərov', 'Назаров', 'Nazarov'],
  ['Yusupov', 'Юсупов', 'Yusupov'],
  ['Abdullayev', 'Абдуллаев', 'Abdullayev'],
  ['İvanov', 'Иванов', 'Ivanov'],
  ['Petrov', 'Петров', 'Petrov'],
  ['Cəfərov', 'Джафаров', 'Jafarov'],
];

export const FIRST_NAMES: Trio[] = [
  ['Kəmaləddin', 'Кямаледдин', 'Kamaladdin'],
  ['Botir', 'Ботир', 'Botir'],
  ['Aleksandr', 'Александр', 'Alexander'],
  ['Elçin', 'Эльчин', 'Elchin'],
  ['Rəşad', 'Рашад', 'Rashad'],
  ['Nərgiz', 'Наргиз', 'Nargiz'],
  ['Günel', 'Гюнель', 'Gunel'],
  ['Tural', 'Турал', 'Tural'],
  ['Sergey', 'Сергей', 'Sergey'],
  ['Dilşod', 'Дилшод', 'Dilshod'],
  ['Ayaz', 'Аяз', 'Ayaz'],
  ['Leyla', 'Лейла', 'Leyla'],
  ['Xəyal', 'Хаял', 'Khayal'],
  ['Şahin', 'Шахин', 'Shahin'],
  ['Vüqar', 'Вугар', 'Vugar'],
  ['Aynur', 'Айнур', 'Aynur'],
];

/** Syllables that make thousands of rarer surnames, each written in the three scripts. */
export const SYLLABLES: Trio[] = [
  ['ka', 'ка', 'ka'], ['ra', 'ра', 'ra'], ['mə', 'ма', 'ma'], ['li', 'ли', 'li'], ['xan', 'хан', 'khan'],
  ['şa', 'ша', 'sha'], ['no', 'но', 'no'], ['ve', 'ве', 've'], ['zu', 'зу', 'zu'], ['ca', 'джа', 'ja'],
  ['tu', 'ту', 'tu'], ['bə', 'ба', 'ba'], ['sa', 'са', 'sa'], ['mi', 'ми', 'mi'], ['ro', 'ро', 'ro'],
  ['lu', 'лу', 'lu'], ['qo', 'го', 'go'], ['də', 'да', 'da'], ['fi', 'фи', 'fi'], ['pe', 'пе', 'pe'],
  ['çi', 'чи', 'chi'], ['nu', 'ну', 'nu'], ['to', 'то', 'to'], ['vi', 'ви', 'vi'],
];
export const SURNAME_ENDINGS: Trio[] = [
  ['ov', 'ов', 'ov'], ['yev', 'ев', 'yev'], ['zadə', 'заде', 'zade'], ['li', 'ли', 'li'], ['in', 'ин', 'in'],
];

export const COUNTRIES: { code: string; name: Trio }[] = [
  { code: 'UZ', name: ['Özbəkistan', 'Узбекистан', 'Uzbekistan'] },
  { code: 'RU', name: ['Rusiya', 'Россия', 'Russia'] },
  { code: 'TR', name: ['Türkiyə', 'Турция', 'Türkiye'] },
  { code: 'KZ', name: ['Qazaxıstan', 'Казахстан', 'Kazakhstan'] },
  { code: 'GE', name: ['Gürcüstan', 'Грузия', 'Georgia'] },
  { code: 'IT', name: ['İtaliya', 'Италия', 'Italy'] },
  { code: 'CN', name: ['Çin', 'Китай', 'China'] },
  { code: 'BY', name: ['Belarus', 'Беларусь', 'Belarus'] },
];

export const ORGANIZATION_KINDS: Trio[] = [
  ['Fövqəladə Hallar Nazirliyi', 'Министерство по чрезвычайным ситуациям', 'Ministry of Emergency Situations'],
  ['Yanğından Mühafizə Xidməti', 'Пожарно-спасательная служба', 'Fire and Rescue Service'],
  ['Mülki Müdafiə Akademiyası', 'Академия гражданской защиты', 'Civil Defence Academy'],
  ['Dövlət Su Ehtiyatları Agentliyi', 'Агентство водных ресурсов', 'State Water Resources Agency'],
];

export const POSITIONS: Trio[] = [
  ['Nazir', 'Министр', 'Minister'],
  ['Nazir müavini', 'Заместитель министра', 'Deputy Minister'],
  ['Şöbə müdiri', 'Начальник отдела', 'Head of Department'],
  ['Baş məsləhətçi', 'Главный консультант', 'Chief Adviser'],
];

export const EVENT_TITLES: Trio[] = [
  ['Əklil qoyma mərasimi', 'Возложение венка', 'Wreath-laying'],
  ['İkitərəfli görüş', 'Двусторонняя встреча', 'Bilateral meeting'],
  ['Rəsmi nahar', 'Официальный обед', 'Official dinner'],
  ['Tədris mərkəzinə baxış', 'Посещение учебного центра', 'Tour of the training centre'],
  ['Mətbuat üçün bəyanat', 'Заявление для прессы', 'Press statement'],
  ['Sənədlərin imzalanması', 'Подписание документов', 'Signing ceremony'],
];

export const CITIES: Trio[] = [
  ['Bakı', 'Баку', 'Baku'],
  ['Gəncə', 'Гянджа', 'Ganja'],
  ['Daşkənd', 'Ташкент', 'Tashkent'],
  ['Moskva', 'Москва', 'Moscow'],
];
