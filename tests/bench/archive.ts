// A large synthetic archive: ten years of an office's visits, programmes and agreements, with names
// in all three scripts. Rows go in with plain prepared INSERTs in one transaction (the repositories'
// audited saves would take minutes); the search index fills through the same triggers as in the app.
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../db/open';
import {
  CITIES,
  COMMON_SURNAMES,
  COUNTRIES,
  EVENT_TITLES,
  FIRST_NAMES,
  ORGANIZATION_KINDS,
  POSITIONS,
  SURNAME_ENDINGS,
  SYLLABLES,
  type Trio,
} from './names';

export type BenchSize = 'small' | 'full';

export const ARCHIVE_SIZES: Record<BenchSize, { people: number; visits: number; eventsPerVisit: number; agreements: number; audit: number }> = {
  full: { people: 100_000, visits: 20_000, eventsPerVisit: 10, agreements: 10_000, audit: 100_000 },
  small: { people: 1_000, visits: 200, eventsPerVisit: 10, agreements: 100, audit: 1_000 },
};
const VENUES = 300;
const MEMBERS_PER_VISIT = 3;
const AT = '2026-01-15T08:00:00Z';

/** A seeded generator, so every run builds the same archive. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T };
}

const join = (parts: Trio[], separator = ''): Trio =>
  [0, 1, 2].map((lang) => parts.map((part) => part[lang]).join(separator)) as unknown as Trio;

const capital = (text: string) => text.charAt(0).toLocaleUpperCase('az') + text.slice(1);

export interface ArchiveCounts {
  people: number;
  visits: number;
  events: number;
  agreements: number;
}

/** Writes the archive into a new database file and returns how many of each record it holds. */
export function buildArchive(file: string, size: BenchSize): ArchiveCounts {
  const counts = ARCHIVE_SIZES[size];
  const rnd = random(20_260_115);
  const db = openDatabase(file);
  // A scratch file built in one go: no journal, no syncs, and a cache that holds the whole load.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const insert = (sql: string) => db.prepare(sql);
  // Some records carry all three languages, some only the one they were typed in.
  const spelled = (trio: Trio): [string | null, string | null, string | null] => {
    const roll = rnd.next();
    if (roll < 0.6) return [...trio];
    if (roll < 0.8) return [null, trio[1], null];
    if (roll < 0.9) return [trio[0], null, null];
    return [null, trio[1], trio[2]];
  };

  const organization = insert(`INSERT INTO organizations (uuid, country, name_az, name_ru, name_en, is_ours, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const person = insert(`INSERT INTO people (uuid, name_az, name_ru, name_en, position_az, position_ru, position_en,
    organization_id, precedence, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const venue = insert('INSERT INTO venues (uuid, name_az, name_ru, name_en, city, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const visit = insert(`INSERT INTO visits (uuid, direction, title_az, title_ru, title_en, partner_organization_id, start_date,
    end_date, city_az, city_ru, city_en, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const member = insert('INSERT INTO visit_members (uuid, visit_id, person_id, side, role, sort_order) VALUES (?, ?, ?, ?, ?, ?)');
  const event = insert(`INSERT INTO events (uuid, visit_id, type, title_az, title_ru, title_en, starts_at, ends_at, time_zone,
    venue_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Asia/Baku', ?, ?, ?)`);
  const participant = insert('INSERT INTO event_participants (uuid, event_id, person_id) VALUES (?, ?, ?)');
  const agreement = insert(`INSERT INTO agreements (uuid, type, title_az, title_ru, title_en, signed_on, status, created_at,
    updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const party = insert('INSERT INTO agreement_parties (uuid, agreement_id, organization_id) VALUES (?, ?, ?)');
  const document = insert(`INSERT INTO documents (uuid, file_name, media_type, kind, size_bytes, sha256, agreement_id,
    created_at, updated_at) VALUES (?, ?, 'application/pdf', 'signed_scan', 1000, ?, ?, ?, ?)`);
  const audit = insert("INSERT INTO audit_log (uuid, at, actor, action, entity, entity_uuid) VALUES (?, ?, 'bench', ?, ?, ?)");

  db.transaction(() => {
    const organizations: { id: number; name: Trio }[] = [];
    for (const country of COUNTRIES) {
      for (const kind of ORGANIZATION_KINDS) {
        const name: Trio = [`${country.name[0]} ${kind[0]}`, `${kind[1]} (${country.name[1]})`, `${kind[2]} of ${country.name[2]}`];
        const id = Number(organization.run(randomUUID(), country.code, ...name, country.code === 'AZ' ? 1 : 0, AT, AT).lastInsertRowid);
        organizations.push({ id, name });
      }
    }

    for (let i = 0; i < counts.people; i += 1) {
      const surname =
        rnd.next() < 0.25
          ? rnd.pick(COMMON_SURNAMES)
          : join([rnd.pick(SYLLABLES), rnd.pick(SYLLABLES), ...(rnd.next() < 0.5 ? [rnd.pick(SYLLABLES)] : []), rnd.pick(SURNAME_ENDINGS)]);
      const name = join([rnd.pick(FIRST_NAMES), surname.map(capital) as unknown as Trio], ' ');
      person.run(randomUUID(), ...spelled(name), ...rnd.pick(POSITIONS), rnd.pick(organizations).id, 1 + rnd.int(200), AT, AT);
    }

    for (let i = 0; i < VENUES; i += 1) {
      const city = rnd.pick(CITIES);
      venue.run(randomUUID(), `${city[0]} zalı ${i + 1}`, `Зал ${i + 1}, ${city[1]}`, `Hall ${i + 1}, ${city[2]}`, city[2], AT, AT);
    }

    const startOfArchive = Date.parse('2016-01-04T00:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    const statuses = ['draft', 'planned', 'confirmed', 'completed', 'completed', 'cancelled'] as const;
    for (let i = 0; i < counts.visits; i += 1) {
      const partner = rnd.pick(organizations);
      const start = startOfArchive + rnd.int(3650) * day;
      const days = 1 + rnd.int(4);
      const city = rnd.pick(CITIES);
      const title: Trio = [`${partner.name[0]} nümayəndə heyətinin səfəri`, `Визит делегации: ${partner.name[1]}`, `Visit of the ${partner.name[2]}`];
      const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      const visitId = Number(
        visit.run(randomUUID(), rnd.next() < 0.7 ? 'incoming' : 'outgoing', ...spelled(title), partner.id, date(start),
          date(start + (days - 1) * day), ...city, rnd.pick(statuses), AT, AT).lastInsertRowid,
      );
      const members = new Set<number>();
      while (members.size < MEMBERS_PER_VISIT) members.add(1 + rnd.int(counts.people));
      [...members].forEach((personId, order) =>
        member.run(randomUUID(), visitId, personId, order === 0 ? 'guest' : 'host', order === 0 ? 'head' : 'member', order),
      );
      for (let e = 0; e < counts.eventsPerVisit; e += 1) {
        // Baku is UTC+4: 09:00 local is 05:00Z; events of an hour, spread over the visit's days.
        const startsAt = start + (e % days) * day + (5 + e) * 60 * 60 * 1000;
        const instant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
        const eventId = Number(
          event.run(randomUUID(), visitId, 'other', ...rnd.pick(EVENT_TITLES), instant(startsAt), instant(startsAt + 60 * 60 * 1000),
            rnd.next() < 0.8 ? 1 + rnd.int(VENUES) : null, AT, AT).lastInsertRowid,
        );
        for (const personId of members) participant.run(randomUUID(), eventId, personId);
      }
    }

    const ours = organizations.filter((_, index) => index % COUNTRIES.length === 0);
    for (let i = 0; i < counts.agreements; i += 1) {
      const partner = rnd.pick(organizations);
      const year = 2016 + rnd.int(10);
      const title: Trio = [`${partner.name[0]} ilə anlaşma memorandumu ${year}`, `Меморандум о взаимопонимании с ${partner.name[1]}, ${year}`,
        `Memorandum of understanding with the ${partner.name[2]}, ${year}`];
      const agreementId = Number(agreement.run(randomUUID(), 'memorandum', ...spelled(title), `${year}-0${1 + rnd.int(9)}-1${rnd.int(10)}`,
        rnd.pick(['signed', 'in_force', 'expired', 'draft'] as const), AT, AT).lastInsertRowid);
      party.run(randomUUID(), agreementId, partner.id);
      if (ours[0] && ours[0].id !== partner.id) party.run(randomUUID(), agreementId, ours[0].id);
      document.run(randomUUID(), `memorandum-${partner.name[2].replace(/\W+/g, '-')}-${year}.pdf`, '0'.repeat(64), agreementId, AT, AT);
    }

    const entities = ['person', 'visit', 'event', 'agreement'] as const;
    for (let i = 0; i < counts.audit; i += 1) {
      const at = new Date(startOfArchive + rnd.int(3650 * 24) * 60 * 60 * 1000).toISOString().replace('.000Z', 'Z');
      audit.run(randomUUID(), at, rnd.pick(['create', 'update', 'delete'] as const), rnd.pick(entities), randomUUID());
    }
  })();
  db.pragma('journal_mode = WAL');
  db.close();
  return { people: counts.people, visits: counts.visits, events: counts.visits * counts.eventsPerVisit, agreements: counts.agreements };
}
