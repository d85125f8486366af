// What the officer's hand does to a seating plan, before it is saved: people change seats, places
// are locked. Pure, so the dialog only asks and shows.
import type { Placement } from '../../../../domain/contract';

/**
 * Whoever sits in one seat goes to the other and the other way round; into an empty seat, one
 * simply moves. Each keeps their own lock: it is the person who is held, wherever the officer puts them.
 */
export function swapSeats(placements: readonly Placement[], from: string, to: string): Placement[] {
  if (from === to) return [...placements];
  return placements.map((placement) =>
    placement.seatKey === from ? { ...placement, seatKey: to } : placement.seatKey === to ? { ...placement, seatKey: from } : placement,
  );
}

/** Everyone in the seat locked (or unlocked); the others as they were. */
export function lockSeat(placements: readonly Placement[], seatKey: string, locked: boolean): Placement[] {
  return placements.map((placement) => (placement.seatKey === seatKey ? { ...placement, locked } : placement));
}

/** Whether someone sits in the seat and every one of them is locked there. */
export function isLocked(placements: readonly Placement[], seatKey: string): boolean {
  const here = placements.filter((placement) => placement.seatKey === seatKey);
  return here.length > 0 && here.every((placement) => placement.locked);
}

/** Whether a click changes anything: a move needs someone in one of the two seats. */
export function movesSomeone(placements: readonly Placement[], from: string, to: string): boolean {
  return from !== to && placements.some((placement) => placement.seatKey === from || placement.seatKey === to);
}
