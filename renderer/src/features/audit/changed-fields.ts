// The fields an update changed, named as the forms label them. A save logs the top-level fields of
// the record that differ (electron/api/saving.ts `changedFields`), so the names are the contract's.
import type { TFunction } from 'i18next';

/**
 * Fields shown beside another one and changed only with it (a person's organisation's name with
 * the organisation, an agreement's shown status with its status or dates): naming them again
 * would say the same change twice.
 */
const FOLLOWERS = new Set(['organizationName', 'parentName', 'partnerName', 'venueName', 'ownerName', 'shownStatus', 'progress', 'overdue', 'dueDate']);

// Form labels with `{{language}}` are asked for with none: a change may be in any language.
const PERSON = {
  // The running and the listed name are composed from the parts: one change, one label.
  name: 'personForm.name',
  nameParts: 'personForm.name',
  listedName: 'personForm.name',
  rank: 'personForm.rank',
  position: 'personForm.position',
  bio: 'personForm.bio',
  organizationId: 'personForm.organization',
  languages: 'personForm.languages',
  interpreterNeeded: 'personForm.interpreterNeeded',
  dietaryNotes: 'personForm.dietaryNotes',
  protocolNotes: 'personForm.protocolNotes',
  contact: 'personForm.contact',
  precedence: 'personForm.precedence',
  hasPhoto: 'personForm.photo',
};
const ORGANIZATION = {
  name: 'organizationForm.name',
  shortName: 'organizationForm.shortName',
  country: 'organizationForm.country',
  parentId: 'organizationForm.parent',
  isOurs: 'organizationForm.isOurs',
  notes: 'organizationForm.notes',
};
const VENUE = { name: 'venueForm.name', address: 'venueForm.address', city: 'venueForm.city', notes: 'venueForm.notes' };
const VISIT = {
  direction: 'visitForm.direction',
  title: 'auditLog.fields.title',
  partnerOrganizationId: 'visitForm.partner',
  startDate: 'visitForm.startDate',
  endDate: 'visitForm.endDate',
  timeZone: 'visitForm.timeZone',
  city: 'visit.city',
  purpose: 'visit.purpose',
  frameworkEvent: 'visit.frameworkEvent',
  talkingPoints: 'talkingPoints.title',
  responsibleOfficerId: 'visitForm.officer',
  status: 'visitForm.status',
  members: 'visit.delegation',
  events: 'visit.programme',
};
const EVENT = {
  visitId: 'visits.columns.title',
  type: 'programme.form.type',
  title: 'auditLog.fields.title',
  startsAt: 'programme.form.starts',
  endsAt: 'programme.form.ends',
  timeZone: 'visitForm.timeZone',
  venueId: 'programme.form.venue',
  dressCode: 'visit.event.dressCode',
  transport: 'pack.programme.transport',
  interpreter: 'pack.programme.interpreter',
  responsibleOfficerId: 'programme.form.responsibleOfficer',
  notes: 'programme.form.notes',
  participants: 'visit.event.participants',
  acknowledgedConflicts: 'programme.conflicts.title',
};
const AGREEMENT = {
  type: 'agreement.type',
  title: 'auditLog.fields.title',
  signedOn: 'agreement.signedOn',
  signingPlace: 'agreements.csv.signingPlace',
  signedAtVisitId: 'agreement.signedAtVisit',
  validFrom: 'agreement.validFrom',
  validTo: 'agreement.validTo',
  status: 'agreement.status',
  replacesAgreementId: 'agreement.replaces',
  notes: 'agreement.notes',
  parties: 'agreement.parties',
  signatories: 'auditLog.fields.signatories',
};
const ACTIVITY = {
  kind: 'activities.columns.kind',
  title: 'auditLog.fields.title',
  responsibleOurs: 'activities.columns.responsibleOurs',
  responsiblePartner: 'activities.columns.responsiblePartner',
  dueFrom: 'activities.columns.due',
  dueTo: 'activities.columns.due',
  status: 'activities.columns.status',
};
const TASK = {
  kind: 'checklist.newTaskKind',
  title: 'auditLog.fields.title',
  ownerPersonId: 'checklist.owner',
  dueOffsetDays: 'checklist.due',
  status: 'checklist.status',
  notes: 'auditLog.fields.notes',
};
const VISIT_MEMBER = { personId: 'visitPlan.person', side: 'visitPlan.side', role: 'visitPlan.role', sortOrder: 'auditLog.fields.order' };
const SETTINGS = {
  language: 'settings.language',
  documentSizeLimitMb: 'registerSettings.sizeLimit',
  expiryHorizonDays: 'registerSettings.horizon',
  conflictRules: 'programmeSettings.title',
  defaultTravelMinutes: 'programmeSettings.defaultTravel',
  csvDelimiter: 'csvSettings.delimiter',
  backupKeep: 'backups.keep',
};

/** Each kind's fields and the i18n key of their label. */
export const FIELD_LABELS: Record<string, Record<string, string>> = {
  person: PERSON,
  organization: ORGANIZATION,
  venue: VENUE,
  visit: VISIT,
  event: EVENT,
  agreement: AGREEMENT,
  agreement_activity: ACTIVITY,
  task: TASK,
  visitMember: VISIT_MEMBER,
  settings: SETTINGS,
};

/** "Full name, Position": the labels of the changed fields, each once, in the order logged; null when none is left. */
export function changedFieldsText(kind: string, fields: string[], t: TFunction): string | null {
  const labels = fields
    .filter((field) => !FOLLOWERS.has(field))
    .map((field) => {
      const key = FIELD_LABELS[kind]?.[field];
      return key ? t(key, { language: '', lang: '' }).trim() : t('auditLog.fields.other');
    });
  const distinct = [...new Set(labels)];
  return distinct.length > 0 ? distinct.join(', ') : null;
}
