// A visit's logistics checklist.
import { randomUUID } from 'node:crypto';
import type { ParsedInput, Task } from '../electron/contract';
import { optionalLocalized, selectLocalized, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { insertRow, updateRow, type Values } from './rows';
import { statement } from './statements';

type TaskInput = ParsedInput<'tasks:save'>;
type TaskRow = LocalizedColumns<'owner_name'> & {
  id: number;
  uuid: string;
  visit_id: number;
  kind: Task['kind'];
  title: string | null;
  owner_person_id: number | null;
  due_offset_days: number;
  status: Task['status'];
  notes: string | null;
  created_at: string;
  updated_at: string;
};

const SELECT = `SELECT t.id, t.uuid, t.visit_id, t.kind, t.title, t.owner_person_id, t.due_offset_days, t.status, t.notes,
    t.created_at, t.updated_at, ${selectLocalized('owner.name', 'owner_name')}
  FROM tasks t LEFT JOIN people owner ON owner.id = t.owner_person_id`;

function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    uuid: row.uuid,
    visitId: row.visit_id,
    kind: row.kind,
    title: row.title,
    ownerPersonId: row.owner_person_id,
    ownerName: optionalLocalized(row, 'owner_name'),
    dueOffsetDays: row.due_offset_days,
    status: row.status,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findTask(db: Db, id: number): Task | undefined {
  const row = statement(db, `${SELECT} WHERE t.id = ?`).get(id) as TaskRow | undefined;
  return row && toTask(row);
}

/** The checklist in the order things fall due. */
export function listVisitTasks(db: Db, visitId: number): Task[] {
  return (statement(db, `${SELECT} WHERE t.visit_id = ? ORDER BY t.due_offset_days, t.id`).all(visitId) as TaskRow[]).map(toTask);
}

function values(input: TaskInput): Values {
  return {
    visit_id: input.visitId,
    kind: input.kind,
    title: input.title,
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
