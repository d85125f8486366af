import { randomUUID } from 'node:crypto';
import { VISIT_STATUSES, type ParsedInput, type Visit, type VisitSummary } from '../domain/contract';
import {
  localized,
  localizedList,
  localizedParams,
  localizedSortKey,
  optionalLocalized,
  selectLocalized,
  type LocalizedColumns,
} from './localized';
import type { Db } from './open';
import { listPage, matchesSearch, type ListQuery, type ListShape } from './paging';
import { matchingIds } from './search.repo';
import { insertRow, updateRow, type Values } from './rows';
import { statement } from './statements';
import { READINESS_COLUMNS, toReadiness } from './tasks.repo';

type VisitInput = ParsedInput<'visits:save'>;
type VisitSort = 'title' | 'partner' | 'startDate' | 'status';
const TEXTS = ['title', 'city', 'purpose', 'framework_event', 'talking_points'] as const;

interface VisitColumns {
  id: number;
  uuid: string;
  direction: Visit['direction'];
  partner_organization_id: number;
  start_date: string;
  end_date: string;
  status: Visit['status'];
}
type VisitRow = VisitColumns &
  LocalizedColumns<(typeof TEXTS)[number] | 'partner_name'> & {
    time_zone: string;
    responsible_officer_id: number | null;
    created_at: string;
    updated_at: string;
  };
type SummaryRow = VisitColumns &
  LocalizedColumns<'title' | 'city' | 'partner_name' | 'head_name'> & { partner_country: string; readiness_done: number; readiness_total: number };

const FROM = 'visits v JOIN organizations partner ON partner.id = v.partner_organization_id';
const SELECT = `v.id, v.uuid, v.direction, v.partner_organization_id, v.start_date, v.end_date, v.status,
  v.time_zone, v.responsible_officer_id, v.created_at, v.updated_at,
  ${TEXTS.map((text) => localizedList(`v.${text}`)).join(', ')}, ${selectLocalized('partner.name', 'partner_name')}`;

function toVisit(row: VisitRow): Visit {
  return {
    id: row.id,
    uuid: row.uuid,
    direction: row.direction,
    title: localized(row, 'title'),
    partnerOrganizationId: row.partner_organization_id,
    partnerName: localized(row, 'partner_name'),
    startDate: row.start_date,
    endDate: row.end_date,
    timeZone: row.time_zone,
    city: localized(row, 'city'),
    purpose: localized(row, 'purpose'),
    frameworkEvent: localized(row, 'framework_event'),
    talkingPoints: localized(row, 'talking_points'),
    responsibleOfficerId: row.responsible_officer_id,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findVisit(db: Db, id: number): Visit | undefined {
  const row = statement(db, `SELECT ${SELECT} FROM ${FROM} WHERE v.id = ?`).get(id) as VisitRow | undefined;
  return row && toVisit(row);
}

function toSummary(row: SummaryRow): VisitSummary {
  return {
    id: row.id,
    uuid: row.uuid,
    direction: row.direction,
    title: localized(row, 'title'),
    partnerOrganizationId: row.partner_organization_id,
    partnerName: localized(row, 'partner_name'),
    partnerCountry: row.partner_country,
    headOfDelegation: optionalLocalized(row, 'head_name'),
    startDate: row.start_date,
    endDate: row.end_date,
    city: localized(row, 'city'),
    status: row.status,
    readiness: toReadiness(row),
  };
}

// Officers look a visit up by its title, the partner or anyone in it (often the head of delegation).
const SEARCH = `(${matchesSearch(['v.title', 'v.city', 'partner.name', 'partner.short'])} OR EXISTS (
  SELECT 1 FROM visit_members m JOIN people mp ON mp.id = m.person_id
  WHERE m.visit_id = v.id AND ${matchesSearch(['mp.name'])}))`;

// Statuses sort in the order a visit lives through them, not alphabetically.
const STATUS_ORDER = `CASE v.status ${VISIT_STATUSES.map((status, index) => `WHEN '${status}' THEN ${index}`).join(' ')} END`;

const LIST: ListShape<VisitSort> = {
  select: `v.id, v.uuid, v.direction, v.partner_organization_id, v.start_date, v.end_date, v.status,
    ${localizedList('v.title')}, ${localizedList('v.city')}, partner.country AS partner_country,
    ${selectLocalized('partner.name', 'partner_name')}, ${selectLocalized('head.name', 'head_name')}, ${READINESS_COLUMNS}`,
  from: `${FROM}
    LEFT JOIN visit_members head_member ON head_member.visit_id = v.id AND head_member.side = 'guest' AND head_member.role = 'head'
    LEFT JOIN people head ON head.id = head_member.person_id`,
  search: SEARCH,
  countFrom: 'visits v',
  searchKind: 'visit',
  keySearch: `(v.id IN ${matchingIds('visit')} OR v.partner_organization_id IN ${matchingIds('organization')}
    OR v.id IN (SELECT m.visit_id FROM visit_members m WHERE m.person_id IN ${matchingIds('person')}))`,
  sortKeys: {
    title: (lang) => localizedSortKey('v.title', lang),
    partner: (lang) => localizedSortKey('partner.name', lang),
    startDate: () => 'v.start_date',
    status: () => STATUS_ORDER,
  },
  defaultSort: { column: 'startDate', direction: 'desc' },
  tiebreak: 'v.id',
  sortFrom: {
    title: (lang) => `visits v INDEXED BY visits_sort_${lang}`,
    // The 30-odd partners in name order, each one's visits through visits_partner.
    partner: (lang) => `organizations partner INDEXED BY organizations_sort_${lang} CROSS JOIN visits v ON v.partner_organization_id = partner.id`,
  },
};

export function listVisits(db: Db, query: ListQuery<VisitSort> & { status?: Visit['status']; partnerOrganizationId?: number; year?: number }) {
  const page = listPage<SummaryRow, VisitSort>(db, LIST, query, [
    query.status === undefined ? null : { sql: 'v.status = @status', params: { status: query.status } },
    query.partnerOrganizationId === undefined
      ? null
      : { sql: 'v.partner_organization_id = @partner', params: { partner: query.partnerOrganizationId } },
    query.year === undefined
      ? null
      : { sql: 'v.start_date <= @yearLast AND v.end_date >= @yearFirst', params: { yearFirst: `${query.year}-01-01`, yearLast: `${query.year}-12-31` } },
  ]);
  return { ...page, rows: page.rows.map(toSummary) };
}

function values(input: VisitInput): Values {
  return {
    direction: input.direction,
    ...localizedParams('title', input.title),
    ...localizedParams('city', input.city),
    ...localizedParams('purpose', input.purpose),
    ...localizedParams('framework_event', input.frameworkEvent),
    ...localizedParams('talking_points', input.talkingPoints),
    partner_organization_id: input.partnerOrganizationId,
    start_date: input.startDate,
    end_date: input.endDate,
    time_zone: input.timeZone,
    responsible_officer_id: input.responsibleOfficerId,
    status: input.status,
  };
}

export function insertVisit(db: Db, input: VisitInput, at: string): number {
  return insertRow(db, 'visits', { ...values(input), uuid: input.uuid ?? randomUUID(), created_at: at, updated_at: at });
}

export function updateVisit(db: Db, id: number, input: VisitInput, at: string): void {
  updateRow(db, 'visits', id, { ...values(input), updated_at: at });
}
