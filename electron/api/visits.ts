import type { ChannelOutput, ParsedInput, VisitDetail } from '../contract';
import { canChangeStatus, VISIT_STATUS_TRANSITIONS } from '../contract/status-transitions';
import { listVisitEvents } from '../../db/events.repo';
import { listVisitMembers } from '../../db/visit-members.repo';
import { findVisit, insertVisit, listVisits as listRows, updateVisit } from '../../db/visits.repo';
import type { HandlerContext } from './context';
import { ConflictError } from './errors';
import { checkReferences, deleteAudited, findOrThrow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'visits:save'>;

function findVisitDetail(ctx: HandlerContext, id: number): VisitDetail | undefined {
  const visit = findVisit(ctx.db, id);
  return visit && { ...visit, members: listVisitMembers(ctx.db, id), events: listVisitEvents(ctx.db, id) };
}

const visits: EntityStore<Input, VisitDetail> = {
  entity: 'visit',
  find: findVisitDetail,
  insert: (ctx, input, at) => insertVisit(ctx.db, input, at),
  update: (ctx, id, input, at) => updateVisit(ctx.db, id, input, at),
  validate: (ctx, input) =>
    checkReferences(ctx, [
      { path: ['partnerOrganizationId'], table: 'organizations', id: input.partnerOrganizationId },
      { path: ['responsibleOfficerId'], table: 'people', id: input.responsibleOfficerId },
    ]),
  beforeUpdate: (before, input) => {
    if (!canChangeStatus(VISIT_STATUS_TRANSITIONS, before.status, input.status)) {
      throw new ConflictError('conflict.visitStatusTransition', { from: before.status, to: input.status });
    }
  },
};

export const listVisits = (ctx: HandlerContext, input: ParsedInput<'visits:list'>): ChannelOutput<'visits:list'> =>
  listRows(ctx.db, input);

export const getVisit = (ctx: HandlerContext, input: ParsedInput<'visits:get'>): VisitDetail => findOrThrow(ctx, visits, input.id);

export const saveVisit = (ctx: HandlerContext, input: Input): VisitDetail => saveAudited(ctx, visits, input);

/** Its members, programme and checklist go with it; agreements signed during it stay. */
export const deleteVisit = (ctx: HandlerContext, input: ParsedInput<'visits:delete'>): ChannelOutput<'visits:delete'> =>
  deleteAudited(ctx, visits.entity, 'visits', input.id);
