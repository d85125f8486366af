import type { ChannelOutput, ParsedInput, VisitMember } from '../contract';
import {
  findVisitMember,
  insertVisitMember,
  isAlreadyMember,
  listVisitMembers,
  memberIdsOfSide,
  setMemberOrder,
  sideHasOtherHead,
  updateVisitMember,
} from '../../db/visit-members.repo';
import { uuidOf } from '../../db/rows';
import type { HandlerContext } from './context';
import { ConflictError, ValidationError } from './errors';
import { checkReferences, deleteAudited, inTransaction, recordAudit, requireRow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'visitMembers:save'>;

const visitMembers: EntityStore<Input, VisitMember> = {
  entity: 'visitMember',
  find: (ctx, id) => findVisitMember(ctx.db, id),
  insert: (ctx, input) => insertVisitMember(ctx.db, input),
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

export const deleteVisitMember = (
  ctx: HandlerContext,
  input: ParsedInput<'visitMembers:delete'>,
): ChannelOutput<'visitMembers:delete'> => deleteAudited(ctx, visitMembers.entity, 'visit_members', input.id);

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
    recordAudit(ctx, 'update', 'visit', uuidOf(ctx.db, 'visits', input.visitId) ?? null, { memberOrder: input.memberIds, side: input.side });
    return listVisitMembers(ctx.db, input.visitId);
  });
}
