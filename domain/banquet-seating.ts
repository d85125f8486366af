// The seats of a banquet's long table, in order of honour, guests and hosts alternating:
//  - French style: the host mid-table with the co-host (our side's second) facing them; the guest
//    of honour on the host's right, the second guest on the co-host's right, then outwards;
//  - English style: the host and the co-host at the two ends, the guest of honour on the host's
//    right, the second guest on the co-host's right, then towards the middle.
// A place wants a guest or a host by its rank of honour; when that side has nobody left, the other
// side's next person takes it, so the table has no gaps. Coordinates as in seating.ts (+y towards
// the entrance; the row at y = +1 has its back to it).
import type { MemberSide, Seat } from './contract';
import type { SeatingPerson } from './seating';

export type BanquetStyle = 'french' | 'english';

interface Place {
  x: number;
  y: number;
  wants: MemberSide;
}

/** French: the two hosts at x = 0 of the rows; at distance k, the host's right and the co-host's right, then their lefts. */
function frenchPlaces(count: number): Place[] {
  const places: Place[] = [
    { x: 0, y: 1, wants: 'host' },
    { x: 0, y: -1, wants: 'host' },
  ];
  // The host (y = +1) faces -y: their right is +x. The co-host faces +y: their right is -x.
  for (let k = 1; places.length < count; k += 1) {
    const wants: MemberSide = k % 2 === 1 ? 'guest' : 'host';
    places.push({ x: k, y: 1, wants }, { x: -k, y: -1, wants }, { x: -k, y: 1, wants }, { x: k, y: -1, wants });
  }
  return places.slice(0, count);
}

/** English: the hosts at the ends, then the rows from each end towards the middle. */
function englishPlaces(count: number): Place[] {
  const perRow = Math.max(1, Math.ceil((count - 2) / 2));
  const end = (perRow - 1) / 2 + 1;
  const places: Place[] = [
    { x: -end, y: 0, wants: 'host' },
    { x: end, y: 0, wants: 'host' },
  ];
  // The host at the west end faces +x: their right is the row at +y. The co-host's right is the row at -y.
  const taken = new Set<string>();
  for (let d = 0; places.length < count && d < perRow; d += 1) {
    const wants: MemberSide = d % 2 === 0 ? 'guest' : 'host';
    const near = -end + 1 + d;
    const far = end - 1 - d;
    for (const place of [{ x: near, y: 1 }, { x: far, y: -1 }, { x: near, y: -1 }, { x: far, y: 1 }]) {
      const key = `${place.x},${place.y}`;
      if (taken.has(key)) continue;
      taken.add(key);
      places.push({ ...place, wants });
    }
  }
  return places.slice(0, count);
}

const isInterpreter = (person: SeatingPerson) => person.role === 'interpreter';

/**
 * The table's seats for these guests and hosts (each in order of precedence, heads first), and
 * behind each side's head, away from the table, a chair for each of that side's interpreters.
 */
export function banquetSeats(style: BanquetStyle, guests: readonly SeatingPerson[], hosts: readonly SeatingPerson[]): Seat[] {
  const atTable = { guest: guests.filter((person) => !isInterpreter(person)), host: hosts.filter((person) => !isInterpreter(person)) };
  const places = (style === 'french' ? frenchPlaces : englishPlaces)(atTable.guest.length + atTable.host.length);
  const left = { guest: [...atTable.guest], host: [...atTable.host] };
  const table = places.map((place, index): Seat => {
    const side: MemberSide = left[place.wants].length > 0 ? place.wants : place.wants === 'guest' ? 'host' : 'guest';
    const person = left[side].shift();
    return { key: `table-${index}`, x: place.x, y: place.y, side, kind: person?.role === 'head' ? 'principal' : 'member' };
  });
  const behind = (side: MemberSide, interpreters: readonly SeatingPerson[]): Seat[] => {
    // A side of interpreters alone sits behind the row its side would have (hosts +1, guests -1).
    const head = table.find((seat) => seat.side === side && seat.kind === 'principal') ??
      table.find((seat) => seat.side === side) ?? { x: 0, y: side === 'host' ? 1 : -1 };
    // Out from the row (y doubled), or at an end of an English table, further out along x.
    return interpreters.map((_, index) => ({
      key: `${side}-interpreter-${index}`,
      x: head.y === 0 ? head.x + Math.sign(head.x) * (1 + index) : head.x + index,
      y: head.y === 0 ? 0 : head.y * 2,
      side,
      kind: 'interpreter',
    }));
  };
  return [...table, ...behind('guest', guests.filter(isInterpreter)), ...behind('host', hosts.filter(isInterpreter))];
}
