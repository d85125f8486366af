// What the alerts dashboard and a partner's history read: agreements in brief, a partner's
// timeline, and the register's saved filters.
import { randomUUID } from 'node:crypto';
import type { Agreement, LocalizedText, RegisterFilter } from '../domain/contract';
import { SHOWN_STATUS_SQL } from '../domain/agreement-status';
import { localized, localizedList, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { statement } from './statements';

export type BriefRow = LocalizedColumns<'title'> & {
  id: number;
  type: Agreement['type'];
  status: Agreement['status'];
  signed_on: string | null;
  valid_from: string | null;
  valid_to: string | null;
  has_signed_scan: 0 | 1;
  renewed: 0 | 1;
};

const BRIEF = `SELECT a.id, a.type, a.status, ${localizedList('a.title')}, a.signed_on, a.valid_from, a.valid_to,
  EXISTS (SELECT 1 FROM documents d WHERE d.agreement_id = a.id AND d.kind = 'signed_scan' AND d.deleted_at IS NULL) AS has_signed_scan,
  EXISTS (SELECT 1 FROM agreements r WHERE r.replaces_agreement_id = a.id) AS renewed
  FROM agreements a`;

/** Every agreement not merely drafted, in brief, or only those one organisation is a party to. */
export function listBriefs(db: Db, partnerOrganizationId: number | null): BriefRow[] {
  return statement(
    db,
    `${BRIEF} WHERE a.status NOT IN ('draft', 'under_negotiation')
       AND (@partner IS NULL OR EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.organization_id = @partner))
     ORDER BY a.valid_to IS NULL, a.valid_to, a.id`,
  ).all({ partner: partnerOrganizationId }) as BriefRow[];
}

/** The partners (parties not of our office) of several agreements. */
type Partner = { organizationId: number; name: LocalizedText; shortName: LocalizedText };

export function partnersOf(db: Db, agreementIds: number[]): Map<number, Partner[]> {
  const rows = statement(
    db,
    `SELECT ap.agreement_id, o.id AS organization_id, ${localizedList('o.name')}, ${localizedList('o.short')} FROM agreement_parties ap
     JOIN organizations o ON o.id = ap.organization_id
     WHERE ap.agreement_id IN (SELECT value FROM json_each(?)) AND o.is_ours = 0 ORDER BY ap.id`,
  ).all(JSON.stringify(agreementIds)) as (LocalizedColumns<'name' | 'short'> & { agreement_id: number; organization_id: number })[];
  const byAgreement = new Map<number, Partner[]>();
  for (const row of rows) {
    const list = byAgreement.get(row.agreement_id) ?? [];
    list.push({ organizationId: row.organization_id, name: localized(row, 'name'), shortName: localized(row, 'short') });
    byAgreement.set(row.agreement_id, list);
  }
  return byAgreement;
}

export function agreementTitles(db: Db, ids: number[]): Map<number, LocalizedText> {
  const rows = statement(db, `SELECT id, ${localizedList('title')} FROM agreements WHERE id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as (LocalizedColumns<'title'> & { id: number })[];
  return new Map(rows.map((row) => [row.id, localized(row, 'title')]));
}

export type TimelineRow = LocalizedColumns<'title'> & {
  kind: 'visit' | 'agreement' | 'event';
  id: number;
  date: string;
  end_date: string | null;
  visit_id: number | null;
  detail: string | null;
};

/**
 * One organisation's visits, the main events of those visits and the agreements it is a party to,
 * newest first. An agreement sits on the day it was signed (or, unsigned, the day it was
 * recorded), after that day's events, with the status it shows on `today`; a visit sits on its
 * first day, before its events.
 */
export function partnerTimeline(db: Db, organizationId: number, today: string): TimelineRow[] {
  return statement(
    db,
    `SELECT 'visit' AS kind, v.id, ${localizedList('v.title')}, v.start_date AS date, v.end_date, v.id AS visit_id, v.status AS detail,
            v.start_date AS sort_at
       FROM visits v WHERE v.partner_organization_id = @org
     UNION ALL
     SELECT 'event', e.id, ${localizedList('e.title')}, substr(e.starts_at, 1, 10), NULL, e.visit_id, e.type, e.starts_at
       FROM events e JOIN visits v ON v.id = e.visit_id
       WHERE v.partner_organization_id = @org AND e.type IN ('bilateral_meeting', 'signing_ceremony', 'wreath_laying')
     UNION ALL
     SELECT 'agreement', a.id, ${localizedList('a.title')}, coalesce(a.signed_on, substr(a.created_at, 1, 10)), NULL,
            a.signed_at_visit_id, ${SHOWN_STATUS_SQL}, coalesce(a.signed_on, substr(a.created_at, 1, 10)) || 'T99'
       FROM agreements a WHERE EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.organization_id = @org)
     ORDER BY date DESC, sort_at DESC, id DESC`,
  ).all({ org: organizationId, today }) as TimelineRow[];
}

export function listRegisterFilters(db: Db): RegisterFilter[] {
  const rows = statement(db, 'SELECT id, uuid, name, filter FROM register_filters ORDER BY name COLLATE NOCASE, id').all() as {
    id: number;
    uuid: string;
    name: string;
    filter: string;
  }[];
  return rows.map((row) => ({ id: row.id, uuid: row.uuid, name: row.name, view: JSON.parse(row.filter) as RegisterFilter['view'] }));
}

/** A name saved again replaces that filter, so officers can update a view by saving it under its name. */
export function saveRegisterFilter(db: Db, name: string, view: RegisterFilter['view'], at: string): number {
  const row = statement(
    db,
    `INSERT INTO register_filters (uuid, name, filter, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET filter = excluded.filter, updated_at = excluded.updated_at RETURNING id`,
  ).get(randomUUID(), name, JSON.stringify(view), at, at) as { id: number };
  return row.id;
}
