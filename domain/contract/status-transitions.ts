// Which status changes a visit and an agreement allow. Pure data, so the handlers enforce it and
// the renderer offers only the allowed changes. A new record may start in any status, since
// officers often enter a visit or an agreement after the fact.
import type { AgreementStatus } from './agreements';
import type { VisitStatus } from './visits';

export const VISIT_STATUS_TRANSITIONS: Record<VisitStatus, readonly VisitStatus[]> = {
  draft: ['planned', 'cancelled'],
  planned: ['confirmed', 'draft', 'cancelled'],
  confirmed: ['in_progress', 'planned', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: ['draft'],
};

export const AGREEMENT_STATUS_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['under_negotiation', 'signed'],
  under_negotiation: ['draft', 'signed'],
  signed: ['in_force', 'terminated'],
  in_force: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};

/** Keeping the same status is always allowed. */
export function canChangeStatus<S extends string>(transitions: Record<S, readonly S[]>, from: S, to: S): boolean {
  return from === to || transitions[from].includes(to);
}
