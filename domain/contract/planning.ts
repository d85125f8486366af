// Planning a visit: its status, the delegation's order, the logistics checklist, the calendar,
// attendance at events, and the trash that makes deleting undoable.
import { z } from 'zod';
import { Id, IsoDate, Instant, LocalizedText, OptionalText, Timestamps, Uuid } from './common';
import { Attendance, EventType } from './programme';
import { MemberSide, Readiness, VisitDirection, VisitStatus } from './visits';

export const VisitStatusChange = z.object({ id: Id, status: VisitStatus }).strict();

/** The members of one side of a visit, in the order the officer wants them listed. */
/** One side of a visit's list, to be put in the order of precedence. */
export const VisitSideRef = z.object({ visitId: Id, side: MemberSide }).strict();

export const MemberReorder = z
  .object({
    visitId: Id,
    side: MemberSide,
    memberIds: z.array(Id).min(1).max(500),
    /** Why the officer sets this order rather than the order of precedence: recorded in the audit log. */
    reason: OptionalText(300).default(null),
  })
  .strict()
  .refine((order) => new Set(order.memberIds).size === order.memberIds.length, {
    path: ['memberIds'],
    message: 'validation.duplicateInList',
  });

export const TASK_KINDS = [
  'hotel',
  'cars',
  'interpreters',
  'flags',
  'gifts',
  'wreath',
  'accreditation',
  'security_clearance',
  'press',
  'other',
] as const;
export const TaskKind = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof TaskKind>;
export const TASK_STATUSES = ['open', 'in_progress', 'done', 'not_needed'] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;
export const TaskInput = z
  .object({
    id: Id.optional(),
    uuid: Uuid.optional(),
    visitId: Id,
    kind: TaskKind,
    title: LocalizedText(300),
    ownerPersonId: Id.nullable(),
    /** Days relative to the visit's first day; negative is before arrival. The due date moves with the visit. */
    dueOffsetDays: z.number().int().min(-365).max(365),
    status: TaskStatus,
    notes: OptionalText(),
  })
  .strict();
export const Task = TaskInput.extend({
  id: Id,
  ...Timestamps,
  ownerName: LocalizedText().nullable(),
  dueDate: IsoDate,
  /** Due before today (by the office clock) and not yet done or dropped. */
  overdue: z.boolean(),
});
export type Task = z.output<typeof Task>;

export const Checklist = z.object({ tasks: z.array(Task), readiness: Readiness, overdue: z.number().int() });
export type Checklist = z.output<typeof Checklist>;

export const CalendarQuery = z
  .object({
    from: IsoDate,
    /** Inclusive. */
    to: IsoDate,
    partnerOrganizationId: Id.optional(),
    status: VisitStatus.optional(),
  })
  .strict()
  .refine((range) => range.to >= range.from, { path: ['to'], message: 'validation.endBeforeStart' });
export const CalendarVisit = z.object({
  id: Id,
  direction: VisitDirection,
  title: LocalizedText(),
  partnerName: LocalizedText(),
  startDate: IsoDate,
  endDate: IsoDate,
  status: VisitStatus,
});
export const CalendarEvent = z.object({
  id: Id,
  visitId: Id,
  type: EventType,
  title: LocalizedText(),
  startsAt: Instant,
  endsAt: Instant,
  timeZone: z.string(),
  visitStatus: VisitStatus,
});
export const CalendarRange = z.object({ visits: z.array(CalendarVisit), events: z.array(CalendarEvent) });
export type CalendarRange = z.output<typeof CalendarRange>;

export const AttendanceInput = z.object({ eventId: Id, personId: Id, attendance: Attendance }).strict();
export const AttendanceRow = z.object({ personId: Id, name: LocalizedText(), attendance: Attendance });
export type AttendanceRow = z.output<typeof AttendanceRow>;

export const TrashEntry = z.object({
  id: Id,
  uuid: Uuid,
  entity: z.string(),
  sourceId: Id,
  sourceUuid: Uuid,
  label: LocalizedText(),
  /** How many rows went with it (members, events, tasks…). */
  childCount: z.number().int(),
  deletedAt: z.string(),
  deletedBy: z.string(),
});
export type TrashEntry = z.output<typeof TrashEntry>;
export const TrashList = z.array(TrashEntry);
export const Restored = z.object({ entity: z.string(), id: Id });

/** What to send back to `tasks:save` to change a listed task. */
export function taskInput(task: Task, change: Partial<z.input<typeof TaskInput>> = {}): z.input<typeof TaskInput> {
  const { id, uuid, visitId, kind, title, ownerPersonId, dueOffsetDays, status, notes } = task;
  return { id, uuid, visitId, kind, title, ownerPersonId, dueOffsetDays, status, notes, ...change };
}
