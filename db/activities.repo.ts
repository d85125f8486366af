// A plan's activities: exchanges of experience, joint exercises, courses and visits it commits to.
import { randomUUID } from 'node:crypto';
import type { Activity, ParsedInput } from '../domain/contract';
import { localized, localizedList, localizedParams, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { insertRow, updateRow, type Values } from './rows';
import { statement } from './statements';

type ActivityInput = ParsedInput<'activities:save'>;
export type ActivityRow = LocalizedColumns<'title'> & {
  id: number;
  uuid: string;
  agreement_id: number;
  kind: Activity['kind'];
  responsible_ours: string | null;
  responsible_partner: string | null;
  due_from: string | null;
  due_to: string | null;
  status: Activity['status'];
};

export const ACTIVITY_COLUMNS = `t.id, t.uuid, t.agreement_id, t.kind, ${localizedList('t.title')}, t.responsible_ours,
  t.responsible_partner, t.due_from, t.due_to, t.status`;

/** The row as the contract shows it; `overdue` is decided by the caller, who knows today. */
export function activityOf(row: ActivityRow, overdue: (activity: Omit<Activity, 'overdue'>) => boolean): Activity {
  const activity = {
    id: row.id,
    uuid: row.uuid,
    agreementId: row.agreement_id,
    kind: row.kind,
    title: localized(row, 'title'),
    responsibleOurs: row.responsible_ours,
    responsiblePartner: row.responsible_partner,
    dueFrom: row.due_from,
    dueTo: row.due_to,
    status: row.status,
  };
  return { ...activity, overdue: overdue(activity) };
}

export function findActivityRow(db: Db, id: number): ActivityRow | undefined {
  return statement(db, `SELECT ${ACTIVITY_COLUMNS} FROM agreement_activities t WHERE t.id = ?`).get(id) as ActivityRow | undefined;
}

/** In the order they fall due; undated ones last. */
export function listActivityRows(db: Db, agreementId: number): ActivityRow[] {
  return statement(
    db,
    `SELECT ${ACTIVITY_COLUMNS} FROM agreement_activities t WHERE t.agreement_id = ?
     ORDER BY coalesce(t.due_from, t.due_to) IS NULL, coalesce(t.due_from, t.due_to), t.id`,
  ).all(agreementId) as ActivityRow[];
}

/** Open activities (planned or in progress) with a due day before `until`, of every agreement or one partner's. */
export function listOpenActivityRows(db: Db, until: string, partnerOrganizationId: number | null): (ActivityRow & { due_on: string })[] {
  return statement(
    db,
    `SELECT ${ACTIVITY_COLUMNS}, coalesce(t.due_to, t.due_from) AS due_on FROM agreement_activities t
     JOIN agreements a ON a.id = t.agreement_id
     WHERE t.status IN ('planned', 'in_progress') AND coalesce(t.due_to, t.due_from) < @until
       AND a.status NOT IN ('terminated')
       AND (@partner IS NULL OR EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.organization_id = @partner))
     ORDER BY due_on, t.id`,
  ).all({ until, partner: partnerOrganizationId }) as (ActivityRow & { due_on: string })[];
}

function values(input: ActivityInput): Values {
  return {
    agreement_id: input.agreementId,
    kind: input.kind,
    ...localizedParams('title', input.title),
    responsible_ours: input.responsibleOurs,
    responsible_partner: input.responsiblePartner,
    due_from: input.dueFrom,
    due_to: input.dueTo,
    status: input.status,
  };
}

export function insertActivity(db: Db, input: ActivityInput): number {
  return insertRow(db, 'agreement_activities', { ...values(input), uuid: input.uuid ?? randomUUID() });
}

export function updateActivity(db: Db, id: number, input: ActivityInput): void {
  updateRow(db, 'agreement_activities', id, values(input));
}
