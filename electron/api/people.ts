import { MAX_PHOTO_BYTES, type ChannelOutput, type ParsedInput } from '../../domain/contract';
import { keyUnkeyedRows, looksAlike, nameWords, rowsSharingWords } from '../../db/names/name-words';
import { findPerson, findPersonPhoto, insertPerson, listPeople as listRows, updatePerson } from '../../db/people.repo';
import type { HandlerContext } from './context';
import { NotFoundError, ValidationError } from './errors';
import { checkReferences, findOrThrow, saveAudited, type EntityStore } from './saving';
import { moveToTrash } from './trash';

type Input = ParsedInput<'people:save'>;
type Person = ChannelOutput<'people:get'>;

const people: EntityStore<Input, Person> = {
  entity: 'person',
  find: (ctx, id) => findPerson(ctx.db, id),
  insert: (ctx, input, at) => insertPerson(ctx.db, input, at),
  update: (ctx, id, input, at) => updatePerson(ctx.db, id, input, at),
  validate: (ctx, input) => {
    checkReferences(ctx, [{ path: ['organizationId'], table: 'organizations', id: input.organizationId }]);
    if (typeof input.photo === 'string') checkPhoto(Buffer.from(input.photo, 'base64'));
  },
};

/** Every JPEG starts with FF D8 FF; the form always sends one, so anything else is refused. */
function checkPhoto(bytes: Buffer): void {
  const refuse = (messageKey: string) => {
    throw new ValidationError(messageKey, { maxKb: MAX_PHOTO_BYTES / 1024 }, [{ path: ['photo'], messageKey }]);
  };
  if (bytes.length > MAX_PHOTO_BYTES) refuse('validation.photoTooLarge');
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) refuse('validation.photoNotJpeg');
}

/** Up to five people whose names look like the ones being typed, in any script. */
export function similarPeople(ctx: HandlerContext, input: ParsedInput<'people:similar'>): ChannelOutput<'people:similar'> {
  keyUnkeyedRows(ctx.db, 'person');
  const names = Object.values(input.name);
  return rowsSharingWords(ctx.db, 'person', nameWords(names), input.excludeId)
    .map((id) => findPerson(ctx.db, id))
    .filter((person): person is Person => person !== undefined && looksAlike(names, Object.values(person.name)))
    .slice(0, 5);
}

export function getPersonPhoto(ctx: HandlerContext, input: ParsedInput<'people:photo'>): ChannelOutput<'people:photo'> {
  const jpeg = findPersonPhoto(ctx.db, input.id);
  if (jpeg === undefined) throw new NotFoundError(people.entity, input.id);
  return { photo: jpeg === null ? null : `data:image/jpeg;base64,${jpeg.toString('base64')}` };
}

export const listPeople = (ctx: HandlerContext, input: ParsedInput<'people:list'>): ChannelOutput<'people:list'> =>
  listRows(ctx.db, input);

export const getPerson = (ctx: HandlerContext, input: ParsedInput<'people:get'>): Person => findOrThrow(ctx, people, input.id);

export const savePerson = (ctx: HandlerContext, input: Input): Person => saveAudited(ctx, people, input);

/**
 * Moves the person to the trash with their documents. Someone still on a visit, in a programme or
 * among signatories is refused (conflict.referenced): those records would lose their meaning.
 */
export const deletePerson = (ctx: HandlerContext, input: ParsedInput<'people:delete'>): ChannelOutput<'people:delete'> =>
  moveToTrash(ctx, 'people', input.id);
