// The Russian minister's visit, 15–17 April 2024: the delegation, our participants and the
// programme. The tributes at the two alleys, the meeting and the signing are from the press release.
import { CUES, programmeOf } from './programme';
import { PERSON, VENUE, VISIT } from './keys';
import type { DemoEvent, DemoVisitMember } from './types';

const visit = VISIT.russia2024;
const officer = PERSON.huseynova;
const delegation = [PERSON.kurenkov, PERSON.voronin];
const escort = [PERSON.jafarov, PERSON.huseynova];

export const russianMembers: DemoVisitMember[] = [
  { uuid: 'de700000-0005-4000-8000-000000000011', visit, person: PERSON.kurenkov, side: 'guest', role: 'head' },
  { uuid: 'de700000-0005-4000-8000-000000000012', visit, person: PERSON.voronin, side: 'guest', role: 'deputy' },
  { uuid: 'de700000-0005-4000-8000-000000000013', visit, person: PERSON.heydarov, side: 'host', role: 'head' },
  { uuid: 'de700000-0005-4000-8000-000000000014', visit, person: PERSON.jafarov, side: 'host', role: 'deputy' },
  { uuid: 'de700000-0005-4000-8000-000000000015', visit, person: PERSON.huseynova, side: 'host', role: 'liaison' },
  { uuid: 'de700000-0005-4000-8000-000000000016', visit, person: PERSON.melikov, side: 'host', role: 'escort' },
];

const event = programmeOf(visit, officer);

export const russianProgramme: DemoEvent[] = [
  event({
    uuid: 'de700000-0006-4000-8000-000000000011',
    type: 'arrival',
    title: { az: 'Nümayəndə heyətinin gəlişi', ru: 'Прибытие делегации', en: 'Arrival of the delegation' },
    day: '2024-04-15',
    from: '18:00',
    to: '18:45',
    venue: VENUE.airport,
    dressCode: { az: null, ru: null, en: null },
    transport: {
      az: 'Kortej: "Hilton Baku" otelinə iki avtomobil',
      ru: 'Кортеж: два автомобиля до гостиницы «Hilton Baku»',
      en: 'Motorcade: two cars to Hilton Baku',
    },
    notes: CUES.metAtAircraft,
    participants: [...delegation, ...escort],
  }),
  event({
    uuid: 'de700000-0006-4000-8000-000000000012',
    type: 'wreath_laying',
    title: {
      az: 'Fəxri xiyabanda Ümummilli Lider Heydər Əliyevin məzarı önünə əklil qoyulması',
      ru: 'Возложение венка к могиле Общенационального лидера Гейдара Алиева на Аллее почетного захоронения',
      en: 'Wreath-laying at the tomb of National Leader Heydar Aliyev, Alley of Honours',
    },
    day: '2024-04-16',
    from: '09:30',
    to: '10:00',
    venue: VENUE.alleyOfHonours,
    transport: { az: '"Hilton Baku" otelindən kortej, saat 09:10', ru: 'Кортеж от гостиницы «Hilton Baku» в 09:10', en: 'Motorcade from Hilton Baku at 09:10' },
    notes: {
      az: 'Heydər Əliyevin məzarı önünə əklil və gül dəstəsi; akademik Zərifə Əliyevanın məzarı üstünə gül dəstəsi. Əklil və gülləri protokol xidməti təmin edir.',
      ru: 'Венок и цветы к могиле Гейдара Алиева; цветы к могиле академика Зарифы Алиевой. Венок и цветы обеспечивает протокольная служба.',
      en: 'A wreath and flowers at the tomb of Heydar Aliyev; flowers at the grave of academician Zarifa Aliyeva. Wreath and flowers supplied by the protocol service.',
    },
    participants: [...delegation, ...escort, PERSON.melikov],
  }),
  event({
    uuid: 'de700000-0006-4000-8000-000000000013',
    type: 'wreath_laying',
    title: {
      az: 'Şəhidlər xiyabanının ziyarəti, Əbədi məşəl abidəsi önünə əklil qoyulması',
      ru: 'Посещение Аллеи шехидов, возложение венка к монументу «Вечный огонь»',
      en: 'Visit to the Alley of Martyrs and wreath-laying at the Eternal Flame',
    },
    day: '2024-04-16',
    from: '10:20',
    to: '10:50',
    venue: VENUE.alleyOfMartyrs,
    notes: {
      az: 'Şəhidlərin məzarları üstünə gül dəstələri; "Əbədi məşəl" abidəsinin önünə əklil.',
      ru: 'Цветы к могилам шехидов; венок к монументу «Вечный огонь».',
      en: 'Flowers at the graves of the martyrs; a wreath at the Eternal Flame monument.',
    },
    participants: [...delegation, ...escort, PERSON.melikov],
  }),
  event({
    uuid: 'de700000-0006-4000-8000-000000000014',
    type: 'bilateral_meeting',
    title: {
      az: 'Kəmaləddin Heydərov ilə ikitərəfli görüş',
      ru: 'Двусторонняя встреча с Кямаледдином Гейдаровым',
      en: 'Bilateral meeting with Kamaladdin Heydarov',
    },
    day: '2024-04-16',
    from: '11:30',
    to: '12:30',
    venue: VENUE.ministryHeadquarters,
    notes: CUES.talksInRussian,
    participants: [...delegation, PERSON.heydarov, ...escort],
  }),
  event({
    uuid: 'de700000-0006-4000-8000-000000000015',
    type: 'signing_ceremony',
    title: {
      az: '2024-2026-cı illər üçün Birgə Fəaliyyət Planının imzalanması',
      ru: 'Подписание Плана совместных действий на 2024-2026 годы',
      en: 'Signing of the Joint Action Plan for 2024-2026',
    },
    day: '2024-04-16',
    from: '12:30',
    to: '12:50',
    venue: VENUE.ministryHeadquarters,
    notes: {
      az: 'İki əsl nüsxə, hər biri Azərbaycan və rus dillərində. Hər iki ölkənin bayraqları; imzalanmadan sonra mətbuat üçün foto.',
      ru: 'Два подлинных экземпляра, каждый на азербайджанском и русском языках. Флаги обеих стран; фото для прессы после подписания.',
      en: 'Two originals, each in Azerbaijani and Russian. Flags of both countries; press photo after signing.',
    },
    participants: [...delegation, PERSON.heydarov, ...escort],
  }),
  event({
    uuid: 'de700000-0006-4000-8000-000000000016',
    type: 'departure',
    title: { az: 'Nümayəndə heyətinin yola salınması', ru: 'Отъезд делегации', en: 'Departure of the delegation' },
    day: '2024-04-17',
    from: '11:00',
    to: '11:45',
    venue: VENUE.airport,
    dressCode: { az: null, ru: null, en: null },
    transport: { az: '"Hilton Baku" otelindən kortej, saat 10:15', ru: 'Кортеж от гостиницы «Hilton Baku» в 10:15', en: 'Motorcade from Hilton Baku at 10:15' },
    notes: CUES.seenOff,
    participants: [...delegation, ...escort],
  }),
];
