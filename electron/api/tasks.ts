import type { ChannelOutput, ParsedInput, Task } from '../../domain/contract';
import { DEFAULT_CHECKLIST } from '../../db/default-checklist';
import { uuidOf } from '../../db/rows';
import { findTask, insertTask, listVisitTasks, readinessOf, updateTask } from '../../db/tasks.repo';
import { officeDay } from '../../domain/calendar';
import type { HandlerContext } from './context';
import { checkReferences, deleteAudited, recordAudit, requireRow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'tasks:save'>;

// Checklists are the Baku office's own deadlines, so "today" is the day in Baku whatever the
// zone of the visit or of the PC.
const officeToday = (ctx: HandlerContext): string => officeDay(ctx.now());

const tasks: EntityStore<Input, Task> = {
  entity: 'task',
  find: (ctx, id) => findTask(ctx.db, id, officeToday(ctx)),
  insert: (ctx, input, at) => insertTask(ctx.db, input, at),
  update: (ctx, id, input, at) => updateTask(ctx.db, id, input, at),
  validate: (ctx, input) =>
    checkReferences(ctx, [
      { path: ['visitId'], table: 'visits', id: input.visitId },
      { path: ['ownerPersonId'], table: 'people', id: input.ownerPersonId },
    ]),
};

/** The visit's logistics checklist, in the order things fall due, with its readiness. */
export function listTasks(ctx: HandlerContext, input: ParsedInput<'tasks:list'>): ChannelOutput<'tasks:list'> {
  requireRow(ctx, 'visit', 'visits', input.visitId);
  const checklist = listVisitTasks(ctx.db, input.visitId, officeToday(ctx));
  return { tasks: checklist, readiness: readinessOf(checklist), overdue: checklist.filter((task) => task.overdue).length };
}

export const saveTask = (ctx: HandlerContext, input: Input): Task => saveAudited(ctx, tasks, input);

export const deleteTask = (ctx: HandlerContext, input: ParsedInput<'tasks:delete'>): ChannelOutput<'tasks:delete'> =>
  deleteAudited(ctx, tasks.entity, 'tasks', input.id);

/**
 * Gives a newly created visit the default checklist, owned by the visit's responsible officer.
 * Runs inside the visit's own transaction, so the visit never exists without it.
 */
export function addDefaultChecklist(ctx: HandlerContext, visitId: number, ownerPersonId: number | null, at: string): void {
  for (const task of DEFAULT_CHECKLIST) {
    insertTask(ctx.db, { visitId, ...task, ownerPersonId, status: 'open', notes: null }, at);
  }
  recordAudit(ctx, 'create', 'checklist', uuidOf(ctx.db, 'visits', visitId) ?? null, { tasks: DEFAULT_CHECKLIST.length });
}
