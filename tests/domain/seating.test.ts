// Each layout's seats, filled from the order of precedence, and the checks of a plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEATING_LAYOUTS, type MemberRole, type MemberSide } from '../../domain/contract';
import { centreOutwards, seatPeople, seatingProblems, type SeatingPerson, type SeatingPlan } from '../../domain/seating';

const person = (personId: number, side: MemberSide, role: MemberRole = 'member'): SeatingPerson => ({ personId, side, role });
// The Uzbek visit's talks: Kudratkhodjaev (1) with his deputy (2), a division head (3) and his
// interpreter (4); Heydarov (11) with his deputy (12) and the protocol head (13).
const guests = [person(1, 'guest', 'head'), person(2, 'guest', 'deputy'), person(3, 'guest'), person(4, 'guest', 'interpreter')];
const hosts = [person(11, 'host', 'head'), person(12, 'host', 'deputy'), person(13, 'host')];

const seatOf = (plan: SeatingPlan, personId: number) => {
  const key = plan.placements.find((placement) => placement.personId === personId)?.seatKey;
  return plan.seats.find((seat) => seat.key === key);
};

describe('seating the talks', () => {
  const plan = seatPeople('talks', [...guests, ...hosts]);

  it('faces the two heads across the centre of the table', () => {
    expect(seatOf(plan, 1)).toMatchObject({ x: 0, y: -1, kind: 'principal' });
    expect(seatOf(plan, 11)).toMatchObject({ x: 0, y: 1, kind: 'principal' });
  });

  it("seats the next in precedence on their head's right, then on the left, outwards", () => {
    // The guests face the entrance (+y): their right is -x. The hosts face away: their right is +x.
    expect([2, 3].map((id) => seatOf(plan, id)?.x)).toEqual([-1, 1]);
    expect([12, 13].map((id) => seatOf(plan, id)?.x)).toEqual([1, -1]);
  });

  it("puts the interpreter behind their head, and stands each side's flag before its head", () => {
    expect(seatOf(plan, 4)).toMatchObject({ x: 0, y: -2, kind: 'interpreter' });
    expect(plan.flags).toEqual([
      { side: 'guest', x: 0, y: -0.5 },
      { side: 'host', x: 0, y: 0.5 },
    ]);
    expect(seatingProblems(plan, [...guests, ...hosts])).toEqual([]);
  });

  it('keeps a locked seat when the rest is seated again', () => {
    const locked = [{ seatKey: 'guest-0', personId: 2, locked: true }];
    const again = seatPeople('talks', [...guests, ...hosts], locked);
    expect(seatOf(again, 2)?.key).toBe('guest-0');
    expect(seatOf(again, 1)?.key).toBe('guest-1');
    expect(again.placements).toContainEqual({ seatKey: 'guest-0', personId: 2, locked: true });
  });
});

describe('seating a signing ceremony', () => {
  const plan = seatPeople('signing', [...guests.slice(0, 3), ...hosts]);

  it("seats the two signatories at the table, the guest on the host's right, each flag behind its signatory", () => {
    // Both face the hall: the host's right is -x.
    expect(seatOf(plan, 1)).toMatchObject({ x: -0.5, y: 0, kind: 'principal' });
    expect(seatOf(plan, 11)).toMatchObject({ x: 0.5, y: 0, kind: 'principal' });
    expect(plan.flags).toEqual([
      { side: 'guest', x: -0.5, y: -0.6 },
      { side: 'host', x: 0.5, y: -0.6 },
    ]);
  });

  it('stands each delegation behind its signatory in order, nearest the centre first', () => {
    expect([2, 3].map((id) => seatOf(plan, id))).toMatchObject([
      { x: -0.5, y: -1.4, kind: 'standing' },
      { x: -1.5, y: -1.4, kind: 'standing' },
    ]);
    expect(seatOf(plan, 12)).toMatchObject({ x: 0.5, y: -1.4 });
  });
});

describe('an interpreter at a signing', () => {
  it('stands nearest their signatory, before the rest of the delegation', () => {
    const plan = seatPeople('signing', guests);
    expect(seatOf(plan, 4)).toMatchObject({ x: -0.5, y: -1.4, kind: 'standing' });
    expect(seatingProblems(plan, guests)).toEqual([]);
  });
});

describe('seating a presidium', () => {
  it('puts the first in the centre, then right and left alternately, outwards', () => {
    const plan = seatPeople('presidium', [person(1, 'guest'), person(11, 'host'), person(2, 'guest'), person(12, 'host'), person(3, 'guest')]);
    // Facing the hall, right is -x.
    expect([1, 11, 2, 12, 3].map((id) => seatOf(plan, id)?.x)).toEqual([0, -1, 1, -2, 2]);
    // Each side's head is marked as its principal, the one its interpreter must sit by: here the
    // host's interpreter, on the far side of the guest, is reported.
    const dais = [person(1, 'guest', 'head'), person(11, 'host', 'head'), person(12, 'host', 'interpreter')];
    const withHeads = seatPeople('presidium', dais);
    expect([1, 11].map((id) => seatOf(withHeads, id)?.kind)).toEqual(['principal', 'principal']);
    expect(seatingProblems(withHeads, dais)).toEqual([{ kind: 'interpreterAway', personId: 12 }]);
    expect(centreOutwards(5)).toBe(3);
  });
});

describe('seating a banquet', () => {
  // Three guests and four hosts: our minister, his deputy, the protocol head and the interpreter.
  const dinner = [person(1, 'guest', 'head'), person(2, 'guest', 'deputy'), person(3, 'guest'), person(11, 'host', 'head'), person(12, 'host', 'deputy'), person(13, 'host'), person(14, 'host')];

  it("in the French style seats the host and co-host facing mid-table, the guest of honour on the host's right, the second guest on the co-host's right", () => {
    const plan = seatPeople('banquetFrench', dinner);
    expect(seatOf(plan, 11)).toMatchObject({ x: 0, y: 1, kind: 'principal' });
    expect(seatOf(plan, 12)).toMatchObject({ x: 0, y: -1 });
    // The host faces -y (right is +x); the co-host faces +y (right is -x).
    expect(seatOf(plan, 1)).toMatchObject({ x: 1, y: 1, kind: 'principal' });
    expect(seatOf(plan, 2)).toMatchObject({ x: -1, y: -1 });
    expect(seatOf(plan, 3)).toMatchObject({ x: -1, y: 1 });
    // With no guest left for the fourth place of honour, the next host takes it: no gap.
    expect(seatOf(plan, 13)).toMatchObject({ x: 1, y: -1 });
    expect(seatOf(plan, 14)).toMatchObject({ x: 2, y: 1 });
    expect(plan.flags).toEqual([]);
  });

  it("in the English style seats the hosts at the two ends, the guest of honour on the host's right, the second guest on the co-host's right", () => {
    const plan = seatPeople('banquetEnglish', dinner);
    // Five at the sides: three a row, the ends one seat beyond.
    expect(seatOf(plan, 11)).toMatchObject({ x: -2, y: 0 });
    expect(seatOf(plan, 12)).toMatchObject({ x: 2, y: 0 });
    // The host at the west end faces +x: their right is the row at +y.
    expect(seatOf(plan, 1)).toMatchObject({ x: -1, y: 1 });
    expect(seatOf(plan, 2)).toMatchObject({ x: 1, y: -1 });
    expect(seatingProblems(plan, dinner)).toEqual([]);
  });

  it('puts each interpreter behind their head, away from the table, in both styles', () => {
    const withInterpreters = [...dinner, person(4, 'guest', 'interpreter'), person(15, 'host', 'interpreter')];
    const french = seatPeople('banquetFrench', withInterpreters);
    expect(seatOf(french, 4)).toMatchObject({ x: 1, y: 2, kind: 'interpreter' });
    expect(seatOf(french, 15)).toMatchObject({ x: 0, y: 2, kind: 'interpreter' });
    expect(seatingProblems(french, withInterpreters)).toEqual([]);
    const english = seatPeople('banquetEnglish', withInterpreters);
    expect(seatOf(english, 15)).toMatchObject({ x: -3, y: 0, kind: 'interpreter' });
    expect(seatingProblems(english, withInterpreters)).toEqual([]);
  });
});

describe('checking a plan', () => {
  it('finds a person not taking part, a participant without a seat, two on one seat and an interpreter away from the head', () => {
    const plan = seatPeople('talks', [...guests, ...hosts]);
    const moved: SeatingPlan = {
      ...plan,
      placements: [
        ...plan.placements.filter((placement) => ![3, 4].includes(placement.personId)),
        { seatKey: 'guest-2', personId: 99, locked: false },
        { seatKey: 'guest-0', personId: 3, locked: false },
        { seatKey: 'host-2', personId: 4, locked: false },
      ],
    };
    const participants = [...guests, ...hosts, person(14, 'host')];
    expect(seatingProblems(moved, participants)).toEqual(
      expect.arrayContaining([
        { kind: 'notTakingPart', personId: 99 },
        { kind: 'seatTwice', seatKey: 'guest-0' },
        { kind: 'withoutSeat', personId: 14 },
        { kind: 'interpreterAway', personId: 4 },
      ]),
    );
  });

  it('for any delegations, seats everyone once, on their own side, with nobody unseated or doubled', () => {
    const roles = fc.constantFrom<MemberRole>('head', 'deputy', 'member', 'interpreter');
    const side = (name: MemberSide, from: number) =>
      fc.array(roles, { maxLength: 12 }).map((list) => list.map((role, index) => person(from + index, name, role)));
    fc.assert(
      fc.property(side('guest', 1), side('host', 100), fc.constantFrom(...SEATING_LAYOUTS), (g, h, layout) => {
        const people = [...g, ...h];
        const plan = seatPeople(layout, people);
        expect(plan.placements.map((placement) => placement.personId).sort((a, b) => a - b)).toEqual(people.map((p) => p.personId));
        expect(new Set(plan.placements.map((placement) => placement.seatKey)).size).toBe(people.length);
        for (const placement of plan.placements) {
          const seat = plan.seats.find((candidate) => candidate.key === placement.seatKey);
          if (layout !== 'presidium') expect(seat?.side).toBe(people.find((p) => p.personId === placement.personId)?.side);
        }
        // A fourth interpreter of one side sits two seats off their head: far, as the check says.
        expect(seatingProblems(plan, people).filter((problem) => problem.kind !== 'interpreterAway')).toEqual([]);
      }),
    );
  });
});
