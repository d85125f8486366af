// Agreements with their parties and signatories.
import { randomUUID } from 'node:crypto';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type Agreement,
  type AgreementFilter,
  type ExpiryFilter,
  type ParsedInput,
} from '../domain/contract';
import type { PrecedenceRules } from '../domain/precedence';
import { SHOWN_STATUS_SQL, VALIDITY_SQL, shownStatus, statusFactsOf, type ExpiryWindow } from '../domain/agreement-status';
import { localized, localizedList, localizedParams, localizedSortKey, type LocalizedColumns } from './localized';
import type { Db } from './open';
import { listPage, matchesSearch, type ListQuery, type ListShape } from './paging';
import { matchingIds } from './search.repo';
import { insertRow, updateRow, type Values } from './rows';
import { inPrecedence, precedenceColumns, type PrecedenceColumns } from './participant-order';
import { statement } from './statements';

type AgreementInput = ParsedInput<'agreements:save'>;
type AgreementSort = 'title' | 'type' | 'status' | 'signedOn' | 'validTo';
type AgreementRow = LocalizedColumns<'title' | 'signing_place'> & {
  id: number;
  uuid: string;
  type: Agreement['type'];
  signed_on: string | null;
  signed_at_visit_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
  status: Agreement['status'];
  replaces_agreement_id: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
};
type PartyRow = LocalizedColumns<'name' | 'short'> & { agreement_id: number; organization_id: number; country: string };
type SignatoryRow = LocalizedColumns<'name'> &
  PrecedenceColumns & {
  agreement_id: number;
  person_id: number;
  organization_id: number;
  signed_on: string | null;
};

const SELECT = `a.id, a.uuid, a.type, ${localizedList('a.title')}, a.signed_on, ${localizedList('a.signing_place')},
  a.signed_at_visit_id, a.valid_from, a.valid_to, a.status, a.replaces_agreement_id, a.notes, a.created_at, a.updated_at`;

// Parties and signatories of several agreements at once, so a page costs three queries.
const PARTIES = `SELECT ap.agreement_id, ap.organization_id, o.country, ${localizedList('o.name')}, ${localizedList('o.short')}
  FROM agreement_parties ap JOIN organizations o ON o.id = ap.organization_id
  WHERE ap.agreement_id IN (SELECT value FROM json_each(?)) ORDER BY o.is_ours DESC, ap.id`;
// In the order they were entered; the order of precedence is applied to the rows (inPrecedence).
const SIGNATORIES = `SELECT s.agreement_id, s.person_id, s.organization_id, s.signed_on, ${localizedList('p.name')},
    ${precedenceColumns("CASE WHEN so.is_ours = 1 THEN 'host' ELSE 'guest' END")}
  FROM agreement_signatories s JOIN people p ON p.id = s.person_id JOIN organizations so ON so.id = s.organization_id
  WHERE s.agreement_id IN (SELECT value FROM json_each(?)) ORDER BY s.id`;
// Cancelled activities are not commitments any more, so they count in neither figure.
const PROGRESS = `SELECT agreement_id, count(*) AS total, sum(status = 'done') AS done FROM agreement_activities
  WHERE agreement_id IN (SELECT value FROM json_each(?)) AND status <> 'cancelled' GROUP BY agreement_id`;

function withParties(db: Db, rows: AgreementRow[], today: string, rules: PrecedenceRules): Agreement[] {
  const ids = JSON.stringify(rows.map((row) => row.id));
  const parties = statement(db, PARTIES).all(ids) as PartyRow[];
  const signatories = inPrecedence(statement(db, SIGNATORIES).all(ids) as SignatoryRow[], rules);
  const progress = statement(db, PROGRESS).all(ids) as { agreement_id: number; total: number; done: number }[];
  return rows.map((row) => ({
    id: row.id,
    uuid: row.uuid,
    type: row.type,
    title: localized(row, 'title'),
    signedOn: row.signed_on,
    signingPlace: localized(row, 'signing_place'),
    signedAtVisitId: row.signed_at_visit_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: row.status,
    shownStatus: shownStatus(statusFactsOf(row), today),
    replacesAgreementId: row.replaces_agreement_id,
    notes: row.notes,
    parties: parties
      .filter((party) => party.agreement_id === row.id)
      .map((party) => ({
        organizationId: party.organization_id,
        name: localized(party, 'name'),
        shortName: localized(party, 'short'),
        country: party.country,
      })),
    signatories: signatories
      .filter((signatory) => signatory.agreement_id === row.id)
      .map((signatory) => ({
        personId: signatory.person_id,
        name: localized(signatory, 'name'),
        organizationId: signatory.organization_id,
        signedOn: signatory.signed_on,
      })),
    progress: (({ done, total }) => ({ done, total }))(
      progress.find((p) => p.agreement_id === row.id) ?? { done: 0, total: 0 },
    ),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** An agreement, its status shown as it stands on `today`, its signatories in the order of precedence. */
export function findAgreement(db: Db, id: number, today: string, rules: PrecedenceRules): Agreement | undefined {
  const row = statement(db, `SELECT ${SELECT} FROM agreements a WHERE a.id = ?`).get(id) as AgreementRow | undefined;
  return row && withParties(db, [row], today, rules)[0];
}

// Types and statuses sort in the order the office thinks of them, not alphabetically.
const orderOf = (column: string, values: readonly string[]) =>
  `CASE ${column} ${values.map((value, index) => `WHEN '${value}' THEN ${index}`).join(' ')} END`;

const LIST: ListShape<AgreementSort> = {
  select: SELECT,
  from: 'agreements a',
  search: `(${matchesSearch(['a.title'])} OR EXISTS (
    SELECT 1 FROM agreement_parties ap JOIN organizations o ON o.id = ap.organization_id
    WHERE ap.agreement_id = a.id AND ${matchesSearch(['o.name', 'o.short'])}))`,
  searchKind: 'agreement',
  keySearch: `(a.id IN ${matchingIds('agreement')} OR a.id IN (
    SELECT ap.agreement_id FROM agreement_parties ap WHERE ap.organization_id IN ${matchingIds('organization')}))`,
  sortKeys: {
    title: (lang) => localizedSortKey('a.title', lang),
    type: () => orderOf('a.type', AGREEMENT_TYPES),
    status: () => orderOf(SHOWN_STATUS_SQL, AGREEMENT_STATUSES),
    signedOn: () => 'a.signed_on',
    validTo: () => 'a.valid_to',
  },
  defaultSort: { column: 'signedOn', direction: 'desc' },
  tiebreak: 'a.id',
  sortFrom: { title: (lang) => `agreements a INDEXED BY agreements_sort_${lang}` },
};

const EXPIRY: Record<ExpiryFilter, string> = {
  expiring: `${VALIDITY_SQL} = 'expiring'`,
  expired: `${VALIDITY_SQL} = 'expired'`,
  // Any agreement not ended by its status that has no last day, drafts included.
  openEnded: `${SHOWN_STATUS_SQL} NOT IN ('expired', 'terminated') AND a.valid_to IS NULL`,
};

type AgreementQuery = ListQuery<AgreementSort> & Omit<AgreementFilter, 'search'>;

/**
 * The register's page: filtered and sorted in SQL, by the status each agreement shows in `window`.
 * A limit of -1 returns every match (for export).
 */
export function listAgreements(db: Db, query: AgreementQuery, window: ExpiryWindow, rules: PrecedenceRules) {
  const page = listPage<AgreementRow, AgreementSort>(
    db,
    LIST,
    query,
    [
      query.status === undefined ? null : { sql: `${SHOWN_STATUS_SQL} = @status`, params: { status: query.status, today: window.today } },
      query.type === undefined ? null : { sql: 'a.type = @type', params: { type: query.type } },
      query.partnerOrganizationId === undefined
        ? null
        : {
            sql: 'EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.organization_id = @partner)',
            params: { partner: query.partnerOrganizationId },
          },
      query.expiry === undefined ? null : { sql: EXPIRY[query.expiry], params: { ...window } },
    ],
    { today: window.today },
  );
  return { ...page, rows: withParties(db, page.rows, window.today, rules) };
}

function values(input: AgreementInput): Values {
  return {
    type: input.type,
    ...localizedParams('title', input.title),
    signed_on: input.signedOn,
    ...localizedParams('signing_place', input.signingPlace),
    signed_at_visit_id: input.signedAtVisitId,
    valid_from: input.validFrom,
    valid_to: input.validTo,
    status: input.status,
    replaces_agreement_id: input.replacesAgreementId,
    notes: input.notes,
  };
}

/**
 * Parties and signatories are saved whole with the agreement: the input's lists replace the stored
 * ones. Rows that stay keep their uuid, since rows travel between PCs.
 */
function setPartiesAndSignatories(db: Db, agreementId: number, input: AgreementInput): void {
  const personIds = JSON.stringify(input.signatories.map((signatory) => signatory.personId));
  statement(db, 'DELETE FROM agreement_signatories WHERE agreement_id = ? AND person_id NOT IN (SELECT value FROM json_each(?))').run(
    agreementId,
    personIds,
  );
  statement(db, 'DELETE FROM agreement_parties WHERE agreement_id = ? AND organization_id NOT IN (SELECT value FROM json_each(?))').run(
    agreementId,
    JSON.stringify(input.partyIds),
  );
  const addParty = statement(
    db,
    `INSERT INTO agreement_parties (uuid, agreement_id, organization_id) VALUES (?, ?, ?)
     ON CONFLICT (agreement_id, organization_id) DO NOTHING`,
  );
  for (const organizationId of input.partyIds) addParty.run(randomUUID(), agreementId, organizationId);
  const setSignatory = statement(
    db,
    `INSERT INTO agreement_signatories (uuid, agreement_id, person_id, organization_id, signed_on) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (agreement_id, person_id) DO UPDATE SET organization_id = excluded.organization_id, signed_on = excluded.signed_on`,
  );
  for (const signatory of input.signatories) {
    setSignatory.run(randomUUID(), agreementId, signatory.personId, signatory.organizationId, signatory.signedOn);
  }
}

export function insertAgreement(db: Db, input: AgreementInput, at: string): number {
  const uuid = input.uuid ?? randomUUID();
  const id = insertRow(db, 'agreements', { ...values(input), uuid, created_at: at, updated_at: at });
  setPartiesAndSignatories(db, id, input);
  return id;
}

export function updateAgreement(db: Db, id: number, input: AgreementInput, at: string): void {
  updateRow(db, 'agreements', id, { ...values(input), updated_at: at });
  setPartiesAndSignatories(db, id, input);
}
