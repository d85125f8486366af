// The order of precedence (domain/precedence.ts) under the office's own ranking table and rules.
import type { VisitMember } from '../../domain/contract';
import { compareStandings, inPrecedenceOrder, standingOf, type PrecedenceRules } from '../../domain/precedence';
import type { HandlerContext } from './context';
import { getSettings } from './settings';

export function precedenceRules(ctx: HandlerContext): PrecedenceRules {
  const { precedenceTable, guestsFirstAtEqualRank } = getSettings(ctx);
  return { table: precedenceTable, guestsFirstAtEqualRank };
}

/** One side of a visit's list, in the order of precedence. */
export const membersInPrecedenceOrder = (ctx: HandlerContext, members: readonly VisitMember[]): VisitMember[] =>
  inPrecedenceOrder(members, (member) => member, precedenceRules(ctx));

/**
 * Where a new member goes in a side's list as it stands, perhaps in the officer's own order: just
 * after the last member who stands above them or level with them (first if nobody does), so that
 * whoever the officer moved up stays where they were put. Returns the side's ids in the new order.
 */
export function placeInList(ctx: HandlerContext, side: readonly VisitMember[], added: VisitMember): number[] {
  const rules = precedenceRules(ctx);
  const others = side.filter((member) => member.id !== added.id);
  const standing = standingOf(added, rules);
  const at = others.findLastIndex((member) => compareStandings(standingOf(member, rules), standing) <= 0) + 1;
  return [...others.slice(0, at), added, ...others.slice(at)].map((member) => member.id);
}
