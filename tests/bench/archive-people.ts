// The people of the archive: for every organisation its head (and a ministry's deputies), the
// few hundred senior officials who lead delegations; our protocol officers and interpreters; and
// the staff below them, most of the 100,000. Names follow each country's own distribution: a few
// very common surnames, many rare ones.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import { NOW, spelled } from './archive-rows';
import type { Organization } from './archive-organizations';
import { PARTNER_COUNTRIES } from './countries';
import { CONSONANTS, MINISTERS, NAME_CULTURES, SYLLABLES, type CultureName, type NameCulture, type Trio } from './names';
import { RANKS, STAFF_TIERS, TIERS, type TierName } from './positions';
import { weighted, zipf, type Random } from './random';

export interface Person {
  id: number;
  tier: TierName;
  precedence: number;
  organization: Organization;
}

export interface People {
  heads: Map<Organization, Person>;
  deputies: Map<Organization, Person[]>;
  staff: Map<Organization, Person[]>;
  /** Our International Relations Department's protocol officers and interpreters, who go to every visit. */
  protocolOfficers: Person[];
  interpreters: Person[];
}

const FEMALE_SHARE: Partial<Record<TierName, number>> = { minister: 0.05, deputyMinister: 0.1, unitHead: 0.15, interpreter: 0.6, protocol: 0.5 };
/** Of the cultures with a long tail, the share of people whose surname is a rare one. */
const RARE_SHARE = 0.35;

const feminine = ([az, ru, en]: Trio): Trio => {
  if (en.endsWith('sky')) return [`${az.slice(0, -1)}aya`, `${ru.slice(0, -2)}ая`, `${en.slice(0, -1)}aya`];
  if (!/(ov|ev|in)$/.test(en)) return [az, ru, en];
  return [`${az}a`, `${ru}а`, `${en}a`];
};

const capitalised = ([az, ru, en]: Trio): Trio => [
  az.charAt(0).toLocaleUpperCase('az') + az.slice(1),
  ru.charAt(0).toLocaleUpperCase('ru') + ru.slice(1),
  en.charAt(0).toLocaleUpperCase('en') + en.slice(1),
];

const joined = (parts: Trio[], separator: string): Trio =>
  [0, 1, 2].map((lang) => parts.map((part) => part[lang]).join(separator)) as unknown as Trio;

/** Full names in a culture's own distribution and name order. */
function nameMaker(rnd: Random) {
  const pickersOf = (names: NameCulture) => ({ surname: zipf(names.surnames, names.surnameSkew), male: zipf(names.male, 0.8), female: zipf(names.female, 0.8) });
  const pickers = Object.fromEntries(Object.entries(NAME_CULTURES).map(([culture, names]) => [culture, pickersOf(names)])) as Record<
    CultureName,
    ReturnType<typeof pickersOf>
  >;
  const rareSurname = (culture: NameCulture): Trio => {
    const syllables = Array.from({ length: 2 + rnd.int(2) }, () => rnd.pick(SYLLABLES));
    return capitalised(joined([...syllables, rnd.pick(CONSONANTS), rnd.pick(culture.rareEndings)], ''));
  };
  return (cultureName: CultureName, female: boolean): Trio => {
    const culture = NAME_CULTURES[cultureName];
    const picker = pickers[cultureName];
    const rare = culture.rareEndings.length > 0 && rnd.chance(RARE_SHARE);
    let surname = rare ? rareSurname(culture) : picker.surname(rnd);
    if (female && culture.feminine) surname = feminine(surname);
    const given = female ? picker.female(rnd) : picker.male(rnd);
    return joined(culture.surnameFirst ? [surname, given] : [given, surname], ' ');
  };
}

/** How the staff divide between organisations: ours a third, each partner by its weight, a few international. */
function staffShares(organizations: Organization[]): [Organization, number][] {
  const partnerWeight = PARTNER_COUNTRIES.filter((country) => organizations.some((org) => org.country === country)).reduce((sum, country) => sum + country.weight, 0);
  const share = (org: Organization): number => {
    if (org.kind === 'international') return 0.05 / organizations.filter((other) => other.kind === 'international').length;
    if (org.kind === 'azerbaijani') return 0.01;
    const inTree = organizations.filter((other) => other.country === org.country && other.kind === 'unit').length;
    const countryShare = org.isOurs ? 0.35 : (0.57 * (org.country?.weight ?? 0)) / partnerWeight;
    if (org.kind === 'emergency') return countryShare * 0.3;
    if (org.kind === 'unit') return (countryShare * (org.isOurs ? 0.7 : 0.6)) / inTree;
    return countryShare * 0.05;
  };
  return organizations.map((org) => [org, share(org)]);
}

export function writePeople(db: Db, rnd: Random, organizations: Organization[], count: number): People {
  const insert = db.prepare(`INSERT INTO people (uuid, name_az, name_ru, name_en, rank_az, rank_ru, rank_en, position_az, position_ru,
    position_en, organization_id, languages, precedence, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const nameOf = nameMaker(rnd);
  const people: People = { heads: new Map(), deputies: new Map(), staff: new Map(), protocolOfficers: [], interpreters: [] };
  let written = 0;

  const write = (organization: Organization, tier: TierName, position?: Trio, known?: { name: Trio; rank: string }): Person => {
    const { precedence: range, ranks, positions } = TIERS[tier];
    const culture = NAME_CULTURES[organization.culture];
    const name = known?.name ?? nameOf(organization.culture, rnd.chance(FEMALE_SHARE[tier] ?? 0.3));
    const rank = known ? RANKS[known.rank] : organization.uniformed && ranks.length > 0 ? RANKS[rnd.pick(ranks)] : undefined;
    const senior = tier === 'minister' || tier === 'deputyMinister' || tier === 'unitHead';
    const precedence = rnd.between(...range);
    const id = Number(
      insert.run(randomUUID(), ...spelled(rnd, name, culture.typedIn, senior), ...(rank ?? [null, null, null]), ...(position ?? rnd.pick(positions)),
        organization.id, JSON.stringify(culture.languages), precedence, NOW, NOW).lastInsertRowid,
    );
    written += 1;
    return { id, tier, precedence, organization };
  };

  for (const org of organizations) {
    const heads = org.kind === 'emergency' || org.kind === 'foreign' ? 'minister' : 'unitHead';
    const known = org.kind === 'emergency' ? MINISTERS[org.country?.code ?? ''] : undefined;
    people.heads.set(org, write(org, heads, org.head, known));
    if (org.kind === 'emergency') people.deputies.set(org, Array.from({ length: org.isOurs ? 4 : rnd.between(2, 4) }, () => write(org, 'deputyMinister')));
  }
  const relations = organizations.find((org) => org.isOurs && org.kind === 'unit') as Organization;
  people.protocolOfficers = Array.from({ length: Math.max(3, Math.round(count / 4000)) }, () => write(relations, 'protocol'));
  people.interpreters = Array.from({ length: Math.max(3, Math.round(count / 3000)) }, () => write(relations, 'interpreter'));

  const organizationOf = weighted(staffShares(organizations));
  const tierOf = weighted(STAFF_TIERS);
  for (const org of organizations) people.staff.set(org, []);
  while (written < count) {
    const org = organizationOf(rnd);
    people.staff.get(org)?.push(write(org, tierOf(rnd)));
  }
  return people;
}
