// The Uzbek minister's visit, 2–5 December 2025: the delegation, our participants and the
// programme. The meeting, the signing and the three tours are from the press release.
import { CUES, programmeOf, type ProgrammeItem } from './programme';
import { PERSON, VENUE, VISIT } from './keys';
import type { DemoEvent, DemoVisitMember } from './types';

const visit = VISIT.uzbekistan2025;
const ministers = [PERSON.heydarov, PERSON.kudratkhodjaev];
const delegation = [PERSON.kudratkhodjaev, PERSON.rakhimov, PERSON.karimova];
const officer = PERSON.huseynova;

export const uzbekMembers: DemoVisitMember[] = [
  { uuid: 'de700000-0005-4000-8000-000000000001', visit, person: PERSON.kudratkhodjaev, side: 'guest', role: 'head' },
  { uuid: 'de700000-0005-4000-8000-000000000002', visit, person: PERSON.rakhimov, side: 'guest', role: 'deputy' },
  { uuid: 'de700000-0005-4000-8000-000000000003', visit, person: PERSON.karimova, side: 'guest', role: 'liaison' },
  { uuid: 'de700000-0005-4000-8000-000000000004', visit, person: PERSON.heydarov, side: 'host', role: 'head' },
  { uuid: 'de700000-0005-4000-8000-000000000005', visit, person: PERSON.jafarov, side: 'host', role: 'deputy' },
  { uuid: 'de700000-0005-4000-8000-000000000006', visit, person: PERSON.huseynova, side: 'host', role: 'liaison' },
  { uuid: 'de700000-0005-4000-8000-000000000007', visit, person: PERSON.rzayeva, side: 'host', role: 'interpreter' },
];

const event = programmeOf(visit, officer);

const tour = (uuid: string, venue: string, title: ProgrammeItem['title'], from: string, to: string): DemoEvent =>
  event({
    uuid,
    type: 'facility_tour',
    title,
    day: '2025-12-03',
    from,
    to,
    venue,
    transport: {
      az: 'Qərargah kompleksi daxilində piyada',
      ru: 'Пешком в пределах комплекса штаб-квартиры',
      en: 'On foot within the headquarters complex',
    },
    participants: [PERSON.kudratkhodjaev, PERSON.rakhimov, PERSON.jafarov, PERSON.huseynova],
  });

export const uzbekProgramme: DemoEvent[] = [
  event({
    uuid: 'de700000-0006-4000-8000-000000000001',
    type: 'arrival',
    title: { az: 'Nümayəndə heyətinin gəlişi', ru: 'Прибытие делегации', en: 'Arrival of the delegation' },
    day: '2025-12-02',
    from: '16:30',
    to: '17:15',
    venue: VENUE.airport,
    dressCode: { az: null, ru: null, en: null },
    transport: {
      az: 'Kortej: "Hilton Baku" otelinə iki avtomobil və mikroavtobus',
      ru: 'Кортеж: два автомобиля и микроавтобус до гостиницы «Hilton Baku»',
      en: 'Motorcade: two cars and a minibus to Hilton Baku',
    },
    notes: CUES.metAtAircraft,
    participants: [...delegation, PERSON.jafarov, PERSON.huseynova],
  }),
  event({
    uuid: 'de700000-0006-4000-8000-000000000002',
    type: 'bilateral_meeting',
    title: {
      az: 'Kəmaləddin Heydərov ilə ikitərəfli görüş',
      ru: 'Двусторонняя встреча с Кямаледдином Гейдаровым',
      en: 'Bilateral meeting with Kamaladdin Heydarov',
    },
    day: '2025-12-03',
    from: '10:00',
    to: '11:00',
    venue: VENUE.ministryHeadquarters,
    transport: { az: '"Hilton Baku" otelindən kortej, saat 09:30', ru: 'Кортеж от гостиницы «Hilton Baku» в 09:30', en: 'Motorcade from Hilton Baku at 09:30' },
    interpreter: {
      az: 'Nigar Rzayeva (özbək dili), ehtiyatda',
      ru: 'Нигяр Рзаева (узбекский язык), в резерве',
      en: 'Nigar Rzayeva (Uzbek), on standby',
    },
    notes: CUES.talksInRussian,
    participants: [...delegation, PERSON.heydarov, PERSON.jafarov, PERSON.huseynova, PERSON.rzayeva],
  }),
  event({
    uuid: 'de700000-0006-4000-8000-000000000003',
    type: 'signing_ceremony',
    title: {
      az: '2026-2027-ci illər üçün Birgə Fəaliyyət Planının imzalanması',
      ru: 'Подписание Плана совместных действий на 2026-2027 годы',
      en: 'Signing of the Joint Action Plan for 2026-2027',
    },
    day: '2025-12-03',
    from: '11:00',
    to: '11:20',
    venue: VENUE.ministryHeadquarters,
    notes: {
      az: 'İki əsl nüsxə, hər biri Azərbaycan, özbək və rus dillərində. Hər iki ölkənin bayraqları; imzalanmadan sonra mətbuat üçün foto.',
      ru: 'Два подлинных экземпляра, каждый на азербайджанском, узбекском и русском языках. Флаги обеих стран; фото для прессы после подписания.',
      en: 'Two originals, each in Azerbaijani, Uzbek and Russian. Flags of both countries; press photo after signing.',
    },
    participants: [...ministers, PERSON.jafarov, PERSON.rakhimov, PERSON.huseynova],
  }),
  tour(
    'de700000-0006-4000-8000-000000000004',
    VENUE.crisisManagementCentre,
    {
      az: 'Böhran Vəziyyətlərində İdarəetmə Mərkəzi ilə tanışlıq',
      ru: 'Ознакомление с деятельностью Центра управления в кризисных ситуациях',
      en: 'Tour of the Crisis Management Centre',
    },
    '11:40',
    '12:30',
  ),
  tour(
    'de700000-0006-4000-8000-000000000005',
    VENUE.digitalTechnologiesDepartment,
    {
      az: 'Rəqəmsal Texnologiyaların və İnnovasiyaların İnkişafı Baş İdarəsi ilə tanışlıq',
      ru: 'Ознакомление с деятельностью Главного управления по развитию цифровых технологий и инноваций',
      en: 'Tour of the Main Department for Digital Technologies and Innovation Development',
    },
    '12:40',
    '13:20',
  ),
  tour(
    'de700000-0006-4000-8000-000000000006',
    VENUE.publicRelationsDepartment,
    {
      az: 'İctimaiyyətlə Əlaqələr İdarəsi ilə tanışlıq',
      ru: 'Ознакомление с деятельностью Управления по связям с общественностью',
      en: 'Tour of the Public Relations Department',
    },
    '13:30',
    '14:00',
  ),
  event({
    uuid: 'de700000-0006-4000-8000-000000000007',
    type: 'departure',
    title: { az: 'Nümayəndə heyətinin yola salınması', ru: 'Отъезд делегации', en: 'Departure of the delegation' },
    day: '2025-12-05',
    from: '10:00',
    to: '10:45',
    venue: VENUE.airport,
    dressCode: { az: null, ru: null, en: null },
    transport: { az: '"Hilton Baku" otelindən kortej, saat 09:15', ru: 'Кортеж от гостиницы «Hilton Baku» в 09:15', en: 'Motorcade from Hilton Baku at 09:15' },
    notes: CUES.seenOff,
    participants: [...delegation, PERSON.jafarov, PERSON.huseynova],
  }),
];

/** The events the demo office has seated: the talks, the two ministers facing each other, and the signing. */
export const uzbekSeating = [
  { event: 'de700000-0006-4000-8000-000000000002', layout: 'talks' },
  { event: 'de700000-0006-4000-8000-000000000003', layout: 'signing' },
] as const;
