// The register: most agreements were signed at a visit's signing ceremony (on its day, in its city,
// by the two heads), the rest by correspondence on any day of the ten years. Validity follows the
// type (a joint action plan runs from 1 January to 31 December of its years), and the status
// follows the dates. Each signed agreement has its scan.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import { AGREEMENT_TITLES, AGREEMENT_TYPES, TOPICS, type AgreementType } from './agreement-words';
import { DAY_MS, NOW, dateOf, spelled } from './archive-rows';
import type { Organization } from './archive-organizations';
import type { People } from './archive-people';
import type { Signing } from './archive-visits';
import { AZERBAIJAN } from './countries';
import type { Trio } from './names';
import { weighted, type Random } from './random';

/** The share of the register signed at visits. */
const AT_VISITS = 0.7;
const FIRST_DAY = Date.UTC(2016, 0, 15);
const TODAY = NOW.slice(0, 10);

const addYears = (date: string, years: number, days = 0) => {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return dateOf(at.getTime() + days * DAY_MS);
};

/** valid_from and valid_to for a document of `type` signed on `signedOn`. */
function validity(rnd: Random, type: AgreementType, signedOn: string): { from: number; to: number; validFrom: string | null; validTo: string | null } {
  const year = Number(signedOn.slice(0, 4));
  if (type === 'joint_action_plan') {
    // A plan signed in the autumn starts with the next year.
    const from = Number(signedOn.slice(5, 7)) >= 10 ? year + 1 : year;
    const to = from + rnd.between(1, 2);
    return { from, to, validFrom: `${from}-01-01`, validTo: `${to}-12-31` };
  }
  if (type === 'memorandum') return { from: year, to: year, validFrom: signedOn, validTo: rnd.chance(0.4) ? null : addYears(signedOn, 5, -1) };
  if (type === 'agreement') {
    const inForce = addYears(signedOn, 0, rnd.between(30, 90));
    return { from: year, to: year, validFrom: inForce, validTo: rnd.chance(0.6) ? null : addYears(inForce, 10, -1) };
  }
  return { from: year, to: year, validFrom: null, validTo: null };
}

function statusOf(rnd: Random, type: AgreementType, validFrom: string | null, validTo: string | null): string {
  if (validTo !== null && validTo < TODAY) return rnd.chance(0.95) ? 'expired' : 'terminated';
  if (type === 'protocol' || (validFrom !== null && validFrom > TODAY)) return 'signed';
  return 'in_force';
}

function shuffled<T>(rnd: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = rnd.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function writeAgreements(db: Db, rnd: Random, organizations: Organization[], people: People, signings: Signing[], count: number): void {
  const agreement = db.prepare(`INSERT INTO agreements (uuid, type, title_az, title_ru, title_en, signed_on, signing_place_az, signing_place_ru,
    signing_place_en, signed_at_visit_id, valid_from, valid_to, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const party = db.prepare('INSERT INTO agreement_parties (uuid, agreement_id, organization_id) VALUES (?, ?, ?)');
  const signatory = db.prepare('INSERT INTO agreement_signatories (uuid, agreement_id, person_id, organization_id, signed_on) VALUES (?, ?, ?, ?, ?)');
  const document = db.prepare(`INSERT INTO documents (uuid, file_name, media_type, kind, size_bytes, sha256, agreement_id, created_at, updated_at)
    VALUES (?, ?, 'application/pdf', ?, ?, ?, ?, ?, ?)`);
  const ours = organizations.find((org) => org.isOurs && org.kind === 'emergency') as Organization;
  const typeOf = weighted(AGREEMENT_TYPES);
  const atVisits = shuffled(rnd, signings).slice(0, Math.round(count * AT_VISITS));

  for (let i = 0; i < count; i += 1) {
    const visit = atVisits[i];
    // By correspondence: with a partner met at some visit, on any day of the ten years.
    const partner = visit?.partner ?? rnd.pick(signings)?.partner ?? ours;
    const unsigned = !visit && rnd.chance(0.05);
    const signedOn = visit?.date ?? dateOf(FIRST_DAY + rnd.int((Date.parse(TODAY) - FIRST_DAY) / DAY_MS) * DAY_MS);
    const type = typeOf(rnd);
    const { from, to, validFrom, validTo } = validity(rnd, type, signedOn);
    const title = AGREEMENT_TITLES[type]({ ours: ours.name, partner: partner.name, topic: rnd.pick(TOPICS), from, to });
    const place: Trio = visit?.city ?? (rnd.chance(0.5) ? AZERBAIJAN.cities[0] : partner.country?.cities[0]) ?? (AZERBAIJAN.cities[0] as Trio);
    const agreementId = Number(
      agreement.run(randomUUID(), type, ...spelled(rnd, title, 'az'), ...(unsigned ? [null, null, null, null] : [signedOn, ...place]),
        visit?.visitId ?? null, unsigned ? null : validFrom, unsigned ? null : validTo,
        unsigned ? rnd.pick(['draft', 'under_negotiation']) : statusOf(rnd, type, validFrom, validTo), NOW, NOW).lastInsertRowid,
    );
    for (const organization of new Set([ours, partner])) party.run(randomUUID(), agreementId, organization.id);
    if (!unsigned) {
      const heads = visit?.signatories ?? [people.heads.get(ours), people.heads.get(partner)];
      for (const person of new Set(heads)) {
        if (person) signatory.run(randomUUID(), agreementId, person.id, person.organization.isOurs ? ours.id : partner.id, signedOn);
      }
    }
    const fileName = `${type.replace(/_/g, '-')}-${partner.name[2].replace(/\W+/g, '-').toLowerCase()}-${from}.pdf`;
    document.run(randomUUID(), fileName, unsigned ? 'draft' : 'signed_scan', 150_000 + rnd.int(2_000_000), '0'.repeat(64), agreementId, NOW, NOW);
  }
}
