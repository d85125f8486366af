// Who came to a protocol event: each participant is attended, absent or excused.
import type { AttendanceRow } from '../domain/contract';
import type { PrecedenceRules } from '../domain/precedence';
import { localized, localizedList, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { PARTICIPANT_MEMBERSHIP, PRECEDENCE_COLUMNS, inPrecedence, type PrecedenceColumns } from './participant-order';
import { statement } from './statements';

type Row = LocalizedColumns<'name'> & PrecedenceColumns & { person_id: number; attendance: AttendanceRow['attendance'] };

export function isParticipant(db: Db, eventId: number, personId: number): boolean {
  return statement(db, 'SELECT 1 FROM event_participants WHERE event_id = ? AND person_id = ?').get(eventId, personId) !== undefined;
}

export function setAttendance(db: Db, eventId: number, personId: number, attendance: AttendanceRow['attendance']): void {
  statement(db, 'UPDATE event_participants SET attendance = ? WHERE event_id = ? AND person_id = ?').run(attendance, eventId, personId);
}

/** In order of precedence, as the programme lists them. */
export function listAttendance(db: Db, eventId: number, rules: PrecedenceRules): AttendanceRow[] {
  const sql = `SELECT ep.person_id, ep.attendance, ${localizedList('p.name')}, ${PRECEDENCE_COLUMNS}
    FROM event_participants ep JOIN people p ON p.id = ep.person_id ${PARTICIPANT_MEMBERSHIP} WHERE ep.event_id = ? ORDER BY ep.id`;
  return inPrecedence(statement(db, sql).all(eventId) as Row[], rules).map((row) => ({
    personId: row.person_id,
    name: localized(row, 'name'),
    attendance: row.attendance,
  }));
}
