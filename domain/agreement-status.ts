// The status an agreement shows, and where it stands against the expiry horizon: written once.
// The officer records a status (draft … signed, in force, terminated) and it stays as recorded;
// what every screen, export and pack shows also follows the dates: a signed agreement whose
// validity has begun is in force, one past its last valid day has expired.
// The rules below are evaluated two ways from the same table: `shownStatus()` and `validityOn()`
// for the rows a handler has read, SHOWN_STATUS_SQL and VALIDITY_SQL where SQL filters and sorts
// (the register). Each test is written for both side by side, and
// tests/api/agreement-status-property.test.ts checks with fast-check that the two agree.
import { AGREEMENT_STATUSES, type AgreementStatus } from './contract';

/** What a status is judged on: the status the officer recorded and the agreement's dates. */
export interface StatusFacts {
  status: AgreementStatus;
  signedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** The facts as the agreements table's columns hold them. */
interface StatusColumns {
  status: AgreementStatus;
  signed_on: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

export const statusFactsOf = (row: StatusColumns): StatusFacts => ({
  status: row.status,
  signedOn: row.signed_on,
  validFrom: row.valid_from,
  validTo: row.valid_to,
});

/** Today and the last day of the expiry horizon, Baku's `YYYY-MM-DD`; SQL reads them as @today and @horizonEnd. */
export interface ExpiryWindow {
  today: string;
  horizonEnd: string;
}
type Today = Pick<ExpiryWindow, 'today'>;

/** One condition, for TypeScript and for SQL over `agreements a`. A NULL date makes the SQL false, as the null check does in TypeScript. */
interface Test<Days> {
  holds(facts: StatusFacts, days: Days): boolean;
  sql: string;
}
/** The first rule whose tests all hold decides. */
interface Rule<Result, Days> {
  when: Test<Days>[];
  then: Result;
}

// Only values from the contract's enumerations are written into the SQL, never a user's text.
const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

function decide<Result, Days>(rules: Rule<Result, Days>[], facts: StatusFacts, days: Days, otherwise: Result): Result {
  return rules.find((rule) => rule.when.every((test) => test.holds(facts, days)))?.then ?? otherwise;
}

function caseSql<Result extends string, Days>(rules: Rule<Result, Days>[], otherwiseSql: string): string {
  const cases = rules.map((rule) => `WHEN ${rule.when.map((test) => test.sql).join(' AND ')} THEN '${rule.then}'`);
  return `(CASE ${cases.join(' ')} ELSE ${otherwiseSql} END)`;
}

const recorded = (...statuses: AgreementStatus[]): Test<Today> => ({
  holds: (facts) => statuses.includes(facts.status),
  sql: `a.status IN (${sqlList(statuses)})`,
});

/** Its last valid day is behind us (that day itself is still valid); an open-ended one never gets there. */
const endedBeforeToday: Test<Today> = {
  holds: (facts, { today }) => facts.validTo !== null && facts.validTo < today,
  sql: 'a.valid_to < @today',
};

/** Validity begins on the valid-from day or, when none is given, on signing: "in force from the date of signature". */
const begunByToday: Test<Today> = {
  holds: (facts, { today }) => {
    const start = facts.validFrom ?? facts.signedOn;
    return start !== null && start <= today;
  },
  sql: 'coalesce(a.valid_from, a.signed_on) <= @today',
};

/** Drafts, negotiations, terminated and expired agreements show what was recorded; dates can't revive them. */
const SHOWN_STATUS_RULES: Rule<AgreementStatus, Today>[] = [
  { when: [recorded('signed', 'in_force'), endedBeforeToday], then: 'expired' },
  { when: [recorded('signed'), begunByToday], then: 'in_force' },
];

/** The status the office sees on `today`. */
export function shownStatus(facts: StatusFacts, today: string): AgreementStatus {
  return decide(SHOWN_STATUS_RULES, facts, { today }, facts.status);
}
export const SHOWN_STATUS_SQL = caseSql(SHOWN_STATUS_RULES, 'a.status');

/** Shown statuses in which an agreement binds the parties, so its end date matters. */
const BINDING_STATUSES: readonly AgreementStatus[] = ['signed', 'in_force'];
const NOT_BINDING = AGREEMENT_STATUSES.filter((status) => status !== 'expired' && !BINDING_STATUSES.includes(status));

const shows = (...statuses: AgreementStatus[]): Test<Today> => ({
  holds: (facts, { today }) => statuses.includes(shownStatus(facts, today)),
  sql: `${SHOWN_STATUS_SQL} IN (${sqlList(statuses)})`,
});

const binding = shows(...BINDING_STATUSES);
/** Binds the parties on `today`, by the status it shows. */
export const isBinding = (facts: StatusFacts, today: string): boolean => binding.holds(facts, { today });
export const BINDING_SQL = binding.sql;

const openEnded: Test<Today> = {
  holds: (facts) => facts.validTo === null,
  sql: 'a.valid_to IS NULL',
};

const endsWithinHorizon: Test<ExpiryWindow> = {
  holds: (facts, { horizonEnd }) => facts.validTo !== null && facts.validTo <= horizonEnd,
  sql: 'a.valid_to <= @horizonEnd',
};

export type Validity = 'not_binding' | 'expired' | 'open_ended' | 'expiring' | 'valid';

/** Expiring: binding, and the last valid day is between today and the horizon's end, both inclusive. */
const VALIDITY_RULES: Rule<Validity, ExpiryWindow>[] = [
  { when: [shows('expired')], then: 'expired' },
  { when: [shows(...NOT_BINDING)], then: 'not_binding' },
  { when: [openEnded], then: 'open_ended' },
  { when: [endsWithinHorizon], then: 'expiring' },
];

export function validityOn(facts: StatusFacts, window: ExpiryWindow): Validity {
  return decide(VALIDITY_RULES, facts, window, 'valid');
}
export const VALIDITY_SQL = caseSql(VALIDITY_RULES, "'valid'");
