import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import {
  findOrganization,
  insertOrganization,
  listOrganizations as listRows,
  updateOrganization,
  wouldBeOwnAncestor,
} from '../../db/organizations.repo';
import { keyUnkeyedRows, looksAlike, nameWords, rowsSharingWords } from '../../db/names/name-words';
import { textKeys } from '../../domain/search-key';
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

/**
 * The texts two organisations are compared by: every full name, and short names of two words
 * or more («МЧС России»). One-word short names (FHN, MES) are shared by sister ministries.
 */
const comparedNames = (name: Organization['name'], shortName: Organization['shortName']) => [
  ...Object.values(name),
  ...Object.values(shortName).filter((text) => text !== null && textKeys(text).length >= 2),
];

/** Up to five organisations whose names look like the ones being typed, in any script. */
export function similarOrganizations(
  ctx: HandlerContext,
  input: ParsedInput<'organizations:similar'>,
): ChannelOutput<'organizations:similar'> {
  keyUnkeyedRows(ctx.db, 'organization');
  const ours = comparedNames(input.name, input.shortName);
  return rowsSharingWords(ctx.db, 'organization', nameWords(ours), input.excludeId)
    .map((id) => findOrganization(ctx.db, id))
    .filter(
      (found): found is Organization => found !== undefined && looksAlike(ours, comparedNames(found.name, found.shortName)),
    )
    .slice(0, 5);
}

export const deleteOrganization = (
  ctx: HandlerContext,
  input: ParsedInput<'organizations:delete'>,
): ChannelOutput<'organizations:delete'> => deleteAudited(ctx, organizations.entity, 'organizations', input.id);
