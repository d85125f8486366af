// The register's saved filters and CSV export, the alerts dashboard and a partner's history.
import { z } from 'zod';
import { Id, IsoDate, Language, LocalizedText, SortDirection, Uuid } from './common';
import {
  AGREEMENT_SORT_COLUMNS,
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  ActivityKind,
  ActivityStatus,
  AgreementFilter,
  AgreementStatus,
  AgreementType,
} from './agreements';

export const RegisterSort = z.object({ column: z.enum(AGREEMENT_SORT_COLUMNS), direction: SortDirection }).strict();
/** What a saved filter keeps: the register's filters and its sort. */
export const RegisterView = z.object({ filter: AgreementFilter, sort: RegisterSort.optional() }).strict();

export const RegisterFilterInput = z
  .object({ name: z.string().trim().min(1).max(100), view: RegisterView })
  .strict();
export const RegisterFilter = z.object({ id: Id, uuid: Uuid, name: z.string(), view: RegisterView });
export type RegisterFilter = z.output<typeof RegisterFilter>;

const labels = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.string().max(200));
export const CSV_COLUMNS = ['title', 'type', 'parties', 'signedOn', 'signingPlace', 'validFrom', 'validTo', 'status', 'progress'] as const;

/** The renderer passes its translated labels, so the CSV reads in the officer's language. */
export const RegisterCsvInput = RegisterView.extend({
  lang: Language,
  labels: z
    .object({
      columns: labels(CSV_COLUMNS),
      types: labels(AGREEMENT_TYPES),
      statuses: labels(AGREEMENT_STATUSES),
      openEnded: z.string().max(100),
    })
    .strict(),
}).strict();
export const RegisterCsv = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() });

export const AgreementSummary = z.object({
  id: Id,
  type: AgreementType,
  title: LocalizedText(),
  /** As the agreement's dates make the recorded status today. */
  shownStatus: AgreementStatus,
  signedOn: IsoDate.nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  /** Days from today to the last day of validity; negative once it has passed; null when open-ended. */
  daysLeft: z.number().int().nullable(),
  partners: z.array(z.object({ organizationId: Id, name: LocalizedText(), shortName: LocalizedText() })),
});
export type AgreementSummary = z.output<typeof AgreementSummary>;

export const DueActivity = z.object({
  id: Id,
  agreementId: Id,
  agreementTitle: LocalizedText(),
  kind: ActivityKind,
  title: LocalizedText(),
  status: ActivityStatus,
  responsibleOurs: z.string().nullable(),
  responsiblePartner: z.string().nullable(),
  dueOn: IsoDate,
  /** Negative when the due day has passed. */
  daysLeft: z.number().int(),
});
export type DueActivity = z.output<typeof DueActivity>;

export const Alerts = z.object({
  today: IsoDate,
  horizonDays: z.number().int(),
  expiring: z.array(AgreementSummary),
  withoutScan: z.array(AgreementSummary),
  renewalNotStarted: z.array(AgreementSummary),
  overdueActivities: z.array(DueActivity),
});
export type Alerts = z.output<typeof Alerts>;

export const TIMELINE_KINDS = ['visit', 'agreement', 'event'] as const;
export const TimelineItem = z.object({
  kind: z.enum(TIMELINE_KINDS),
  id: Id,
  date: IsoDate,
  endDate: IsoDate.nullable(),
  title: LocalizedText(),
  /** The visit a visit or event belongs to, for the link. */
  visitId: Id.nullable(),
  /** A status or event type key, shown translated; an agreement's is the status it shows today. */
  detail: z.string().nullable(),
});
export type TimelineItem = z.output<typeof TimelineItem>;

export const PartnerHistory = z.object({
  organization: z.object({ id: Id, name: LocalizedText(), shortName: LocalizedText(), country: z.string() }),
  today: IsoDate,
  timeline: z.array(TimelineItem),
  inForce: z.array(AgreementSummary),
  expiring: z.array(AgreementSummary),
  expired: z.array(AgreementSummary),
  nextActions: z.array(DueActivity),
});
export type PartnerHistory = z.output<typeof PartnerHistory>;
