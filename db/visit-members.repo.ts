import { randomUUID } from 'node:crypto';
import type { ParsedInput, VisitMember } from '../domain/contract';
import { localized, localizedList, optionalLocalized, selectLocalized, type LocalizedColumns } from './localized';
import { selectListedName } from './names/person-name-columns';
import type { Db } from './open';
import { insertRow, updateRow } from './rows';
import { statement } from './statements';

type VisitMemberInput = ParsedInput<'visitMembers:save'>;
type MemberRow = LocalizedColumns<'name' | 'listed_name' | 'rank' | 'position' | 'org_name'> & {
  id: number;
  uuid: string;
  visit_id: number;
  person_id: number;
  side: VisitMember['side'];
  role: VisitMember['role'];
  sort_order: number;
  precedence: number;
  post_tier: string | null;
  rank_tier: string | null;
  in_post_since: string | null;
};

const SELECT = `SELECT m.id, m.uuid, m.visit_id, m.person_id, m.side, m.role, m.sort_order, p.precedence, p.post_tier, p.rank_tier, p.in_post_since,
    ${localizedList('p.name')}, ${selectListedName('p')}, ${localizedList('p.rank')}, ${localizedList('p.position')},
    ${selectLocalized('org.name', 'org_name')}
  FROM visit_members m
  JOIN people p ON p.id = m.person_id
  LEFT JOIN organizations org ON org.id = p.organization_id`;

function toMember(row: MemberRow): VisitMember {
  return {
    id: row.id,
    uuid: row.uuid,
    visitId: row.visit_id,
    personId: row.person_id,
    side: row.side,
    role: row.role,
    sortOrder: row.sort_order,
    name: localized(row, 'name'),
    listedName: localized(row, 'listed_name'),
    rank: localized(row, 'rank'),
    position: localized(row, 'position'),
    organizationName: optionalLocalized(row, 'org_name'),
    precedence: row.precedence,
    postTier: row.post_tier,
    rankTier: row.rank_tier,
    inPostSince: row.in_post_since,
  };
}

export function findVisitMember(db: Db, id: number): VisitMember | undefined {
  const row = statement(db, `${SELECT} WHERE m.id = ?`).get(id) as MemberRow | undefined;
  return row && toMember(row);
}

/** The delegation first, then our participants; each in its list order, then by precedence. */
export function listVisitMembers(db: Db, visitId: number): VisitMember[] {
  const sql = `${SELECT} WHERE m.visit_id = ?
    ORDER BY CASE m.side WHEN 'guest' THEN 0 ELSE 1 END, m.sort_order, p.precedence, m.id`;
  return (statement(db, sql).all(visitId) as MemberRow[]).map(toMember);
}

/** Another member row (not `exceptId`) that already puts this person on this visit. */
export function isAlreadyMember(db: Db, input: VisitMemberInput): boolean {
  const sql = 'SELECT 1 FROM visit_members WHERE visit_id = ? AND person_id = ? AND id IS NOT ?';
  return statement(db, sql).get(input.visitId, input.personId, input.id ?? null) !== undefined;
}

/** Whether another member already heads this side of the visit. */
export function sideHasOtherHead(db: Db, input: VisitMemberInput): boolean {
  const sql = "SELECT 1 FROM visit_members WHERE visit_id = ? AND side = ? AND role = 'head' AND id IS NOT ?";
  return statement(db, sql).get(input.visitId, input.side, input.id ?? null) !== undefined;
}

export function insertVisitMember(db: Db, input: VisitMemberInput): number {
  return insertRow(db, 'visit_members', {
    uuid: input.uuid ?? randomUUID(),
    visit_id: input.visitId,
    person_id: input.personId,
    side: input.side,
    role: input.role,
    // Without a hand-set position the handler places the member by precedence (placeByPrecedence).
    sort_order: input.sortOrder ?? 0,
  });
}

/** Without a new `sortOrder` the member keeps the position they have. */
export function updateVisitMember(db: Db, id: number, input: VisitMemberInput): void {
  updateRow(db, 'visit_members', id, {
    visit_id: input.visitId,
    person_id: input.personId,
    side: input.side,
    role: input.role,
    ...(input.sortOrder === undefined ? {} : { sort_order: input.sortOrder }),
  });
}

/** The ids of one side's members, to check a reorder names exactly them. */
export function memberIdsOfSide(db: Db, visitId: number, side: VisitMember['side']): number[] {
  const rows = statement(db, 'SELECT id FROM visit_members WHERE visit_id = ? AND side = ? ORDER BY id').all(visitId, side) as { id: number }[];
  return rows.map((row) => row.id);
}

/** Ten slots apart, so a position given by hand fits in between. */
export function setMemberOrder(db: Db, memberIds: number[]): void {
  memberIds.forEach((id, index) => statement(db, 'UPDATE visit_members SET sort_order = ? WHERE id = ?').run((index + 1) * 10, id));
}

/** The rows that put this person in this visit's events, which go when they leave the visit. */
export function participationIdsInVisit(db: Db, visitId: number, personId: number): number[] {
  const sql = `SELECT ep.id FROM event_participants ep JOIN events e ON e.id = ep.event_id
    WHERE ep.person_id = ? AND e.visit_id = ? ORDER BY ep.id`;
  return (statement(db, sql).all(personId, visitId) as { id: number }[]).map((row) => row.id);
}

/**
 * Of these people, those who may not take part in the visit's events: neither on the visit (either
 * side) nor one of our own people. The rule of migration 0010's `event_participants_off_visit`,
 * asked before a write so that a refusal names the participant; the trigger still holds it.
 */
export function peopleOffVisit(db: Db, visitId: number, personIds: number[]): Set<number> {
  const sql = `SELECT p.id FROM json_each(?) AS asked JOIN people p ON p.id = asked.value
    WHERE NOT EXISTS (SELECT 1 FROM visit_members m WHERE m.visit_id = ? AND m.person_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = p.organization_id AND o.is_ours = 1)`;
  return new Set((statement(db, sql).all(JSON.stringify(personIds), visitId) as { id: number }[]).map((row) => row.id));
}
