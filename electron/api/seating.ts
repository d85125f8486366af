// An event's seating plan, computed from its participants in the order of precedence: each one's
// side and role come from the visit's lists (our own people off the lists sit with the hosts).
import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import { seatPeople, seatingProblems } from '../../domain/seating';
import { findEvent } from '../../db/events.repo';
import { listVisitMembers } from '../../db/visit-members.repo';
import type { HandlerContext } from './context';
import { NotFoundError } from './errors';
import { precedenceRules } from './precedence';

export function seatingPlan(ctx: HandlerContext, input: ParsedInput<'seating:plan'>): ChannelOutput<'seating:plan'> {
  const event = findEvent(ctx.db, input.eventId, precedenceRules(ctx));
  if (!event) throw new NotFoundError('event', input.eventId);
  const members = new Map(listVisitMembers(ctx.db, event.visitId).map((member) => [member.personId, member]));
  const people = event.participants.map((participant) => {
    const member = members.get(participant.personId);
    return { personId: participant.personId, name: participant.name, side: member?.side ?? 'host', role: member?.role ?? 'member' };
  });
  const plan = seatPeople(input.layout, people);
  return { eventId: event.id, layout: input.layout, ...plan, people, problems: seatingProblems(plan, people) };
}
