// What the order of precedence (domain/precedence.ts) reads of the people a repository lists: an
// event's participants (the programme, attendance; our own people off the visit are hosts) and an
// agreement's signatories (those of our own organisations are hosts).
import type { MemberSide } from '../domain/contract';
import { inPrecedenceOrder, type PrecedenceRules } from '../domain/precedence';

/** Columns for `p` (people), with `sideSql` saying whether they are a guest or a host. */
export const precedenceColumns = (sideSql: string) => `p.post_tier, p.rank_tier, p.in_post_since, p.precedence, ${sideSql} AS side`;

/** For `p` and `vm`, their place on the event's visit (PARTICIPANT_MEMBERSHIP). */
export const PRECEDENCE_COLUMNS = precedenceColumns("coalesce(vm.side, 'host')");

/** Joins an event participant `ep` to their membership of the event's visit, as `vm`. */
export const PARTICIPANT_MEMBERSHIP = `JOIN events pe ON pe.id = ep.event_id
  LEFT JOIN visit_members vm ON vm.visit_id = pe.visit_id AND vm.person_id = ep.person_id`;

export interface PrecedenceColumns {
  post_tier: string | null;
  rank_tier: string | null;
  in_post_since: string | null;
  precedence: number;
  side: MemberSide;
}

/** Rows in the order of precedence; rows it can't tell apart keep the order SQL gave them. */
export const inPrecedence = <Row extends PrecedenceColumns>(rows: readonly Row[], rules: PrecedenceRules): Row[] =>
  inPrecedenceOrder(
    rows,
    (row) => ({ postTier: row.post_tier, rankTier: row.rank_tier, inPostSince: row.in_post_since, precedence: row.precedence, side: row.side }),
    rules,
  );
