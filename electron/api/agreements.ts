import type { Agreement, ChannelOutput, ParsedInput } from '../../domain/contract';
import { AGREEMENT_STATUS_TRANSITIONS, canChangeStatus } from '../../domain/contract/status-transitions';
import { findAgreement, insertAgreement, listAgreements as listRows, updateAgreement } from '../../db/agreements.repo';
import type { HandlerContext } from './context';
import { precedenceRules } from './precedence';
import { ConflictError } from './errors';
import { officeDay } from '../../domain/calendar';
import { expiryWindow } from './expiry';
import { checkReferences, findOrThrow, saveAudited, type EntityStore, type Reference } from './saving';
import { moveToTrash } from './trash';

type Input = ParsedInput<'agreements:save'>;

function references(input: Input): Reference[] {
  return [
    { path: ['signedAtVisitId'], table: 'visits', id: input.signedAtVisitId },
    { path: ['replacesAgreementId'], table: 'agreements', id: input.replacesAgreementId },
    ...input.partyIds.map((id, index): Reference => ({ path: ['partyIds', index], table: 'organizations', id })),
    ...input.signatories.map((s, index): Reference => ({ path: ['signatories', index, 'personId'], table: 'people', id: s.personId })),
  ];
}

const agreements: EntityStore<Input, Agreement> = {
  entity: 'agreement',
  find: (ctx, id) => findAgreement(ctx.db, id, officeDay(ctx.now()), precedenceRules(ctx)),
  insert: (ctx, input, at) => insertAgreement(ctx.db, input, at),
  update: (ctx, id, input, at) => updateAgreement(ctx.db, id, input, at),
  validate: (ctx, input) => {
    checkReferences(ctx, references(input));
    if (input.id !== undefined && input.replacesAgreementId === input.id) throw new ConflictError('conflict.agreementReplacesItself');
  },
  beforeUpdate: (before, input) => {
    if (!canChangeStatus(AGREEMENT_STATUS_TRANSITIONS, before.status, input.status)) {
      throw new ConflictError('conflict.agreementStatusTransition', { from: before.status, to: input.status });
    }
  },
};

export const listAgreements = (ctx: HandlerContext, input: ParsedInput<'agreements:list'>): ChannelOutput<'agreements:list'> =>
  listRows(ctx.db, input, expiryWindow(ctx), precedenceRules(ctx));

export const getAgreement = (ctx: HandlerContext, input: ParsedInput<'agreements:get'>): Agreement =>
  findOrThrow(ctx, agreements, input.id);

export const saveAgreement = (ctx: HandlerContext, input: Input): Agreement => saveAudited(ctx, agreements, input);

/** To the trash, with its parties, signatories, activities and documents: the signed originals among them. */
export const deleteAgreement = (ctx: HandlerContext, input: ParsedInput<'agreements:delete'>): ChannelOutput<'agreements:delete'> =>
  moveToTrash(ctx, 'agreements', input.id);
