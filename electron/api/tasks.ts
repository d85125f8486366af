import type { ChannelOutput, ParsedInput, Task } from '../contract';
import { findTask, insertTask, listVisitTasks, updateTask } from '../../db/tasks.repo';
import type { HandlerContext } from './context';
import { checkReferences, deleteAudited, requireRow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'tasks:save'>;

const tasks: EntityStore<Input, Task> = {
  entity: 'task',
  find: (ctx, id) => findTask(ctx.db, id),
  insert: (ctx, input, at) => insertTask(ctx.db, input, at),
  update: (ctx, id, input, at) => updateTask(ctx.db, id, input, at),
  validate: (ctx, input) =>
    checkReferences(ctx, [
      { path: ['visitId'], table: 'visits', id: input.visitId },
      { path: ['ownerPersonId'], table: 'people', id: input.ownerPersonId },
    ]),
};

/** The visit's logistics checklist, in the order things fall due. */
export function listTasks(ctx: HandlerContext, input: ParsedInput<'tasks:list'>): Task[] {
  requireRow(ctx, 'visit', 'visits', input.visitId);
  return listVisitTasks(ctx.db, input.visitId);
}

export const saveTask = (ctx: HandlerContext, input: Input): Task => saveAudited(ctx, tasks, input);

export const deleteTask = (ctx: HandlerContext, input: ParsedInput<'tasks:delete'>): ChannelOutput<'tasks:delete'> =>
  deleteAudited(ctx, tasks.entity, 'tasks', input.id);
