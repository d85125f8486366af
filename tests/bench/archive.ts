// A large synthetic archive: ten years of an office's visits, programmes and agreements, with names
// in all three scripts and the shapes of the demo office and the two press releases (see the
// archive-*.ts modules). Rows go in with plain prepared INSERTs in one transaction (the
// repositories' audited saves would take minutes); the search index fills through the same
// triggers as in the app.
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../db/open';
import { writeAgreements } from './archive-agreements';
import { writeOrganizations } from './archive-organizations';
import { writePeople } from './archive-people';
import { DAY_MS, instant } from './archive-rows';
import { writeVenues } from './archive-venues';
import { writeVisits } from './archive-visits';
import { AZERBAIJAN, PARTNER_COUNTRIES } from './countries';
import { seededRandom } from './random';

export type BenchSize = 'small' | 'full';

/** Each visit's programme has about ten events, so the full archive holds about 200,000. */
export const ARCHIVE_SIZES: Record<BenchSize, { people: number; visits: number; agreements: number; audit: number; partnerCountries: number }> = {
  full: { people: 100_000, visits: 20_000, agreements: 10_000, audit: 100_000, partnerCountries: PARTNER_COUNTRIES.length },
  small: { people: 1_000, visits: 200, agreements: 100, audit: 1_000, partnerCountries: 4 },
};
const VENUES = 300;

export interface ArchiveCounts {
  organizations: number;
  people: number;
  visits: number;
  events: number;
  agreements: number;
}

/** Writes the archive into a new database file and returns how many of each record it holds. */
export function buildArchive(file: string, size: BenchSize): ArchiveCounts {
  const sizes = ARCHIVE_SIZES[size];
  const rnd = seededRandom(20_260_115);
  const db = openDatabase(file);
  // A scratch file built in one go: no journal, no syncs, and a cache that holds the whole load.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const audit = db.prepare("INSERT INTO audit_log (uuid, at, actor, action, entity, entity_uuid) VALUES (?, ?, 'bench', ?, ?, ?)");

  db.transaction(() => {
    const organizations = writeOrganizations(db, rnd, sizes.partnerCountries);
    const people = writePeople(db, rnd, organizations, sizes.people);
    const partners = PARTNER_COUNTRIES.slice(0, sizes.partnerCountries);
    const capitals = [AZERBAIJAN, ...partners].map((country) => country.cities[0]).filter((city) => city !== undefined);
    const otherCities = [...AZERBAIJAN.cities.slice(1), ...partners.flatMap((country) => country.cities.slice(1))];
    const venues = writeVenues(db, rnd, capitals, otherCities, VENUES);
    const signings = writeVisits(db, rnd, organizations, people, venues, sizes.visits);
    writeAgreements(db, rnd, organizations, people, signings, sizes.agreements);

    const start = Date.UTC(2016, 0, 15);
    const entities = ['person', 'visit', 'event', 'agreement'] as const;
    for (let i = 0; i < sizes.audit; i += 1) {
      audit.run(randomUUID(), instant(start + rnd.int(3650 * 24) * (DAY_MS / 24)), rnd.pick(['create', 'update', 'delete'] as const), rnd.pick(entities), randomUUID());
    }
  })();
  const counts = db
    .prepare(`SELECT (SELECT count(*) FROM organizations) AS organizations, (SELECT count(*) FROM people) AS people,
      (SELECT count(*) FROM visits) AS visits, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM agreements) AS agreements`)
    .get() as ArchiveCounts;
  db.pragma('journal_mode = WAL');
  db.close();
  return counts;
}
