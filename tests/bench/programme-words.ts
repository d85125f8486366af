// The items of a visit's programme as the two press releases describe them (meeting at the
// airport, wreath-laying, tête-à-tête and extended talks, signing, tours, dinner, press,
// departure), with titles that match their type, how long each lasts, where it takes place and
// who of the visit attends; and the names of the places.
import type { EventType } from '../../domain/contract';
import type { Trio } from './names';

export type VenueKind = 'airport' | 'alleyOfHonours' | 'alleyOfMartyrs' | 'memorial' | 'headquarters' | 'facility' | 'hotel' | 'restaurant' | 'culture';

/**
 * Who of the visit's members attends: everyone; the travelling side with our liaison; the two
 * heads with the interpreters; the heads with their deputies and liaisons; or a head shown
 * round by a few of his delegation and one official of the hosts.
 */
export type Attendees = 'everyone' | 'travellers' | 'heads' | 'principals' | 'escorted';

export interface ProgrammeItem {
  type: EventType;
  titles: readonly Trio[];
  minutes: readonly [min: number, max: number];
  venue: VenueKind | null;
  attendees: Attendees;
}

const items = {
  arrival: {
    type: 'arrival',
    titles: [['Nümayəndə heyətinin gəlişi', 'Прибытие делегации', 'Arrival of the delegation'], ['Hava limanında qarşılanma', 'Встреча в аэропорту', 'Meeting at the airport']],
    minutes: [30, 60], venue: 'airport', attendees: 'travellers',
  },
  departure: {
    type: 'departure',
    titles: [['Nümayəndə heyətinin yola salınması', 'Отъезд делегации', 'Departure of the delegation'], ['Hava limanında yola salınma', 'Проводы в аэропорту', 'Seeing off at the airport']],
    minutes: [30, 60], venue: 'airport', attendees: 'travellers',
  },
  honoursWreath: {
    type: 'wreath_laying',
    titles: [
      ['Fəxri xiyabanda Ümummilli Lider Heydər Əliyevin məzarı önünə əklil qoyulması', 'Возложение венка к могиле Общенационального лидера Гейдара Алиева на Аллее почетного захоронения', 'Wreath-laying at the tomb of National Leader Heydar Aliyev, Alley of Honours'],
      ['Fəxri xiyabanda əklil qoyma mərasimi', 'Возложение венка на Аллее почетного захоронения', 'Wreath-laying ceremony at the Alley of Honours'],
    ],
    minutes: [20, 40], venue: 'alleyOfHonours', attendees: 'travellers',
  },
  martyrsWreath: {
    type: 'wreath_laying',
    titles: [['Şəhidlər xiyabanının ziyarəti, Əbədi məşəl abidəsi önünə əklil qoyulması', 'Посещение Аллеи шехидов, возложение венка к монументу «Вечный огонь»', 'Visit to the Alley of Martyrs and wreath-laying at the Eternal Flame']],
    minutes: [20, 40], venue: 'alleyOfMartyrs', attendees: 'travellers',
  },
  wreath: {
    type: 'wreath_laying',
    titles: [
      ['Naməlum Əsgər məzarı önünə əklil qoyma mərasimi', 'Возложение венка к Могиле Неизвестного Солдата', 'Wreath-laying ceremony at the Tomb of the Unknown Soldier'],
      ['Əbədi məşəl abidəsi önünə əklil qoyma mərasimi', 'Возложение венка к монументу «Вечный огонь»', 'Wreath-laying ceremony at the Eternal Flame'],
    ],
    minutes: [20, 40], venue: 'memorial', attendees: 'travellers',
  },
  teteATete: {
    type: 'bilateral_meeting',
    titles: [['Təkbətək görüş', 'Встреча один на один', 'Tête-à-tête meeting'], ['Rəhbərlərin təkbətək görüşü', 'Встреча руководителей один на один', 'Tête-à-tête meeting of the heads']],
    minutes: [30, 60], venue: 'headquarters', attendees: 'heads',
  },
  extendedMeeting: {
    type: 'bilateral_meeting',
    titles: [
      ['Geniş tərkibdə görüş', 'Встреча в расширенном составе', 'Extended-format meeting'],
      ['İkitərəfli görüş', 'Двусторонняя встреча', 'Bilateral meeting'],
      ['Nümayəndə heyətləri arasında danışıqlar', 'Переговоры делегаций', 'Talks between the delegations'],
    ],
    minutes: [60, 120], venue: 'headquarters', attendees: 'everyone',
  },
  workingGroup: {
    type: 'bilateral_meeting',
    titles: [['Birgə işçi qrupunun iclası', 'Заседание совместной рабочей группы', 'Meeting of the joint working group'], ['Ekspert məsləhətləşmələri', 'Консультации экспертов', 'Expert consultations']],
    minutes: [60, 120], venue: 'headquarters', attendees: 'escorted',
  },
  signing: {
    type: 'signing_ceremony',
    titles: [
      ['Sənədlərin imzalanma mərasimi', 'Церемония подписания документов', 'Signing ceremony'],
      ['Birgə Fəaliyyət Planının imzalanması', 'Подписание Плана совместных действий', 'Signing of the Joint Action Plan'],
      ['Anlaşma memorandumunun imzalanması', 'Подписание меморандума о взаимопонимании', 'Signing of the memorandum of understanding'],
    ],
    minutes: [20, 30], venue: 'headquarters', attendees: 'principals',
  },
  press: {
    type: 'press',
    titles: [['Mətbuat üçün bəyanatlar', 'Заявления для прессы', 'Press statements'], ['Mətbuata açıqlama', 'Подход к прессе', 'Press approach'], ['Birgə brifinq', 'Совместный брифинг', 'Joint briefing']],
    minutes: [15, 30], venue: 'headquarters', attendees: 'principals',
  },
  tour: {
    type: 'facility_tour',
    titles: [
      ['Böhran Vəziyyətlərində İdarəetmə Mərkəzi ilə tanışlıq', 'Ознакомление с деятельностью Центра управления в кризисных ситуациях', 'Tour of the Crisis Management Centre'],
      ['Tədris-məşq mərkəzinə baxış', 'Посещение учебно-тренировочного центра', 'Tour of the training centre'],
      ['Yanğınsöndürmə hissəsinə baxış', 'Посещение пожарной части', 'Visit to a fire station'],
      ['Xüsusi Riskli Xilasetmə Xidməti ilə tanışlıq', 'Ознакомление с деятельностью Службы особо рискованных спасательных работ', 'Tour of the Special Risk Rescue Service'],
      ['Mülki Müdafiə Akademiyasına baxış', 'Посещение Академии гражданской защиты', 'Visit to the Civil Defence Academy'],
      ['Nümayiş təlimlərinə baxış', 'Просмотр показательных учений', 'Demonstration exercise'],
    ],
    minutes: [60, 120], venue: 'facility', attendees: 'escorted',
  },
  dinner: {
    type: 'official_dinner',
    titles: [['Rəsmi şam yeməyi', 'Официальный ужин', 'Official dinner'], ['Nazirin adından rəsmi qəbul', 'Официальный приём от имени министра', 'Official reception hosted by the Minister']],
    minutes: [120, 180], venue: 'restaurant', attendees: 'everyone',
  },
  lunch: {
    type: 'other',
    titles: [['İşgüzar nahar', 'Рабочий обед', 'Working lunch']],
    minutes: [60, 90], venue: 'hotel', attendees: 'principals',
  },
  culture: {
    type: 'other',
    titles: [['Mədəni proqram', 'Культурная программа', 'Cultural programme'], ['Muzeyə baxış', 'Посещение музея', 'Visit to the museum']],
    minutes: [90, 180], venue: 'culture', attendees: 'travellers',
  },
  embassy: {
    type: 'other',
    titles: [['Səfirlikdə görüş', 'Встреча в посольстве', 'Meeting at the embassy']],
    minutes: [45, 60], venue: null, attendees: 'escorted',
  },
} satisfies Record<string, ProgrammeItem>;

export type ItemName = keyof typeof items;
export const ITEMS: Record<ItemName, ProgrammeItem> = items;

/** A venue of each kind in a city; `n` tells apart several of one kind. */
export const VENUE_NAMES: Record<VenueKind, (city: Trio, n: number) => Trio> = {
  airport: ([az, ru, en]) => [`${az} Beynəlxalq Hava Limanı`, `Международный аэропорт ${ru}`, `${en} International Airport`],
  alleyOfHonours: () => ['Fəxri xiyaban', 'Аллея почетного захоронения', 'Alley of Honours'],
  alleyOfMartyrs: () => ['Şəhidlər xiyabanı', 'Аллея шехидов', 'Alley of Martyrs'],
  memorial: ([az, ru, en]) => [`Naməlum Əsgər məzarı, ${az}`, `Могила Неизвестного Солдата, ${ru}`, `Tomb of the Unknown Soldier, ${en}`],
  headquarters: ([az, ru, en], n) =>
    n === 1
      ? [`Nazirliyin inzibati binası, ${az}`, `Административное здание министерства, ${ru}`, `Ministry headquarters, ${en}`]
      : [`Nazirliyin ${n} nömrəli iclas zalı, ${az}`, `Зал заседаний № ${n} министерства, ${ru}`, `Ministry conference room ${n}, ${en}`],
  facility: ([az, ru, en], n) =>
    n === 1
      ? [`Tədris-məşq mərkəzi, ${az}`, `Учебно-тренировочный центр, ${ru}`, `Training centre, ${en}`]
      : [`${n} nömrəli yanğınsöndürmə hissəsi, ${az}`, `Пожарная часть № ${n}, ${ru}`, `Fire Station No. ${n}, ${en}`],
  hotel: ([, , en], n) => {
    const brand = ['Hilton', 'Hyatt Regency', 'Radisson Blu', 'Marriott'][(n - 1) % 4];
    return [`"${brand} ${en}" oteli`, `Гостиница «${brand} ${en}»`, `${brand} ${en}`];
  },
  restaurant: ([az, ru, en], n) => {
    const name = ['Karvansaray', 'Panorama', 'Riviera', 'Silk Road'][(n - 1) % 4];
    return [`"${name}" restoranı, ${az}`, `Ресторан «${name}», ${ru}`, `${name} Restaurant, ${en}`];
  },
  culture: ([az, ru, en]) => [`Milli Tarix Muzeyi, ${az}`, `Национальный исторический музей, ${ru}`, `National History Museum, ${en}`],
};

/** Baku's own names for the first venue of a kind, as the demo office has them. */
export const BAKU_VENUES: Partial<Record<VenueKind, Trio>> = {
  airport: ['Heydər Əliyev Beynəlxalq Aeroportu', 'Международный аэропорт Гейдар Алиев', 'Heydar Aliyev International Airport'],
  headquarters: ['Fövqəladə Hallar Nazirliyinin inzibati binası', 'Административное здание МЧС', 'Ministry of Emergency Situations headquarters'],
  facility: ['Böhran Vəziyyətlərində İdarəetmə Mərkəzi', 'Центр управления в кризисных ситуациях', 'Crisis Management Centre'],
  culture: ['Heydər Əliyev Mərkəzi', 'Центр Гейдара Алиева', 'Heydar Aliyev Centre'],
};
