// Ten years of visits, incoming and outgoing, spread over every day of the year: each with its
// members and its programme, the events placed at the city's venues in the city's own time, and
// the members who attend each event as its participants.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import { DAY_MS, NOW, dateOf, instant, spelled } from './archive-rows';
import { delegations, type Member } from './archive-delegations';
import type { Organization } from './archive-organizations';
import type { People, Person } from './archive-people';
import { planProgramme } from './archive-programme';
import type { VenueFinder } from './archive-venues';
import { AZERBAIJAN } from './countries';
import type { Trio } from './names';
import type { Attendees } from './programme-words';
import { weighted, type Random } from './random';

/** A completed visit at which a document was signed: the agreements are signed there. */
export interface Signing {
  visitId: number;
  date: string;
  partner: Organization;
  city: Trio;
  signatories: Person[];
}

const FIRST_DAY = Date.UTC(2016, 3, 1);
const SPAN_DAYS = 3652;
const visitDays = weighted<number>([[1, 12], [2, 30], [3, 33], [4, 17], [5, 8]]);

const offsets = new Map<string, Intl.DateTimeFormat>();
/** Minutes ahead of UTC in `timeZone` at `ms` ("GMT+05:00" is 300). */
function offsetMinutes(timeZone: string, ms: number): number {
  const format = offsets.get(timeZone) ?? new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  offsets.set(timeZone, format);
  const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const [, sign, hours, minutes] = /GMT([+-])(\d\d):(\d\d)/.exec(name) ?? ['', '+', '0', '0'];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function partnerPicker(organizations: Organization[]) {
  const unitsOf = (org: Organization) => organizations.filter((other) => other.parent === org.parent && other.kind === 'unit').length;
  const countryTotal = organizations.filter((org) => org.kind === 'emergency' && !org.isOurs).reduce((sum, org) => sum + (org.country?.weight ?? 0), 0);
  const internationalCount = organizations.filter((org) => org.kind === 'international').length;
  const weight = (org: Organization): number => {
    if (org.isOurs || org.kind === 'azerbaijani') return 0;
    if (org.kind === 'international') return (0.12 * countryTotal) / 0.88 / internationalCount;
    const country = org.country?.weight ?? 0;
    if (org.kind === 'emergency') return country * 0.6;
    if (org.kind === 'unit') return (country * 0.3) / unitsOf(org);
    return country * 0.05;
  };
  return weighted(organizations.map((org) => [org, weight(org)] as const));
}

function titleOf(rnd: Random, partner: Organization, direction: 'incoming' | 'outgoing'): Trio {
  const [az, ru, en] = rnd.pick([
    ['', 'Визит', 'Visit'],
    ['rəsmi ', 'Официальный визит', 'Official visit'],
    ['işgüzar ', 'Рабочий визит', 'Working visit'],
  ] as const);
  if (direction === 'incoming') return [`${partner.name[0]} nümayəndə heyətinin ${az}səfəri`, `${ru} делегации: ${partner.name[1]}`, `${en} of the delegation of the ${partner.name[2]}`];
  const to = partner.country?.to ?? AZERBAIJAN.to;
  return [`FHN nümayəndə heyətinin ${to[0]} ${az}səfəri`, `${ru} делегации МЧС Азербайджана ${to[1]}`, `${en} of the MES delegation ${to[2]}`];
}

function statusOf(rnd: Random, startDate: string, endDate: string): string {
  const today = NOW.slice(0, 10);
  if (endDate < today) return rnd.chance(0.92) ? 'completed' : 'cancelled';
  if (startDate <= today) return 'in_progress';
  return rnd.pick(['planned', 'planned', 'confirmed', 'draft']);
}

function attendeesOf(rnd: Random, who: Attendees, members: Member[]): Member[] {
  const travelling = members.filter((member) => member.side === 'guest');
  const hosting = members.filter((member) => member.side === 'host');
  const hostsWith = (roles: string[]) => hosting.filter((member) => roles.includes(member.role));
  switch (who) {
    case 'everyone':
      return members;
    case 'travellers':
      return [...travelling, ...hostsWith(['liaison', 'deputy'])];
    case 'heads':
      return members.filter((member) => member.role === 'head' || member.role === 'interpreter');
    case 'principals':
      return members.filter((member) => ['head', 'deputy', 'liaison'].includes(member.role));
    case 'escorted': {
      const [head, ...others] = travelling;
      const official = hostsWith(['deputy', 'member', 'escort'])[0] ?? hostsWith(['head'])[0];
      return [head, ...others.slice(0, rnd.int(3)), ...hostsWith(['liaison']), official].filter((member): member is Member => member !== undefined);
    }
  }
}

export function writeVisits(db: Db, rnd: Random, organizations: Organization[], people: People, venues: VenueFinder, count: number): Signing[] {
  const visit = db.prepare(`INSERT INTO visits (uuid, direction, title_az, title_ru, title_en, partner_organization_id, start_date, end_date,
    time_zone, city_az, city_ru, city_en, responsible_officer_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const member = db.prepare('INSERT INTO visit_members (uuid, visit_id, person_id, side, role, sort_order) VALUES (?, ?, ?, ?, ?, ?)');
  const event = db.prepare(`INSERT INTO events (uuid, visit_id, type, title_az, title_ru, title_en, starts_at, ends_at, time_zone, venue_id,
    responsible_officer_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const participant = db.prepare('INSERT INTO event_participants (uuid, event_id, person_id, attendance) VALUES (?, ?, ?, ?)');
  const pickPartner = partnerPicker(organizations);
  const membersOf = delegations(rnd, organizations, people);
  const signings: Signing[] = [];

  for (let i = 0; i < count; i += 1) {
    const partner = pickPartner(rnd);
    const direction = partner.kind === 'international' || rnd.chance(0.65) ? 'incoming' : 'outgoing';
    const country = direction === 'incoming' ? AZERBAIJAN : (partner.country ?? AZERBAIJAN);
    const city = (rnd.chance(direction === 'incoming' ? 0.8 : 0.75) ? country.cities[0] : rnd.pick(country.cities.slice(1))) as Trio;
    const firstDay = FIRST_DAY + rnd.int(SPAN_DAYS) * DAY_MS;
    const days = visitDays(rnd);
    const [startDate, endDate] = [dateOf(firstDay), dateOf(firstDay + (days - 1) * DAY_MS)];
    const status = statusOf(rnd, startDate, endDate);
    const members = membersOf(partner, direction);
    const officer = members.find((candidate) => candidate.role === 'liaison' && candidate.person.organization.isOurs)?.person.id ?? null;
    const visitId = Number(
      visit.run(randomUUID(), direction, ...spelled(rnd, titleOf(rnd, partner, direction), 'az'), partner.id, startDate, endDate, country.timeZone,
        ...city, officer, status, NOW, NOW).lastInsertRowid,
    );
    members.forEach(({ person, side, role }, order) => member.run(randomUUID(), visitId, person.id, side, role, order));

    const offset = offsetMinutes(country.timeZone, firstDay);
    const attended = status === 'completed';
    for (const planned of planProgramme(rnd, days, direction === 'incoming' && city === AZERBAIJAN.cities[0])) {
      const startsAt = firstDay + planned.day * DAY_MS + (planned.start - offset) * 60_000;
      const places = planned.item.venue ? venues(city, planned.item.venue) : [];
      const eventId = Number(
        event.run(randomUUID(), visitId, planned.item.type, ...spelled(rnd, planned.title, 'az'), instant(startsAt), instant(startsAt + planned.minutes * 60_000),
          country.timeZone, places.length > 0 ? rnd.pick(places) : null, officer, NOW, NOW).lastInsertRowid,
      );
      for (const { person } of attendeesOf(rnd, planned.item.attendees, members)) {
        const attendance = !attended ? 'expected' : rnd.chance(0.95) ? 'attended' : rnd.pick(['absent', 'excused']);
        participant.run(randomUUID(), eventId, person.id, attendance);
      }
      if (planned.item.type === 'signing_ceremony' && attended) {
        const signatories = members.filter((candidate) => candidate.role === 'head').map((head) => head.person);
        signings.push({ visitId, date: dateOf(startsAt + offset * 60_000), partner: partner.parent ?? partner, city, signatories });
      }
    }
  }
  return signings;
}
