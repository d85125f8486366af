// A visit's logistics checklist.
import { randomUUID } from 'node:crypto';
import type { ParsedInput, Readiness, Task } from '../domain/contract';
import { localized, localizedList, localizedParams, optionalLocalized, selectLocalized, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { insertRow, updateRow, type Values } from './rows';
import { statement } from './statements';

type TaskInput = ParsedInput<'tasks:save'>;
type TaskRow = LocalizedColumns<'title' | 'owner_name'> & {
  id: number;
  uuid: string;
  visit_id: number;
  kind: Task['kind'];
  owner_person_id: number | null;
  due_offset_days: number;
  due_date: string;
  status: Task['status'];
  notes: string | null;
  created_at: string;
  updated_at: string;
};

// The due date is stored as days from arrival, so it moves with the visit when its dates change.
const SELECT = `SELECT t.id, t.uuid, t.visit_id, t.kind, ${localizedList('t.title')}, t.owner_person_id, t.due_offset_days,
    date(v.start_date, t.due_offset_days || ' days') AS due_date, t.status, t.notes,
    t.created_at, t.updated_at, ${selectLocalized('owner.name', 'owner_name')}
  FROM tasks t JOIN visits v ON v.id = t.visit_id LEFT JOIN people owner ON owner.id = t.owner_person_id`;

/** Still to do: the statuses that can be overdue and that readiness counts as not done. */
export const PENDING_STATUSES: readonly Task['status'][] = ['open', 'in_progress'];

function toTask(row: TaskRow, today: string): Task {
  return {
    id: row.id,
    uuid: row.uuid,
    visitId: row.visit_id,
    kind: row.kind,
    title: localized(row, 'title'),
    ownerPersonId: row.owner_person_id,
    ownerName: optionalLocalized(row, 'owner_name'),
    dueOffsetDays: row.due_offset_days,
    dueDate: row.due_date,
    overdue: PENDING_STATUSES.includes(row.status) && row.due_date < today,
    status: row.status,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** `today` is the office's calendar day, `YYYY-MM-DD`, from the one clock. */
export function findTask(db: Db, id: number, today: string): Task | undefined {
  const row = statement(db, `${SELECT} WHERE t.id = ?`).get(id) as TaskRow | undefined;
  return row && toTask(row, today);
}

/** The checklist in the order things fall due. */
export function listVisitTasks(db: Db, visitId: number, today: string): Task[] {
  const rows = statement(db, `${SELECT} WHERE t.visit_id = ? ORDER BY t.due_offset_days, t.id`).all(visitId) as TaskRow[];
  return rows.map((row) => toTask(row, today));
}

/** "done / total" for a SELECT over visits aliased `v`; tasks not needed count neither way. */
export const READINESS_COLUMNS = `
  (SELECT count(*) FROM tasks rt WHERE rt.visit_id = v.id AND rt.status = 'done') AS readiness_done,
  (SELECT count(*) FROM tasks rt WHERE rt.visit_id = v.id AND rt.status <> 'not_needed') AS readiness_total`;
export const toReadiness = (row: { readiness_done: number; readiness_total: number }): Readiness => ({
  done: row.readiness_done,
  total: row.readiness_total,
});

export function readinessOf(tasks: Pick<Task, 'status'>[]): Readiness {
  return {
    done: tasks.filter((task) => task.status === 'done').length,
    total: tasks.filter((task) => task.status !== 'not_needed').length,
  };
}

function values(input: TaskInput): Values {
  return {
    visit_id: input.visitId,
    kind: input.kind,
    ...localizedParams('title', input.title),
    owner_person_id: input.ownerPersonId,
    due_offset_days: input.dueOffsetDays,
    status: input.status,
    notes: input.notes,
  };
}

export function insertTask(db: Db, input: TaskInput, at: string): number {
  return insertRow(db, 'tasks', { ...values(input), uuid: input.uuid ?? randomUUID(), created_at: at, updated_at: at });
}

export function updateTask(db: Db, id: number, input: TaskInput, at: string): void {
  updateRow(db, 'tasks', id, { ...values(input), updated_at: at });
}
