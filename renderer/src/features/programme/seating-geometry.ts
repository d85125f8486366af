// Where the seating drawing puts things, in pixels, from the plan's seat widths (the entrance at
// +y), and how a name is cut to fit under its seat. Pure, so the drawing only draws.
import type { FlagStand, MemberSide, Seat, SeatingLayout } from '../../../../domain/contract';

/** Pixels per seat width across; seats are one unit apart, so a name may take a little less than this. */
export const UNIT_X = 120;
/** Pixels per unit from the door to the far wall: rows need room for a seat and a name, not a name's width. */
export const UNIT_Y = 100;
export const SEAT_RADIUS = 26;
/** The room a name has under (or over) its seat, in pixels, and its lines. */
export const NAME_WIDTH = 0.9 * UNIT_X;
export const NAME_LINES = 2;
export const FONT_SIZE = 12;
export const LINE_HEIGHT = 15;
const NAME_ROOM = NAME_LINES * LINE_HEIGHT + 6;
/** A flag glyph's half height and its reach either side of the pole; it is drawn about the stand's point. */
export const FLAG_HALF = 15;
const FLAG_REACH = 12;

/** Everything below is in pixels, x to the right, y towards the entrance. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface SideLabel extends Point {
  side: MemberSide;
}

export interface PlanDrawing {
  /** The drawing's own box: the SVG's viewBox. */
  box: Rect;
  table: Rect | null;
  flags: (FlagStand & Point)[];
  sideLabels: SideLabel[];
  /** Where the entrance arrow's tip is; its label is under it. */
  entrance: Point;
}

/** Where a place on the plan is drawn. */
export const pointOf = (place: { x: number; y: number }): Point => ({ x: place.x * UNIT_X, y: place.y * UNIT_Y });

/** A layout whose seats are two rows facing across a long table (the ends of an English banquet aside). */
const acrossTable = (layout: SeatingLayout) => layout === 'talks' || layout === 'banquetFrench' || layout === 'banquetEnglish';

/** Names go away from the table: over the far row and the standing rows, under the near row and the ends. */
export function nameAbove(layout: SeatingLayout, seat: Seat): boolean {
  if (acrossTable(layout)) return seat.y < 0;
  if (layout === 'signing') return seat.kind === 'standing';
  return true;
}

const span = (values: number[]) => ({ min: Math.min(...values), max: Math.max(...values) });

/** The table: between the rows at talks and banquets, in front of the signatories or of the presidium's row. */
export function tableOf(layout: SeatingLayout, seats: readonly Seat[]): Rect | null {
  const atTable = seats.filter((seat) => (acrossTable(layout) ? Math.abs(seat.y) === 1 : seat.y === 0));
  if (atTable.length === 0) return null;
  const { min, max } = span(atTable.map((seat) => seat.x * UNIT_X));
  if (acrossTable(layout)) {
    const edge = UNIT_Y - SEAT_RADIUS - 8;
    return { x: min - UNIT_X / 2, y: -edge, width: max - min + UNIT_X, height: 2 * edge };
  }
  // In front of the row (+y): past the names under the signatories, or just past the presidium's seats.
  const overhang = layout === 'signing' ? 0.7 * UNIT_X : UNIT_X / 2;
  const top = layout === 'signing' ? SEAT_RADIUS + NAME_ROOM + 8 : SEAT_RADIUS + 8;
  return { x: min - overhang, y: top, width: max - min + 2 * overhang, height: 40 };
}

/** The flag drawn where it stands, moved along y (at most 40px) until it clears every seat. */
export function flagClearOf(flag: FlagStand, seats: readonly Seat[]): FlagStand & Point {
  const at = pointOf(flag);
  const clear = (y: number) =>
    seats.map(pointOf).every((seat) => Math.abs(seat.x - at.x) >= SEAT_RADIUS + FLAG_REACH || Math.abs(seat.y - y) >= SEAT_RADIUS + FLAG_HALF + 3);
  for (let step = 0; step <= 40; step += 5) {
    for (const y of [at.y + step, at.y - step]) if (clear(y)) return { ...flag, x: at.x, y };
  }
  return { ...flag, ...at };
}

function sideLabelsOf(layout: SeatingLayout, seats: readonly Seat[], top: number, hostBottom: number): SideLabel[] {
  // At a presidium and a banquet the two sides sit mixed.
  if (layout !== 'talks' && layout !== 'signing') return [];
  return (['guest', 'host'] as const).flatMap((side) => {
    const own = seats.filter((seat) => seat.side === side);
    if (own.length === 0) return [];
    const { min, max } = span(own.map((seat) => seat.x * UNIT_X));
    // At talks the delegation sits across the table (top) and our side with its back to the door.
    const y = layout === 'talks' && side === 'host' ? hostBottom : top;
    return [{ side, x: (min + max) / 2, y }];
  });
}

/** Lays out the plan: the box holds every seat with its name, the table, the flags, the labels and the entrance. */
export function drawingOf(layout: SeatingLayout, seats: readonly Seat[], flags: readonly FlagStand[]): PlanDrawing {
  const table = tableOf(layout, seats);
  const drawnFlags = flags.map((flag) => flagClearOf(flag, seats));
  // A seat's name takes up to half a seat either side of it.
  const xs = [...seats.flatMap((seat) => [(seat.x - 0.5) * UNIT_X, (seat.x + 0.5) * UNIT_X]), ...drawnFlags.flatMap((flag) => [flag.x - 20, flag.x + 20])];
  const tops = seats.map((seat) => seat.y * UNIT_Y - SEAT_RADIUS - (nameAbove(layout, seat) ? NAME_ROOM : 0));
  const bottoms = seats.map((seat) => seat.y * UNIT_Y + SEAT_RADIUS + (nameAbove(layout, seat) ? 0 : NAME_ROOM));
  if (table) {
    xs.push(table.x, table.x + table.width);
    tops.push(table.y);
    bottoms.push(table.y + table.height);
  }
  const band = 30;
  const contentTop = Math.min(...tops, 0);
  const contentBottom = Math.max(...bottoms, 0);
  const sideLabels = sideLabelsOf(layout, seats, contentTop - band / 2, contentBottom + band / 2);
  const hostBand = sideLabels.some((label) => label.y > contentBottom) ? band : 0;
  const top = contentTop - (sideLabels.some((label) => label.y < contentTop) ? band : 0) - 8;
  const entrance = { x: 0, y: contentBottom + hostBand + 12 };
  const bottom = entrance.y + 52;
  const left = Math.min(...xs, -UNIT_X / 2) - 8;
  const right = Math.max(...xs, UNIT_X / 2) + 8;
  return { box: { x: left, y: top, width: right - left, height: bottom - top }, table, flags: drawnFlags, sideLabels, entrance };
}

/**
 * A name in at most `lines` lines of at most `width` pixels, words kept whole where they fit; what
 * does not fit ends in an ellipsis. `measure` gives a text's width in pixels.
 */
export function fitName(name: string, width: number, measure: (text: string) => number, lines = NAME_LINES): { lines: string[]; cut: boolean } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let cut = false;
  for (const word of words) {
    const last = out.length - 1;
    if (last >= 0 && measure(`${out[last]} ${word}`) <= width) {
      out[last] = `${out[last]} ${word}`;
    } else if (out.length < lines) {
      out.push(word);
    } else {
      cut = true;
      break;
    }
  }
  // A line too long, or the last line when words were left out, is cut to end in an ellipsis.
  const shortened = out.map((line, index) => {
    const mustEnd = cut && index === out.length - 1;
    if (!mustEnd && measure(line) <= width) return line;
    cut = true;
    let kept = line;
    while (kept.length > 1 && measure(`${kept}…`) > width) kept = kept.slice(0, -1);
    return `${kept.trimEnd()}…`;
  });
  return { lines: shortened, cut };
}
