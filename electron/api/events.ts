// A visit's programme: saving, moving, duplicating and copying events, every write checked
// against the conflict rules in the same transaction as the write and its audit entry.
import { createHash } from 'node:crypto';
import { addDays, daysBetween } from '../../domain/calendar';
import { toInstant, type ChannelOutput, type Conflict, type ParsedInput, type ProtocolEvent } from '../../domain/contract';
import { instantToWall, wallToInstant } from '../../domain/programme-time';
import { visitFacts } from '../../db/conflicts.repo';
import { findEvent, insertEvent, listVisitEvents, updateEvent } from '../../db/events.repo';
import { uuidOf } from '../../db/rows';
import { listVisitMembers, peopleOffVisit } from '../../db/visit-members.repo';
import type { HandlerContext } from './context';
import { precedenceRules } from './precedence';
import { NotFoundError, ValidationError } from './errors';
import { enforceConflicts, ProgrammeConflictError, visitConflicts } from './programme-conflicts';
import { changedFields, checkReferences, findOrThrow, inTransaction, recordAudit, requireRow, timestamp } from './saving';
import { moveToTrash } from './trash';

type Input = ParsedInput<'events:save'>;

const store = { entity: 'event', find: (ctx: HandlerContext, id: number) => findEvent(ctx.db, id, precedenceRules(ctx)) };

function checkEventReferences(ctx: HandlerContext, input: Input): void {
  checkReferences(ctx, [
    { path: ['visitId'], table: 'visits', id: input.visitId },
    { path: ['venueId'], table: 'venues', id: input.venueId },
    { path: ['responsibleOfficerId'], table: 'people', id: input.responsibleOfficerId },
    ...input.participantIds.map((id, index) => ({ path: ['participantIds', index], table: 'people' as const, id })),
  ]);
  // Before the write, so the form shows the refusal at the guest or host list that holds the person.
  const off = peopleOffVisit(ctx.db, input.visitId, input.participantIds);
  const issues = input.participantIds.flatMap((id, index) =>
    off.has(id) ? [{ path: ['participantIds', index], messageKey: 'conflict.participantNotOnVisit' }] : [],
  );
  if (issues.length > 0) throw new ValidationError('conflict.participantNotOnVisit', undefined, issues);
}

/** What the audit log keeps of warnings saved over: enough to say who overlapped with what. */
const acknowledgement = (warnings: Conflict[]) =>
  warnings.map((warning) => ({ rule: warning.rule, key: warning.key, otherEventId: warning.other?.id ?? null, personId: warning.person?.id ?? null }));

/** Creates or updates one event after the conflict check; the caller holds the transaction. */
function writeEvent(ctx: HandlerContext, input: Input, refused?: Conflict[]): ProtocolEvent {
  const at = timestamp(ctx);
  const before = input.id === undefined ? undefined : findOrThrow(ctx, store, input.id);
  checkEventReferences(ctx, input);
  const participantIds = [...new Set(input.participantIds)];
  const candidate = { id: input.id ?? null, type: input.type, startsAt: input.startsAt, endsAt: input.endsAt, venueId: input.venueId, participantIds };
  const warnings = enforceConflicts(ctx, input.visitId, candidate, input.acknowledgedConflicts, refused);
  const recorded = { ...input, participantIds, acknowledgedConflicts: [...new Set(warnings.map((warning) => warning.key))].sort() };
  const id = before ? (updateEvent(ctx.db, before.id, recorded, at), before.id) : insertEvent(ctx.db, recorded, at);
  const after = findOrThrow(ctx, store, id);
  const newlyAcknowledged = warnings.filter((warning) => !before?.acknowledgedConflicts.includes(warning.key));
  recordAudit(ctx, before ? 'update' : 'create', store.entity, after.uuid, {
    ...(before && { changed: changedFields(before, after) }),
    ...(newlyAcknowledged.length > 0 && { acknowledgedConflicts: acknowledgement(newlyAcknowledged) }),
  });
  return after;
}

/** The save input that reproduces a stored event as a new one, for copies. */
function copyOf(event: ProtocolEvent): Omit<Input, 'id'> {
  return {
    visitId: event.visitId,
    type: event.type,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    venueId: event.venueId,
    dressCode: event.dressCode,
    transport: event.transport,
    interpreter: event.interpreter,
    responsibleOfficerId: event.responsibleOfficerId,
    notes: event.notes,
    participantIds: event.participants.map((participant) => participant.personId),
    acknowledgedConflicts: event.acknowledgedConflicts,
  };
}

/** The save input that reproduces a stored event, for moves. */
const inputOf = (event: ProtocolEvent): Input => ({ id: event.id, ...copyOf(event) });


/** The visit's programme in time order. */
export function listEvents(ctx: HandlerContext, input: ParsedInput<'events:list'>): ProtocolEvent[] {
  requireRow(ctx, 'visit', 'visits', input.visitId);
  return listVisitEvents(ctx.db, input.visitId, precedenceRules(ctx));
}

export const getEvent = (ctx: HandlerContext, input: ParsedInput<'events:get'>): ProtocolEvent => findOrThrow(ctx, store, input.id);

export const saveEvent = (ctx: HandlerContext, input: Input): ProtocolEvent => inTransaction(ctx, () => writeEvent(ctx, input));

/** Moves an event to new times (a drag on the timeline); the same checks as any save. */
export function moveEvent(ctx: HandlerContext, input: ParsedInput<'events:move'>): ProtocolEvent {
  return inTransaction(ctx, () => {
    const event = findOrThrow(ctx, store, input.id);
    return writeEvent(ctx, { ...inputOf(event), startsAt: input.startsAt, endsAt: input.endsAt, acknowledgedConflicts: input.acknowledgedConflicts });
  });
}

/** A copy with the same participants, right after the original unless a start is given. */
export function duplicateEvent(ctx: HandlerContext, input: ParsedInput<'events:duplicate'>): ProtocolEvent {
  return inTransaction(ctx, () => {
    const event = findOrThrow(ctx, store, input.id);
    const length = Date.parse(event.endsAt) - Date.parse(event.startsAt);
    const start = Date.parse(input.startsAt ?? event.endsAt);
    const copy = copyOf(event);
    return writeEvent(ctx, { ...copy, startsAt: toInstant(start), endsAt: toInstant(start + length), acknowledgedConflicts: input.acknowledgedConflicts });
  });
}

/**
 * A copy's UUID is derived from the visit it is copied into and the event it copies, so a copy
 * retried after acknowledging its warnings meets the same warnings (they name events by UUID), and
 * copying the same programme into a visit twice is refused as a duplicate.
 */
function copyUuid(visitUuid: string, eventUuid: string): string {
  const hex = createHash('sha1').update(`${visitUuid}/${eventUuid}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Starts this visit's programme from an earlier one: every event at the same local time on the
 * same day of the visit, in this visit's time zone, with the participants who are on this visit
 * too. All or nothing; each copy meets the conflict rules like any save.
 */
export function copyProgramme(ctx: HandlerContext, input: ParsedInput<'events:copyProgramme'>): ProtocolEvent[] {
  return inTransaction(ctx, () => {
    const target = visitFacts(ctx.db, input.visitId);
    if (!target) throw new NotFoundError('visit', input.visitId);
    const source = visitFacts(ctx.db, input.fromVisitId);
    if (!source) throw new NotFoundError('visit', input.fromVisitId);
    const visitUuid = uuidOf(ctx.db, 'visits', input.visitId) ?? '';
    const members = new Set(listVisitMembers(ctx.db, input.visitId).map((member) => member.personId));
    // Every copy is written even when refused, so later copies meet it; a refusal rolls back the lot.
    const refused: Conflict[] = [];
    const copies: ProtocolEvent[] = [];
    for (const event of listVisitEvents(ctx.db, input.fromVisitId, precedenceRules(ctx))) {
      const local = instantToWall(event.startsAt, source.timeZone);
      const day = addDays(target.startDate, daysBetween(source.startDate, local.day));
      const start = Date.parse(wallToInstant(day, local.time, target.timeZone));
      const copy = copyOf(event);
      const copied = {
        ...copy,
        uuid: copyUuid(visitUuid, event.uuid),
        visitId: input.visitId,
        startsAt: toInstant(start),
        endsAt: toInstant(start + Date.parse(event.endsAt) - Date.parse(event.startsAt)),
        timeZone: target.timeZone,
        participantIds: copy.participantIds.filter((personId) => members.has(personId)),
        acknowledgedConflicts: input.acknowledgedConflicts,
      };
      copies.push(writeEvent(ctx, copied, refused));
    }
    if (refused.length > 0) {
      const blocked = refused.some((conflict) => conflict.severity === 'block');
      throw new ProgrammeConflictError(blocked ? 'conflict.programmeBlocked' : 'conflict.programmeWarnings', refused);
    }
    return copies;
  });
}

/** Deleting goes to the trash, from where the event can be restored. */
export const deleteEvent = (ctx: HandlerContext, input: ParsedInput<'events:delete'>): ChannelOutput<'events:delete'> =>
  moveToTrash(ctx, 'events', input.id);

export function listVisitConflicts(ctx: HandlerContext, input: ParsedInput<'visits:conflicts'>): Conflict[] {
  requireRow(ctx, 'visit', 'visits', input.visitId);
  return visitConflicts(ctx, input.visitId);
}
