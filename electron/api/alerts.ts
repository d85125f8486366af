// The alerts dashboard and a partner's cooperation history. Both are computed here, in main,
// against one "today" from ctx.now(), so the renderer never does date arithmetic of its own.
import { NO_TEXT, type AgreementSummary, type Alerts, type DueActivity, type ParsedInput, type PartnerHistory } from '../../domain/contract';
import { listOpenActivityRows } from '../../db/activities.repo';
import { isBinding, shownStatus, statusFactsOf, validityOn, type ExpiryWindow, type Validity } from '../../domain/agreement-status';
import { localized } from '../../db/localized';
import { findOrganization } from '../../db/organizations.repo';
import { agreementTitles, listBriefs, partnerTimeline, partnersOf, type BriefRow } from '../../db/register.repo';
import type { HandlerContext } from './context';
import { NotFoundError } from './errors';
import { addDays, daysBetween } from '../../domain/calendar';
import { expiryWindow } from './expiry';

function summaries(ctx: HandlerContext, rows: BriefRow[], today: string): AgreementSummary[] {
  const partners = partnersOf(ctx.db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    title: localized(row, 'title'),
    shownStatus: shownStatus(statusFactsOf(row), today),
    signedOn: row.signed_on,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    daysLeft: row.valid_to === null ? null : daysBetween(today, row.valid_to),
    partners: partners.get(row.id) ?? [],
  }));
}

/** Open activities due before `until`, with how many days are left (negative: overdue). */
function dueActivities(ctx: HandlerContext, today: string, until: string, partner: number | null): DueActivity[] {
  const rows = listOpenActivityRows(ctx.db, until, partner);
  const titles = agreementTitles(ctx.db, [...new Set(rows.map((row) => row.agreement_id))]);
  return rows.map((row) => ({
    id: row.id,
    agreementId: row.agreement_id,
    agreementTitle: titles.get(row.agreement_id) ?? NO_TEXT,
    kind: row.kind,
    title: localized(row, 'title'),
    status: row.status,
    responsibleOurs: row.responsible_ours,
    responsiblePartner: row.responsible_partner,
    dueOn: row.due_on,
    daysLeft: daysBetween(today, row.due_on),
  }));
}

/** The agreements among `rows` that stand as `validity` says in `window`. */
const standing = (rows: BriefRow[], window: ExpiryWindow, ...validity: Validity[]) =>
  rows.filter((row) => validity.includes(validityOn(statusFactsOf(row), window)));

export function listAlerts(ctx: HandlerContext): Alerts {
  const window = expiryWindow(ctx);
  const { today } = window;
  const briefs = listBriefs(ctx.db, null);
  const expiringRows = standing(briefs, window, 'expiring');
  const binding = briefs.filter((row) => isBinding(statusFactsOf(row), today));
  return {
    today,
    horizonDays: window.horizonDays,
    expiring: summaries(ctx, expiringRows, today),
    withoutScan: summaries(ctx, binding.filter((row) => !row.has_signed_scan), today),
    renewalNotStarted: summaries(ctx, expiringRows.filter((row) => !row.renewed), today),
    overdueActivities: dueActivities(ctx, today, today, null),
  };
}

/** How far ahead a partner's page lists the next actions due. */
const NEXT_ACTIONS_DAYS = 90;

export function partnerHistory(ctx: HandlerContext, input: ParsedInput<'partners:history'>): PartnerHistory {
  const organization = findOrganization(ctx.db, input.id);
  if (organization === undefined) throw new NotFoundError('organization', input.id);
  const window = expiryWindow(ctx);
  const { today } = window;
  const briefs = listBriefs(ctx.db, organization.id);
  const inState = (...validity: Validity[]) => summaries(ctx, standing(briefs, window, ...validity), today);
  return {
    organization: { id: organization.id, name: organization.name, shortName: organization.shortName, country: organization.country },
    today,
    timeline: partnerTimeline(ctx.db, organization.id, today).map((row) => ({
      kind: row.kind,
      id: row.id,
      date: row.date,
      endDate: row.end_date,
      title: localized(row, 'title'),
      visitId: row.visit_id,
      detail: row.detail,
    })),
    // "In force" on the page means binding and not about to lapse: valid, or open-ended.
    inForce: inState('valid', 'open_ended'),
    expiring: inState('expiring'),
    expired: inState('expired'),
    nextActions: dueActivities(ctx, today, addDays(today, NEXT_ACTIONS_DAYS + 1), organization.id),
  };
}
