// The officer moves people about the seating plan by hand: two guests change places, someone moves
// to an empty seat, a place is locked; each person keeps their own lock wherever they are put.
import { describe, expect, it } from 'vitest';
import type { Placement } from '../../domain/contract';
import { isLocked, lockSeat, movesSomeone, swapSeats } from '../../renderer/src/features/programme/seating-editing';

const heydarov: Placement = { seatKey: 'host-0', personId: 1, locked: true };
const advisor: Placement = { seatKey: 'guest-1', personId: 2, locked: false };
const ambassador: Placement = { seatKey: 'guest-2', personId: 3, locked: false };
const plan = [heydarov, advisor, ambassador];

describe('moving people on the seating plan', () => {
  it('lets two guests change places, the others staying where they are', () => {
    expect(swapSeats(plan, 'guest-1', 'guest-2')).toEqual([heydarov, { ...advisor, seatKey: 'guest-2' }, { ...ambassador, seatKey: 'guest-1' }]);
  });

  it('moves a guest to an empty seat, leaving theirs empty', () => {
    expect(swapSeats(plan, 'guest-3', 'guest-1')).toEqual([heydarov, { ...advisor, seatKey: 'guest-3' }, ambassador]);
    expect(movesSomeone(plan, 'guest-3', 'guest-1')).toBe(true);
  });

  it('changes nothing between two empty seats, or a seat and itself', () => {
    expect(movesSomeone(plan, 'guest-3', 'guest-4')).toBe(false);
    expect(movesSomeone(plan, 'guest-1', 'guest-1')).toBe(false);
    expect(swapSeats(plan, 'guest-1', 'guest-1')).toEqual(plan);
  });

  it('keeps Minister Heydarov locked when he is moved', () => {
    const moved = swapSeats(plan, 'host-0', 'host-1');
    expect(moved[0]).toEqual({ seatKey: 'host-1', personId: 1, locked: true });
    expect(isLocked(moved, 'host-1')).toBe(true);
    expect(isLocked(moved, 'host-0')).toBe(false);
  });
});

describe('locking a place', () => {
  it('locks and unlocks only the chosen seat', () => {
    const locked = lockSeat(plan, 'guest-2', true);
    expect(locked).toEqual([heydarov, advisor, { ...ambassador, locked: true }]);
    expect(lockSeat(locked, 'host-0', false)).toEqual([{ ...heydarov, locked: false }, advisor, { ...ambassador, locked: true }]);
  });

  it('calls an empty seat unlocked', () => {
    expect(isLocked(plan, 'guest-9')).toBe(false);
  });
});
