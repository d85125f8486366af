import type { ChannelOutput, ParsedInput } from '../contract';
import {
  findOrganization,
  insertOrganization,
  listOrganizations as listRows,
  updateOrganization,
  wouldBeOwnAncestor,
} from '../../db/organizations.repo';
import type { HandlerContext } from './context';
import { ConflictError } from './errors';
import { checkReferences, deleteAudited, findOrThrow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'organizations:save'>;
type Organization = ChannelOutput<'organizations:get'>;

const organizations: EntityStore<Input, Organization> = {
  entity: 'organization',
  find: (ctx, id) => findOrganization(ctx.db, id),
  insert: (ctx, input, at) => insertOrganization(ctx.db, input, at),
  update: (ctx, id, input, at) => updateOrganization(ctx.db, id, input, at),
  validate: (ctx, input) => {
    checkReferences(ctx, [{ path: ['parentId'], table: 'organizations', id: input.parentId }]);
    const { id, parentId } = input;
    if (id !== undefined && parentId !== null && wouldBeOwnAncestor(ctx.db, id, parentId)) {
      throw new ConflictError('conflict.organizationCycle');
    }
  },
};

export const listOrganizations = (
  ctx: HandlerContext,
  input: ParsedInput<'organizations:list'>,
): ChannelOutput<'organizations:list'> => listRows(ctx.db, input);

export const getOrganization = (ctx: HandlerContext, input: ParsedInput<'organizations:get'>): Organization =>
  findOrThrow(ctx, organizations, input.id);

export const saveOrganization = (ctx: HandlerContext, input: Input): Organization => saveAudited(ctx, organizations, input);

export const deleteOrganization = (
  ctx: HandlerContext,
  input: ParsedInput<'organizations:delete'>,
): ChannelOutput<'organizations:delete'> => deleteAudited(ctx, organizations.entity, 'organizations', input.id);
