// The office calendar: visits as spans of days and their events as times, filtered in SQL.
import type { CalendarRange, VisitStatus } from '../domain/contract';
import { localized, localizedList, selectLocalized, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { statement } from './statements';

export interface CalendarFilter {
  from: string;
  to: string;
  partnerOrganizationId?: number;
  status?: VisitStatus;
}

type VisitRow = LocalizedColumns<'title' | 'partner_name'> & {
  id: number;
  direction: 'incoming' | 'outgoing';
  start_date: string;
  end_date: string;
  status: VisitStatus;
};
type EventRow = LocalizedColumns<'title'> & {
  id: number;
  visit_id: number;
  type: CalendarRange['events'][number]['type'];
  starts_at: string;
  ends_at: string;
  time_zone: string;
  status: VisitStatus;
};

// Optional filters stay in one statement: a NULL parameter switches its condition off.
const FILTERS = `(@partner IS NULL OR v.partner_organization_id = @partner) AND (@status IS NULL OR v.status = @status)`;

const VISITS = `SELECT v.id, v.direction, v.start_date, v.end_date, v.status, ${localizedList('v.title')},
    ${selectLocalized('partner.name', 'partner_name')}
  FROM visits v JOIN organizations partner ON partner.id = v.partner_organization_id
  WHERE v.start_date <= @to AND v.end_date >= @from AND ${FILTERS}
  ORDER BY v.start_date, v.id`;

// Instants are UTC; a day's margin each side keeps events near midnight in any zone, and the
// calendar places each at its true time.
const EVENTS = `SELECT e.id, e.visit_id, e.type, e.starts_at, e.ends_at, e.time_zone, v.status, ${localizedList('e.title')}
  FROM events e JOIN visits v ON v.id = e.visit_id
  WHERE e.starts_at < strftime('%Y-%m-%dT%H:%M:%SZ', @to, '+2 days') AND e.ends_at > strftime('%Y-%m-%dT%H:%M:%SZ', @from, '-1 day')
    AND ${FILTERS}
  ORDER BY e.starts_at, e.id`;

export function calendarRange(db: Db, filter: CalendarFilter): CalendarRange {
  const params = { from: filter.from, to: filter.to, partner: filter.partnerOrganizationId ?? null, status: filter.status ?? null };
  const visits = (statement(db, VISITS).all(params) as VisitRow[]).map((row) => ({
    id: row.id,
    direction: row.direction,
    title: localized(row, 'title'),
    partnerName: localized(row, 'partner_name'),
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status,
  }));
  const events = (statement(db, EVENTS).all(params) as EventRow[]).map((row) => ({
    id: row.id,
    visitId: row.visit_id,
    type: row.type,
    title: localized(row, 'title'),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    visitStatus: row.status,
  }));
  return { visits, events };
}
