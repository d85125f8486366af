import type { Activity, ParsedInput } from '../../domain/contract';
import { activityOf, findActivityRow, insertActivity, listActivityRows, updateActivity } from '../../db/activities.repo';
import type { HandlerContext } from './context';
import { officeDay } from '../../domain/calendar';
import { isOverdue } from './expiry';
import { checkReferences, deleteAudited, requireRow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'activities:save'>;

const today = (ctx: HandlerContext) => officeDay(ctx.now());

const activities: EntityStore<Input, Activity> = {
  entity: 'agreement_activity',
  find: (ctx, id) => {
    const row = findActivityRow(ctx.db, id);
    return row && activityOf(row, (activity) => isOverdue(activity, today(ctx)));
  },
  insert: (ctx, input) => insertActivity(ctx.db, input),
  update: (ctx, id, input) => updateActivity(ctx.db, id, input),
  validate: (ctx, input) => checkReferences(ctx, [{ path: ['agreementId'], table: 'agreements', id: input.agreementId }]),
};

export function listActivities(ctx: HandlerContext, input: ParsedInput<'activities:list'>): Activity[] {
  requireRow(ctx, 'agreement', 'agreements', input.agreementId);
  const day = today(ctx);
  return listActivityRows(ctx.db, input.agreementId).map((row) => activityOf(row, (activity) => isOverdue(activity, day)));
}

export const saveActivity = (ctx: HandlerContext, input: Input): Activity => saveAudited(ctx, activities, input);
export const deleteActivity = (ctx: HandlerContext, input: ParsedInput<'activities:delete'>) =>
  deleteAudited(ctx, activities.entity, 'agreement_activities', input.id);
