import type { ChannelOutput, ParsedInput } from '../contract';
import { findPerson, insertPerson, listPeople as listRows, updatePerson } from '../../db/people.repo';
import type { HandlerContext } from './context';
import { checkReferences, deleteAudited, findOrThrow, saveAudited, type EntityStore } from './saving';

type Input = ParsedInput<'people:save'>;
type Person = ChannelOutput<'people:get'>;

const people: EntityStore<Input, Person> = {
  entity: 'person',
  find: (ctx, id) => findPerson(ctx.db, id),
  insert: (ctx, input, at) => insertPerson(ctx.db, input, at),
  update: (ctx, id, input, at) => updatePerson(ctx.db, id, input, at),
  validate: (ctx, input) => checkReferences(ctx, [{ path: ['organizationId'], table: 'organizations', id: input.organizationId }]),
};

export const listPeople = (ctx: HandlerContext, input: ParsedInput<'people:list'>): ChannelOutput<'people:list'> =>
  listRows(ctx.db, input);

export const getPerson = (ctx: HandlerContext, input: ParsedInput<'people:get'>): Person => findOrThrow(ctx, people, input.id);

export const savePerson = (ctx: HandlerContext, input: Input): Person => saveAudited(ctx, people, input);

/** Someone still on a visit, in a programme or among signatories is refused (conflict.referenced). */
export const deletePerson = (ctx: HandlerContext, input: ParsedInput<'people:delete'>): ChannelOutput<'people:delete'> =>
  deleteAudited(ctx, people.entity, 'people', input.id);
