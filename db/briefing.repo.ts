// The queries that gather a briefing pack: the people of a visit with their bios and photos, the
// programme's venues and officers, the cooperation history with the partner and the contacts.
import type { AgreementStatus, Language, PackAgreement, PackEvent, PackPerson } from '../domain/contract';
import { BINDING_SQL, statusFactsOf } from '../domain/agreement-status';
import { localized, localizedList, optionalLocalized, selectLocalized, type LocalizedColumns } from './localized';
import { namePartsOf, selectListedName } from './names/person-name-columns';
import type { Db } from './open';
import { updateRow } from './rows';
import { statement } from './statements';

type PersonRow = LocalizedColumns<
  'name' | 'surname' | 'given_name' | 'patronymic' | 'listed_name' | 'rank' | 'position' | 'bio' | 'dietary_notes' | 'org_name'
> & {
  person_id: number;
  side: 'guest' | 'host';
  role: PackPerson['role'];
  languages: string;
  interpreter_needed: number;
  contact: string | null;
  photo: Buffer | null;
};

/** A member of either side; the photo goes into the page as a data: URL (the print route loads nothing else). */
export type PackMember = PackPerson & { side: 'guest' | 'host' };

const MEMBERS = `SELECT m.person_id, m.side, m.role, ${localizedList('p.name')}, ${selectListedName('p')},
    ${localizedList('p.surname')}, ${localizedList('p.given_name')}, ${localizedList('p.patronymic')}, ${localizedList('p.rank')},
    ${localizedList('p.position')}, ${localizedList('p.bio')}, ${selectLocalized('org.name', 'org_name')},
    ${localizedList('p.dietary_notes')}, p.languages, p.interpreter_needed, p.contact, p.photo
  FROM visit_members m
  JOIN people p ON p.id = m.person_id
  LEFT JOIN organizations org ON org.id = p.organization_id
  WHERE m.visit_id = ?
  ORDER BY CASE m.side WHEN 'guest' THEN 0 ELSE 1 END, m.sort_order, p.precedence, m.id`;

/** Both sides of a visit in order of precedence, each person with the texts a pack prints. */
export function listPackMembers(db: Db, visitId: number): PackMember[] {
  return (statement(db, MEMBERS).all(visitId) as PersonRow[]).map((row) => ({
    personId: row.person_id,
    side: row.side,
    role: row.role,
    name: localized(row, 'name'),
    listedName: localized(row, 'listed_name'),
    nameParts: namePartsOf(row),
    rank: localized(row, 'rank'),
    position: localized(row, 'position'),
    bio: localized(row, 'bio'),
    organizationName: optionalLocalized(row, 'org_name'),
    languages: JSON.parse(row.languages) as string[],
    interpreterNeeded: row.interpreter_needed === 1,
    dietaryNotes: localized(row, 'dietary_notes'),
    contact: row.contact,
    // The directory keeps photos as JPEG only (checked when saved).
    photo: row.photo ? `data:image/jpeg;base64,${row.photo.toString('base64')}` : null,
  }));
}

type EventExtraRow = LocalizedColumns<'officer_name' | 'venue_address' | 'venue_city'> & { id: number };
type EventExtras = Pick<PackEvent, 'venueAddress' | 'venueCity' | 'responsibleOfficerName'>;

/** What the run sheet adds to each event: the venue's address and city, and the responsible officer's name. */
export function eventExtras(db: Db, visitId: number): Map<number, EventExtras> {
  const sql = `SELECT e.id, ${selectLocalized('v.address', 'venue_address')}, ${selectLocalized('v.city', 'venue_city')},
      ${selectLocalized('officer.name', 'officer_name')}
    FROM events e
    LEFT JOIN venues v ON v.id = e.venue_id
    LEFT JOIN people officer ON officer.id = e.responsible_officer_id
    WHERE e.visit_id = ?`;
  const rows = statement(db, sql).all(visitId) as EventExtraRow[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        venueAddress: localized(row, 'venue_address'),
        venueCity: localized(row, 'venue_city'),
        responsibleOfficerName: optionalLocalized(row, 'officer_name'),
      },
    ]),
  );
}

type EarlierVisitRow = LocalizedColumns<'title' | 'city'> & {
  id: number;
  direction: 'incoming' | 'outgoing';
  start_date: string;
  end_date: string;
};

/** Visits with the same partner that began before this one, latest first. */
export function listEarlierVisits(db: Db, visitId: number, partnerId: number, before: string) {
  const sql = `SELECT id, direction, start_date, end_date, ${localizedList('title')}, ${localizedList('city')}
    FROM visits WHERE partner_organization_id = ? AND id <> ? AND start_date < ? AND status <> 'cancelled'
    ORDER BY start_date DESC, id DESC LIMIT 50`;
  return (statement(db, sql).all(partnerId, visitId, before) as EarlierVisitRow[]).map((row) => ({
    id: row.id,
    direction: row.direction,
    title: localized(row, 'title'),
    startDate: row.start_date,
    endDate: row.end_date,
    city: localized(row, 'city'),
  }));
}

type AgreementRow = LocalizedColumns<'title'> & {
  id: number;
  type: PackAgreement['type'];
  status: AgreementStatus;
  signed_on: string | null;
  valid_from: string | null;
  valid_to: string | null;
  signed_at_this_visit: number;
};

/**
 * The agreements a pack reports: those with the partner that bind the parties on `today` (by the
 * status they show), and whatever was signed during this visit. Each comes with the facts its
 * shown status is judged on.
 */
export function listPackAgreements(db: Db, visitId: number, partnerId: number, today: string) {
  const sql = `SELECT a.id, a.type, a.status, a.signed_on, a.valid_from, a.valid_to, ${localizedList('a.title')},
      (a.signed_at_visit_id IS @visit) AS signed_at_this_visit
    FROM agreements a
    WHERE a.signed_at_visit_id = @visit
       OR (${BINDING_SQL}
           AND EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.organization_id = @partner))
    ORDER BY coalesce(a.signed_on, a.valid_from, '9999') DESC, a.id DESC LIMIT 200`;
  return (statement(db, sql).all({ visit: visitId, partner: partnerId, today }) as AgreementRow[]).map((row) => ({
    id: row.id,
    type: row.type,
    facts: statusFactsOf(row),
    title: localized(row, 'title'),
    signedOn: row.signed_on,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    signedAtThisVisit: row.signed_at_this_visit === 1,
  }));
}

type TaskOwnerRow = LocalizedColumns<'name' | 'listed_name' | 'position' | 'org_name'> & { person_id: number; contact: string | null };

/** People who own a logistics task of the visit: hotel, cars, interpreters and the rest. */
export function listTaskOwners(db: Db, visitId: number) {
  const sql = `SELECT DISTINCT p.id AS person_id, p.contact, ${localizedList('p.name')}, ${selectListedName('p')}, ${localizedList('p.position')},
      ${selectLocalized('org.name', 'org_name')}
    FROM tasks t JOIN people p ON p.id = t.owner_person_id
    LEFT JOIN organizations org ON org.id = p.organization_id
    WHERE t.visit_id = ? ORDER BY p.precedence, p.id`;
  return (statement(db, sql).all(visitId) as TaskOwnerRow[]).map((row) => ({
    personId: row.person_id,
    name: localized(row, 'name'),
    listedName: localized(row, 'listed_name'),
    position: localized(row, 'position'),
    organizationName: optionalLocalized(row, 'org_name'),
    contact: row.contact,
  }));
}

/** A visit's id from its id or its UUID, as the headless exporter accepts either. */
export function findVisitId(db: Db, idOrUuid: string): number | undefined {
  const row = /^\d+$/.test(idOrUuid)
    ? statement(db, 'SELECT id FROM visits WHERE id = ?').get(Number(idOrUuid))
    : statement(db, 'SELECT id FROM visits WHERE uuid = ?').get(idOrUuid.toLowerCase());
  return (row as { id: number } | undefined)?.id;
}

/** Writes one language's talking points; the other languages stay as they are. */
export function storeTalkingPoints(db: Db, visitId: number, lang: Language, text: string | null, at: string): void {
  updateRow(db, 'visits', visitId, { [`talking_points_${lang}`]: text, updated_at: at });
}
