// Who goes to a visit. A delegation is led by one of a few hundred senior officials (a minister, a
// deputy, the head of a department), so the same people come back visit after visit; the rest are
// drawn from the staff. On our side the head matches the guest's rank, and a protocol officer and,
// for partners who don't speak Russian, an interpreter go with every visit. 3 to 15 people in all.
import type { Organization } from './archive-organizations';
import type { People, Person } from './archive-people';
import type { TierName } from './positions';
import { zipf, type Random } from './random';

export type Side = 'guest' | 'host';
export type Role = 'head' | 'deputy' | 'member' | 'interpreter' | 'security' | 'press' | 'escort' | 'liaison';

export interface Member {
  person: Person;
  side: Side;
  role: Role;
}

const ROLE_OF_TIER: Partial<Record<TierName, Role>> = { interpreter: 'interpreter', press: 'press', security: 'security', protocol: 'liaison', aide: 'escort' };
/** Talks with these partners are held in Russian, Azerbaijani or Turkish, without an interpreter. */
const NO_INTERPRETER = new Set(['az', 'ru', 'central', 'tr', 'ka']);

export function delegations(rnd: Random, organizations: Organization[], people: People) {
  const ours = organizations.find((org) => org.isOurs && org.kind === 'emergency') as Organization;
  // The International Relations Department's head meets most delegations; the other heads less often.
  const ourUnitHead = zipf(organizations.filter((org) => org.isOurs && org.kind === 'unit').map((org) => people.heads.get(org) as Person));
  const ourMinister = people.heads.get(ours) as Person;
  const ourDeputies = people.deputies.get(ours) ?? [];
  const protocolOfficer = zipf(people.protocolOfficers, 0.3);
  const interpreter = zipf(people.interpreters, 0.3);
  const ourStaff = organizations.filter((org) => org.isOurs).flatMap((org) => people.staff.get(org) ?? []);

  const leaderOf = (org: Organization): Person => {
    const head = people.heads.get(org) as Person;
    if (org.kind === 'emergency') return rnd.chance(0.35) ? head : rnd.pick(people.deputies.get(org) ?? [head]);
    if (org.kind === 'unit' && org.parent && rnd.chance(0.25)) return rnd.pick(people.deputies.get(org.parent) ?? [head]);
    return head;
  };
  const ourLeaderFor = (partner: Person): Person => {
    const roll = rnd.next();
    if (partner.tier === 'minister') return roll < 0.6 ? ourMinister : rnd.pick(ourDeputies);
    if (partner.tier === 'deputyMinister') return roll < 0.1 ? ourMinister : roll < 0.6 ? rnd.pick(ourDeputies) : ourUnitHead(rnd);
    return roll < 0.8 ? ourUnitHead(rnd) : rnd.pick(ourDeputies);
  };
  const seconds = (org: Organization, leader: Person): Person[] =>
    [...(people.deputies.get(org.parent ?? org) ?? []), people.heads.get(org) as Person].filter((person) => person.id !== leader.id);
  const staffOf = (org: Organization): Person[] => {
    const own = people.staff.get(org) ?? [];
    return own.length >= 10 || !org.parent ? own : [...own, ...(people.staff.get(org.parent) ?? [])];
  };

  /** The members of one visit with `partner`; the guest side is the one that travels. */
  return (partner: Organization, direction: 'incoming' | 'outgoing'): Member[] => {
    const theirs = leaderOf(partner);
    const mine = ourLeaderFor(theirs);
    const members: Member[] = [];
    const taken = new Set<number>();
    const add = (person: Person | undefined, side: Side, role: Role) => {
      if (!person || taken.has(person.id) || members.length >= 15) return;
      taken.add(person.id);
      members.push({ person, side, role });
    };
    const addStaff = (pool: Person[], side: Side, count: number) => {
      for (let i = 0; i < count && pool.length > 0; i += 1) {
        const person = rnd.pick(pool);
        add(person, side, ROLE_OF_TIER[person.tier] ?? 'member');
      }
    };
    const partnerSide: Side = direction === 'incoming' ? 'guest' : 'host';
    const ourSide: Side = direction === 'incoming' ? 'host' : 'guest';

    add(theirs, partnerSide, 'head');
    add(mine, ourSide, 'head');
    if (rnd.chance(0.5)) add(rnd.pick(seconds(partner, theirs)), partnerSide, 'deputy');
    if (rnd.chance(0.4)) add(ourUnitHead(rnd), ourSide, 'deputy');
    if (rnd.chance(0.9)) add(protocolOfficer(rnd), ourSide, 'liaison');
    if (!NO_INTERPRETER.has(partner.culture) && rnd.chance(0.9)) add(interpreter(rnd), ourSide, 'interpreter');
    // The travelling side brings more people than the hosts put forward.
    addStaff(staffOf(partner), partnerSide, direction === 'incoming' ? 1 + rnd.int(8) : rnd.int(4));
    addStaff(ourStaff, ourSide, direction === 'incoming' ? rnd.int(3) : 1 + rnd.int(6));
    return members.sort((a, b) => (a.side === b.side ? a.person.precedence - b.person.precedence : a.side === 'guest' ? -1 : 1));
  };
}
