import type { ChannelOutput, ParsedInput, VisitDetail } from '../../domain/contract';
import { canChangeStatus, VISIT_STATUS_TRANSITIONS } from '../../domain/contract/status-transitions';
import { listVisitEvents } from '../../db/events.repo';
import { listVisitMembers } from '../../db/visit-members.repo';
import { findVisit, insertVisit, listVisits as listRows, updateVisit } from '../../db/visits.repo';
import type { HandlerContext } from './context';
import { precedenceRules } from './precedence';
import { ConflictError } from './errors';
import { checkReferences, findOrThrow, saveAudited, type EntityStore } from './saving';
import { addDefaultChecklist } from './tasks';
import { moveToTrash } from './trash';

type Input = ParsedInput<'visits:save'>;

function findVisitDetail(ctx: HandlerContext, id: number): VisitDetail | undefined {
  const visit = findVisit(ctx.db, id);
  return visit && { ...visit, members: listVisitMembers(ctx.db, id), events: listVisitEvents(ctx.db, id, precedenceRules(ctx)) };
}

// A guest delegation needs the protocol service's arrangements; a visit entered after it ended
// (or was called off) is a record, not a plan, and gets no checklist.
const needsDefaultChecklist = (input: Input) =>
  input.direction === 'incoming' && input.status !== 'completed' && input.status !== 'cancelled';

const visits: EntityStore<Input, VisitDetail> = {
  entity: 'visit',
  find: findVisitDetail,
  insert: (ctx, input, at) => {
    const id = insertVisit(ctx.db, input, at);
    if (needsDefaultChecklist(input)) addDefaultChecklist(ctx, id, input.responsibleOfficerId, at);
    return id;
  },
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

/** Moves the visit along its life (draft → planned → …); a change that makes no sense is refused and nothing is written. */
export function setVisitStatus(ctx: HandlerContext, input: ParsedInput<'visits:setStatus'>): VisitDetail {
  const visit = findOrThrow(ctx, visits, input.id);
  const { id, direction, title, partnerOrganizationId, startDate, endDate, timeZone, city, purpose, frameworkEvent, talkingPoints } =
    visit;
  return saveAudited(ctx, visits, {
    id,
    uuid: visit.uuid,
    direction,
    title,
    partnerOrganizationId,
    startDate,
    endDate,
    timeZone,
    city,
    purpose,
    frameworkEvent,
    talkingPoints,
    responsibleOfficerId: visit.responsibleOfficerId,
    status: input.status,
  });
}

/** Its members, programme and checklist go to the trash with it; agreements signed during it stay, unlinked until it is restored. */
export const deleteVisit = (ctx: HandlerContext, input: ParsedInput<'visits:delete'>): ChannelOutput<'visits:delete'> =>
  moveToTrash(ctx, 'visits', input.id);
