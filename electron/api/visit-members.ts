import type { ChannelOutput, ParsedInput, VisitMember } from '../contract';
import {
  findVisitMember,
  insertVisitMember,
  isAlreadyMember,
  sideHasOtherHead,
  updateVisitMember,
} from '../../db/visit-members.repo';
import type { HandlerContext } from './context';
import { ConflictError } from './errors';
import { checkReferences, deleteAudited, saveAudited, type EntityStore } from './saving';

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
