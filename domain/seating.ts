// Seats for an event, by layout, filled from the order of precedence (domain/precedence.ts).
// Coordinates are in seat widths on a plan seen from above, the entrance at the bottom (+y):
//  - talks: the hosts' row at y = -1 facing the guests' row at y = +1, the heads in the centre,
//    each head's interpreter behind them, then the others alternately to the head's right and left;
//  - signing: the two signatories at the table, the guest on the host's right, each with their
//    flag behind them, and each delegation standing behind the flags in rows, its interpreters
//    nearest the signatory, then in precedence, centre outwards;
//  - presidium: one row facing the hall, the first in the centre, then right and left alternately;
//  - banquets (French and English long tables): banquet-seating.ts.
// "Right" is the seated person's own right: facing the hall (+y) it is -x, facing -y it is +x.
import { banquetSeats } from './banquet-seating';
import type { FlagStand, MemberRole, MemberSide, Placement, Seat, SeatingLayout, SeatingProblem } from './contract';

/** Someone taking part, with their side and role on the visit. */
export interface SeatingPerson {
  personId: number;
  side: MemberSide;
  role: MemberRole;
}

export interface SeatingPlan {
  seats: Seat[];
  flags: FlagStand[];
  placements: Placement[];
}

/** 0, then 1 and -1, 2 and -2 …: the centre first, then right and left alternately, outwards. */
export const centreOutwards = (index: number): number => (index === 0 ? 0 : Math.ceil(index / 2) * (index % 2 === 1 ? 1 : -1));

/** The x of the seat `index` places from the centre, to the right first, for someone facing `facing` (never -0). */
const toTheRight = (index: number, facing: 'hall' | 'away') => (facing === 'hall' ? -centreOutwards(index) : centreOutwards(index)) || 0;

const isInterpreter = (person: SeatingPerson) => person.role === 'interpreter';

function talksSeats(guests: SeatingPerson[], hosts: SeatingPerson[]): Seat[] {
  const row = (side: MemberSide, people: SeatingPerson[], y: number, facing: 'hall' | 'away'): Seat[] => {
    const atTable = people.filter((person) => !isInterpreter(person));
    const interpreters = people.filter(isInterpreter);
    return [
      ...atTable.map((_, index): Seat => ({ key: `${side}-${index}`, x: toTheRight(index, facing), y, side, kind: index === 0 ? 'principal' : 'member' })),
      // Behind the head, the first one right behind, the others beside them.
      ...interpreters.map((_, index): Seat => ({ key: `${side}-interpreter-${index}`, x: toTheRight(index, facing), y: y * 2, side, kind: 'interpreter' })),
    ];
  };
  // The hosts sit with their backs to the entrance; the guests face it.
  return [...row('host', hosts, 1, 'away'), ...row('guest', guests, -1, 'hall')];
}

function signingSeats(guests: SeatingPerson[], hosts: SeatingPerson[]): Seat[] {
  // Both signatories face the hall; the guest sits on the host's right (-x).
  const signatory = (side: MemberSide, x: number): Seat => ({ key: `${side}-0`, x, y: 0, side, kind: 'principal' });
  const standing = (side: MemberSide, people: SeatingPerson[], centre: number, direction: number): Seat[] =>
    people.slice(1).map((_, index) => ({
      key: `${side}-standing-${index}`,
      // Rows of four behind the signatory, the first of each row nearest the centre of the table.
      x: centre + direction * (index % 4),
      // Behind the flags, a row of seat depth apart.
      y: -1.4 - Math.floor(index / 4),
      side,
      kind: 'standing',
    }));
  return [
    ...(guests.length > 0 ? [signatory('guest', -0.5), ...standing('guest', guests, -0.5, -1)] : []),
    ...(hosts.length > 0 ? [signatory('host', 0.5), ...standing('host', hosts, 0.5, 1)] : []),
  ];
}

function presidiumSeats(people: SeatingPerson[]): Seat[] {
  return people.map((person, index) => ({
    key: `dais-${index}`,
    x: toTheRight(index, 'hall'),
    y: 0,
    side: person.side,
    kind: person.role === 'head' ? 'principal' : 'member',
  }));
}

function flagsFor(layout: SeatingLayout, seats: Seat[]): FlagStand[] {
  // Flags stand at talks and signings; a presidium and a banquet table carry none.
  if (layout !== 'talks' && layout !== 'signing') return [];
  const principal = (side: MemberSide) => seats.find((seat) => seat.side === side && seat.kind === 'principal');
  return (['guest', 'host'] as const).flatMap((side) => {
    const seat = principal(side);
    if (!seat) return [];
    // At talks on the table before the head; at a signing behind the signatory.
    return [{ side, x: seat.x, y: layout === 'signing' ? -0.6 : seat.y / 2 }];
  });
}

function seatsOf(layout: SeatingLayout, people: SeatingPerson[], guests: SeatingPerson[], hosts: SeatingPerson[]): Seat[] {
  switch (layout) {
    case 'talks':
      return talksSeats(guests, hosts);
    case 'signing':
      return signingSeats(guests, hosts);
    case 'presidium':
      return presidiumSeats(people);
    case 'banquetFrench':
      return banquetSeats('french', guests, hosts);
    case 'banquetEnglish':
      return banquetSeats('english', guests, hosts);
  }
}

/**
 * The plan for people given in the order of precedence: the seats of the layout, and each seat
 * taken in order, each side's head first, the locked placements kept where they are.
 */
export function seatPeople(layout: SeatingLayout, inOrder: readonly SeatingPerson[], locked: readonly Placement[] = []): SeatingPlan {
  // The head of a delegation leads it whatever the table says of the others (a stable sort); at a
  // signing the interpreters stand nearest their signatory.
  const first = (person: SeatingPerson) => (person.role === 'head' ? 0 : layout === 'signing' && isInterpreter(person) ? 1 : 2);
  const people = [...inOrder].sort((a, b) => first(a) - first(b));
  const guests = people.filter((person) => person.side === 'guest');
  const hosts = people.filter((person) => person.side === 'host');
  const seats = seatsOf(layout, people, guests, hosts);
  const keys = new Set(seats.map((seat) => seat.key));
  const kept = locked.filter((placement) => placement.locked && keys.has(placement.seatKey) && people.some((person) => person.personId === placement.personId));
  const takenSeats = new Set(kept.map((placement) => placement.seatKey));
  const seated = new Set(kept.map((placement) => placement.personId));
  const placements = [...kept];
  for (const seat of seats) {
    if (takenSeats.has(seat.key)) continue;
    const next = people.find((person) => !seated.has(person.personId) && fits(layout, seat, person));
    if (!next) continue;
    seated.add(next.personId);
    placements.push({ seatKey: seat.key, personId: next.personId, locked: false });
  }
  return { seats, flags: flagsFor(layout, seats), placements };
}

/** Whether a person may take a seat: their own side's, and at talks and banquets an interpreter's seat for interpreters only. */
function fits(layout: SeatingLayout, seat: Seat, person: SeatingPerson): boolean {
  if (layout === 'presidium') return true;
  if (seat.side !== person.side) return false;
  return layout === 'signing' || (seat.kind === 'interpreter') === isInterpreter(person);
}

/** What is wrong with a plan, against the event's participants. */
export function seatingProblems(plan: SeatingPlan, participants: readonly SeatingPerson[]): SeatingProblem[] {
  const taking = new Map(participants.map((person) => [person.personId, person]));
  const seats = new Map(plan.seats.map((seat) => [seat.key, seat]));
  const problems: SeatingProblem[] = [];
  const perSeat = new Map<string, number>();
  for (const placement of plan.placements) {
    perSeat.set(placement.seatKey, (perSeat.get(placement.seatKey) ?? 0) + 1);
    if (!taking.has(placement.personId)) problems.push({ kind: 'notTakingPart', personId: placement.personId });
  }
  for (const [seatKey, count] of perSeat) if (count > 1) problems.push({ kind: 'seatTwice', seatKey });
  const seatOf = new Map(plan.placements.map((placement) => [placement.personId, seats.get(placement.seatKey)]));
  for (const person of participants) if (!seatOf.has(person.personId)) problems.push({ kind: 'withoutSeat', personId: person.personId });
  for (const person of participants.filter(isInterpreter)) {
    const seat = seatOf.get(person.personId);
    const principal = plan.seats.find((candidate) => candidate.side === person.side && candidate.kind === 'principal');
    // Beside or behind the principal: within one seat across, and no further back than the first
    // row behind them (at a signing the flags stand between).
    if (seat && principal && (Math.abs(seat.x - principal.x) > 1 || Math.abs(seat.y - principal.y) > 1.5)) {
      problems.push({ kind: 'interpreterAway', personId: person.personId });
    }
  }
  return problems;
}
