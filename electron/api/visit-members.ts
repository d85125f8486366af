import type { ChannelOutput, ParsedInput, VisitMember } from '../../domain/contract';
import {
  findVisitMember,
  insertVisitMember,
  isAlreadyMember,
  listVisitMembers,
  memberIdsOfSide,
  participationIdsInVisit,
  setMemberOrder,
  sideHasOtherHead,
  updateVisitMember,
} from '../../db/visit-members.repo';
import { uuidOf } from '../../db/rows';
import type { HandlerContext } from './context';
import { ConflictError, ValidationError } from './errors';
import { checkReferences, findOrThrow, inTransaction, recordAudit, requireRow, saveAudited, type EntityStore } from './saving';
import { membersInPrecedenceOrder, placeInList } from './precedence';
import { moveToTrash } from './trash';

type Input = ParsedInput<'visitMembers:save'>;

const visitMembers: EntityStore<Input, VisitMember> = {
  entity: 'visitMember',
  find: (ctx, id) => findVisitMember(ctx.db, id),
  insert: (ctx, input) => {
    const id = insertVisitMember(ctx.db, input);
    if (input.sortOrder === undefined) placeByPrecedence(ctx, input.visitId, input.side, id);
    return id;
  },
  update: (ctx, id, input) => updateVisitMember(ctx.db, id, input),
  validate: (ctx, input) => {
    checkReferences(ctx, [
      { path: ['visitId'], table: 'visits', id: input.visitId },
      { path: ['personId'], table: 'people', id: input.personId },
    ]);
    if (isAlreadyMember(ctx.db, input)) throw new ConflictError('conflict.alreadyVisitMember');
    if (input.role === 'head' && sideHasOtherHead(ctx.db, input)) {
      throw new ConflictError('conflict.oneHeadPerSide', { side: input.side });
    }
  },
};

export const saveVisitMember = (ctx: HandlerContext, input: Input): VisitMember => saveAudited(ctx, visitMembers, input);

/**
 * Someone taken off a visit leaves its programme too: their places in its events go to the trash
 * with the member and come back with them. The places go first, as the schema refuses a member's
 * removal while the events still count them.
 */
export function deleteVisitMember(ctx: HandlerContext, input: ParsedInput<'visitMembers:delete'>): ChannelOutput<'visitMembers:delete'> {
  return inTransaction(ctx, () => {
    const member = findOrThrow(ctx, visitMembers, input.id);
    const companions = { table: 'event_participants', ids: participationIdsInVisit(ctx.db, member.visitId, member.personId) };
    return moveToTrash(ctx, 'visit_members', member.id, { label: member.name, companions });
  });
}

/** The officer's own order of one side of the delegation, written in one transaction. */
export function reorderVisitMembers(ctx: HandlerContext, input: ParsedInput<'visitMembers:reorder'>): VisitMember[] {
  return inTransaction(ctx, () => {
    requireRow(ctx, 'visit', 'visits', input.visitId);
    const current = memberIdsOfSide(ctx.db, input.visitId, input.side);
    const given = [...input.memberIds].sort((a, b) => a - b);
    if (given.length !== current.length || given.some((id, index) => id !== current[index])) {
      throw new ValidationError('validation.reorderMismatch');
    }
    setMemberOrder(ctx.db, input.memberIds);
    recordAudit(ctx, 'update', 'visit', uuidOf(ctx.db, 'visits', input.visitId) ?? null, {
      memberOrder: input.memberIds,
      side: input.side,
      reason: input.reason,
    });
    return listVisitMembers(ctx.db, input.visitId);
  });
}

const membersOfSide = (ctx: HandlerContext, visitId: number, side: VisitMember['side']) =>
  listVisitMembers(ctx.db, visitId).filter((member) => member.side === side);

/** A member added without a position goes where their precedence puts them in the side's list. */
function placeByPrecedence(ctx: HandlerContext, visitId: number, side: VisitMember['side'], id: number): void {
  const members = membersOfSide(ctx, visitId, side);
  const added = members.find((member) => member.id === id);
  if (added) setMemberOrder(ctx.db, placeInList(ctx, members, added));
}

/** One side of the list put back in the order of precedence, undoing the officer's own order. */
export function orderVisitMembersByPrecedence(ctx: HandlerContext, input: ParsedInput<'visitMembers:orderByPrecedence'>): VisitMember[] {
  return inTransaction(ctx, () => {
    requireRow(ctx, 'visit', 'visits', input.visitId);
    const order = membersInPrecedenceOrder(ctx, membersOfSide(ctx, input.visitId, input.side)).map((member) => member.id);
    setMemberOrder(ctx.db, order);
    recordAudit(ctx, 'update', 'visit', uuidOf(ctx.db, 'visits', input.visitId) ?? null, { memberOrder: order, side: input.side, byPrecedence: true });
    return listVisitMembers(ctx.db, input.visitId);
  });
}
