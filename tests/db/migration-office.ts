// The office as migration tests find it: the official visit of Uzbekistan's Minister of Emergency
// Situations to Baku, its programme and the memorandum signed during it. Written with the columns
// of migration 0001 only, so it holds at every later version the tests start from. Ids are in
// the order written: organisation 1 is ours, 2 the partner; people 1–4; venues 1–2; one visit;
// events 1–3; one agreement.
import { insert, uuidOf, type Db } from './migration-fixture';

export const AT = '2025-11-20T09:30:00.000Z';
const stamps = { created_at: AT, updated_at: AT };

export const OURS = 1;
export const PARTNER = 2;
export const HEYDAROV = 1;
export const KUDRATKHODJAEV = 2;
export const KARIMOVA = 3;
export const MAMMADOV = 4;
export const VISIT = 1;
export const ARRIVAL = 1;
export const WREATH_LAYING = 2;
export const TALKS = 3;
export const MEMORANDUM = 1;

export function writeUzbekVisit(db: Db): void {
  let n = 0;
  const row = (table: string, values: Record<string, unknown>) => insert(db, table, { uuid: uuidOf(0, ++n), ...values });

  row('organizations', {
    country: 'AZ', is_ours: 1, ...stamps,
    name_az: 'Azərbaycan Respublikasının Fövqəladə Hallar Nazirliyi',
    name_ru: 'Министерство по чрезвычайным ситуациям Азербайджанской Республики',
    name_en: 'Ministry of Emergency Situations of the Republic of Azerbaijan',
    short_az: 'FHN', short_ru: 'МЧС', short_en: 'MES',
  });
  row('organizations', {
    country: 'UZ', ...stamps,
    name_az: 'Özbəkistan Respublikasının Fövqəladə Hallar Nazirliyi',
    name_ru: 'Министерство по чрезвычайным ситуациям Республики Узбекистан',
    name_en: 'Ministry of Emergency Situations of the Republic of Uzbekistan',
    short_ru: 'МЧС РУз', notes: 'Штаб-квартира в Ташкенте.',
  });

  const person = (names: [string | null, string, string], organization: number, precedence: number, extra: Record<string, unknown> = {}) =>
    row('people', { name_az: names[0], name_ru: names[1], name_en: names[2], organization_id: organization, precedence, ...stamps, ...extra });
  person(['Kəmaləddin Heydərov', 'Кямаледдин Гейдаров', 'Kamaladdin Heydarov'], OURS, 1, { rank_ru: 'генерал-полковник', position_en: 'Minister' });
  person([null, 'Ботир Кудратходжаев', 'Botir Kudratkhodjaev'], PARTNER, 1, { position_ru: 'Министр по чрезвычайным ситуациям', dietary_notes: 'Halal meals.' });
  person(['Dilnoza Karimova', 'Дилноза Каримова', 'Dilnoza Karimova'], PARTNER, 20, {
    position_ru: 'Начальник управления международного сотрудничества', languages: '["uz","ru"]',
  });
  person(['Rauf Məmmədov', 'Рауф Мамедов', 'Rauf Mammadov'], OURS, 40, { position_az: 'Protokol şöbəsinin müdiri' });

  row('venues', { name_az: 'Fəxri xiyaban', name_ru: 'Аллея почётного захоронения', name_en: 'Alley of Honours', address: 'Atatürk prospekti', city: 'Bakı', ...stamps });
  row('venues', { name_az: 'FHN-in inzibati binası', name_en: 'MES headquarters', address: 'Mərdanov qardaşları küçəsi, 501', city: 'Bakı', ...stamps });

  row('visits', {
    direction: 'incoming', partner_organization_id: PARTNER, start_date: '2025-12-03', end_date: '2025-12-05', status: 'confirmed',
    title_az: 'Özbəkistan FHN nazirinin rəsmi səfəri',
    title_ru: 'Официальный визит министра по чрезвычайным ситуациям Республики Узбекистан',
    title_en: 'Official visit of the Minister of Emergency Situations of Uzbekistan',
    city_az: 'Bakı', city_ru: 'Баку', city_en: 'Baku', responsible_officer_id: MAMMADOV, ...stamps,
  });
  row('visit_members', { visit_id: VISIT, person_id: KUDRATKHODJAEV, side: 'guest', role: 'head', sort_order: 10 });
  row('visit_members', { visit_id: VISIT, person_id: KARIMOVA, side: 'guest', role: 'member', sort_order: 20 });
  row('visit_members', { visit_id: VISIT, person_id: HEYDAROV, side: 'host', role: 'head', sort_order: 10 });

  const event = (type: string, titles: [string, string, string], startsAt: string, endsAt: string, venue: number | null) =>
    row('events', {
      visit_id: VISIT, type, title_az: titles[0], title_ru: titles[1], title_en: titles[2],
      starts_at: startsAt, ends_at: endsAt, time_zone: 'Asia/Baku', venue_id: venue, ...stamps,
    });
  event('arrival', ['Nümayəndə heyətinin gəlişi', 'Прибытие делегации', 'Arrival of the delegation'], '2025-12-03T06:00:00Z', '2025-12-03T06:30:00Z', null);
  event('wreath_laying', ['Fəxri xiyabanın ziyarəti', 'Посещение Аллеи почётного захоронения', 'Wreath-laying at the Alley of Honours'],
    '2025-12-03T08:00:00Z', '2025-12-03T08:30:00Z', 1);
  event('bilateral_meeting', ['İkitərəfli görüş', 'Двусторонняя встреча', 'Bilateral meeting'], '2025-12-03T09:00:00Z', '2025-12-03T10:30:00Z', 2);
  for (const personId of [HEYDAROV, KUDRATKHODJAEV, KARIMOVA]) row('event_participants', { event_id: TALKS, person_id: personId });
  row('event_participants', { event_id: WREATH_LAYING, person_id: KUDRATKHODJAEV, attendance: 'attended' });

  row('agreements', {
    type: 'memorandum', status: 'signed', signed_on: '2025-12-03', signed_at_visit_id: VISIT, valid_from: '2025-12-03', valid_to: '2030-12-02',
    title_az: 'Fövqəladə hallar sahəsində əməkdaşlığa dair Anlaşma Memorandumu',
    title_ru: 'Меморандум о взаимопонимании о сотрудничестве в области чрезвычайных ситуаций',
    title_en: 'Memorandum of Understanding on cooperation in emergency situations',
    signing_place_az: 'Bakı', signing_place_ru: 'Баку', signing_place_en: 'Baku', ...stamps,
  });
  row('agreement_parties', { agreement_id: MEMORANDUM, organization_id: OURS });
  row('agreement_parties', { agreement_id: MEMORANDUM, organization_id: PARTNER });
  row('agreement_signatories', { agreement_id: MEMORANDUM, person_id: HEYDAROV, organization_id: OURS, signed_on: '2025-12-03' });
  row('agreement_signatories', { agreement_id: MEMORANDUM, person_id: KUDRATKHODJAEV, organization_id: PARTNER, signed_on: '2025-12-03' });
  row('agreement_activities', {
    agreement_id: MEMORANDUM, title_ru: 'Совместное командно-штабное учение', title_en: 'Joint command-post exercise',
    due_from: '2026-09-01', due_to: '2026-09-30', status: 'planned',
  });
  row('documents', {
    agreement_id: MEMORANDUM, file_name: 'Memorandum FHN-МЧС РУз.pdf', media_type: 'application/pdf', kind: 'signed_scan',
    size_bytes: 482113, sha256: 'a'.repeat(64), language: 'ru', ...stamps,
  });
  db.prepare("INSERT INTO audit_log (uuid, at, actor, action, entity, entity_uuid) SELECT ?, ?, 'r.mammadov', 'create', 'visit', uuid FROM visits")
    .run(uuidOf(0, ++n), AT);
  db.prepare("INSERT INTO settings (key, value) VALUES ('csvDelimiter', '\";\"')").run();
}
