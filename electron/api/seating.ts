// An event's seating plan: computed from its participants in the order of precedence (each one's
// side and role from the visit's lists; our own people off the lists sit with the hosts), or as
// the officer saved it, with moved and locked places.
import type { ChannelOutput, ParsedInput, ProtocolEvent, SeatingLayout } from '../../domain/contract';
import { seatPeople, seatingProblems, type SeatingPlan } from '../../domain/seating';
import { findEvent } from '../../db/events.repo';
import { findSeating, storeSeating } from '../../db/seating.repo';
import { listVisitMembers } from '../../db/visit-members.repo';
import type { HandlerContext } from './context';
import { NotFoundError, ValidationError } from './errors';
import { precedenceRules } from './precedence';
import { inTransaction, recordAudit, timestamp } from './saving';

type View = ChannelOutput<'seating:plan'>;

function participantsOf(ctx: HandlerContext, eventId: number) {
  const event = findEvent(ctx.db, eventId, precedenceRules(ctx));
  if (!event) throw new NotFoundError('event', eventId);
  const members = new Map(listVisitMembers(ctx.db, event.visitId).map((member) => [member.personId, member]));
  const people = event.participants.map((participant) => {
    const member = members.get(participant.personId);
    return { personId: participant.personId, name: participant.name, side: member?.side ?? 'host', role: member?.role ?? 'member' };
  });
  return { event, people };
}

const suggestedLayout = (event: ProtocolEvent): SeatingLayout =>
  event.type === 'signing_ceremony' ? 'signing' : event.type === 'official_dinner' ? 'banquetFrench' : 'talks';

function viewOf(event: ProtocolEvent, layout: SeatingLayout, plan: SeatingPlan, people: View['people'], stored: boolean): View {
  return { eventId: event.id, layout, stored, ...plan, people, problems: seatingProblems(plan, people) };
}

export function seatingPlan(ctx: HandlerContext, input: ParsedInput<'seating:plan'>): View {
  const { event, people } = participantsOf(ctx, input.eventId);
  const stored = findSeating(ctx.db, event.id);
  const layout = input.layout ?? stored?.layout ?? suggestedLayout(event);
  const fresh = seatPeople(layout, people);
  if (stored?.layout !== layout) return viewOf(event, layout, fresh, people, false);
  return viewOf(event, layout, { ...fresh, placements: stored.placements }, people, true);
}

/** Stores the plan as the officer arranged it: every place on a seat of the layout, every person taking part. */
export function saveSeating(ctx: HandlerContext, input: ParsedInput<'seating:save'>): View {
  return inTransaction(ctx, () => {
    const { event, people } = participantsOf(ctx, input.eventId);
    const plan = seatPeople(input.layout, people);
    const seats = new Set(plan.seats.map((seat) => seat.key));
    const taking = new Set(people.map((person) => person.personId));
    const issues = input.placements.flatMap((placement, index) => [
      ...(seats.has(placement.seatKey) ? [] : [{ path: ['placements', index, 'seatKey'], messageKey: 'validation.unknownSeat' }]),
      ...(taking.has(placement.personId) ? [] : [{ path: ['placements', index, 'personId'], messageKey: 'validation.notTakingPart' }]),
    ]);
    if (issues.length > 0) throw new ValidationError('validation.invalidInput', undefined, issues);
    storeSeating(ctx.db, event.id, input.layout, input.placements, timestamp(ctx));
    recordAudit(ctx, 'update', 'event', event.uuid, { seating: input.layout, places: input.placements.length });
    return viewOf(event, input.layout, { ...plan, placements: input.placements }, people, true);
  });
}

/** Seats everyone again from the order of precedence; the stored plan's locked places stay. */
export function reseat(ctx: HandlerContext, input: ParsedInput<'seating:reseat'>): View {
  return inTransaction(ctx, () => {
    const { event, people } = participantsOf(ctx, input.eventId);
    const stored = findSeating(ctx.db, event.id);
    const locked = stored?.layout === input.layout ? stored.placements.filter((placement) => placement.locked) : [];
    const plan = seatPeople(input.layout, people, locked);
    storeSeating(ctx.db, event.id, input.layout, plan.placements, timestamp(ctx));
    recordAudit(ctx, 'update', 'event', event.uuid, { seating: input.layout, reseated: true, locked: locked.length });
    return viewOf(event, input.layout, plan, people, true);
  });
}
