// The seating drawing keeps every name to the room under its own seat and every flag clear of the
// people near it: a long name ends in an ellipsis rather than running into the neighbour's.
import { describe, expect, it } from 'vitest';
import { seatPeople } from '../../domain/seating';
import { drawingOf, fitName, flagClearOf, NAME_WIDTH, pointOf, SEAT_RADIUS } from '../../renderer/src/features/programme/seating-geometry';

// Seven pixels a letter: "Kudratkhodjaev" (14 letters) is 98 px and fits the 108 px under a seat.
const measure = (text: string) => text.length * 7;

describe('a name under its seat', () => {
  it('keeps a first name and a surname on two lines when they fit', () => {
    expect(fitName('Botir Kudratkhodjaev', NAME_WIDTH, measure)).toEqual({ lines: ['Botir', 'Kudratkhodjaev'], cut: false });
  });

  it('puts short words together on one line', () => {
    expect(fitName('Anar Jafarov', NAME_WIDTH, measure)).toEqual({ lines: ['Anar Jafarov'], cut: false });
  });

  it('ends a name too long for two lines in an ellipsis', () => {
    const { lines, cut } = fitName('Abdulaziz Kamilovich Kudratkhodjaev-Tashkentsky', NAME_WIDTH, measure);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(NAME_WIDTH);
  });
});

describe('the drawing of a signing ceremony', () => {
  const people = [
    { personId: 1, side: 'guest' as const, role: 'head' as const },
    { personId: 2, side: 'guest' as const, role: 'member' as const },
    { personId: 3, side: 'host' as const, role: 'head' as const },
    { personId: 4, side: 'host' as const, role: 'member' as const },
  ];
  const plan = seatPeople('signing', people);

  it('draws each flag clear of the signatory in front of it and of the delegation standing behind', () => {
    for (const flag of plan.flags) {
      const drawn = flagClearOf(flag, plan.seats);
      for (const seat of plan.seats.map(pointOf)) {
        const apart = Math.abs(seat.x - drawn.x) >= SEAT_RADIUS + 12 || Math.abs(seat.y - drawn.y) >= SEAT_RADIUS + 15;
        expect(apart).toBe(true);
      }
    }
  });

  it('puts the table in front of the signatories and the entrance below everything', () => {
    const { table, entrance, box } = drawingOf('signing', plan.seats, plan.flags);
    expect(table?.y).toBeGreaterThan(SEAT_RADIUS);
    expect(entrance.y).toBeGreaterThan((table?.y ?? 0) + (table?.height ?? 0));
    expect(box.y + box.height).toBeGreaterThan(entrance.y);
  });
});
