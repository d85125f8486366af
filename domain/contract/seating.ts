// A seating plan for an event, computed from the order of precedence (domain/seating.ts).
import { z } from 'zod';
import { Id, LocalizedText } from './common';
import { MemberRole, MemberSide } from './visits';

export const SEATING_LAYOUTS = ['talks', 'signing', 'presidium', 'banquetFrench', 'banquetEnglish'] as const;
export const SeatingLayout = z.enum(SEATING_LAYOUTS);
export type SeatingLayout = z.output<typeof SeatingLayout>;

export const SeatKind = z.enum(['principal', 'member', 'interpreter', 'standing']);
export type SeatKind = z.output<typeof SeatKind>;

/** A place on the plan, in seat widths seen from above, the entrance at the bottom (+y). */
export const Seat = z.object({
  /** Stable within a layout and a count of people: a locked placement names its seat by key. */
  key: z.string(),
  x: z.number(),
  y: z.number(),
  side: MemberSide.nullable(),
  kind: SeatKind,
});
export type Seat = z.output<typeof Seat>;

/** A flag stand, placed by the host's-right rule. */
export const FlagStand = z.object({ side: MemberSide, x: z.number(), y: z.number() });
export type FlagStand = z.output<typeof FlagStand>;

export const Placement = z.object({
  seatKey: z.string().min(1).max(40),
  personId: Id,
  /** Kept in its seat when the rest is seated again. */
  locked: z.boolean(),
});
export type Placement = z.output<typeof Placement>;

export const SeatingProblem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notTakingPart'), personId: Id }),
  z.object({ kind: z.literal('withoutSeat'), personId: Id }),
  z.object({ kind: z.literal('seatTwice'), seatKey: z.string() }),
  z.object({ kind: z.literal('interpreterAway'), personId: Id }),
]);
export type SeatingProblem = z.output<typeof SeatingProblem>;

/** Without a layout: the stored plan's, else the one the event's type suggests. */
export const SeatingQuery = z.object({ eventId: Id, layout: SeatingLayout.optional() }).strict();

/** The plan as the officer leaves it: who sits where, and which places stay when the rest is seated again. */
export const SeatingSave = z
  .object({ eventId: Id, layout: SeatingLayout, placements: z.array(Placement).max(500) })
  .strict()
  .superRefine((plan, issues) => {
    const seated = new Set<number>();
    plan.placements.forEach((placement, index) => {
      if (seated.has(placement.personId)) issues.addIssue({ code: 'custom', path: ['placements', index, 'personId'], message: 'validation.seatedTwice' });
      seated.add(placement.personId);
    });
  });

/** Seats everyone again from the order of precedence, keeping the stored plan's locked places. */
export const SeatingReseat = z.object({ eventId: Id, layout: SeatingLayout }).strict();

/** The plan, with the people it seats by name, side and role, and what is wrong with it. */
export const SeatingPlanView = z.object({
  eventId: Id,
  layout: SeatingLayout,
  /** The officer's saved plan; false: computed afresh from the order of precedence, not yet saved. */
  stored: z.boolean(),
  seats: z.array(Seat),
  flags: z.array(FlagStand),
  placements: z.array(Placement),
  people: z.array(z.object({ personId: Id, name: LocalizedText(), side: MemberSide, role: MemberRole })),
  problems: z.array(SeatingProblem),
});
export type SeatingPlanView = z.output<typeof SeatingPlanView>;
