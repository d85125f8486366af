// The order of precedence, the one rule every list of people follows: the delegation lists, an
// event's participants and the briefing pack. A person stands at the tier of their post or of
// their rank, whichever is higher; within a tier the one longer in post goes first (the Vienna
// Convention, Art. 16, ranks heads of mission so); at equal tier a foreign guest goes before our
// host when the office wants it; the office's own number settles the rest.
import type { MemberSide, PrecedenceTable, PrecedenceTier } from './contract';

/** What precedence is computed from: the person's fields, and their side where a visit has two. */
export interface PrecedenceFacts {
  postTier: string | null;
  rankTier: string | null;
  inPostSince: string | null;
  precedence: number;
  side?: MemberSide;
}

/** Where a person stands, and why: each part is one reason a list can show. */
export interface Standing {
  /** The post or rank that places them, or null when neither is in the table. */
  placedBy: PrecedenceTier | null;
  inPostSince: string | null;
  guestFirst: boolean;
  precedence: number;
}

export interface PrecedenceRules {
  table: PrecedenceTable;
  guestsFirstAtEqualRank: boolean;
}

export function standingOf(person: PrecedenceFacts, rules: PrecedenceRules): Standing {
  const entries = [person.postTier, person.rankTier]
    .map((key) => rules.table.find((entry) => entry.key === key))
    .filter((entry): entry is PrecedenceTier => entry !== undefined);
  // The higher of post and rank; at one tier the post names it, as protocol lists say "Minister".
  const placedBy = entries.reduce<PrecedenceTier | null>((best, entry) => (best === null || entry.tier < best.tier ? entry : best), null);
  return {
    placedBy,
    inPostSince: person.inPostSince,
    guestFirst: rules.guestsFirstAtEqualRank && person.side === 'guest',
    precedence: person.precedence,
  };
}

// Past every tier of the table: a person the table doesn't place comes after those it does.
const UNPLACED = Number.MAX_SAFE_INTEGER;

/** Negative when `a` goes first. Equal standings compare 0: the caller's order stands. */
export function compareStandings(a: Standing, b: Standing): number {
  const tier = (a.placedBy?.tier ?? UNPLACED) - (b.placedBy?.tier ?? UNPLACED);
  if (tier !== 0) return tier;
  if (a.guestFirst !== b.guestFirst) return a.guestFirst ? -1 : 1;
  if (a.inPostSince !== b.inPostSince) {
    // An unknown date counts as the most recent: nobody is placed above on a guess.
    if (a.inPostSince === null) return 1;
    if (b.inPostSince === null) return -1;
    return a.inPostSince < b.inPostSince ? -1 : 1;
  }
  return a.precedence - b.precedence;
}

/** The items in order of precedence; a stable sort, so equals keep the order they came in. */
export function inPrecedenceOrder<T>(items: readonly T[], factsOf: (item: T) => PrecedenceFacts, rules: PrecedenceRules): T[] {
  const standings = new Map(items.map((item) => [item, standingOf(factsOf(item), rules)]));
  return [...items].sort((a, b) => compareStandings(standings.get(a) as Standing, standings.get(b) as Standing));
}
